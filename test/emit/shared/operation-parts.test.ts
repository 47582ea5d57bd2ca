import { describe, expect, it } from 'vitest';
import { operationParts, parameterGroups, pickContent } from '../../../src/emit/shared/operation-parts.js';
import type { Content, Operation } from '../../../src/ir/types.js';

const content = (mediaType: string, withSchema = true): Content => ({
  mediaType,
  examples: [],
  ...(withSchema ? { schema: { kind: 'ref', name: mediaType } } : {}),
});

describe('pickContent', () => {
  it.each<[string, Content[], string | undefined]>([
    ['application/json first', [content('application/xml'), content('application/json; charset=utf-8')], 'application/json; charset=utf-8'],
    ['then +json', [content('text/plain'), content('application/problem+json')], 'application/problem+json'],
    ['then any with a schema', [content('text/plain', false), content('application/xml')], 'application/xml'],
    ['then the first', [content('application/octet-stream', false)], 'application/octet-stream'],
    ['nothing', [], undefined],
  ])('should pick %s', (_name, given, want) => {
    expect(pickContent(given)?.mediaType).toBe(want);
  });
});

describe('operationParts', () => {
  const operation: Operation = {
    operationId: 'op',
    method: 'get',
    path: '/a/{id}',
    tags: [],
    parameters: [
      { name: 'id', in: 'path', required: false, schema: { kind: 'integer' } },
      { name: 'q', in: 'query', required: false, deprecated: true, schema: { kind: 'string' } },
      { name: 'q', in: 'query', required: true, schema: { kind: 'integer' } },
      { name: 'X-Trace', in: 'header', required: false, schema: { kind: 'string' } },
    ],
    responses: [
      { status: '404', description: '', headers: [], content: [] },
      { status: '200', description: '', headers: [], content: [content('application/json')] },
      { status: '204', description: '', headers: [], content: [] },
      { status: 'default', description: '', headers: [], content: [content('text/plain', false)] },
    ],
  };
  const parts = operationParts(operation);

  it('should group parameters by location, path ones always required, duplicates dropped', () => {
    expect(parameterGroups(parts).map((group) => group.location)).toEqual(['path', 'query', 'header']);
    expect(parts.parameters.path?.properties[0]?.required).toBe(true);
    expect(parts.parameters.query?.properties).toHaveLength(1);
    expect(parts.parameters.query?.properties[0]?.schema).toEqual({ kind: 'string', deprecated: true });
  });

  it('should read response bodies in status order and pick the 2xx ones as success', () => {
    expect(parts.responses.map((response) => [response.status, response.body?.kind])).toEqual([
      ['200', 'ref'],
      ['204', undefined],
      ['404', undefined],
      ['default', 'unknown'],
    ]);
    expect(parts.success.map((response) => response.status)).toEqual(['200', '204']);
    expect(parts.requestBody).toBeUndefined();
  });
});
