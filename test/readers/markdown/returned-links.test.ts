/**
 * Sentences that say what an operation returns by a link: "Returns … in form of a [Shelf](#shelf)
 * object.", "On success, the created [Loan](#loan) is returned.", "Returns an Array of
 * [Shelf](#shelf) objects.", "Returns a [shelf](#…/shelf-object) on success.". The link goes to a
 * section of fields (which then defines the type) or to an object's heading; a link in a sentence
 * that is not about the response types nothing. The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/url-schemes/library_bot.md'), 'utf8');

/** `status: type` of each response (`[Name]` a list of it). */
function typed(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return strip(operation(read, route).responses).map(({ status, content }) => {
    const schema = content[0]?.schema;
    const name =
      schema?.kind === 'ref' ? schema.name : schema?.kind === 'array' && schema.items.kind === 'ref' ? `[${schema.items.name}]` : '-';
    return `${status}: ${name}`;
  });
}

/** A Discord-style resource page: the object's heading, then operations whose prose links to it. */
function resource(sentence: string) {
  return readGeneral(
    [
      '# Shelf Resource',
      '### Shelf Object',
      '###### Shelf Structure',
      '| Field | Type | Description |\n|---|---|---|\n| id | snowflake | The shelf |',
      '## Modify Shelf % PATCH /shelves/{shelf.id}',
      sentence,
      '###### JSON Params',
      '| Field | Type | Description |\n|---|---|---|\n| name | string | The new name |',
    ].join('\n\n'),
  );
}

