/**
 * `Partial<T>`, `Required<T>`, `Readonly<T>`, `Pick<T, …>` and `Omit<T, …>` of a T another page
 * declares (merge/derived-types.ts): the page keeps a placeholder, the merge makes the object once
 * every page's types are known. The fixtures are ours, a made-up lamp shop.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectSchema } from '../../src/ir/types.js';
import { generate } from '../../src/run/generate.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { expectCold } from '../run/cache/cold-run.js';

const tempDir = useTempDir();
const scratch = useScratchDir();

const LAMPS = [
  '# Lamps',
  '## Get a lamp',
  '`GET /lamps/{lampId}`',
  '### Response 200',
  [
    '```ts',
    '/** A lamp on a shelf. */',
    'export interface Lamp {',
    "  /** The lamp's ID. */",
    '  readonly id: string;',
    '  /** What the shop calls it. */',
    '  name: string;',
    '  watts?: number;',
    '  tags?: string[];',
    '  shade?: Shade;',
    '}',
    '```',
  ].join('\n'),
].join('\n\n');

/** The shade: a table, no declaration. */
const SHADES = [
  '# Shades',
  '## Shade object',
  '| Field | Type | Required | Description |\n|---|---|---|---|\n| colour | string | yes | The shade’s colour |\n| height | integer | no | Its height in mm |',
].join('\n\n');

const CHANGES = [
  '# Change a lamp',
  '`PATCH /lamps/{lampId}`',
  '### Request body',
  ['```ts', '/** What may change. */', 'export type LampPatch = Partial<Lamp>;', '```'].join('\n'),
  '### Response 200',
  [
    '```ts',
    'export interface LampCard {',
    "  lamp: Pick<Lamp, 'id' | 'name'>;",
    "  rest?: Omit<Lamp, 'tags' | 'shade'>;",
    '  fixed: Readonly<Lamp>;',
    '  full: Required<Lamp> | null;',
    '  shade?: Partial<Shade>;',
    '}',
    '```',
  ].join('\n'),
].join('\n\n');

