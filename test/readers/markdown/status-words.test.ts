/**
 * The words of a stated status every syntax builds its pattern of (readers/markdown/status-words.ts):
 * what each piece accepts and rejects, and the reason phrase helpers.
 */
import { describe, expect, it } from 'vitest';
import {
  CAPITALISED_REASON,
  CODE_IN_TEXT,
  CODE_THEN_LINE_REASON,
  CODE_THEN_REASON,
  HTTP_VERSION,
  isKnownStatus,
  LETTERS_REASON,
  LINE_REASON,
  REASON,
  RESPONSE_KEY,
  reasonOf,
  STATUS_CODE,
  STATUS_RANGE,
  sameWords,
  titleCase,
} from '../../../src/readers/markdown/status-words.js';

/** Whether the piece is the whole of `text`. */
const whole = (piece: string, text: string, flags = '') => new RegExp(`^(?:${piece})$`, flags).test(text);

describe('the status code', () => {
  it('is three digits, the first 1 to 5', () => {
    for (const code of ['100', '200', '404', '599']) expect(whole(STATUS_CODE, code), code).toBe(true);
  });

  it('is not a number of other digits or another hundred', () => {
    for (const code of ['20', '2000', '600', '099', '2XX', 'default', ' 200']) expect(whole(STATUS_CODE, code), code).toBe(false);
  });

  it('stands as a word of a text only: not inside a longer number', () => {
    expect(CODE_IN_TEXT.exec('Example response (201 Created)')?.[1]).toBe('201');
    expect(CODE_IN_TEXT.exec('status="404"')?.[1]).toBe('404');
    expect(CODE_IN_TEXT.exec('error 40401 or 2000 items')).toBeNull();
    expect(CODE_IN_TEXT.exec('code 600')).toBeNull();
  });
});

describe('the range and the response key', () => {
  it('a range is a first digit and XX, small letters under the i flag only', () => {
    expect(whole(STATUS_RANGE, '4XX')).toBe(true);
    expect(whole(STATUS_RANGE, '4xx')).toBe(false);
    expect(whole(STATUS_RANGE, '4xx', 'i')).toBe(true);
    expect(whole(STATUS_RANGE, '6XX', 'i')).toBe(false);
    expect(whole(STATUS_RANGE, '4X', 'i')).toBe(false);
  });

  it('a response key is a code, a range or `default`', () => {
    for (const key of ['200', '2XX', '5XX', 'default']) expect(whole(RESPONSE_KEY, key), key).toBe(true);
    for (const key of ['600', '20', '2000', '2YY', 'Default', 'other']) expect(whole(RESPONSE_KEY, key), key).toBe(false);
    expect(whole(RESPONSE_KEY, 'Default', 'i')).toBe(true);
  });
});

describe('reason phrases', () => {
  it('a reason opens with a letter: words, digits, underscores, spaces, apostrophes and hyphens after it', () => {
    for (const reason of ['OK', 'Not Found', "Won't fix", 'Non-Authoritative Information', 'Too_Many 2'])
      expect(whole(REASON, reason), reason).toBe(true);
    for (const reason of ['', '404', ' Not Found', 'Not Found.', 'Not (Found)']) expect(whole(REASON, reason), reason).toBe(false);
  });

  it('a letters reason takes no digits nor underscores; a status line reason no apostrophes either', () => {
    expect(whole(LETTERS_REASON, "I'm a teapot")).toBe(true);
    expect(whole(LETTERS_REASON, 'Error 2')).toBe(false);
    expect(whole(LETTERS_REASON, 'Not_Found')).toBe(false);
    expect(whole(LINE_REASON, 'Non-Authoritative Information')).toBe(true);
    expect(whole(LINE_REASON, "I'm a teapot")).toBe(false);
  });

  it('capitalised words each follow white space, and may be none', () => {
    expect(whole(CAPITALISED_REASON, '')).toBe(true);
    expect(whole(CAPITALISED_REASON, ' Not Found')).toBe(true);
    expect(whole(CAPITALISED_REASON, ' Not found')).toBe(false);
    expect(whole(CAPITALISED_REASON, 'Created')).toBe(false);
  });
});

describe('a code then its reason', () => {
  it('captures the code, the reason optional after white space', () => {
    const pattern = new RegExp(`^${CODE_THEN_REASON}$`);
    expect(pattern.exec('201')?.slice(1)).toEqual(['201']);
    expect(pattern.exec('404 Not Found')?.slice(1)).toEqual(['404']);
    expect(pattern.test('404Not Found')).toBe(false);
    expect(pattern.test('404: Not Found')).toBe(false);
    expect(pattern.test('2000 Items')).toBe(false);
  });

  it("a status line's captures the reason too", () => {
    const line = new RegExp(`^${HTTP_VERSION}\\s+${CODE_THEN_LINE_REASON}$`, 'i');
    expect(line.exec('HTTP/1.1 404 Not Found')?.slice(1)).toEqual(['404', 'Not Found']);
    expect(line.exec('HTTP/2 204')?.slice(1)).toEqual(['204', undefined]);
    expect(line.test('HTTPS/1.1 200 OK')).toBe(false);
  });
});

describe('reason helpers', () => {
  it('a known status is one RFC 9110 names', () => {
    expect(isKnownStatus('404')).toBe(true);
    expect(isKnownStatus('299')).toBe(false);
  });

  it('the standard reason in other capitals becomes its standard words; any other stays as written', () => {
    expect(reasonOf('404', 'NOT FOUND')).toBe('Not Found');
    expect(reasonOf('200', 'ok')).toBe('OK');
    expect(reasonOf('404', 'NO SUCH SHELF')).toBe('NO SUCH SHELF');
    expect(reasonOf('299', 'SHELVED')).toBe('SHELVED');
  });

  it('title case capitalises each word and lowers the rest', () => {
    expect(titleCase('NOT FOUND')).toBe('Not Found');
    expect(titleCase('bad request')).toBe('Bad Request');
    expect(titleCase('')).toBe('');
  });

  it('the same words are equal but for capitals and what is between them', () => {
    expect(sameWords('Not Found', 'NOT FOUND')).toBe(true);
    expect(sameWords('Non-Authoritative Information', 'non authoritative information')).toBe(true);
    expect(sameWords('Not Found', 'Found')).toBe(false);
  });
});
