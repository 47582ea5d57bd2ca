import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/ir/types.js';
import { importTexts, withoutSources } from './helpers.js';

function specWith(parameter: string): string {
  const indented = parameter
    .trim()
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n');
  return `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    get:
      parameters:
${indented}
      responses:
        '200': {description: ok}
components:
  schemas:
    Filter:
      type: object
      properties:
        status: {type: string}
`;
}

interface ParameterCase {
  name: string;
  parameter: string;
  want: Parameter;
  lines?: string[];
}

const cases: ParameterCase[] = [
  {
    name: 'a JSON-encoded query parameter: its media type and schema',
    parameter: `
- name: filter
  in: query
  content:
    application/json:
      schema: {$ref: '#/components/schemas/Filter'}
      examples:
        open: {summary: Open ones, value: {status: open}}`,
    want: {
      name: 'filter',
      in: 'query',
      required: false,
      schema: { kind: 'ref', name: 'Filter' },
      contentType: 'application/json',
      examples: [{ name: 'open', summary: 'Open ones', value: { status: 'open' } }],
    },
  },
  {
    name: 'a content parameter without a schema (unknown, media type kept)',
    parameter: `
- name: X-Blob
  in: header
  required: true
  content:
    text/plain: {}`,
    want: { name: 'X-Blob', in: 'header', required: true, schema: { kind: 'unknown' }, contentType: 'text/plain' },
  },
  {
    name: 'a schema parameter (no media type)',
    parameter: `
- name: page
  in: query
  schema: {type: integer}`,
    want: { name: 'page', in: 'query', required: false, schema: { kind: 'integer' } },
  },
  {
    name: 'a content map with two media types (the first is used, reported)',
    parameter: `
- name: q
  in: query
  content:
    application/json:
      schema: {type: object}
    application/xml:
      schema: {type: string}`,
    want: { name: 'q', in: 'query', required: false, schema: { kind: 'object', properties: [] }, contentType: 'application/json' },
    lines: ['spec.yaml:9:11 warning A parameter\'s "content" has one media type; only application/json was used. (spec-invalid)'],
  },
  {
    name: 'style and explode beside content (reported, not used: OpenAPI allows them only beside schema)',
    parameter: `
- name: f
  in: query
  style: deepObject
  explode: true
  content:
    application/json: {schema: {type: object}}`,
    want: { name: 'f', in: 'query', required: false, schema: { kind: 'object', properties: [] }, contentType: 'application/json' },
    lines: [
      'spec.yaml:9:11 warning "style" applies only to a parameter described by a "schema", not by "content"; it was not used. (spec-invalid)',
      'spec.yaml:10:11 warning "explode" applies only to a parameter described by a "schema", not by "content"; it was not used. (spec-invalid)',
    ],
  },
];

describe('importSpec: parameters described by content', () => {
  it.each(cases)('should read $name', async ({ parameter, want, lines: wantLines }) => {
    const { spec, lines } = await importTexts({ 'spec.yaml': specWith(parameter) });
    expect(withoutSources(spec!.fragment.operations[0]!.parameters)).toEqual([want]);
    expect(lines).toEqual(wantLines ?? []);
  });
});
