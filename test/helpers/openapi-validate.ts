/**
 * Real OpenAPI 3.1 validation for tests: the official schema (@seriousme/openapi-schema-validator)
 * and Redocly's linter with strict correctness rules (refs resolve, examples match schemas, …).
 */
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';

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
  // Docs pages name paths, not hosts; without servers OpenAPI means "/", which is what they say.
  'no-empty-servers',
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

export async function redoclyProblems(spec: unknown): Promise<NormalizedProblem[]> {
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

export function describeProblems(problems: NormalizedProblem[]): string[] {
  return problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? '?'}`);
}

/** Errors of the official OAS 3.1 JSON schema for `spec` (empty when valid). */
export async function schemaErrors(spec: unknown): Promise<unknown[]> {
  const result = await new Validator().validate(structuredClone(spec) as Record<string, unknown>);
  return result.valid ? [] : ([] as unknown[]).concat(result.errors ?? []);
}
