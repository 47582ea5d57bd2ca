/**
 * A type documented as a section with a heading per field, each over labelled lines (`### `name``
 * ⏎ `**Type**: String` ⏎ `**Default value**: `null`` ⏎ `**Description**: …`), defines that type
 * as a field table under its heading does; a response sample on another page showing its fields
 * is that type. The fixtures are ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/field-headings');
const OBJECTS = readFileSync(path.join(DIR, 'objects.md'), 'utf8');
const SHELVES = readFileSync(path.join(DIR, 'shelves.md'), 'utf8');
const TYPES_PAGE = readFileSync(path.join(DIR, 'types-page.md'), 'utf8');
const TITLED_FIELDS = readFileSync(path.join(DIR, 'titled-fields.md'), 'utf8');
const MODEL_PAGE = readFileSync(path.join(DIR, 'model-page.md'), 'utf8');
const PLANTERS = readFileSync(path.join(DIR, 'planters.md'), 'utf8');
const LAMPS = readFileSync(path.join(DIR, 'lamps.md'), 'utf8');

/** `name:kind*=default description` of each property. */
function fields(schema: Schema | undefined): string[] {
  if (schema?.kind !== 'object') return [];
  return schema.properties.map((p) => {
    const items = p.schema.kind === 'array' ? `<${p.schema.items.kind}>` : '';
    const fallback = 'default' in p.schema ? `=${JSON.stringify(p.schema.default)}` : '';
    return `${p.name}:${p.schema.kind}${items}${p.required ? '*' : ''}${fallback} ${p.description ?? ''}`;
  });
}

