import { describe, expect, it } from 'vitest';
import { codes, readGeneral, strip } from './helpers.js';

/** A reference that keeps each type on a page of its own: its title names the type, its Properties table lists the fields. */
const SHELF_PAGE = [
  '---\ntitle: "shelf resource type"\n---',
  '# shelf resource type',
  'Namespace: example.library',
  'Represents a shelf of the library.',
  '## Methods',
  '| Method | Return Type | Description |\n|:--|:--|:--|\n| [List shelves](../api/shelf-list.md) | [shelf](shelf.md) collection | Get the shelves. |\n| [Get shelf](../api/shelf-get.md) | [shelf](shelf.md) | Read a shelf. |',
  '## Properties',
  '| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The shelf’s id. Read-only. |\n| label | String | What the shelf is called. |\n| capacity | Int32 | How many books it holds. |\n| kind | [shelfKind](#shelfkind-values) | What the shelf is for. |\n| openedDateTime | DateTimeOffset | When the shelf was opened. |',
  '### shelfKind values',
  '| Member | Description |\n|:--|:--|\n| null | Not set. |\n| reference | Books that stay in the library. |\n| lending | Books a reader may borrow. |',
  '## JSON representation',
  '```json\n{\n  "id": "String (identifier)",\n  "label": "String",\n  "capacity": "Int32",\n  "kind": "String",\n  "openedDateTime": "String (timestamp)"\n}\n```',
].join('\n\n');

function names(read: ReturnType<typeof readGeneral>): string[] {
  return (read.fragment?.schemas ?? []).map((s) => s.name);
}

