/**
 * Limits a field's description states in words, a sentence (or parentheses) of the bound alone or
 * closing a sentence after a comma: "Max 100.", "(max 50)", "Must be between 1 and 500.", "Default 7,
 * max 30.", ", max length 64.", "At most 32 characters.", "Must be >= 16.", "At least 0.5.", "Value must be less
 * than or equal to 12.", "1–100", "Range: 0.5..2.5", "from 1990 to 2030" — a number's minimum / maximum, a string's
 * minLength / maxLength; words that say more ("Max 100 per minute", "Returns up to 100 items",
 * "Maximum 3 days") state none, and an array's members take none. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/worded-limits/gardens.md'), 'utf8'), 'api/gardens.md');

describe('general reader: limits stated in words', () => {
  it('should read a parameter’s bound from a sentence or parentheses of it alone, and none from words that say more', () => {
    const list = operation(read, 'GET /gardens');
    expect(strip(Object.fromEntries(list.parameters.map((p) => [p.name, p.schema])))).toEqual({
      per_page: { kind: 'integer', maximum: 100 },
      page: { kind: 'integer', minimum: 1, maximum: 500 },
      limit: { kind: 'integer', maximum: 50 },
      offset: { kind: 'integer', minimum: 0 },
      days: { kind: 'integer', maximum: 30, default: 7 },
      search: { kind: 'string', maxLength: 64 },
      name: { kind: 'string', maxLength: 32 },
      // A rate, what the call returns, a unit: no bound of the value.
      rate: { kind: 'integer' },
      window: { kind: 'integer' },
      size: { kind: 'number' },
      // An array's words may count its items: its members take no bound; a string takes no value bound.
      ids: { kind: 'array', items: { kind: 'integer' } },
      tag: { kind: 'string' },
      code: { kind: 'string', minLength: 2, maxLength: 8 },
      // Inclusive bounds in signs and words; an exclusive one ("greater than 0") is none, a string takes none.
      min_age: { kind: 'integer', minimum: 16 },
      weight: { kind: 'number', minimum: 0.5 },
      floors: { kind: 'integer', maximum: 12 },
      plots: { kind: 'integer', maximum: 9 },
      above: { kind: 'integer' },
      label: { kind: 'string' },
      // A range alone closing a sentence, labelled or bare; words around it ("Version 1-2 of"), or a string's, state none.
      beds_from: { kind: 'integer', minimum: 1, maximum: 100, default: 20 },
      depth_range: { kind: 'number', minimum: 0.5, maximum: 2.5 },
      rows_span: { kind: 'integer', minimum: 1, maximum: 12 },
      year: { kind: 'integer', minimum: 1990, maximum: 2030 },
      version: { kind: 'integer' },
      zone: { kind: 'string' },
    });
  });

  it('should read a body field’s bounds the same way, a labelled line winning over the words', () => {
    const body = bodySchema(operation(read, 'POST /gardens'));
    const schemas = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(schemas).toEqual({
      title: { kind: 'string', maxLength: 40 },
      beds: { kind: 'integer', minimum: 1, maximum: 40 },
      depth: { kind: 'number', minimum: 0.1, maximum: 2 },
      rows: { kind: 'array', items: { kind: 'integer' } },
    });
  });

  it('should read limits written in Chinese, Japanese and Korean, full-width punctuation and all', () => {
    const rows: Array<[string, string, string]> = [
      ['a', 'integer', '功率，取值范围：1-100'],
      ['b', 'integer', '功率，范围 1~100'],
      ['c', 'integer', 'ワット数（1～100）'],
      ['d', 'integer', '와트 (1~100)'],
      ['e', 'string', '名称，最大长度 20'],
      ['f', 'integer', '功率，最小值 1，最大值 100'],
      ['g', 'string', '名前（最大50文字）'],
      ['h', 'string', 'メモ。200文字以内'],
      ['i', 'integer', '功率，范围由管理员设定'],
    ];
    const table = ['| Name | Type | Description |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
    const body = bodySchema(operation(readGeneral(`## Lamp\n\n\`POST /v1/lamps\`\n\n### Body\n\n${table}\n`), 'POST /v1/lamps'));
    const limits = body?.kind === 'object' ? body.properties.map((p) => strip(p.schema)) : [];
    expect(limits).toEqual([
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'string', maxLength: 20 },
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'string', maxLength: 50 },
      { kind: 'string', maxLength: 200 },
      { kind: 'integer' },
    ]);
  });

  it('should read a length’s range by its word or its unit, and a range of two labelled bounds, where the field’s type takes them', () => {
    const rows: Array<[string, string, string]> = [
      ['a', 'string', '名称，长度1~32'],
      ['b', 'string', 'ランプ名。長さ：1～40'],
      ['c', 'string', '코드. 길이 2 ~ 20'],
      ['d', 'string', '名称（1~32个字符）'],
      ['e', 'string', '名前。1～40文字'],
      ['f', 'string', '이름. 최소 1자 ~ 최대 20자'],
      ['g', 'integer', '层数，最小 1 ~ 最大 10'],
      ['h', 'integer', '크기. 최소 1 ~ 최대 100'],
      // A length's words on a number, a range on a string: no bound of their kind.
      ['i', 'integer', '编号，长度1~32'],
      ['j', 'string', '名称，1~32'],
      // A range the wrong way round, a unit that is no character's: none.
      ['k', 'string', '長さ 5～3'],
      ['l', 'string', '编号，长度1~32位'],
    ];
    const table = ['| Name | Type | Description |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
    const body = bodySchema(operation(readGeneral(`## Lamp\n\n\`POST /v1/lamps\`\n\n### Body\n\n${table}\n`), 'POST /v1/lamps'));
    const limits = body?.kind === 'object' ? body.properties.map((p) => strip(p.schema)) : [];
    expect(limits).toEqual([
      { kind: 'string', minLength: 1, maxLength: 32 },
      { kind: 'string', minLength: 1, maxLength: 40 },
      { kind: 'string', minLength: 2, maxLength: 20 },
      { kind: 'string', minLength: 1, maxLength: 32 },
      { kind: 'string', minLength: 1, maxLength: 40 },
      { kind: 'string', minLength: 1, maxLength: 20 },
      { kind: 'integer', minimum: 1, maximum: 10 },
      { kind: 'integer', minimum: 1, maximum: 100 },
      { kind: 'integer' },
      { kind: 'string' },
      { kind: 'string' },
      { kind: 'string' },
    ]);
  });

  it('should read a Constraints column’s words as a description’s, in any of these languages, its own over the description’s', () => {
    const table = [
      '| 参数名 | 类型 | 限制 | 说明 |',
      '|---|---|---|---|',
      '| name | string | 长度1~32 | 名称 |',
      '| watt | int | 1~100 | 功率，最大值 50 |',
      '| code | string | 最大长度 8 | 代码 |',
      '| kind | string | 1~100 | 种类 |',
      '| rows | integer | Max 20 | Rows. |',
    ].join('\n');
    const body = bodySchema(operation(readGeneral(`## 灯\n\n\`POST /v1/lamps\`\n\n### 请求参数\n\n${table}\n`), 'POST /v1/lamps'));
    const limits = body?.kind === 'object' ? body.properties.map((p) => strip(p.schema)) : [];
    expect(limits).toEqual([
      { kind: 'string', minLength: 1, maxLength: 32 },
      { kind: 'integer', format: 'int32', minimum: 1, maximum: 100 },
      { kind: 'string', maxLength: 8 },
      // A range on a string states no length.
      { kind: 'string' },
      { kind: 'integer', maximum: 20 },
    ]);
  });

  it('should read a length’s range in characters and bounds abbreviated with a dot, in a sentence or parentheses', () => {
    const rows: Array<[string, string, string]> = [
      ['a', 'string', 'The name (1-64 chars).'],
      ['b', 'string', 'A code, 2 to 8 characters.'],
      ['c', 'string', 'The title (max. 64 characters).'],
      ['d', 'string', 'A note (min. 3 characters).'],
      ['e', 'integer', 'Rows (max. 100).'],
      ['f', 'string', 'The slug, from 1 to 40 characters long.'],
      // Letters are no characters' unit here; a count of characters on a number bounds nothing.
      ['g', 'string', 'Initials (1-3 letters).'],
      ['h', 'integer', 'A size (1-64 chars).'],
    ];
    const table = ['| Name | Type | Description |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
    const body = bodySchema(operation(readGeneral(`## Lamp\n\n\`POST /v1/lamps\`\n\n### Body\n\n${table}\n`), 'POST /v1/lamps'));
    const limits = body?.kind === 'object' ? body.properties.map((p) => strip(p.schema)) : [];
    expect(limits).toEqual([
      { kind: 'string', minLength: 1, maxLength: 64 },
      { kind: 'string', minLength: 2, maxLength: 8 },
      { kind: 'string', maxLength: 64 },
      { kind: 'string', minLength: 3 },
      { kind: 'integer', maximum: 100 },
      { kind: 'string', minLength: 1, maxLength: 40 },
      { kind: 'string' },
      { kind: 'integer' },
    ]);
  });
});
