import { describe, expect, it } from 'vitest';
import { jsonLiteralType, quoteString } from '../../../src/emit/shared/literal.js';
import { typePropertyKey } from '../../../src/emit/shared/naming.js';
import { HOSTILE } from './rich-document.js';

describe('quoteString', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
  it.each(['', 'plain', "it's", 'back\\slash', HOSTILE, '\u0000\u001f\u007f', '\u2028\u2029', '${x}`', 'emoji 😀'])(
    'should round-trip %j through JavaScript',
    (text) => {
      const literal = quoteString(text);
      expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      expect(new Function(`return ${literal};`)()).toBe(text);
    },
  );

  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['a\nb\rc\td', "'a\\nb\\rc\\td'"],
    ['\u0000\u0008\u000b\u001f\u007f', "'\\u0000\\u0008\\u000b\\u001f\\u007f'"],
    ['\u2028\u2029\u0085', "'\\u2028\\u2029\u0085'"],
    ['emoji 😀 \ud800', "'emoji 😀 \ud800'"],
  ])('should write %j as %s', (text, want) => {
    expect(quoteString(text)).toBe(want);
  });
});

describe('jsonLiteralType', () => {
  it.each([
    [null, 'null'],
    ['a', "'a'"],
    [1.5, '1.5'],
    [-2, '-2'],
    [true, 'true'],
    [[1, 'x'], "[1, 'x']"],
    [{ 'a-b': { c: null } }, "{ 'a-b': { c: null } }"],
    [{}, 'Record<string, never>'],
  ])('should write %j as %s', (value, want) => {
    expect(jsonLiteralType(value, typePropertyKey)).toBe(want);
  });
});
