/**
 * How references describe one field: an `ENUM` type word whose values the description states,
 * a list whose item is a bold code name over a schema sentence, a list of fields one odd item
 * does not spoil, a definition whose first line is the type and its flags. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

describe('general reader: an ENUM type word with its values in the description', () => {
  const read = readGeneral(
    [
      '# Books',
      '## Create a book',
      '`POST /books`',
      '### Body parameters',
      [
        '| Name | Type | Description |',
        '| --- | --- | --- |',
        '| `format` | ENUM | The format. Valid values are `hardcover`, `paperback` and `ebook`. |',
        '| `shelf` | enum | One of: `top`, `middle`, `bottom`. |',
        '| `state` | Enum | Possible values: `new` \\| `used` |',
        '| `lang` | ENUM | Allowed values: en, fr, de |',
        '| `kind` | ENUM | The kind of book; see the kinds page. |',
      ].join('\n'),
      '## List books',
      '`GET /books`',
      '### Query parameters',
      '- `sort` (enum) – The order. One of: `title`, `year`.',
      '- `cover` (string) – Allowed values: soft, hard.',
    ].join('\n\n'),
  );

  it('should read the values the description states as a string enum of exactly those values', () => {
    const properties = (bodySchema(operation(read, 'POST /books')) as { properties: Array<{ name: string; schema: unknown }> }).properties;
    const enumOf = (values: string[]) => ({ kind: 'enum', base: 'string', values: values.map((value) => ({ value })) });
    expect(Object.fromEntries(properties.map((p) => [p.name, p.schema]))).toEqual({
      format: enumOf(['hardcover', 'paperback', 'ebook']),
      shelf: enumOf(['top', 'middle', 'bottom']),
      state: enumOf(['new', 'used']),
      // The type word says it is an enum: values written bare are read too.
      lang: enumOf(['en', 'fr', 'de']),
      // Values the description does not state: a string, no enum.
      kind: { kind: 'string' },
    });
  });

  it('should read an enum type word in a list item, and bare values only where the type word is enum', () => {
    const list = operation(read, 'GET /books');
    expect(parameterNames(list)).toEqual(['query:sort', 'query:cover']);
    expect(strip(list.parameters.map((p) => p.schema))).toEqual([
      { kind: 'enum', base: 'string', values: [{ value: 'title' }, { value: 'year' }] },
      { kind: 'string' },
    ]);
  });

  it('should not report an ENUM type word as an unknown type', () => {
    expect(codes(read)).not.toContain('unknown-type');
  });
});
