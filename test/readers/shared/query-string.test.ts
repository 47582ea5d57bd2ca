/** One split of a query string or url-encoded form for every reader (src/readers/shared/query-string.ts). */
import { describe, expect, it } from 'vitest';
import { decodeFormValue, queryKeys, splitQuery } from '../../../src/readers/shared/query-string.js';

describe('query pairs', () => {
  it('should split at each & and at the first = only, keeping a key alone apart and skipping empty pairs', () => {
    expect(splitQuery('id=<lamp id>&list&&x=a=b&=v')).toEqual([
      { key: 'id', value: '<lamp id>' },
      { key: 'list', value: undefined },
      { key: 'x', value: 'a=b' },
      { key: '', value: 'v' },
    ]);
    expect(splitQuery('')).toEqual([]);
  });

  it('should give the decoded keys once each, in order, the fragment and blank keys dropped', () => {
    expect(queryKeys('name=F%C3%A9rias&list&name=2& =x&a+b=1#top&hidden=1')).toEqual(['name', 'list', 'a b']);
  });

  it('should keep text that does not decode as written', () => {
    expect(decodeFormValue('100%')).toBe('100%');
    expect(decodeFormValue('a+b%2Bc')).toBe('a b+c');
  });

  it('should split a query of 300,000 pairs and keys such as __proto__ as plain data', () => {
    const query = Array.from({ length: 300_000 }, (_, i) => (i % 3 === 0 ? '__proto__=x' : `k${i}=${'='.repeat(i % 5)}`)).join('&');
    const pairs = splitQuery(query);
    expect(pairs).toHaveLength(300_000);
    expect(pairs[0]).toEqual({ key: '__proto__', value: 'x' });
    expect(queryKeys(query)).toHaveLength(200_001);
  });
});
