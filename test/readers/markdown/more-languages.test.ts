/**
 * References written in Turkish, Polish, Indonesian, Vietnamese and Ukrainian: section titles
 * (`### İstek gövdesi`, `### Parametry ścieżki`, `### Body permintaan`, `### Tham số`, `### Параметри
 * шляху`), column headers, yes and no, type words and request-line labels (`Yöntem:` ⏎ `Yol:`,
 * `Metode:`, `Phương thức:` ⏎ `Đường dẫn:`, `Метод:` ⏎ `Шлях:`) read as their English ones. The
 * pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = (name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/more-languages', name), 'utf8'), `api/${name}`);

function fields(schema: Schema | undefined): Array<[string, string, boolean]> {
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
}

describe('general reader: references written in Turkish, Polish, Indonesian, Vietnamese and Ukrainian', () => {
  it('should read a Turkish page: its labels, the body title (its capital İ too), columns, evet/hayır and type words', () => {
    const post = operation(read('tr.md'), 'POST /v1/siparisler');
    expect(fields(bodySchema(post))).toEqual([
      ['musteri_id', 'string', true],
      ['adet', 'integer', false],
    ]);
    expect(post.responses[0]?.content[0]?.examples.length).toBe(1);
  });

  it('should read a Polish page: path and query titles, tak/nie, and the response fields', () => {
    const get = operation(read('pl.md'), 'GET /v1/zamowienia/{id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([
      ['path', 'id', true, 'string'],
      ['query', 'rozwin', false, 'boolean'],
    ]);
    expect(fields(get.responses[0]?.content[0]?.schema)).toEqual([
      ['id', 'string', false],
      ['kwota', 'number', false],
    ]);
  });

  it('should read an Indonesian page and a Vietnamese one, their request parameters a POST’s body', () => {
    expect(fields(bodySchema(operation(read('id.md'), 'POST /v2/transaksi')))).toEqual([
      ['jumlah', 'integer', true],
      ['catatan', 'string', false],
    ]);
    expect(fields(bodySchema(operation(read('vi.md'), 'POST /v1/don-hang')))).toEqual([
      ['ma_khach', 'string', true],
      ['so_luong', 'integer', false],
    ]);
  });

  it('should read a Ukrainian page as a Russian one is', () => {
    const get = operation(read('uk.md'), 'GET /v1/zamovlennia/{id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([['path', 'id', true, 'string']]);
    expect(fields(get.responses[0]?.content[0]?.schema)).toEqual([
      ['id', 'string', false],
      ['suma', 'number', false],
    ]);
  });

  const placed = (op: ReturnType<typeof operation>) => op.parameters.map((p) => [p.in, p.name, p.required]);
  const statuses = (op: ReturnType<typeof operation>) => op.responses.map((r) => [r.status, r.description]);

  it('should read a Turkish status table’s `Kod`, a `başlık` location, `HTTP Metodu:` and the plural `Yanıtlar`', () => {
    const page = read('tr-statuses.md');
    const get = operation(page, 'GET /v1/bahceler/{bahce_id}');
    expect(placed(get)).toEqual([
      ['path', 'bahce_id', true],
      ['query', 'dil', false],
      ['header', 'X-Istek-Id', false],
    ]);
    expect(statuses(get)).toEqual([
      ['200', 'Başarılı'],
      ['404', 'Bahçe bulunamadı'],
    ]);
    expect(statuses(operation(page, 'DELETE /v1/bahceler/{bahce_id}'))).toEqual([['204', 'Silindi']]);
  });

  it('should read a Polish `Metoda HTTP:` ⏎ `Adres URL:`, the locations `ścieżka`, `zapytanie`, `nagłówek`, `Treść odpowiedzi` and `Kod statusu`', () => {
    const post = operation(read('pl-labels.md'), 'POST /v1/grupy/{grupa}/lampy');
    expect(placed(post)).toEqual([
      ['path', 'grupa', true],
      ['query', 'tryb', false],
      ['header', 'X-Klucz', true],
    ]);
    expect(statuses(post)).toEqual([
      ['201', 'Utworzono'],
      ['400', 'Błędne żądanie'],
    ]);
    expect(fields(post.responses[0]?.content[0]?.schema)).toEqual([['id', 'string', false]]);
  });

  it('should read an Indonesian `Parameter Header`, `Body Respons` and a `Kode` column, and a Vietnamese `Vị trí` column’s words and `Mã`', () => {
    const post = operation(read('id-statuses.md'), 'POST /v1/rak');
    expect(placed(post)).toEqual([['header', 'X-Sesi', true]]);
    expect(fields(bodySchema(post))).toEqual([
      ['judul', 'string', true],
      ['kapasitas', 'integer', false],
    ]);
    expect(statuses(post)).toEqual([
      ['201', 'Berhasil'],
      ['409', 'Rak sudah ada'],
    ]);
    const get = operation(read('vi-statuses.md'), 'GET /v1/ke/{id}');
    expect(placed(get)).toEqual([
      ['path', 'id', true],
      ['query', 'day_du', false],
      ['header', 'X-Phien', false],
    ]);
    expect(statuses(get)).toEqual([
      ['200', 'Thành công'],
      ['404', 'Không tìm thấy kệ'],
    ]);
    expect(fields(get.responses[0]?.content[0]?.schema)).toEqual([['id', 'string', false]]);
  });
});
