import { describe, expect, it } from 'vitest';
import { escapePointerToken, unescapePointerToken } from '../../src/ir/json-pointer.js';

describe('JSON Pointer reference tokens', () => {
  it('should escape ~ before / and unescape in the reverse order (RFC 6901)', () => {
    expect(escapePointerToken('a/b~c~1')).toBe('a~1b~0c~01');
    expect(unescapePointerToken('a~1b~0c~01')).toBe('a/b~c~1');
    // `~01` is `~` then `1`, never `/`.
    expect(unescapePointerToken('~01')).toBe('~1');
    expect(escapePointerToken('application/json')).toBe('application~1json');
  });

  it('should give back every token it escaped', () => {
    for (const token of ['', 'plain', '~', '/', '~/', '/~', '~0', '~1', 'a~1/b', '//~~']) {
      expect(unescapePointerToken(escapePointerToken(token))).toBe(token);
    }
  });
});
