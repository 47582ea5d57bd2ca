import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/ir/status-text.js';

describe('statusText', () => {
  it('should give the reason phrase of a code, a range in either case, and default', () => {
    expect(statusText('404')).toBe('Not Found');
    expect(statusText('422')).toBe('Unprocessable Content');
    expect(statusText('4XX')).toBe('Client error');
    expect(statusText('4xx')).toBe('Client error');
    expect(statusText('default')).toBe('Default response');
  });

  it('should name a code it has no phrase for by its number', () => {
    expect(statusText('299')).toBe('Status 299');
  });
});
