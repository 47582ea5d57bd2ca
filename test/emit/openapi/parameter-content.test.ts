import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import type { ApiDocument, Parameter } from '../../../src/ir/types.js';
import { irDocument } from '../../helpers/ir-builders.js';
import { describeProblems, redoclyProblems, schemaErrors } from '../../helpers/openapi-validate.js';

function documentWith(parameter: Parameter): ApiDocument {
  return irDocument({
    operations: [
      {
        operationId: 'listThings',
        method: 'get',
        path: '/things',
        tags: ['things'],
        parameters: [parameter],
        responses: [
          {
            status: '200',
            description: 'ok',
            headers: [],
            content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Filter' }, examples: [] }],
          },
        ],
      },
    ],
    schemas: [
      {
        name: 'Filter',
        origin: 'imported',
        sources: [],
        schema: { kind: 'object', properties: [{ name: 'status', required: false, schema: { kind: 'string' } }] },
      },
    ],
  });
}

interface ParameterCase {
  name: string;
  parameter: Parameter;
  /** The emitted parameter as JSON text (key order is part of the output). */
  want: string;
}

const cases: ParameterCase[] = [
  {
    name: 'a JSON-encoded query parameter as content, its examples under the media type, no serialisation keys',
    parameter: {
      name: 'filter',
      in: 'query',
      required: false,
      style: 'form',
      contentType: 'application/json',
      schema: { kind: 'ref', name: 'Filter' },
      examples: [{ name: 'open', summary: 'Open ones', value: { status: 'open' } }],
    },
    want:
      '{"name":"filter","in":"query","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Filter"},' +
      '"examples":{"open":{"summary":"Open ones","value":{"status":"open"}}}}}}',
  },
  {
    name: 'a content parameter whose schema is unknown',
    parameter: { name: 'X-Blob', in: 'header', required: true, contentType: 'text/plain', schema: { kind: 'unknown' } },
    want: '{"name":"X-Blob","in":"header","required":true,"content":{"text/plain":{"schema":{}}}}',
  },
  {
    name: 'a schema parameter as before',
    parameter: { name: 'page', in: 'query', required: false, schema: { kind: 'integer' }, examples: [{ name: 'example', value: 2 }] },
    want: '{"name":"page","in":"query","schema":{"type":"integer"},"examples":{"example":{"value":2}}}',
  },
];

describe('emitOpenApi: parameters described by content', () => {
  it.each(cases)('should write $name, and the result validates', async ({ parameter, want }) => {
    const spec = emitOpenApi(documentWith(parameter)) as unknown as { paths: Record<string, { get: { parameters: unknown[] } }> };
    expect(JSON.stringify(spec.paths['/things']!.get.parameters[0])).toBe(want);
    expect(await schemaErrors(spec)).toEqual([]);
    expect(describeProblems(await redoclyProblems(spec))).toEqual([]);
  });
});
