/**
 * Docs that name their types and operations after TypeScript's reserved words and the globals the
 * generated files use (`class`, `default`, `string`, `Record`, `Promise`, `z`, …) still give
 * types.ts and schemas.ts that compile under `tsc --strict` and agree, in both naming modes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NamingOptions } from '../../../src/emit/shared/naming.js';
import { generate } from '../../../src/run/generate.js';
import { agreementErrors, exportedTypeNames, useScratchDir } from './generated-project.js';

const scratch = useScratchDir();

/** ECMAScript reserved words, strict-mode ones, and TypeScript's predefined type names and contextual keywords. */
const KEYWORDS = [
  ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export'],
  ...['extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super'],
  ...['switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let'],
  ...['package', 'private', 'protected', 'public', 'static', 'yield', 'await', 'async', 'as', 'any', 'unknown', 'never'],
  ...['string', 'number', 'boolean', 'bigint', 'symbol', 'object', 'undefined', 'keyof', 'readonly', 'type', 'infer', 'is'],
  ...['declare', 'namespace', 'module', 'abstract', 'asserts', 'satisfies', 'accessor', 'unique', 'global', 'out', 'of'],
  ...['get', 'set', 'from', 'require', 'constructor', 'arguments', 'eval', 'intrinsic', 'override', 'using'],
];

/** Globals and names the generated files declare or refer to themselves. */
const GLOBALS = [
  ...['Array', 'Object', 'Record', 'Promise', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date', 'Map', 'Set'],
  ...['Error', 'JSON', 'Math', 'RegExp', 'Function', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Exclude'],
  ...['Extract', 'NonNullable', 'ReadonlyArray', 'Uint8Array', 'Blob', 'File', 'globalThis', 'NaN', 'Infinity', 'z'],
  ...['Types', 'operations', 'operationSchemas', 'operationSchemaTable', '__proto__', 'prototype', 'toString'],
];

const NAMES = [...KEYWORDS, ...GLOBALS];

/** An OpenAPI spec whose components, operationIds and refs use every name. */
function spec(): object {
  // Entries, not assignments: `schemas['__proto__'] = …` would set the prototype.
  const schemas: Array<[string, object]> = [];
  const paths: Array<[string, object]> = [];
  NAMES.forEach((name, index) => {
    const next = NAMES[(index + 1) % NAMES.length]!;
    schemas.push([
      name,
      {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'integer' },
          self: { $ref: `#/components/schemas/${name}` },
          next: { $ref: `#/components/schemas/${next}` },
          list: { type: 'array', items: { $ref: `#/components/schemas/${next}` } },
          map: { type: 'object', additionalProperties: { $ref: `#/components/schemas/${name}` } },
          [name]: { type: 'string', nullable: true },
        },
      },
    ]);
    paths.push([
      `/${index}/{id}`,
      {
        post: {
          operationId: name,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
            { name, in: 'query', schema: { $ref: `#/components/schemas/${next}` } },
          ],
          requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
          responses: {
            200: { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
            default: { description: 'error', content: { 'application/json': { schema: { $ref: `#/components/schemas/${next}` } } } },
          },
        },
      },
    ]);
  });
  const components = { schemas: Object.fromEntries(schemas) };
  return { openapi: '3.0.3', info: { title: 'reserved', version: '1' }, paths: Object.fromEntries(paths), components };
}

/** A DocFX page per name: its operation (uid), its response entity and a property typed with the next name. */
function docfxPage(name: string, next: string, index: number): string {
  return [
    '---',
    `title: GET Thing${index}/{id}`,
    `uid: ${name}`,
    '---',
    '',
    `# GET Thing${index}/{id}`,
    '',
    '```http',
    `GET /api/Thing${index}/{id}`,
    '```',
    '',
    '| Path Part | Type | Description |',
    '|-----------|------|-------------|',
    '| id | int32 | The id **Required** |',
    '',
    '## Response:',
    '',
    '| Response | Description |',
    '|----------|-------------|',
    '| 200 | OK |',
    '',
    `### Response body: ${name}`,
    '',
    '| Property Name | Type | Description |',
    '|---------------|------|-------------|',
    '| Id | int32 | Primary key |',
    `| Next | ${next} | The next one |`,
    `| All | ${next}[] | Every one |`,
    '',
  ].join('\n');
}

async function generated(input: string, naming: NamingOptions): Promise<{ types: string; schemas: string; diagnostics: string[] }> {
  const result = await generate({ input, naming });
  const file = (name: string) => result.outputs.find((output) => output.path === name)?.contents ?? '';
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
  return { types: file('types.ts'), schemas: file('schemas.ts'), diagnostics };
}

const MODES: Array<[string, NamingOptions]> = [
  ['the default (PascalCase)', {}],
  ['preserve', { types: 'preserve', operations: 'preserve' }],
];

describe('types and operations named after reserved words and globals', () => {
  it.each(MODES)('should compile strict from an OpenAPI spec, naming: %s', async (_, naming) => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'reserved.json'), JSON.stringify(spec()));
    const { types, schemas, diagnostics } = await generated(path.join(dir, 'reserved.json'), naming);
    expect(diagnostics).toEqual([]);
    const declared = new Set(exportedTypeNames(types));
    // Every schema declared (and its zod const), under its own name or a safe one.
    expect(declared.size).toBeGreaterThan(NAMES.length * 3);
    const want =
      naming.types === 'preserve'
        ? ['class_', 'default_', 'string_', 'keyof_', 'Record_2', 'z_2', 'Promise', 'Array']
        : ['Class', 'Default', 'String_2', 'Record_2', 'Z', 'Promise'];
    for (const name of want) expect(declared, name).toContain(name);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    expect(agreementErrors(out, types, schemas)).toEqual([]);
  });

  it.each(MODES)('should compile strict from docs pages, naming: %s', async (_, naming) => {
    const dir = scratch();
    const docs = path.join(dir, 'docs');
    mkdirSync(docs);
    // Docs name entities in capitals: a lowercase word in a type cell (`class`, `string`) is a type
    // word or an unknown one, never an entity; operationIds (the pages' uids) are any word. The
    // spec case above covers types named after lowercase keywords.
    NAMES.forEach((name, index) => {
      writeFileSync(path.join(docs, `page${index}.md`), docfxPage(name, NAMES[(index + 1) % NAMES.length]!, index));
    });
    const { types, schemas, diagnostics } = await generated(docs, naming);
    expect(diagnostics).toEqual([]);
    const declared = new Set(exportedTypeNames(types));
    const parts =
      naming.operations === 'preserve'
        ? ['deleteResponse', 'classPathParams', 'zResponse']
        : ['DeleteResponse', 'ClassPathParams', 'ZResponse'];
    for (const name of [...parts, 'Promise', 'Record_2', 'Types_2']) expect(declared, name).toContain(name);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    expect(agreementErrors(out, types, schemas)).toEqual([]);
  });
});
