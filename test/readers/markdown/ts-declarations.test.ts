/**
 * Bodies and types stated as TypeScript declarations in a fence (`interface`, `type`, `enum`), read
 * by the TypeScript compiler. The fixtures are ours, a small orchard API: a call whose request body
 * and answer are interfaces, a list whose answer is a type alias, a page of shared types, and a
 * page of what no schema states.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ObjectSchema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { codes, operation, readGeneral, strip } from './helpers.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/readers/markdown/typescript-compiler.js', async (original) => {
  const real = await original<typeof import('../../../src/readers/markdown/typescript-compiler.js')>();
  return {
    typescriptCompiler: () => {
      loads.count++;
      return real.typescriptCompiler();
    },
  };
});

const DIR = path.join(import.meta.dirname, 'fixtures/ts-declarations');
const page = (name: string) => readGeneral(readFileSync(path.join(DIR, name), 'utf8'), `api/${name}`);
const scratch = useScratchDir();

function named(read: ReturnType<typeof readGeneral>, name: string) {
  return strip(read.fragment?.schemas.find((schema) => schema.name === name));
}

describe('general reader: TypeScript declarations in fences', () => {
  it("should read an interface under a request body's title as that body, a named type of its members", () => {
    const read = page('growers.md');
    const op = operation(read, 'POST /v1/growers');
    expect(strip(op.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'RegisterGrowerRequest' });
    const request = named(read, 'RegisterGrowerRequest')!;
    expect(request.origin).toBe('documented');
    const schema = request.schema as ObjectSchema;
    expect(schema.description).toBe('What a new grower sends.');
    const byName = Object.fromEntries(schema.properties.map((property) => [property.name, property]));
    expect(schema.properties.map((property) => `${property.name}${property.required ? '*' : ''}`)).toEqual([
      'name*',
      'age',
      'crops*',
      'role*',
      'address',
      'joinedAt*',
      'produce',
      'flags*',
      'tier*',
      'location*',
      'plots',
      'bounds*',
    ]);
    expect(byName.name).toMatchObject({ description: "The grower's display name.", schema: { kind: 'string' } });
    expect(byName.age?.schema).toEqual({ kind: 'number' });
    expect(byName.crops?.schema).toEqual({ kind: 'array', items: { kind: 'string' } });
    expect(byName.role).toMatchObject({
      description: 'What the grower may do.',
      schema: { kind: 'enum', base: 'string', values: [{ value: 'owner' }, { value: 'picker' }], default: 'picker' },
    });
    expect(byName.address?.schema).toEqual({ kind: 'ref', name: 'Address', nullable: true });
    // `Date`: JSON sends it as text, in a form the declaration does not state: no format.
    expect(byName.joinedAt?.schema).toEqual({ kind: 'string', readOnly: true });
    expect(byName.produce).toMatchObject({ description: 'Deprecated: Use `crops`.', schema: { kind: 'array', deprecated: true } });
    expect(byName.flags?.schema).toEqual({ kind: 'map', values: { kind: 'boolean' } });
    expect(byName.tier?.schema).toEqual({ kind: 'enum', base: 'integer', values: [{ value: 1 }, { value: 2 }, { value: 3 }] });
    expect(byName.location?.schema).toMatchObject({
      kind: 'object',
      examples: [{ lat: 52.1, lng: 4.3 }],
      properties: [
        { name: 'lat', required: true, description: 'Degrees north.', schema: { kind: 'number' } },
        { name: 'lng', required: true, schema: { kind: 'number' } },
      ],
    });
    // `| undefined`: the member may be left out.
    expect(byName.plots).toMatchObject({ required: false, schema: { kind: 'array', items: { kind: 'ref', name: 'Plot' } } });
    expect(byName.bounds?.schema).toMatchObject({
      kind: 'array',
      prefixItems: [{ kind: 'number' }, { kind: 'number' }],
      minItems: 2,
      maxItems: 2,
    });
    // Each member at its line in the page.
    const written = read.fragment?.schemas.find((found) => found.name === 'RegisterGrowerRequest')?.schema as ObjectSchema;
    expect(written.properties[0]?.source).toMatchObject({ file: 'api/growers.md', start: { line: 17, column: 3 } });
    expect(codes(read)).toEqual([]);
  });

  it("should read an interface under a response's title as the answer of the status stated, its sample kept", () => {
    const read = page('growers.md');
    const op = operation(read, 'POST /v1/growers');
    expect(op.responses.map((response) => response.status)).toEqual(['201']);
    const [content] = op.responses[0]!.content;
    expect(strip(content?.schema)).toEqual({ kind: 'ref', name: 'Grower' });
    expect(content?.examples.map((example) => example.value)).toEqual([{ id: 'g_1', name: 'Ann', kind: 'family' }]);
    expect((named(read, 'Grower')!.schema as ObjectSchema).properties.map((property) => property.name)).toEqual(['id', 'name', 'kind']);
  });

  it('should read a type alias as the type it names, and leave SDK code (no declaration) as the prose it was', () => {
    const read = page('growers.md');
    const list = operation(read, 'GET /v1/growers');
    expect(strip(list.responses.find((response) => response.status === '200')?.content[0]?.schema)).toEqual({
      kind: 'ref',
      name: 'GrowerList',
    });
    expect(named(read, 'GrowerList')?.schema).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Grower' } });
    expect(list.description).toContain('await orchard.growers.list');
    expect(read.root.data?.found).toBe('2 request lines in inline code; 1 response sample; 3 TypeScript declarations');
  });

  it("should read a page of declarations alone as its types: `extends` its bases' members (allOf), enums with their members' names", () => {
    const read = page('types.md');
    expect(read.fragment?.operations).toEqual([]);
    expect(read.fragment?.schemas.map((schema) => schema.name)).toEqual(['Address', 'Plot', 'Area', 'GrowerKind', 'Season']);
    expect(named(read, 'Plot')?.schema).toEqual({
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'Area' },
        {
          kind: 'object',
          properties: [
            { name: 'number', required: true, description: "The plot's number on the orchard map.", schema: { kind: 'number' } },
          ],
        },
      ],
    });
    expect(named(read, 'GrowerKind')?.schema).toEqual({
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'family', name: 'Family', description: "A family's orchard." },
        { value: 'cooperative', name: 'Cooperative' },
      ],
    });
    expect(named(read, 'Season')?.schema).toEqual({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, name: 'Spring' },
        { value: 1, name: 'Summer' },
        { value: 5, name: 'Autumn' },
      ],
    });
    expect(codes(read)).toEqual([]);
    expect(read.root.data?.found).toContain('defines 5 types (Address, Plot, Area, GrowerKind, Season)');
  });

  it('should report what no schema states at its line and column, type it unknown, and keep hostile names as written', () => {
    const read = page('hostile.md');
    const op = operation(read, 'PATCH /v1/sheds/{shed_id}');
    expect(strip(op.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'UpdateShed' });
    const shed = named(read, 'UpdateShed')?.schema as ObjectSchema;
    expect(shed.properties.map((property) => [property.name, property.schema.kind])).toEqual([
      ['__proto__', 'string'],
      ['ends*/here', 'string'],
      ['mapped', 'unknown'],
      ['picked', 'unknown'],
      ['partial', 'ref'],
    ]);
    // `Partial<Address>` of an Address the page does not declare: kept for the merge to make, not reported here.
    expect(shed.properties[4]?.schema).toEqual({ kind: 'ref', name: 'specdown:Partial<Address>' });
    expect(strip(read.fragment?.derived)).toEqual([
      { key: 'specdown:Partial<Address>', utility: 'Partial', of: 'Address', text: 'Partial<Address>' },
    ]);
    expect(shed.additionalProperties).toEqual({ kind: 'unknown' });
    const reported = read.diagnostics.items
      .filter((d) => d.code === 'unsupported-declaration')
      .map((d) => `${d.source.start.line}:${d.source.start.column} ${d.message}`);
    expect(reported).toEqual([
      "28:23 the TypeScript in this fence does not parse ('}' expected.); `Cut` was not read",
      '19:11 a mapped type states no schema; typed unknown',
      '20:11 a conditional type states no schema; typed unknown',
      '22:3 a method (a function) states no schema; typed unknown',
      '26:1 `Page` is generic (`Page<T>`), which states no schema; not read',
    ]);
    expect(read.fragment?.schemas.map((schema) => schema.name)).toEqual(['UpdateShed']);
  });

  it("should expand Partial, Required, Readonly, Pick and Omit of an object the page declares, keep those of another page's for the merge, and report the rest", () => {
    const read = page('hives.md');
    const object = (name: string) => named(read, name)!.schema as ObjectSchema;
    const members = (name: string) =>
      object(name).properties.map(
        (property) => `${property.name}${property.required ? '' : '?'}${property.schema.readOnly ? ' (read-only)' : ''}`,
      );
    const op = operation(read, 'PATCH /v1/hives/{hive_id}');
    expect(strip(op.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'HivePatch' });
    expect(strip(op.responses[0]?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'HiveCard' });
    // Declared after its use, in another fence: read first. Omit drops the keys, Partial makes the rest optional.
    expect(members('HivePatch')).toEqual(['name?', 'frames?', 'queen?']);
    expect(named(read, 'HivePatch')?.schema.description).toBe('What a change to a hive sends: any of its fields but its ID.');
    // Each member as T states it: its words, its type (a ref stays one).
    expect(object('HivePatch').properties[0]).toMatchObject({
      description: 'What the keeper calls it.',
      schema: { kind: 'string' },
    });
    expect(object('HivePatch').properties[2]?.schema).toEqual({ kind: 'ref', name: 'Queen' });
    expect(members('HiveCard')).toEqual(['id (read-only)', 'name (read-only)']);
    expect(members('FullHive')).toEqual(['id (read-only)', 'name', 'frames', 'queen']);
    // An interface's bases (`extends`) are its members too; a member it declares again is its own, at the base's place.
    expect(members('ColonyDraft')).toEqual(['id? (read-only)', 'name?', 'frames?', 'queen?', 'bees?']);
    expect(object('ColonyDraft').properties[2]?.description).toBe('Declared again: required here.');
    expect(members('Inline')).toEqual(['b?']);
    // T itself is untouched.
    expect(members('Hive')).toEqual(['id (read-only)', 'name', 'frames?', 'queen?']);
    // A key T lacks, keys no literal names, a type used inside itself: reported, typed unknown.
    const reported = read.diagnostics.items
      .filter((d) => d.code === 'unsupported-declaration')
      .map((d) => `${d.source.start.line}:${d.source.start.column} ${d.message}`);
    expect(reported).toEqual([
      "53:13 `Pick<Hive, 'name' | 'colour'>` (a key `Hive` has no member of) states no schema; typed unknown",
      '55:14 `Omit<Hive, string>` (keys that are no string literals) states no schema; typed unknown',
      "57:12 `Partial<Nest>` (`Nest` is no object the page's other declarations state) states no schema; typed unknown",
    ]);
    for (const name of ['Lost', 'Loose']) expect(named(read, name)?.schema).toEqual({ kind: 'unknown' });
    // A T the page does not declare: kept for the merge, which knows every page's types (merge/derived-types.test.ts).
    expect(named(read, 'Elsewhere')?.schema).toEqual({ kind: 'ref', name: 'specdown:Partial<Orchard>' });
    expect(read.fragment?.derived?.map((use) => `${use.source?.start.line}:${use.source?.start.column} ${use.key}`)).toEqual([
      '54:18 specdown:Partial<Orchard>',
    ]);
  });

  it('should load the compiler only for a page that holds a declaration fence', () => {
    const before = loads.count;
    readGeneral('# Plain\n\n`GET /v1/plain`\n\n```ts\nconst x = await api.plain();\n```\n', 'api/plain.md');
    readGeneral('# Typed\n\n`GET /v1/typed`\n\n```json\n{"interface": 1}\n```\n', 'api/typed.md');
    expect(loads.count).toBe(before);
    page('types.md');
    expect(loads.count).toBe(before + 1);
  });
});

describe('TypeScript declarations through every output', () => {
  it("should resolve the operations' type names to another page's declarations, and compile types and schemas strict", async () => {
    const result = await generate({ input: DIR });
    const text = (name: string) => result.outputs.find((output) => output.path.endsWith(name))!.contents;
    const openapi = JSON.parse(text('openapi.json')) as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(openapi.components.schemas)).toEqual(
      expect.arrayContaining(['Address', 'Area', 'Grower', 'GrowerKind', 'GrowerList', 'Plot', 'RegisterGrowerRequest', 'UpdateShed']),
    );
    expect(result.diagnostics.filter((d) => d.code === 'undocumented-type')).toEqual([]);
    const files = { 'types.ts': text('types.ts'), 'schemas.ts': text('schemas.ts') };
    const pairs = exportedTypeNames(files['types.ts']).map((name): [string, string] => [name, `${name}Schema`]);
    const dir = scratch();
    writeFiles(dir, { ...files, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
  });
});
