/**
 * Parameters whose type and flag stand in paragraphs of their own between the name and the
 * description (Zoom's and Atlassian's rendered references): the name a heading (`#### page_size`)
 * or a paragraph alone (`orchardId`), then `string`, `Required`, then the words; in Shopify's newer
 * layout a name in code, then facts alone too (`≤ 250`, `default 50`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/stacked-notes', name), 'utf8');

function fields(schema: ReturnType<typeof bodySchema>): string[] {
  return schema?.kind === 'object'
    ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description}`)
    : [];
}

describe('general reader: notes stacked under a parameter named in a paragraph alone', () => {
  it('should read path and query parameters with their types and flags', () => {
    const read = readGeneral(fixture('paragraph-names.md'));
    const get = operation(read, 'GET /rest/api/2/orchard/{orchardId}');
    expect(parameterNames(get)).toEqual(['path:orchardId*', 'query:expand', 'query:maxResults']);
    expect(get.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'The ID of the orchard.'],
      ['string', "Use expand to include the orchard's trees in the response."],
      ['integer', 'The maximum number of trees to return. Default: `50`'],
    ]);
  });

  it('should read body parameters as the body’s fields, the required one required', () => {
    const read = readGeneral(fixture('paragraph-names.md'));
    expect(fields(bodySchema(operation(read, 'POST /rest/api/2/orchard')))).toEqual([
      'name*:string:The name of the orchard.',
      'rows:integer:The number of rows of trees.',
    ]);
  });
});

describe('general reader: a stacked field whose name is a type word or flag', () => {
  it('should read `required` ⏎ `boolean`, `email` ⏎ `string` as fields where their siblings’ names stand, not words of the field before', () => {
    const read = readGeneral(fixture('type-word-names.md'));
    // Before, `email` was words of nothing (its notes the next field's), and `required`, `optional` the words and flags of the field before.
    expect(fields(bodySchema(operation(read, 'POST /lamps')))).toEqual([
      'email*:string:Who to tell when the lamp is lit.',
      "default:boolean:Whether the lamp is the room's default.",
      'type:string:undefined',
      'required:boolean:Whether the lamp must stay lit.',
      'optional:string:A note about the lamp.',
      "url:string:The lamp's page.",
    ]);
  });
});

describe('general reader: notes stacked under a parameter’s heading', () => {
  it('should read the type and the flag, not as words of the description', () => {
    const read = readGeneral(fixture('heading-names.md'));
    const get = operation(read, 'GET /libraries/{libraryId}');
    expect(parameterNames(get)).toEqual(['path:libraryId*', 'query:include_shelves', 'query:page_size']);
    expect(get.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', "The library's ID."],
      ['boolean', "Whether to include the library's shelves."],
      ['integer', 'The number of records returned within a single call.'],
    ]);
    expect(fields(bodySchema(operation(read, 'POST /libraries')))).toEqual([
      "name*:string:The library's name.",
      'shelves:integer:Number of shelves.',
    ]);
  });

  it('should take no one-word sentence for a parameter', () => {
    const read = readGeneral(
      ['## List orchards', '', '`GET /orchards`', '', '### Query parameters', '', 'Optional.', '', 'Everything is optional here.', ''].join(
        '\n',
      ),
    );
    expect(parameterNames(operation(read, 'GET /orchards'))).toEqual([]);
  });
});

describe('general reader: facts stacked under a parameter named in code (Shopify’s newer layout)', () => {
  it('should read `≤ N` as the maximum, `≥ N` as the minimum and `default X` as the default, not as words of the description', () => {
    const get = operation(readGeneral(fixture('code-names.md')), 'GET /admin/api/2024-01/shelves.json');
    expect(parameterNames(get)).toEqual(['query:limit', 'query:status', 'query:since_id', 'query:title*']);
    expect(get.parameters.map((p) => [strip(p.schema), p.description])).toEqual([
      [{ kind: 'integer', maximum: 250, default: 50 }, 'The maximum number of results to show.'],
      [{ kind: 'string', default: 'active' }, 'Filter shelves by status.'],
      [{ kind: 'integer', minimum: 1 }, 'Restrict results to after the specified ID.'],
      // A sentence that opens with `≤` is the description.
      [{ kind: 'string' }, '≤ 3 words are best.'],
    ]);
  });
});

describe('general reader: a type and a flag on one line under a field’s heading, parted by a dot', () => {
  const read = readGeneral(fixture('separated-notes.md'));

  it('should read `` `string` · **required** `` as the type and the flag, a linked type as the named one, no words of the description', () => {
    const create = bodySchema(operation(read, 'POST /v1/invoices'));
    expect(fields(create)).toEqual([
      'customer*:string:The ID of the customer to bill.',
      'currency:enum:Three-letter ISO code. Allowed values: `usd` | `eur` | `gbp`.',
      'days_until_due:integer:Days until the invoice is due. Defaults to `30`.',
      'address:ref:Where to send the invoice.',
    ]);
    const address = create?.kind === 'object' ? create.properties.find((p) => p.name === 'address')?.schema : undefined;
    expect(address?.kind === 'ref' ? address.name : undefined).toBe('Address');
  });

  it('should leave a line of other words after the dot as the description', () => {
    expect(fields(bodySchema(operation(read, 'POST /v1/invoices/{id}/void')))).toEqual([
      'reason:unknown:`string` · a note for the customer Why the invoice is void.',
      'notify:boolean:Whether to email the customer.',
    ]);
  });
});