describe('general reader: an object section with a heading per field', () => {
  const read = readGeneral(OBJECTS, 'api/objects.md');
  const type = (name: string) => strip(read.fragment?.schemas.find((named) => named.name === name)?.schema);

  it('should define the type the heading names, a property per field heading with its type and description', () => {
    expect(fields(type('Shelf'))).toEqual([
      'uid:string Unique identifier of the shelf',
      // `null` states no default, as in a table's Default column.
      'name:string A human-readable name for the shelf',
      'capacity:integer* How many books the shelf holds',
      'tags:array<string> Words the shelf is found by',
      'createdAt:string When the shelf was put up',
    ]);
    expect(type('Shelf')).toMatchObject({ properties: [{}, {}, {}, {}, { schema: { format: 'date' } }] });
  });

  it('should read plain `Type:` labels, several on a line parted by `|`, under a `<Name> resource` heading', () => {
    expect(fields(type('Reader'))).toEqual([
      'id:integer Unique identifier of the reader',
      'nickname:string="guest" The name shown beside the reader\'s loans',
    ]);
  });

  it('should read a field whose Type was left out as of no type, and define nothing where no field states one', () => {
    expect(read.fragment?.schemas.map((named) => named.name)).toEqual(['Shelf', 'Reader', 'Label']);
    // The label's `color` states none where its `text` does: a property of no type (as an item of a list of fields with none is).
    expect(fields(type('Label'))).toEqual(['text:string The words on the label', "color:unknown The label's color"]);
    // The card's fields state none: not this convention, so no `Card` type, and nothing is reported.
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });

  it("should type an endpoint page's response sample showing the type's fields as that type", () => {
    const diagnostics = new DiagnosticBag();
    const pages = [readGeneral(SHELVES, 'api/shelves.md').fragment!, read.fragment!];
    const doc = fillFromSamples(mergeFragments(pages, diagnostics, { version: '1' }), diagnostics);
    const body = (route: string) => doc.operations.find((o) => o.path === route)?.responses[0]?.content[0]?.schema;
    expect(body('/shelves/{uid}')).toMatchObject({ kind: 'ref', name: 'Shelf' });
    // "Returns a label." names the type the label's section defines, and its sample (two keys, too few to match on keys alone) fits it.
    expect(body('/labels/{text}')).toMatchObject({ kind: 'ref', name: 'Label' });
  });

  it('should define the types a `# Objects` page heads as objects right under its title, by a table or a heading per field', () => {
    const page = readGeneral(TYPES_PAGE, 'api/types-page.md');
    const defined = (name: string) => strip(page.fragment?.schemas.find((named) => named.name === name)?.schema);
    expect(fields(defined('Room'))).toEqual(['id:integer Unique identifier of the room', 'floor:integer The floor the room is on']);
    expect(fields(defined('Loan'))).toEqual(['book:string The book lent', 'due:string When the book is due back']);
    expect(page.fragment?.schemas.map((named) => named.name)).toEqual(['Room', 'Loan']);
  });

  it("should read the field headings under a `### Fields` or `### Attributes` title as the type's fields", () => {
    const page = readGeneral(TITLED_FIELDS, 'api/titled-fields.md');
    const defined = (name: string) => strip(page.fragment?.schemas.find((named) => named.name === name)?.schema);
    expect(fields(defined('BookCopy'))).toEqual(['barcode:string The barcode on the copy', 'lent:boolean Whether the copy is out on loan']);
    expect(fields(defined('ShelfItem'))).toEqual(['position:integer Where on the shelf the item stands', 'note:string A note on the item']);
    expect(page.fragment?.schemas.map((named) => named.name)).toEqual(['BookCopy', 'ShelfItem']);
  });

  it("should define a model's page type (its front matter's `title:`, Hugo's entity pages) by its `## Attributes` and `## Optional attributes` field headings", () => {
    const page = readGeneral(MODEL_PAGE, 'api/entities/Planter.md');
    const planter = strip(page.fragment?.schemas.find((named) => named.name === 'Planter')?.schema);
    // `{#id}` after a field's name is its anchor; a `**Version history:**` label's lines are none of its words.
    expect(fields(planter)).toEqual([
      "id:string The planter's ID in the database.",
      'planted_at:string When the planter was planted.',
      'soil:string The kind of soil in it.',
      'watered_at:string When the planter was last watered.',
    ]);
    const props = planter?.kind === 'object' ? planter.properties : [];
    // `String (Datetime)`: the note names the string's format; `{{<nullable>}}` makes it nullable.
    expect(props.map((p) => [p.name, p.schema.kind === 'string' ? (p.schema.format ?? '') : '', p.schema.nullable ?? false])).toEqual([
      ['id', '', false],
      ['planted_at', 'date-time', false],
      ['soil', '', false],
      ['watered_at', 'date-time', true],
    ]);
    expect(page.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });

  it('should type a response whose `**Returns:**` label names the model a page defines, its sample of too few keys to match alone', () => {
    const diagnostics = new DiagnosticBag();
    const pages = [
      readGeneral(PLANTERS, 'api/methods/planters.md').fragment!,
      readGeneral(MODEL_PAGE, 'api/entities/Planter.md').fragment!,
    ];
    const doc = fillFromSamples(mergeFragments(pages, diagnostics, { version: '1' }), diagnostics);
    expect(doc.operations[0]?.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'Planter' });
    // The same page titled by other words (`# Planter care`) defines no type.
    const other = readGeneral(MODEL_PAGE.replace('title: Planter', 'title: Planter care'), 'api/entities/Planter.md');
    expect(other.fragment?.schemas ?? []).toEqual([]);
  });

  it('should read field headings that state the type in code after the name, and a flag after it, the prose under each its words', () => {
    const page = readGeneral(
      [
        '## The kite object',
        '#### id `string`',
        'The identifier.',
        '#### span_cm `integer` Required',
        'Its span.',
        '#### `tail` `array of strings` Optional',
        'The ribbons.',
        '## The spool object',
        '#### length `integer`',
        'Only one field.',
      ].join('\n\n'),
      'api/kites.md',
    );
    const kite = strip(page.fragment?.schemas.find((named) => named.name === 'Kite')?.schema);
    expect(fields(kite)).toEqual(['id:string The identifier.', 'span_cm:integer* Its span.', 'tail:array<string> The ribbons.']);
    // One field is no such section (two at least, as with labelled lines): the spool stays as written.
    expect(page.fragment?.schemas.map((named) => named.name)).toEqual(['Kite']);
  });
  it('should read labelled lines ended or parted by an HTML line break (`**Type**: String<br />`), the tag none of the words', () => {
    const page = readGeneral(LAMPS, 'api/lamps.md');
    const lamp = strip(page.fragment?.schemas.find((named) => named.name === 'Lamp')?.schema);
    expect(fields(lamp)).toEqual([
      'id:string Identifier of the lamp',
      'watts:integer* Power the bulb draws',
      'colors:array<string>=["white"] Colors the lamp can glow in',
      'dimmable:boolean Whether the light can be turned down Dimming needs a dimmer switch.',
    ]);
    expect(page.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });
});
