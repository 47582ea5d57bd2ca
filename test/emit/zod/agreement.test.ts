/**
 * types.ts and schemas.ts generated from one document must agree: for every declared type `X`,
 * `z.output<typeof XSchema>` and `X` are mutually assignable (ignoring the index signature a loose
 * object adds), the parsed value is usable as `X`, and both files compile in strict mode.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../shared/generated-project.js';
import { richDocument } from '../shared/rich-document.js';

describe('types.ts and schemas.ts', () => {
  const scratch = useScratchDir();
  const doc = richDocument();
  const types = emitTypes(doc);
  const schemas = emitZod(doc);
  const names = exportedTypeNames(types);

  it('should declare a schema for every declared type', () => {
    expect(names.length).toBeGreaterThan(35);
    // A part that is just another schema is an export alias (`export { PetSchema as CreatePet201ResponseSchema };`).
    for (const name of names) expect(schemas).toMatch(new RegExp(`export const ${name}Schema\\b|export \\{ \\w+ as ${name}Schema \\};`));
  });

  it('should compile in strict mode (exactOptionalPropertyTypes on) with zero diagnostics, every type agreeing with its schema', () => {
    const dir = scratch();
    const pairs: Array<[string, string]> = names.map((name) => [name, `${name}Schema`]);
    for (const id of ['TicketMessage_Get', 'createPet', 'tree.walk-all']) {
      pairs.push([`operations['${id}']['response']`, `operationSchemas['${id}']['response']`]);
    }
    pairs.push([`operations['createPet']['responses']['204']`, `operationSchemas['createPet']['responses']['204']`]);
    pairs.push([`operations['tree.walk-all']['parameters']['query']`, `operationSchemas['tree.walk-all']['query']`]);
    writeFiles(dir, { 'types.ts': types, 'schemas.ts': schemas, 'agree.ts': agreementSource(pairs) });
    // exactOptionalPropertyTypes is the stricter setting: agreeing under it implies agreeing without it
    // (the corpus test compiles with it off).
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agree.ts'], { exactOptionalPropertyTypes: true })).toEqual([]);
  });

  it('should parse real values at runtime and reject wrong ones', async () => {
    const dir = scratch();
    writeFiles(dir, { 'types.ts': types, 'schemas.ts': schemas });
    const module = (await import(pathToFileURL(path.join(dir, 'schemas.ts')).href)) as Record<string, z.ZodType>;
    const schema = (name: string): z.ZodType => {
      const found = module[name];
      if (!found) throw new Error(`no ${name}`);
      return found;
    };
    const message = {
      id: 1,
      createdAt: '2015-09-27T17:37:39.36531+02:00',
      version: 'v1',
      status: 2,
      attachments: [{ name: 'a' }, null],
      unknownField: 'kept',
    };
    const table: Array<[string, unknown, boolean]> = [
      ['TicketMessageEntitySchema', message, true],
      ['TicketMessageEntitySchema', { ...message, createdAt: '2015-09-27T17:37:39.3653123Z' }, true],
      ['TicketMessageEntitySchema', { ...message, status: 5 }, false],
      ['TicketMessageEntitySchema', { ...message, createdAt: 'yesterday' }, false],
      ['TicketMessageEntitySchema', { ...message, attachments: [{ name: 'a', extra: 1 }] }, false],
      ['TicketMessageEntitySchema', { ...message, version: 'v2' }, false],
      ['TreeSchema', { label: 'a', children: [{ label: 'b', children: [{ label: 'c' }] }], parent: null }, true],
      ['TreeSchema', { label: 'a', children: [{ label: 'b', children: [{ label: 3 }] }] }, false],
      ['NodeSchema', { nodes: [{ value: 1 }, { nodes: [{ value: 2 }] }] }, true],
      ['NodeSchema', { nodes: [{ value: 'x' }] }, false],
      ['PetSchema', { petType: 'dog', good: true }, true],
      ['PetSchema', { petType: 'cat', lives: 10 }, false],
      ['NamedCatSchema', { petType: 'cat', lives: 1, name: 'Tom' }, true],
      ['NamedCatSchema', { petType: 'cat', lives: 1 }, false],
      ['LabelsSchema', { count: 1, a: 'x' }, true],
      ['LabelsSchema', { count: 1, a: 2 }, false],
      ['AaaSchema', [{ z: 'x' }], true],
      ['StringOrNumberSchema', null, true],
      ['ClosedSchema', { a: 1 }, false],
      ['Record_2Schema', { a: 1 }, true],
      ['TreeWalkAllQuerySchema', { depth: 0 }, false],
      ['TicketMessageGetHeadersSchema', { 'X-Tenant': 't' }, true],
      ['CreatePetResponseSchema', undefined, true],
      ['TicketMessageGetResponseSchema', message, true],
    ];
    const lookup = module.operationSchemas as unknown as Record<string, { response: z.ZodType; path?: z.ZodType }>;
    expect(lookup.TicketMessage_Get?.response.safeParse(message).success).toBe(true);
    expect(lookup.TicketMessage_Get?.path?.safeParse({ id: 'x' }).success).toBe(false);
    for (const [name, value, ok] of table) {
      const result = schema(name).safeParse(value);
      expect(result.success, `${name} ${JSON.stringify(value)} ${JSON.stringify(result.error?.issues)}`).toBe(ok);
    }
    expect(schema('TicketMessageEntitySchema').parse(message)).toMatchObject({ unknownField: 'kept' });
  });
});
