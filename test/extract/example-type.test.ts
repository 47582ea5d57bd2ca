import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/document/plain-text.js';
import { describedDefault, withStatedDefault } from '../../src/extract/example-type.js';

describe('describedDefault', () => {
  it.each([
    ['The number of results per page (max 100). Default: `30`', '30'],
    ['Return issues sorted in `asc` or `desc` order. Default is `desc`.', 'desc'],
    ['Whether to notify. Defaults to `false`.', 'false'],
    ['Page size (default: 100)', '100'],
    ['Include archived ones. Default is true', 'true'],
    ['The default value: `all`.', 'all'],
    ['Page number (default `1`)', '1'],
    ['Page size (default 20)', '20'],
  ])('should read the default %j states', (description, value) => {
    expect(describedDefault(description)).toBe(value);
  });

  it.each([
    ['Date string. Defaults to 6 months ago.'],
    ['Defaults to the current user.'],
    ['Show all groups (defaults to `false` for authenticated users, `true` for admin)'],
    ['Which defaults apply is up to the server.'],
    ['By default 20 items are returned.'],
    [''],
  ])('should read no default from %j', (description) => {
    expect(describedDefault(description)).toBe('');
  });

  it('should give the schema only a default of its own type', () => {
    expect(withStatedDefault({ kind: 'integer' }, describedDefault('Default: `30`'))).toEqual({ kind: 'integer', default: 30 });
    expect(withStatedDefault({ kind: 'integer' }, describedDefault('Default: `all`'))).toEqual({ kind: 'integer' });
  });
});

describe('plainText', () => {
  it('should keep a hard break as a line break (`ready.<br>Default` is two sentences)', () => {
    expect(
      plainText({
        type: 'paragraph',
        children: [
          { type: 'text', value: 'ready.' },
          { type: 'break' },
          { type: 'text', value: 'Default: ' },
          { type: 'inlineCode', value: 'true' },
        ],
      }),
    ).toBe('ready.\nDefault: true');
  });
});
