import { describe, expect, it } from 'vitest';

describe('dialect type words', () => {
  it('should read a Help Page date as a date-time and "decimal number" without a format', async () => {
    const { parseTypeText } = await import('../../src/extract/type-text.js');
    const words = { date: 'date-time', 'decimal number': 'number' };
    expect(parseTypeText('date', words)).toEqual({ kind: 'string', format: 'date-time' });
    expect(parseTypeText('Collection of date', words)).toEqual({ kind: 'array', items: { kind: 'string', format: 'date-time' } });
    expect(parseTypeText('decimal number', words)).toEqual({ kind: 'number' });
    expect(parseTypeText('date')).toEqual({ kind: 'string', format: 'date' });
  });

  it('should read the two values of a boolean written as its type (`true/false`) as a boolean', async () => {
    const { parseTypeText } = await import('../../src/extract/type-text.js');
    for (const text of ['true/false', 'True / False', 'true|false', 'true or false'])
      expect(parseTypeText(text)).toEqual({ kind: 'boolean' });
    expect(parseTypeText('true')).toBeUndefined();
  });
});