function docs(pages: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const members = (schema: ObjectSchema) =>
  schema.properties.map((property) => `${property.name}${property.required ? '' : '?'}${property.schema.readOnly ? ' (read-only)' : ''}`);

describe('utility types of a type another page declares', () => {
  it('should make Partial, Required, Readonly, Pick and Omit of it, and leave it unchanged', async () => {
    const result = await generate({ input: docs({ 'lamps.md': LAMPS, 'shades.md': SHADES, 'changes.md': CHANGES }) });
    const schemas = new Map(result.document.schemas.map((named) => [named.name, named.schema]));
    const patch = schemas.get('LampPatch') as ObjectSchema;
    expect(members(patch)).toEqual(['id? (read-only)', 'name?', 'watts?', 'tags?', 'shade?']);
    expect(patch.description).toBe('What may change.');
    // Each member as T states it: its words, a ref a ref still.
    expect(patch.properties[1]).toMatchObject({ description: 'What the shop calls it.', schema: { kind: 'string' } });
    expect(patch.properties[4]?.schema).toEqual({ kind: 'ref', name: 'Shade' });
    const card = schemas.get('LampCard') as ObjectSchema;
    const member = (name: string) => card.properties.find((property) => property.name === name)!.schema as ObjectSchema;
    expect(members(member('lamp'))).toEqual(['id (read-only)', 'name']);
    expect(members(member('rest'))).toEqual(['id (read-only)', 'name', 'watts?']);
    expect(members(member('fixed'))).toEqual([
      'id (read-only)',
      'name (read-only)',
      'watts? (read-only)',
      'tags? (read-only)',
      'shade? (read-only)',
    ]);
    expect(members(member('full'))).toEqual(['id (read-only)', 'name', 'watts', 'tags', 'shade']);
    // The use's own `| null` is kept on the object made.
    expect(member('full').nullable).toBe(true);
    // T stated by a table on another page, not a declaration.
    expect(members(member('shade'))).toEqual(['colour?', 'height?']);
    expect(members(schemas.get('Lamp') as ObjectSchema)).toEqual(['id (read-only)', 'name', 'watts?', 'tags?', 'shade?']);
    expect(result.diagnostics.filter((d) => d.code === 'unsupported-declaration' || d.code === 'undocumented-type')).toEqual([]);
    expect(JSON.stringify(result.document)).not.toContain('specdown:');
  });

  it('should emit types and schemas that compile strict and agree', async () => {
    const result = await generate({ input: docs({ 'lamps.md': LAMPS, 'shades.md': SHADES, 'changes.md': CHANGES }) });
    const text = (name: string) => result.outputs.find((output) => output.path.endsWith(name))!.contents;
    expect(text('types.ts')).toContain('export interface LampPatch {');
    const openapi = JSON.parse(text('openapi.json')) as { components: { schemas: Record<string, { required?: string[] }> } };
    expect(openapi.components.schemas.LampPatch?.required).toBeUndefined();
    const files = { 'types.ts': text('types.ts'), 'schemas.ts': text('schemas.ts') };
    const pairs = exportedTypeNames(files['types.ts']).map((name): [string, string] => [name, `${name}Schema`]);
    const dir = scratch();
    writeFiles(dir, { ...files, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
  });

  it('should make one of a type itself made so on a third page, and the same use on two pages alike', async () => {
    const more = [
      '# Lamp names',
      '`GET /lamps/{lampId}/name`',
      '### Response 200',
      ['```ts', "export type LampName = Pick<LampPatch, 'name'>;", 'export type Again = Partial<Lamp>;', '```'].join('\n'),
    ].join('\n\n');
    const result = await generate({ input: docs({ 'lamps.md': LAMPS, 'changes.md': CHANGES, 'names.md': more }) });
    const schemas = new Map(result.document.schemas.map((named) => [named.name, named.schema]));
    expect(members(schemas.get('LampName') as ObjectSchema)).toEqual(['name?']);
    expect(members(schemas.get('Again') as ObjectSchema)).toEqual(members(schemas.get('LampPatch') as ObjectSchema));
  });

  it('should report at each use, typed unknown, a T no page declares, a key T lacks, and a type made of itself', async () => {
    const uses = [
      '# Odd lamps',
      '`GET /odd-lamps`',
      '### Response 200',
      [
        '```ts',
        'export interface OddLamp {',
        '  bulb?: Partial<Bulb>;',
        "  named: Pick<Lamp, 'colour'>;",
        '  socket?: Partial<Socket>;',
        '}',
        '```',
      ].join('\n'),
    ].join('\n\n');
    const sockets = [
      '# Sockets',
      '`GET /sockets`',
      '### Response 200',
      '```ts\nexport interface Socket {\n  odd?: Partial<OddLamp>;\n}\n```',
    ].join('\n\n');
    const result = await generate({ input: docs({ 'lamps.md': LAMPS, 'odd.md': uses, 'sockets.md': sockets }) });
    const reported = result.diagnostics
      .filter((d) => d.code === 'unsupported-declaration')
      .map((d) => `${d.source.file}:${d.source.start.line}:${d.source.start.column} ${d.message}`);
    expect(reported).toEqual([
      'odd.md:9:10 `Partial<Bulb>` (`Bulb` is no object any page states) states no schema; typed unknown',
      "odd.md:10:10 `Pick<Lamp, 'colour'>` (a key `Lamp` has no member of) states no schema; typed unknown",
      'odd.md:11:12 `Partial<Socket>` (a type used inside itself) states no schema; typed unknown',
    ]);
    const odd = result.document.schemas.find((named) => named.name === 'OddLamp')!.schema as ObjectSchema;
    expect(odd.properties.map((property) => property.schema.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    // The other side of the cycle is made, its own use of the first cut where the cycle closes.
    const socket = result.document.schemas.find((named) => named.name === 'Socket')!.schema as ObjectSchema;
    expect((socket.properties[0]!.schema as ObjectSchema).properties.map((property) => property.schema.kind)).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(result.document.schemas.map((named) => named.name)).not.toContain('Bulb');
    expect(JSON.stringify(result.document)).not.toContain('specdown:');
  });

  it("should give what a cold run gives after the page of a type another page's utility type copied changes", async () => {
    const input = docs({ 'lamps.md': LAMPS, 'changes.md': CHANGES, 'shades.md': SHADES });
    const cache = tempDir();
    await generate({ input, cache });
    const shades = path.join(input, 'shades.md');
    // Moved only: patched, in the copies too (they keep Shade's rows' places).
    writeFileSync(shades, SHADES.replace('# Shades', '# Shades\n\nThe shades we stock.'));
    const moved = await generate({ input, cache });
    expect(moved.stats.patchedRun).toBe(true);
    await expectCold(input, moved);
    // Shade's height made required: Partial<Shade> keeps it optional.
    writeFileSync(shades, SHADES.replace('| height | integer | no |', '| height | integer | yes |'));
    const changed = await generate({ input, cache });
    await expectCold(input, changed);
    const card = changed.document.schemas.find((named) => named.name === 'LampCard')!.schema as ObjectSchema;
    expect(members(card.properties.find((property) => property.name === 'shade')!.schema as ObjectSchema)).toEqual(['colour?', 'height?']);
    // The page of the uses moved: the same again.
    writeFileSync(path.join(input, 'changes.md'), CHANGES.replace('# Change a lamp', '# Change a lamp\n\nSend only what changes.'));
    await expectCold(input, await generate({ input, cache }));
  });
});
