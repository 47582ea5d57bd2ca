import { describe, expect, it } from 'vitest';
import { codesAndLines, extractDocfx, page, withoutSources } from './helpers.js';

const responses = '## Response:\n\nOK\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n\n### Response body: Widget\n\n';

describe('samples', () => {
  it('should report a bad JSON body at the place of the error inside the file', () => {
    const text = page(
      `${responses}## Sample response\n\n\`\`\`http_\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "a": 1,\n  "b": oops\n}\n\`\`\`\n`,
    );
    const { fragment, diagnostics } = extractDocfx(text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('oops')) + 1;
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.start.column])).toEqual([['invalid-sample', line, 8]]);
    expect(text.slice(diagnostics.items[0]!.source.start.offset).startsWith('oops')).toBe(true);
    expect(fragment!.operations[0]!.responses[0]!.content[0]!.examples).toEqual([]);
  });

  it('should keep a non-JSON body raw and a null body as no example', () => {
    const text = page(
      `${responses}## Sample response\n\n\`\`\`http_\nHTTP/1.1 200 OK\nContent-Type: application/xml\n\n<a>1</a>\n\`\`\`\n\n\`\`\`http_\nHTTP/1.1 200 OK\nContent-Type: application/json\n\nnull\n\`\`\`\n`,
    );
    const { fragment, diagnostics } = extractDocfx(text);
    expect(diagnostics.items).toEqual([]);
    const content = fragment!.operations[0]!.responses[0]!.content;
    expect(withoutSources(content.map((c) => [c.mediaType, c.examples]))).toEqual([
      ['application/json', []],
      ['application/xml', [{ name: 'sample', raw: '<a>1</a>' }]],
    ]);
  });

  it('should report a sample for a status the page does not document', () => {
    const text = page(`${responses}## Sample response\n\n\`\`\`http_\nHTTP/1.1 201 Created\n\n{}\n\`\`\`\n`);
    expect(codesAndLines(extractDocfx(text).diagnostics).map(([code]) => code)).toEqual(['sample-mismatch']);
  });

  it('should keep a request sample as an example even when no body is documented, its schema left open and the body not required (a sample shows a call, it does not say the body must be sent)', () => {
    const text = page('## Sample request\n\n```http!\nPOST /api/v1/Widget\nContent-Type: application/json\n\n[1, 2]\n```\n');
    const body = extractDocfx(text).fragment!.operations[0]!.requestBody!;
    expect(withoutSources(body)).toEqual({
      required: false,
      content: [{ mediaType: 'application/json', schema: { kind: 'unknown' }, examples: [{ name: 'sample', value: [1, 2] }] }],
    });
  });

  it('should read bare ```json bodies, numbering several examples', () => {
    const text = page(`${responses}## Sample response\n\n\`\`\`json\n{"a": 1}\n\`\`\`\n\n\`\`\`json\n{"a": 2}\n\`\`\`\n`);
    const examples = extractDocfx(text).fragment!.operations[0]!.responses[0]!.content[0]!.examples;
    expect(examples.map((e) => [e.name, e.value])).toEqual([
      ['sample', { a: 1 }],
      ['sample2', { a: 2 }],
    ]);
  });

  it('should read a ```json sample under its console request line, whichever method it names (OPTIONS and TRACE too)', () => {
    for (const method of ['PUT', 'OPTIONS', 'TRACE']) {
      const text = page(`## Sample request\n\n\`\`\`json\n${method} /api/v1/Widget\n{"a": 1}\n\`\`\`\n`);
      const { fragment, diagnostics } = extractDocfx(text);
      expect(diagnostics.items.map((d) => d.code)).toEqual([]);
      expect(fragment!.operations[0]!.requestBody!.content[0]!.examples.map((e) => e.value)).toEqual([{ a: 1 }]);
    }
  });
});
