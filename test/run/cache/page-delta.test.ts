import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/ir/source.js';
import type { MergedItem } from '../../../src/run/cache/merged-store.js';
import { pageDelta, positionKey } from '../../../src/run/cache/page-delta.js';
import { patchDiagnostics, patchItems } from '../../../src/run/cache/patch-merged.js';
import type { PageResult } from '../../../src/run/read-page.js';

const FILE = 'a.md';

function at(start: number, end: number, file = FILE): Source {
  return { file, start: { line: start, column: 1, offset: start * 10 }, end: { line: end, column: 1, offset: end * 10 } };
}

/** A page with one operation at `operation`, a parameter at `parameter` and a sample whose value holds `value`. */
function page(operation: Source, parameter: Source, options: { description?: string; value?: unknown } = {}): PageResult {
  return {
    file: FILE,
    reader: { id: 'docfx', reason: 'test' },
    diagnostics: [],
    fragment: {
      file: FILE,
      dialect: 'docfx',
      schemas: [],
      operations: [
        {
          operationId: 'getA',
          method: 'get',
          path: '/a',
          tags: [],
          parameters: [{ name: 'id', in: 'query', required: false, schema: { kind: 'string' }, source: parameter }],
          responses: [
            {
              status: '200',
              description: 'OK',
              headers: [],
              content: [
                {
                  mediaType: 'application/json',
                  examples: [{ name: 'sample', value: (options.value ?? { id: 1 }) as never, source: parameter }],
                },
              ],
            },
          ],
          source: operation,
          ...(options.description === undefined ? {} : { description: options.description }),
        },
      ],
    },
  };
}

describe('pageDelta', () => {
  it('should map positions that moved in order and note the changed prose', () => {
    const delta = pageDelta(page(at(1, 2), at(5, 6), { description: 'old' }), page(at(1, 2), at(7, 8), { description: 'new' }), FILE);
    expect(delta?.positions.get(positionKey(at(5, 6)))).toEqual(at(7, 8));
    expect(delta?.prose).toEqual([{ source: at(1, 2), fields: [{ field: 'description', before: 'old', after: 'new' }] }]);
  });

  it('should note prose that comes or goes', () => {
    const delta = pageDelta(page(at(1, 2), at(5, 6)), page(at(1, 2), at(5, 6), { description: 'added' }), FILE);
    expect(delta?.prose[0]?.fields).toEqual([{ field: 'description', before: undefined, after: 'added' }]);
  });

  it('should refuse positions whose order changed', () => {
    expect(pageDelta(page(at(1, 2), at(5, 6)), page(at(9, 10), at(5, 6)), FILE)).toBeUndefined();
  });

  it('should refuse two places that became one', () => {
    expect(pageDelta(page(at(1, 2), at(5, 6)), page(at(5, 6), at(5, 6)), FILE)).toBeUndefined();
  });

  it('should compare the docs’ own JSON as it is, even where it looks like a position', () => {
    const before = page(at(1, 2), at(5, 6), { value: { source: at(3, 4) } });
    expect(pageDelta(before, page(at(1, 2), at(5, 6), { value: { source: at(3, 4) } }), FILE)).toBeDefined();
    expect(pageDelta(before, page(at(1, 2), at(5, 6), { value: { source: at(3, 5) } }), FILE)).toBeUndefined();
  });

  it('should note a row whose required flag alone changed', () => {
    const after = page(at(1, 2), at(7, 8));
    after.fragment!.operations[0]!.parameters[0]!.required = true;
    const delta = pageDelta(page(at(1, 2), at(5, 6)), after, FILE);
    expect(delta?.required).toEqual([{ source: at(5, 6), name: 'id', before: false, after: true }]);
    expect(delta?.positions.get(positionKey(at(5, 6)))).toEqual(at(7, 8));
  });

  it('should note a row whose scalar kind alone changed, and refuse a type that is more than a kind and a format', () => {
    const after = page(at(1, 2), at(7, 8));
    after.fragment!.operations[0]!.parameters[0]!.schema = { kind: 'number', format: 'double' };
    const delta = pageDelta(page(at(1, 2), at(5, 6)), after, FILE);
    expect(delta?.kinds).toEqual([
      { source: at(5, 6), name: 'id', before: { kind: 'string' }, after: { kind: 'number', format: 'double' } },
    ]);
    expect(delta?.positions.get(positionKey(at(5, 6)))).toEqual(at(7, 8));
    const nullable = page(at(1, 2), at(5, 6));
    nullable.fragment!.operations[0]!.parameters[0]!.schema = { kind: 'integer', nullable: true };
    expect(pageDelta(page(at(1, 2), at(5, 6)), nullable, FILE)).toBeUndefined();
    const listed = page(at(1, 2), at(5, 6));
    listed.fragment!.operations[0]!.parameters[0]!.schema = { kind: 'array', items: { kind: 'string' } };
    expect(pageDelta(page(at(1, 2), at(5, 6)), listed, FILE)).toBeUndefined();
  });

  it('should refuse any other difference', () => {
    const after = page(at(1, 2), at(5, 6));
    after.fragment!.operations[0]!.parameters[0]!.in = 'header';
    expect(pageDelta(page(at(1, 2), at(5, 6)), after, FILE)).toBeUndefined();
    const both = page(at(1, 2), at(5, 6));
    Object.assign(both.fragment!.operations[0]!.parameters[0]!, { required: true, deprecated: true });
    expect(pageDelta(page(at(1, 2), at(5, 6)), both, FILE)).toBeUndefined();
  });
});

