import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A "library" API whose answers are listed under their label, one sample in code per item, keys unquoted. */
const PAGE = [
  '# Shelves',
  '## Get a shelf',
  '```\nGET /v1/shelves/{id}\n```',
  'Returns a shelf.',
  '*Example returns:*',
  '  * `{code: 0, message:"ok", data: {title: "Novels", size: 12}}`\n  * `{code: 1, message:"no such shelf", data: null}`',
  '## Drop a shelf',
  '```\nDELETE /v1/shelves/{id}\n```',
  'Example returns:',
  '  * `{code: 0, message: shelf dropped}`',
  '## List shelves',
  '```\nGET /v1/shelves\n```',
  'Lists shelves, for instance:',
  '  * `{"shelf": 1}` and more',
].join('\n\n');

function examples(read: ReturnType<typeof readGeneral>, route: string): unknown[] {
  const content = operation(read, route).responses.flatMap((response) => response.content);
  return content.flatMap((c) => Object.values(c.examples ?? {}).map((e) => (e as { value?: unknown }).value ?? e));
}

describe('general reader: samples listed under their label, one in code per item', () => {
  it("should read each item's sample as the answer's, its unquoted keys tidied", () => {
    const read = readGeneral(PAGE);
    expect(examples(read, 'GET /v1/shelves/{id}')).toEqual([
      { code: 0, message: 'ok', data: { title: 'Novels', size: 12 } },
      { code: 1, message: 'no such shelf', data: null },
    ]);
  });

  it('should report an item that does not parse at its own line, and leave a list of other words as prose', () => {
    const read = readGeneral(PAGE);
    const reported = read.diagnostics.items.filter((d) => d.code === 'invalid-sample');
    expect(reported.map((d) => d.source.start.line)).toEqual([24]);
    expect(examples(read, 'GET /v1/shelves')).toEqual([]);
  });
});
