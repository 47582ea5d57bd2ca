import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { escapeCommentText, jsDoc, schemaDocLines } from '../../../src/emit/shared/comments.js';
import { HOSTILE } from './rich-document.js';

/** The code left after stripping comments: must be exactly the declaration. */
function codeAfter(doc: string): string {
  const text = `${doc}\nexport type X = string;\n`;
  const output = ts.transpileModule(text, { compilerOptions: { removeComments: true } }).outputText;
  return output.trim();
}

describe('escapeCommentText', () => {
  it.each([
    ['a */ b', 'a *\\/ b'],
    ['a **/ b', 'a **\\/ b'],
    ['line\u2028sep\u2029para\r\ncrlf\rcr', 'line\nsep\npara\ncrlf\ncr'],
    ['bell\u0007', 'bell'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal in the text must stay plain text
    ['`${x}`', '`${x}`'],
  ])('should make %j safe', (given, want) => {
    expect(escapeCommentText(given)).toBe(want);
  });
});

describe('jsDoc', () => {
  it('should write one line compactly and several lines as a block', () => {
    expect(jsDoc(['hello'])).toBe('/** hello */');
    expect(jsDoc(['a', 'b\nc'])).toBe('/**\n * a\n * b\n * c\n */');
    expect(jsDoc([])).toBe('');
    expect(jsDoc(['', '  '])).toBe('');
  });

  it.each([HOSTILE, '*/', '*/*/', '/* */ */', 'x */ export const pwned = 1; /*', '\u2028*/'])(
    'should never let %j out of the comment',
    (text) => {
      expect(codeAfter(jsDoc([text]))).toBe('export {};');
    },
  );
});

describe('schemaDocLines', () => {
  it('should collect description, format, inference, default and deprecation', () => {
    const lines = schemaDocLines({
      kind: 'string',
      title: 'Title',
      description: 'Desc',
      format: 'date-time',
      default: 'x',
      deprecated: true,
      inferred: { from: [{ file: 'a.md', start: { line: 3, column: 2, offset: 0 }, end: { line: 3, column: 9, offset: 7 } }] },
    });
    expect(lines).toEqual(['Title', 'Desc', 'Format: date-time', 'Inferred from samples at a.md:3', '@default "x"', '@deprecated']);
  });

  it('should prefer the property description', () => {
    expect(schemaDocLines({ kind: 'integer', description: 'type' }, 'property')).toEqual(['property']);
  });
});
