/**
 * The one pattern of keys written as placeholders, which samples (infer/names.ts) and sketches and
 * tables (extract/placeholder-keys.ts) share: what either accepted before, and what neither does.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholderKey } from '../../src/ir/placeholder-key.js';

describe('isPlaceholderKey', () => {
  it('should accept what samples accepted: `<any name>`, `{word}`, `:name`', () => {
    for (const key of ['<label_name>', '<namespace1>', '<label value>', '{room}', '{lamp_2}', ':lamp', ':_x'])
      expect(isPlaceholderKey(key), key).toBe(true);
  });

  it('should accept what sketches accepted: `<ident with spaces, dots, hyphens>`, `{ident.with.dots}`', () => {
    for (const key of ['<feature name>', '<featureName>', '<lamp.id>', '<shelf-id>', '{lamp.id}', '{other-shelf.id}', '{_x}'])
      expect(isPlaceholderKey(key), key).toBe(true);
  });

  it('should refuse markup, numbers, plain names and empty or unclosed brackets', () => {
    for (const key of [
      '<a href="/x">',
      '<br/>',
      '<1>',
      '{1}',
      ':1',
      'lamp',
      '<>',
      '{}',
      ':',
      '<lamp',
      '{lamp',
      '<a<b>',
      '{a b}',
      ':a-b',
      `<${'a'.repeat(300)}>`,
    ])
      expect(isPlaceholderKey(key), key).toBe(false);
  });
});