describe('patchItems and patchDiagnostics', () => {
  const delta = pageDelta(page(at(1, 2), at(5, 6), { description: 'old' }), page(at(1, 2), at(7, 8), { description: 'new' }), FILE)!;

  it('should move the page’s positions and put the prose in the operation that holds it', () => {
    const operation = structuredClone(page(at(1, 2), at(5, 6), { description: 'old' }).fragment!.operations[0]!);
    const item: MergedItem = { key: 'path:/a', operations: [operation] };
    expect(patchItems([item], [delta], new Set())).toBe(true);
    expect(operation.description).toBe('new');
    expect(operation.parameters[0]!.source).toEqual(at(7, 8));
    expect(operation.source).toEqual(at(1, 2));
  });

  it('should leave other pages’ positions and refuse a position of the page it does not know', () => {
    const schema = {
      name: 'A',
      origin: 'documented' as const,
      sources: [at(5, 6, 'b.md'), at(5, 6)],
      schema: { kind: 'unknown' as const },
    };
    expect(patchItems([{ key: 'schema:A', schema }], [{ ...delta, prose: [] }], new Set())).toBe(true);
    expect(schema.sources).toEqual([at(5, 6, 'b.md'), at(7, 8)]);
    const unknown = { ...schema, sources: [at(3, 4)] };
    expect(patchItems([{ key: 'schema:A', schema: unknown }], [{ ...delta, prose: [] }], new Set())).toBe(false);
  });

  it('should refuse prose it cannot place, and prose that comes or goes on a route other pages document too', () => {
    expect(patchItems([], [delta], new Set())).toBe(false);
    const added = pageDelta(page(at(1, 2), at(5, 6)), page(at(1, 2), at(5, 6), { description: 'added' }), FILE)!;
    const operation = structuredClone(page(at(1, 2), at(5, 6)).fragment!.operations[0]!);
    expect(patchItems([{ key: 'path:/a', operations: [operation] }], [added], new Set([positionKey(at(1, 2))]))).toBe(false);
  });

  it('should move diagnostics and refuse one whose message quotes the page', () => {
    const diagnostic = {
      code: 'invalid-sample' as const,
      severity: 'warning' as const,
      message: 'bad sample',
      source: at(5, 6),
      related: [at(5, 6)],
    };
    expect(patchDiagnostics([diagnostic], [delta])).toEqual([{ ...diagnostic, source: at(7, 8), related: [at(7, 8)] }]);
    expect(patchDiagnostics([{ ...diagnostic, message: `first at ${FILE}:5:1` }], [delta])).toBeUndefined();
  });
});