describe('general reader: a sentence that says the operation returns what its link names', () => {
  it('should read "in form of a [Shelf](#shelf) object" and "the created [Loan](#loan) is returned" as the success, the sections their types', () => {
    const read = readGeneral(PAGE);
    expect(typed(read, 'GET /bot{key}/getShelf')).toEqual(['2XX: Shelf']);
    expect(typed(read, 'GET /bot{key}/lendBook')).toEqual(['2XX: Loan']);
    expect(read.fragment?.schemas.map((schema) => schema.name)).toEqual(['Shelf', 'Loan']);
  });

  it('should read "Returns an Array of [Shelf](#shelf) objects." as a list of it', () => {
    expect(typed(readGeneral(PAGE), 'GET /bot{key}/listShelves')).toEqual(['2XX: [Shelf]']);
  });

  it('should type nothing by a link in a sentence that is not about the response', () => {
    // "Use this method to move a [Shelf](#shelf) to another room. Returns *True* on success.": no Shelf (a boolean, literal-returns.test.ts).
    expect(typed(readGeneral(PAGE), 'GET /bot{key}/moveShelf')).toEqual(['2XX: -']);
    const other = (sentence: string) =>
      typed(readGeneral(PAGE.replace('Returns an Array of [Shelf](#shelf) objects.', sentence)), 'GET /bot{key}/listShelves');
    expect(other('Returns a [Shelf](#shelf) object if successful.')).toEqual(['2XX: Shelf']);
    expect(other('Returns a partial [Shelf](#shelf) object.')).toEqual([]);
    expect(other('See [Shelf](#shelf) for what is returned.')).toEqual([]);
    expect(other('Returns the shelves of a [Loan](#loan) room, sorted.')).toEqual([]);
    // A section with no field table of its own defines no type.
    expect(other('Returns a [Library Bot API](#library-bot-api) object.')).toEqual([]);
  });

  it('should read "Returns a [shelf](#…/shelf-object) on success." as the success, as with `object` after the link', () => {
    expect(
      typed(resource('Update a shelf. Returns a [shelf](#DOCS_RESOURCES_SHELF/shelf-object) on success.'), 'PATCH /shelves/{shelf.id}'),
    ).toEqual(['2XX: Shelf']);
    expect(
      typed(
        resource('On success, the updated [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object is returned.'),
        'PATCH /shelves/{shelf.id}',
      ),
    ).toEqual(['2XX: Shelf']);
    expect(typed(resource('Moves a [shelf](#DOCS_RESOURCES_SHELF/shelf-object) on success.'), 'PATCH /shelves/{shelf.id}')).toEqual([]);
  });

  it('should read the call or its answers said to return the link: "All responses return the created [shelf](#shelf-object)."', () => {
    const said = (sentence: string) => typed(resource(sentence), 'PATCH /shelves/{shelf.id}');
    expect(said('All responses return the updated [shelf](#DOCS_RESOURCES_SHELF/shelf-object).')).toEqual(['2XX: Shelf']);
    expect(said('This endpoint returns a [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object on success.')).toEqual(['2XX: Shelf']);
    // Another subject is no answer of this call's.
    expect(said('The librarian returns a [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object.')).toEqual([]);
  });

  it("should read a response's title over a participle and a link to an object's heading, `Fetched [Shelf](#shelf-object)`, as that object", () => {
    const page = (words: string) =>
      readGeneral(
        [
          '# Shelves',
          '## Get a shelf',
          '`GET /shelves/{id}`',
          '##### Response parameters',
          words,
          '## Shelf object',
          '### Example',
          '```json\n{ "id": "s-1" }\n```',
          '### Shelf properties',
          '| Property | DataType | Description |\n|---|---|---|\n| id | String | The shelf |',
        ].join('\n\n'),
      );
    expect(typed(page('Fetched [Shelf](#shelf-object)'), 'GET /shelves/{id}')).toEqual(['2XX: Shelf']);
    expect(typed(page('Array of [Shelf](#shelf-object)'), 'GET /shelves/{id}')).toEqual(['2XX: [Shelf]']);
    // A link to a heading of other words names no object.
    expect(typed(page('Fetched [Shelf](#shelf-status)'), 'GET /shelves/{id}')).toEqual([]);
  });

  it("should type a status table's row whose words say it returns a linked object (`#the-lamp-object` too), the other rows none", () => {
    const page = (words: string) =>
      readGeneral(
        [
          '## Create a lamp',
          '`POST /lamps`',
          '### Responses',
          `| Status | Description |\n|---|---|\n| \`201 Created\` | ${words} |\n| \`409 Conflict\` | A lamp of that name exists. |`,
          '## The lamp object',
          '| Attribute | Type | Description |\n|---|---|---|\n| id | string | The lamp |\n| name | string | Its name |',
        ].join('\n\n'),
      );
    expect(typed(page('The lamp was created. Returns a [Lamp](#the-lamp-object).'), 'POST /lamps')).toEqual(['201: Lamp', '409: -']);
    expect(typed(page('Returns a list of [lamp](#lamp-object) objects.'), 'POST /lamps')).toEqual(['201: [Lamp]', '409: -']);
    // A link in words that say nothing of what is returned, or to a heading that is no object's, types nothing.
    expect(typed(page('See [Lamp](#the-lamp-object) for the fields.'), 'POST /lamps')).toEqual(['201: -', '409: -']);
    expect(typed(page('Returns a [Lamp](#lamps).'), 'POST /lamps')).toEqual(['201: -', '409: -']);
  });

  it('should give the returned object to the success a status table states, not to a `2XX` beside it, the sentence above or below the table', () => {
    const page = (
      sentence: string,
      below = false,
      statuses = '| `201 Created` | The lamp was created. |\n| `409 Conflict` | A lamp of that name exists. |',
    ) =>
      readGeneral(
        [
          '## Create a lamp',
          '`POST /lamps`',
          ...(below ? [] : [sentence]),
          '### Responses',
          `| Status | Description |\n|---|---|\n${statuses}`,
          ...(below ? [sentence] : []),
          '## The lamp object',
          '| Attribute | Type | Description |\n|---|---|---|\n| id | string | The lamp |\n| name | string | Its name |',
        ].join('\n\n'),
      );
    // Before: `2XX: Lamp` beside `201: Lamp` (above), no body at all (below).
    expect(typed(page('Creates a lamp. Returns a [Lamp](#the-lamp-object).'), 'POST /lamps')).toEqual(['201: Lamp', '409: -']);
    expect(typed(page('Returns the created [Lamp](#the-lamp-object).', true), 'POST /lamps')).toEqual(['201: Lamp', '409: -']);
    // Only errors stated: the success the sentence speaks of has no code the page gives.
    expect(typed(page('Returns a [Lamp](#the-lamp-object).', false, '| `409 Conflict` | Exists. |'), 'POST /lamps')).toEqual([
      '2XX: Lamp',
      '409: -',
    ]);
  });

  it('should read which one of it the sentence returns: "with the given id", "if a valid identifier was provided"', () => {
    const sentence = (words: string) => typed(resource(words), 'PATCH /shelves/{shelf.id}');
    expect(sentence('Returns the [Shelf](#shelf-object) with the given id.')).toEqual(['2XX: Shelf']);
    expect(sentence('Returns a [Shelf](#shelf-object) if a valid identifier was provided.')).toEqual(['2XX: Shelf']);
    expect(sentence('The updated [Shelf](#shelf-object) that matches the id is returned.')).toEqual(['2XX: Shelf']);
    // "for each …" is a list the words do not name; a noun after the link is no object returned.
    expect(sentence('Returns a [Shelf](#shelf-object) for each room.')).toEqual([]);
    expect(sentence('Returns the [Shelf](#shelf-object) id.')).toEqual([]);
  });
});