describe('general reader: a page of no operation whose title names a type (resource pages)', () => {
  it('should define the title’s type from its Properties table, not from the Methods table above it', () => {
    const read = readGeneral(SHELF_PAGE, 'resources/shelf.md');
    expect(read.routes).toEqual([]);
    expect(codes(read)).not.toContain('not-an-endpoint');
    expect(names(read)).toEqual(['Shelf', 'ShelfKind']);
    const shelf = strip(read.fragment!.schemas.find((s) => s.name === 'Shelf')!.schema);
    expect(shelf.kind === 'object' && shelf.properties.map((p) => [p.name, p.schema])).toEqual([
      // "Read-only." in its description.
      ['id', { kind: 'string', readOnly: true }],
      ['label', { kind: 'string' }],
      ['capacity', { kind: 'integer', format: 'int32' }],
      ['kind', { kind: 'ref', name: 'ShelfKind' }],
      ['openedDateTime', { kind: 'string', format: 'date-time' }],
    ]);
  });

  it('should read a values table a type cell links to (`[shelfKind](#shelfkind-values)`) as that enum, a `null` member making it nullable', () => {
    const read = readGeneral(SHELF_PAGE, 'resources/shelf.md');
    expect(strip(read.fragment!.schemas.find((s) => s.name === 'ShelfKind')!.schema)).toEqual({
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'reference', description: 'Books that stay in the library.' },
        { value: 'lending', description: 'Books a reader may borrow.' },
      ],
      nullable: true,
    });
    // No type cell links to it: a values table stays prose.
    const unlinked = readGeneral(SHELF_PAGE.replace('[shelfKind](#shelfkind-values)', 'String'), 'resources/shelf.md');
    expect(names(unlinked)).toEqual(['Shelf']);
  });

  it('should say in the file’s reason which types the page defines', () => {
    const read = readGeneral(SHELF_PAGE, 'resources/shelf.md');
    expect(read.root.data?.found).toMatch(/; defines 2 types \(Shelf, ShelfKind\)$/);
  });

  it('should read the other ways a title names a type: `# Book object` over its table, `# Loan entity` over `## Fields`', () => {
    const book = readGeneral(
      '# Book object\n\nA book of the library.\n\n| Field | Type | Description |\n|---|---|---|\n| isbn | string | The ISBN. |',
      'objects/book.md',
    );
    expect(names(book)).toEqual(['Book']);
    const loan = readGeneral(
      '# Loan entity\n\n## Overview\n\nA loan.\n\n## Fields\n\n| Name | Type | Description |\n|---|---|---|\n| due | date | When it is due. |',
      'objects/loan.md',
    );
    expect(names(loan)).toEqual(['Loan']);
    const address = readGeneral(
      '# address complex type\n\n## Properties\n\n| Property | Type | Description |\n|---|---|---|\n| city | String | The city. |',
      'objects/address.md',
    );
    expect(names(address)).toEqual(['Address']);
  });

  it('should define nothing where the title names no type, or the page documents an operation', () => {
    const overview = readGeneral(
      '# About the shelves\n\n## Properties\n\n| Property | Type | Description |\n|---|---|---|\n| city | String | The city. |',
      'overview.md',
    );
    expect(names(overview)).toEqual([]);
    const operation = readGeneral(
      '# shelf resource type\n\n## Get shelf\n\n```http\nGET /shelves/{id}\n```\n\n## Properties\n\n| Property | Type | Description |\n|---|---|---|\n| label | String | The label. |',
      'api/shelf.md',
    );
    expect(operation.routes).toEqual(['GET /shelves/{id}']);
    expect(names(operation)).not.toContain('Shelf');
  });

  it('should type a cell that links to the page of the type its word names (`[shelfLabel](../resources/shelflabel.md)`) by that type', () => {
    const page = (cell: string) =>
      `# shelf resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n| label | ${cell} | Its label. |\n`;
    const labelOf = (cell: string) => {
      const shelf = strip(readGeneral(page(cell), 'resources/shelf.md').fragment?.schemas.find((s) => s.name === 'Shelf')?.schema);
      return shelf?.kind === 'object' ? shelf.properties.find((p) => p.name === 'label')?.schema : undefined;
    };
    expect(labelOf('[shelfLabel](shelflabel.md)')).toEqual({ kind: 'ref', name: 'ShelfLabel' });
    expect(labelOf('[shelfLabel](../resources/shelflabel.md#properties)')).toEqual({ kind: 'ref', name: 'ShelfLabel' });
    // A page of another name, or a site's URL, says nothing of the word.
    expect(labelOf('[shelfLabel](labels.md)')).not.toEqual({ kind: 'ref', name: 'ShelfLabel' });
    expect(labelOf('[shelfLabel](https://example.com/shelflabel.md)')).not.toEqual({ kind: 'ref', name: 'ShelfLabel' });
  });

  it('should read the Relationships table as the type’s navigation properties: refs, `collection` an array of refs, read-only where said', () => {
    const relationships = [
      '## Relationships',
      '| Relationship | Type | Description |\n|:--|:--|:--|',
      '| keeper | [librarian](librarian.md) | Who keeps the shelf. Read-only. |',
      '| books | [book](../resources/book.md) collection | The books on it. Read-only. Nullable. |',
      '| neighbour | [shelf](shelf.md) | The shelf beside it. Supports `$expand`. |',
    ].join('\n');
    const page = SHELF_PAGE.replace('## JSON representation', `${relationships}\n\n## JSON representation`);
    const shelf = strip(readGeneral(page, 'resources/shelf.md').fragment!.schemas.find((s) => s.name === 'Shelf')!.schema);
    expect(shelf.kind === 'object' && shelf.properties.slice(5).map((p) => [p.name, p.schema, p.description])).toEqual([
      ['keeper', { kind: 'ref', name: 'Librarian', readOnly: true }, 'Who keeps the shelf. Read-only.'],
      ['books', { kind: 'array', items: { kind: 'ref', name: 'Book' }, readOnly: true }, 'The books on it. Read-only. Nullable.'],
      ['neighbour', { kind: 'ref', name: 'Shelf' }, 'The shelf beside it. Supports `$expand`.'],
    ]);
    // A table under `## Relationships` whose first column is not the relationship adds nothing.
    const other = strip(
      readGeneral(page.replace('| Relationship | Type |', '| Link | Type |'), 'resources/shelf.md').fragment!.schemas.find(
        (s) => s.name === 'Shelf',
      )!.schema,
    );
    expect(other.kind === 'object' && other.properties.map((p) => p.name)).toEqual(['id', 'label', 'capacity', 'kind', 'openedDateTime']);
  });
});
