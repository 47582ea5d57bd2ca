import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNames, toIdentifier } from '../../../src/emit/shared/naming.js';
import { type ApiDocument, IR_VERSION } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT } from '../../helpers/temp-dir.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from './generated-project.js';

const scratch = useScratchDir();

const doc = (schemaNames: string[], operationIds: string[] = []): ApiDocument => ({
  irVersion: IR_VERSION,
  info: { title: 't', version: '1' },
  servers: [],
  tags: [],
  securitySchemes: [],
  schemas: schemaNames.map((name) => ({ name, origin: 'documented', sources: [], schema: { kind: 'object', properties: [] } })),
  operations: operationIds.map((operationId) => ({
    operationId,
    method: 'get',
    path: `/${operationId}`,
    tags: [],
    parameters: [],
    responses: [],
  })),
});

describe('naming options', () => {
  it.each([
    ['DTO_ticket_conversation', 'DTO_ticket_conversation'],
    ['odata.nextLink', 'odata_nextLink'],
    ['2fa', '_2fa'],
    ['a--b', 'a_b'],
    ['...', 'Unnamed'],
    ['class', 'class_'],
    ['string', 'string_'],
    ['keyof', 'keyof_'],
    ['type', 'type'],
  ])('should preserve %s as %s', (raw, want) => {
    expect(toIdentifier(raw, 'preserve')).toBe(want);
  });

  it('should keep docs names with types: preserve, and PascalCase them by default', () => {
    const input = doc(['DTO_contact', 'odata.response'], ['v1_get_thing']);
    expect([...buildNames(input).types.values()]).toEqual(['DTOContact', 'OdataResponse']);
    const preserved = buildNames(input, { types: 'preserve', operations: 'preserve' });
    expect([...preserved.types.values()]).toEqual(['DTO_contact', 'odata_response']);
    expect(preserved.operations.get('v1_get_thing')?.response).toBe('v1_get_thingResponse');
  });

  it('should give a reserved word a trailing _ and keep a docs name that is already so as written', () => {
    const names = buildNames(doc(['default', 'default_', 'Record', 'record'], ['delete']), { types: 'preserve', operations: 'preserve' });
    expect(Object.fromEntries(names.types)).toEqual({ Record: 'Record_2', default: 'default__2', default_: 'default_', record: 'record' });
    expect(names.operations.get('delete')?.response).toBe('deleteResponse');
  });

  it('should keep names unique when preserving makes two the same', () => {
    expect([...buildNames(doc(['a.b', 'a_b']), { types: 'preserve' }).types.values()].sort()).toEqual(['a_b', 'a_b_2']);
  });

  it('should keep types.ts and schemas.ts in step and compiling with preserved names', async () => {
    const result = await generate({ input: path.join(REPO_ROOT, 'test/fixtures/example-api/dto/docs'), naming: { types: 'preserve' } });
    const files = Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
    expect(files['types.ts']).toMatch(/export (interface|type) DTO_book_entity\b/);
    const dir = scratch();
    const pairs = exportedTypeNames(files['types.ts']!).map((name): [string, string] => [name, `${name}Schema`]);
    writeFiles(dir, { 'types.ts': files['types.ts']!, 'schemas.ts': files['schemas.ts']!, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
  });
});
