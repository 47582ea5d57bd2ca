import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/document/plain-text.js';
import { describedDefault, withStatedDefault, withStatedExample } from '../../src/extract/example-type.js';

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
    // apiDoc's line of its own, a bare word.
    ['Fields to return.\nDefault value: title', 'title'],
    // One word in bold that closes the clause.
    ['Strict mode. The default is **false**.', 'false'],
    ['Page size. Defaults to __50__', '50'],
  ])('should read the default %j states', (description, value) => {
    expect(describedDefault(description)).toBe(value);
  });

  it.each([
    ['Date string. Defaults to 6 months ago.'],
    ['Defaults to the current user.'],
    ['Show all groups (defaults to `false` for authenticated users, `true` for admin)'],
    ['Which defaults apply is up to the server.'],
    ['By default 20 items are returned.'],
    ['Default value: the current user'],
    ['Defaults to **not** set.'],
    ['Defaults to **the current user**.'],
    [''],
  ])('should read no default from %j', (description) => {
    expect(describedDefault(description)).toBe('');
  });

  it.each([
    ['功率（默认：40）', '40'],
    ['排序方式，默认值：`asc`。', 'asc'],
    ['功率默认值：40', '40'],
    ['排序方式，默认为 `asc`', 'asc'],
    ['ワット数（デフォルト: 40）', '40'],
    ['並び順。デフォルトは `asc` です。', 'asc'],
    ['有効かどうか。初期値：false', 'false'],
    ['와트. 기본값: 10', '10'],
    ['Potencia. Valor por defecto: `40`.', '40'],
    ['Página. Por defecto: 1', '1'],
    ['Potência. Padrão: `40`.', '40'],
    ['Puissance. Par défaut : 20.', '20'],
    ['Leistung. Standardwert: `de`', 'de'],
    ['Potenza. Predefinito: 5', '5'],
    ['Мощность. По умолчанию: 10.', '10'],
    ['Мощность. По умолчанию `10`.', '10'],
  ])('should read the default a description states in another language, %j', (description, value) => {
    expect(describedDefault(description)).toBe(value);
  });

  it.each([
    ['默认：当前用户'],
    ['Usa el formato predeterminado del servidor.'],
    ['Uses the standard `ISO` format.'],
    ['Par défaut, toutes les lampes.'],
    ['Voreinstellung: die aktuelle Sprache'],
  ])('should read no default from %j (words, or no label)', (description) => {
    expect(describedDefault(description)).toBe('');
  });

  it('should give the schema only a default of its own type', () => {
    expect(withStatedDefault({ kind: 'integer' }, describedDefault('Default: `30`'))).toEqual({ kind: 'integer', default: 30 });
    expect(withStatedDefault({ kind: 'integer' }, describedDefault('Default: `all`'))).toEqual({ kind: 'integer' });
    // A number no double holds (it would be Infinity, null in JSON): no default.
    expect(withStatedDefault({ kind: 'number' }, '9'.repeat(400))).toEqual({ kind: 'number' });
    expect(withStatedDefault({ kind: 'number' }, '1.5')).toEqual({ kind: 'number', default: 1.5 });
  });

  it.each(['absent', 'Omitted'])('should read no default from a Default cell of %j (the field left out, as Discord writes it)', (cell) => {
    expect(withStatedDefault({ kind: 'string' }, cell)).toEqual({ kind: 'string' });
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

describe('withStatedExample', () => {
  it.each([
    [{ kind: 'integer' }, '20', 20],
    [{ kind: 'number' }, '1.5', 1.5],
    [{ kind: 'boolean' }, 'false', false],
    [{ kind: 'string' }, 'a@b.c', 'a@b.c'],
    [{ kind: 'string' }, '"Fiction A"', 'Fiction A'],
    [{ kind: 'array', items: { kind: 'integer' } }, '[4, 7]', [4, 7]],
    [{ kind: 'object', properties: [] }, '{"a": 1}', { a: 1 }],
    [{ kind: 'unknown' }, '5m', '5m'],
  ] as const)('should carry the value a %j field’s cell shows, %j', (schema, text, value) => {
    expect(withStatedExample(schema as never, text)).toEqual({ ...schema, examples: [value] });
  });

  it.each([
    [{ kind: 'integer' }, 'twenty'],
    // No number holds it: no Infinity (null in JSON) in the output.
    [{ kind: 'number' }, '9'.repeat(400)],
    [{ kind: 'integer' }, '9'.repeat(30)],
    [{ kind: 'string' }, 'a sentence of words'],
    [{ kind: 'string' }, '{{token}}'],
    [{ kind: 'string' }, '<token>'],
    [{ kind: 'string' }, 'string'],
    [{ kind: 'array', items: { kind: 'string' } }, '[ "string" ]'],
    [{ kind: 'boolean' }, '`true` or `false`'],
    [{ kind: 'string' }, 'a, b'],
    [{ kind: 'string' }, '"tags":["a"]'],
    [{ kind: 'string' }, '["a"]'],
    [{ kind: 'array', items: { kind: 'string' } }, '[not json'],
  ] as const)('should carry no example for a %j field whose cell shows %j', (schema, text) => {
    expect(withStatedExample(schema as never, text)).toEqual(schema);
  });
});
