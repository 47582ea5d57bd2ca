/**
 * A description that states a default for some callers and another for the rest states no
 * default: "`BULK` and `RUSH` orders default to `FULL`, all other orders default to `SHORT`."
 * Before, the first clause's `FULL` became the field's default, which a caller of another order
 * type never gets. The same default stated twice is still the default.
 */
import { describe, expect, it } from 'vitest';
import { describedDefault } from '../../src/extract/example-type.js';
import { bodySchema, operation, readGeneral } from '../readers/markdown/helpers.js';

describe('describedDefault: defaults stated under conditions', () => {
  it.each([
    'Receipt detail. `SHORT`, `LONG` or `FULL`; `BULK` and `RUSH` order types default to `FULL`, all other orders default to `SHORT`.',
    'Sort order. Defaults to `desc`; when sorting by name, defaults to `asc`.',
    'Page size: defaults to 20 for members, default: 50 for guests.',
  ])('should read no default from %j', (description) => {
    expect(describedDefault(description)).toBe('');
  });

  it.each([
    ['Page size. Defaults to `20`. (default: 20)', '20'],
    ['If omitted, defaults to `asc`.', 'asc'],
  ])('should keep one default stated once or twice alike: %j', (description, value) => {
    expect(describedDefault(description)).toBe(value);
  });

  it('should give a body field described with two defaults none', () => {
    const read = readGeneral(
      [
        '### Place an order',
        '```\nPOST /api/v2/orders\n```',
        '**Parameters:**',
        [
          'Name | Type | Mandatory | Description',
          '--- | --- | --- | ---',
          'item | STRING | YES |',
          'receipt | ENUM | NO | Set the receipt. `SHORT` or `FULL`; `BULK` order types default to `FULL`, all other orders default to `SHORT`.',
          'copies | INT | NO | Default 1.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const schema = bodySchema(operation(read, 'POST /api/v2/orders'));
    const field = (name: string) => (schema?.kind === 'object' ? schema.properties.find((p) => p.name === name)?.schema : undefined);
    expect(field('receipt')).not.toHaveProperty('default');
    expect(field('copies')).toMatchObject({ kind: 'integer', default: 1 });
  });

  it('should read 3,000 stated defaults, hostile values among them, without a crash', () => {
    const values = ['`__proto__`', '`*/`', '`` ` ``', '`x`'];
    const description = Array.from({ length: 3000 }, (_, i) => `Kind ${i} defaults to ${values[i % values.length]}.`).join(' ');
    expect(describedDefault(description)).toBe('');
    expect(describedDefault('Defaults to `__proto__`.'.repeat(3000))).toBe('__proto__');
  });
});
