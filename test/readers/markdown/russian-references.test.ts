/**
 * References written in Russian: section titles (`### Параметры пути`, `### Тело запроса`, `###
 * Пример ответа`, `### Коды ответа`), column headers (`Параметр | Тип | Обязательный | Описание`,
 * `Поле | Тип данных | Обязательность | Описание`, `Код | Описание`), yes and no (`да`/`нет`,
 * `обязательно`/`необязательно`), type words (`строка`, `целое число`, `дата и время`) and
 * request-line labels (`Метод:`, `Адрес:`) read as their English ones. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/russian-references/zakazy.md'), 'utf8'), 'api/zakazy.md');

function fields(schema: Schema | undefined): Array<[string, string, boolean]> {
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
}

describe('general reader: references written in Russian', () => {
  it('should read both operations from their request-line labels', () => {
    expect(page.routes).toEqual(['GET /v2/orders/{order_id}', 'POST /v2/orders']);
  });

  it('should read titles, columns, yes and no, type words and a range in words', () => {
    const get = operation(page, 'GET /v2/orders/{order_id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, strip(p.schema)])).toEqual([
      ['path', 'order_id', true, { kind: 'string' }],
      ['query', 'expand', false, { kind: 'string' }],
      ['query', 'limit', false, { kind: 'integer', minimum: 1, maximum: 50 }],
      ['query', 'since', false, { kind: 'string', format: 'date' }],
    ]);
    const response = get.responses[0]?.content[0];
    expect(fields(response?.schema)).toEqual([
      ['id', 'string', false],
      ['total', 'number', false],
      ['paid', 'boolean', false],
      ['created_at', 'string', false],
    ]);
    const total = response?.schema?.kind === 'object' ? response.schema.properties.find((p) => p.name === 'total') : undefined;
    expect(strip(total?.schema)).toEqual({ kind: 'number', maximum: 100000 });
    expect(response?.examples.length).toBe(1);
  });

  it('should read the body’s required flags and the status codes table', () => {
    const post = operation(page, 'POST /v2/orders');
    expect(fields(bodySchema(post))).toEqual([
      ['customer_id', 'string', true],
      ['items', 'array', true],
      ['comment', 'string', false],
    ]);
    expect(post.responses.map((r) => r.status)).toEqual(['201', '400']);
  });
});
