/**
 * API references written in Chinese or Japanese: the same layouts as English ones, their own
 * words (`请求方式：POST`, `参数名 | 类型 | 是否必填 | 说明`, `## レスポンス`). The pages are made up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/cjk', name), 'utf8');

describe('general reader: Chinese and Japanese references', () => {
  it('should read `请求方式：` / `请求地址：` labels (full-width colon too), label tables and a labelled request line as the call', () => {
    const read = readGeneral(fixture('request-labels.md'), 'request-labels.md');
    expect(read.routes).toEqual([
      'POST /v2/shelves',
      'DELETE /v2/shelves/{shelf_id}',
      'GET /v2/shelves/{shelf_id}',
      'PATCH /v2/shelves/{shelf_id}',
    ]);
    // The labels state the call: no words of the operation's.
    expect(read.fragment?.operations[0]?.summary).toBe('创建一个书架。');
    expect(read.fragment?.operations[0]?.description).toBeUndefined();
  });

  it('should read Japanese labels (`メソッド：`, `エンドポイント：`, `リクエストURL:` with the method after the path)', () => {
    const read = readGeneral(fixture('request-labels.ja.md'), 'request-labels.ja.md');
    expect(read.routes).toEqual(['POST /v2/shelves', 'GET /v2/shelves/{shelf_id}']);
  });

  it('should read Chinese and Japanese column headers and their yes/no cells (`是/否`, `Y`, `必填/选填`, `○/×`, `必須/任意`)', () => {
    const read = readGeneral(fixture('columns.md'), 'columns.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const body = bodySchema(operation(read, 'POST /v2/shelves'));
    expect(
      body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind, p.required === true, p.description]) : body,
    ).toEqual([
      ['name', 'string', true, '书架名称'],
      ['label', 'string', false, '标签'],
      ['capacity', 'integer', true, '容量'],
      ['shared', 'boolean', false, '是否共享'],
      ['owner', 'string', true, '所有者'],
      ['note', 'string', false, '备注信息'],
    ]);
    const list = operation(read, 'GET /v2/shelves');
    expect(parameterNames(list)).toEqual(['query:page*', 'query:size', 'query:sort', 'query:tag*']);
    expect(strip(list.parameters[0]?.schema)).toEqual({ kind: 'integer', default: 1 });
    expect(list.parameters[0]?.description).toBe('ページ番号');
    const deleted = operation(read, 'DELETE /v2/shelves/{shelf_id}');
    expect(parameterNames(deleted)).toEqual(['path:shelf_id*']);
    expect(deleted.parameters[0]?.description).toBe('书架编号');
    expect(deleted.responses.map((r) => [r.status, r.description])).toEqual([
      ['204', '已删除'],
      ['404', '书架不存在'],
    ]);
  });
});
