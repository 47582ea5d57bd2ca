/**
 * A type cell that links to a heading of another page (`| doctor | [Vet](../objects/types.md#vet-record) |`):
 * where no page defines the type the link's words name, the linked section's type. The fixtures are
 * ours, a made-up pet clinic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiDocument, Schema } from '../../src/ir/types.js';
import { generate } from '../../src/run/generate.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** The pet's response table, one row a cell per entry. */
function petPage(rows: readonly string[]): string {
  return [
    '# Pets',
    '## Get a pet',
    '`GET /pets/{id}`',
    '### Response',
    ['| Field | Type | Description |', '|---|---|---|', '| id | integer | The pet’s id |', ...rows].join('\n'),
  ].join('\n\n');
}

const USERS =
  '# Users\n\n## User object\n\n| Field | Type | Description |\n|---|---|---|\n| id | integer | The user’s id |\n| name | string | The user’s name |';
const TYPES = [
  '# Types',
  '## Vet record',
  '| Field | Type | Description |\n|---|---|---|\n| clinic | string | The clinic’s name |',
  '## Shelter',
  '| Field | Type | Description |\n|---|---|---|\n| city | string | Where the shelter is |',
].join('\n\n');
/** A page of sections, no type of its own (its title names none). */
const COMMON = [
  '# Common structures',
  '## Address',
  '| Field | Type | Description |\n|---|---|---|\n| street | string | The street |',
  '## Tag',
  'A tag is a short word.',
].join('\n\n');

async function run(
  rows: readonly string[],
  more: Record<string, string> = {},
  { docs = path.join(tempDir(), 'docs'), cache }: { docs?: string; cache?: string } = {},
) {
  const pages = {
    'api/pets.md': petPage(rows),
    'objects/users.md': USERS,
    'objects/types.md': TYPES,
    'objects/common.md': COMMON,
    ...more,
  };
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(docs, file)), { recursive: true });
    writeFileSync(path.join(docs, file), text);
  }
  return generate({ input: docs, ...(cache ? { cache } : {}) });
}

/** `name: type` of each property of the pet's response, a ref by its name (`[Name]` a list of it). */
function fieldTypes(document: ApiDocument): string[] {
  const schema = document.operations[0]?.responses[0]?.content[0]?.schema;
  const show = (s: Schema): string => (s.kind === 'ref' ? s.name : s.kind === 'array' ? `[${show(s.items)}]` : s.kind);
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}: ${show(p.schema)}`) : [];
}

function schemaNames(document: ApiDocument): string[] {
  return document.schemas.map((s) => `${s.name}${s.origin === 'undocumented' ? ' (undocumented)' : ''}`);
}

describe('merge: a type cell linking to a heading of another page', () => {
  it('should type the cell as the linked section’s type where no page defines the type its words name', async () => {
    const { document, diagnostics } = await run([
      '| doctor | [Vet](../objects/types.md#vet-record) | The pet’s vet |',
      '| home | [Address](../objects/common.md#address) | Where the pet lives |',
      '| friends | array of [Buddy](../objects/users.md#user-object) | The pet’s friends |',
    ]);
    expect(fieldTypes(document)).toEqual(['id: integer', 'doctor: VetRecord', 'home: Address', 'friends: [User]']);
    expect(schemaNames(document)).toEqual(['Address', 'Shelter', 'User', 'VetRecord']);
    const address = document.schemas.find((s) => s.name === 'Address')!;
    expect(address.schema.kind === 'object' && address.schema.properties.map((p) => p.name)).toEqual(['street']);
    expect(address.sources[0]?.file).toBe('objects/common.md');
    // The page of sections only that a cell links to is no `not-an-endpoint`.
    expect(diagnostics.filter((d) => d.code === 'not-an-endpoint' || d.code === 'undocumented-type')).toEqual([]);
  });

  it('should resolve the same where the linked pages come from the cache', async () => {
    const [docs, cache] = [path.join(tempDir(), 'docs'), tempDir()];
    const rows = ['| doctor | [Vet](../objects/types.md#vet-record) | The pet’s vet |'];
    await run(['| doctor | string | The pet’s vet |'], {}, { docs, cache });
    const cached = await run(rows, {}, { docs, cache });
    expect(cached.stats.parsed).toBe(1);
    expect(fieldTypes(cached.document)).toEqual(['id: integer', 'doctor: VetRecord']);
    const contents = (outputs: ReadonlyArray<{ path: string; contents: string }>) => outputs.map((o) => [o.path, o.contents]);
    expect(contents(cached.outputs)).toEqual(contents((await run(rows)).outputs));
  });

  it('should keep the type the words name where a page defines it, whatever the link', async () => {
    const { document } = await run([
      '| owner | [User](../objects/users.md#user-object) | The pet’s owner |',
      '| carer | [User](../objects/types.md#vet-record) | Who feeds it |',
      '| shelter | array of [Shelter](../objects/common.md#address) | Where it stayed |',
    ]);
    expect(fieldTypes(document)).toEqual(['id: integer', 'owner: User', 'carer: User', 'shelter: [Shelter]']);
    expect(schemaNames(document)).toEqual(['Shelter', 'User']);
  });

  it('should leave the words’ type where the link goes to no field table, or its name’s links to two types', async () => {
    const { document } = await run([
      '| tag | [Tag](../objects/common.md#tag) | A section without a table |',
      '| collar | [Collar](../objects/common.md#no-such-heading) | No such heading |',
      '| home | [Place](../objects/types.md#shelter) | Where it was found |',
      '| away | [Place](../objects/common.md#address) | Where it stays on holiday |',
      '| site | [Clinic](https://example.com/types#clinic) | A link to a site |',
    ]);
    expect(fieldTypes(document)).toEqual(['id: integer', 'tag: Tag', 'collar: Collar', 'home: Place', 'away: Place', 'site: Clinic']);
    expect(schemaNames(document)).toEqual([
      'Clinic (undocumented)',
      'Collar (undocumented)',
      'Place (undocumented)',
      'Shelter',
      'Tag (undocumented)',
      'User',
    ]);
  });

  it('should rename a type definition’s refs too, and say in the linked page’s reason which types the cells link to', async () => {
    const litter =
      '# Litter object\n\n| Field | Type | Description |\n|---|---|---|\n| mother | [Vet](types.md#vet-record) | Who delivered it |';
    const { document, files } = await run(['| litter | [Litter](../objects/litter.md#litter-object) | Its litter |'], {
      'objects/litter.md': litter,
    });
    expect(fieldTypes(document)).toEqual(['id: integer', 'litter: Litter']);
    const defined = document.schemas.find((s) => s.name === 'Litter')!.schema;
    expect(defined.kind === 'object' && defined.properties[0]?.schema).toMatchObject({ kind: 'ref', name: 'VetRecord' });
    const reasons = Object.fromEntries(files.map((f) => [f.file, f.reason]));
    expect(reasons['objects/types.md']).toMatch(/; defines a type other pages' type cells link to \(VetRecord\)$/);
    expect(reasons['objects/common.md']).not.toContain('link');
  });
});
