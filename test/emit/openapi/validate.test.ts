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
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { IR_VERSION, type ApiDocument } from '../../../src/ir/types.js';
import { richApiDocument } from '../../ir/rich-api-document.js';

/** Rules about the quality of the API's own documentation, which the emitter cannot supply. */
const CONTENT_RULES = [
  'info-license',
  'info-license-strict',
  'info-contact',
  'no-server-example.com',
  'tag-description',
  'operation-summary',
  'operation-description',
  'operation-4xx-response',
  'operation-2xx-response',
  'no-unsafe-markdown',
  'security-defined',
];

/** Rules about the emitter's correctness that `recommended` does not switch on. */
const STRICT_RULES = [
  'no-duplicated-enum-values',
  'no-enum-type-mismatch',
  'no-required-schema-properties-undefined',
  'no-schema-type-mismatch',
  'no-invalid-schema-examples',
  'no-invalid-parameter-examples',
  'no-invalid-media-type-examples',
  'no-undefined-server-variable',
  'no-server-variables-empty-enum',
  'path-http-verbs-order',
  'operation-tag-defined',
  'operation-parameters-unique',
  'operation-operationId-unique',
  'path-parameters-defined',
  'no-unresolved-refs',
  'no-identical-paths',
  'struct',
];

async function redoclyProblems(spec: unknown): Promise<NormalizedProblem[]> {
  const rules = Object.fromEntries([...CONTENT_RULES.map((rule) => [rule, 'off']), ...STRICT_RULES.map((rule) => [rule, 'error'])]);
  const config = await createConfig({ extends: ['recommended'], rules });
  const problems = await lintFromString({ source: JSON.stringify(spec), absoluteRef: '/virtual/openapi.json', config });
  return problems.filter((problem) => !isKnownFalsePositive(problem));
}

/**
 * Two known validator limits, not output faults:
 * - a string example of a non-JSON media type is checked against the schema, though OpenAPI
 *   says such examples are given as strings (the XML sample);
 * - Ajv reads `data.constructor` through the prototype, so a schema property named
 *   `constructor` "fails" on every object lacking it.
 */
function isKnownFalsePositive(problem: NormalizedProblem): boolean {
  const pointer = problem.location[0]?.pointer ?? '';
  if (problem.ruleId === 'no-invalid-media-type-examples' && pointer.includes('/application~1xml/')) return true;
  return problem.message.includes('`constructor` property');
}

function describeProblems(problems: NormalizedProblem[]): string[] {
  return problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? '?'}`);
}

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
    const spec = structuredClone(emitOpenApi(richApiDocument())) as unknown as { paths: Record<string, Record<string, { responses?: unknown; parameters?: unknown[] }>> };
    const get = spec.paths['/tickets/{id}']?.['get'];
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
