/**
 * The emitted document must pass real OpenAPI 3.1 validators:
 * - @seriousme/openapi-schema-validator: the official OAS 3.1 JSON Schema (a current copy).
 * - @redocly/openapi-core: structural checks of every object, Schema Objects included, plus
 *   semantic rules (refs resolve, path parameters defined, operationIds unique, examples
 *   valid against their schemas, …).
 * @apidevtools/swagger-parser is not used: for 3.1 it checks an outdated 2021 copy of the OAS
 * schema (whose `descriptions` typo rejects a valid server-variable description), reduces
 * Schema Objects to "object or boolean", and skips its semantic checks for OpenAPI 3.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { type ApiDocument, IR_VERSION } from '../../../src/ir/types.js';
import { describeProblems, redoclyProblems } from '../../helpers/openapi-validate.js';
import { richApiDocument } from '../../ir/rich-api-document.js';

const minimal: ApiDocument = {
  irVersion: IR_VERSION,
  info: { title: 'Minimal', version: '0' },
  servers: [],
  tags: [],
  operations: [],
  schemas: [],
  securitySchemes: [],
};

describe('emitted OpenAPI validates', () => {
  it.each([
    { name: 'rich fixture', doc: richApiDocument(), options: {} },
    { name: 'rich fixture with sources', doc: richApiDocument(), options: { sources: true } },
    { name: 'minimal document', doc: minimal, options: {} },
  ])('should pass the official OAS 3.1 schema: $name', async ({ doc, options }) => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(emitOpenApi(doc, options)) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('should pass Redocly lint with correctness rules as errors: rich fixture', async () => {
    const problems = await redoclyProblems(emitOpenApi(richApiDocument(), { sources: true }));
    expect(describeProblems(problems)).toEqual([]);
  });

  it('should be caught by the validators when broken (the checks can fail)', async () => {
    const spec = structuredClone(emitOpenApi(richApiDocument())) as unknown as {
      paths: Record<string, Record<string, { responses?: unknown; parameters?: unknown[] }>>;
    };
    const get = spec.paths['/tickets/{id}']?.get;
    if (!get) throw new Error('fixture changed: no GET /tickets/{id}');
    get.parameters = [];
    get.responses = { 200: {} };
    const result = await new Validator().validate(structuredClone(spec));
    expect(result.valid).toBe(false);
    const rules = (await redoclyProblems(spec)).map((problem) => problem.ruleId);
    expect(rules).toContain('path-parameters-defined');
    expect(rules).toContain('struct');
  });
});
