import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { cells, outline, readText, tables } from './tree.js';

const HEAD = 'GET Thing\n\nGET /api/v1/Thing\n\n';

/** Deterministic junk: every UTF-16 code unit below 0x3000, NULs and lone surrogates included. */
function junk(length: number): string {
  let state = 12345;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(i % 97 === 0 ? 0xd800 : state % 0x3000);
  }
  return text;
}

function codes(root: ReturnType<typeof readText>['root']): Code[] {
  return root.children.filter((node): node is Code => node.type === 'code');
}

describe('textReader.read on hostile input', () => {
  it('should read binary junk without throwing, and hand back a document that passes the check', () => {
    const { root } = readText(
      'junk.txt',
      `${HEAD}Query String Parameters\n\nParameter Name Type Description\n${junk(20_000)}\nSample response\n\n${junk(5_000)}`,
    );
    const bag = new DiagnosticBag();
    checkDocument(root, 'junk.txt', bag);
    expect(bag.items).toEqual([]);
    expect(root.children[0]!.type).toBe('heading');
  });

  it('should read a 5 MB single line as one paragraph', () => {
    const { root, diagnostics } = readText('big.txt', `${HEAD}${'word '.repeat(1_000_000)}`);
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'paragraph']);
    expect(diagnostics.items).toEqual([]);
  });

  it('should report a 5 MB body that never closes its brackets, not hang or throw', () => {
    const { root, diagnostics } = readText('deep.txt', `${HEAD}Sample response\n\nHTTP/1.1 200 OK\n\n${'['.repeat(5_000_000)}\n`);
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line])).toEqual([['invalid-sample', 'warning', 9]]);
    expect(codes(root).at(-1)!.value.length).toBe('HTTP/1.1 200 OK\n\n'.length + 5_000_000);
  });

  it('should end an unbalanced body before the next section and say so', () => {
    const text = `${HEAD}Sample request\n\nPOST /api/v1/Thing\nContent-Type: application/json\n\n{ "a": [1, 2 }\n\nSample response\n\nHTTP/1.1 204 No Content\n`;
    const { root, diagnostics } = readText('t.txt', text);
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'h2:sample-request', 'code:http', 'h2:sample-response', 'code:http']);
    expect(codes(root)[1]!.value).toBe('POST /api/v1/Thing\nContent-Type: application/json\n\n{ "a": [1, 2 }');
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line])).toEqual([['invalid-sample', 10]]);
    expect(diagnostics.items[0]!.message).toContain('never closes its brackets');
  });

  it('should not let an unterminated string swallow the lines after it', () => {
    const text = `${HEAD}Sample response\n\nHTTP/1.1 200 OK\n\n{\n  "a": "oops,\n  "b": 1\n}\n© Someone\n`;
    const { root, diagnostics } = readText('t.txt', text);
    expect(codes(root).at(-1)!.value.endsWith('"b": 1\n}')).toBe(true);
    expect(diagnostics.items).toEqual([]);
  });

  it('should keep the rows it can split from a ragged table and report the rest', () => {
    const text = `${HEAD}Query String Parameters\n\nParameter Name Type Description\nlonely\na string\nb int32 Text with  two  spaces\nc Enum: X,\nd bool Last\n`;
    const { root, diagnostics } = readText('t.txt', text);
    expect(cells(tables(root)[0]!).slice(1)).toEqual([
      ['a', 'string', ''],
      ['b', 'int32', 'Text with  two  spaces'],
      ['d', 'bool', 'Last'],
    ]);
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.end.column])).toEqual([
      ['malformed-row', 8, 7],
      ['malformed-row', 11, 11],
    ]);
  });

  it('should read an empty page as an empty document', () => {
    const { root, diagnostics } = readText('empty.txt', '');
    expect(root.children).toEqual([]);
    expect(root.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
    expect(diagnostics.items).toEqual([]);
  });
});
