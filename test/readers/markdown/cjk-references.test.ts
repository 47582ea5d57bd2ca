/**
 * API references written in Chinese or Japanese: the same layouts as English ones, their own
 * words (`请求方式：POST`, `参数名 | 类型 | 是否必填 | 说明`, `## レスポンス`). The pages are made up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { sectionOfTitle } from '../../../src/readers/markdown/section-titles.js';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/cjk', name), 'utf8');

describe('general reader: Chinese and Japanese references', () => {
  const scratch = useScratchDir();

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

  it('should read bold labels, the colon in or after the bold and the value right after it (`**请求方式：**POST`), as the plain labels are', () => {
    const read = readGeneral(fixture('bold-labels.md'), 'bold-labels.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read.routes).toEqual(['POST /v1/members', 'PUT /v1/members/{member_id}', 'GET /v1/members']);
    const created = operation(read, 'POST /v1/members');
    // `**接口说明：**` ⏎ words: the call's description, as `**Description:**` ⏎ words.
    expect([created.summary, created.description]).toEqual(['创建会员', '创建一个新会员。']);
    expect(fields(bodySchema(created))).toEqual(['nickname:string*', 'level:integer']);
    const answer = created.responses[0]?.content[0];
    expect(fields(strip(answer?.schema))).toEqual(['member_id:string']);
    expect(answer?.examples[0]?.value).toEqual({ member_id: 'm_01' });
    const updated = operation(read, 'PUT /v1/members/{member_id}');
    expect(parameterNames(updated)).toEqual(['path:member_id*']);
    expect(fields(bodySchema(updated))).toEqual(['nickname:string']);
    // `**请求参数：**` ⏎ `无`: the part says it has none, no words of the operation's.
    const listed = operation(read, 'GET /v1/members');
    expect([listed.summary, listed.description, listed.parameters]).toEqual(['会员列表', undefined, []]);
    expect(listed.responses[0]?.content[0]?.examples[0]?.value).toEqual([{ member_id: 'm_01' }]);
  });

  it('should read Japanese bold labels (`**メソッド：**DELETE`, `**エンドポイント：**`, `**リクエストパラメータ：**` ⏎ `なし`)', () => {
    const read = readGeneral(fixture('bold-labels.ja.md'), 'bold-labels.ja.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const deleted = operation(read, 'DELETE /v1/users/{user_id}');
    expect([deleted.summary, deleted.description]).toEqual(['ユーザー削除', 'ユーザーを削除します。']);
    expect(parameterNames(deleted)).toEqual(['path:user_id*']);
    expect(deleted.responses[0]?.content[0]?.examples[0]?.value).toEqual({ deleted: true });
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

  it('should read Chinese section titles as their English ones: parameters, headers, body, response fields, samples, statuses; errors aside', () => {
    const read = readGeneral(fixture('titles.md'), 'titles.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const created = operation(read, 'POST /v1/orders');
    // `### 接口说明` is the call's description, as `### Description` is.
    expect([created.summary, created.description]).toEqual(['创建订单', '创建一个新的订单。']);
    expect(parameterNames(created)).toEqual(['header:X-Request-Id']);
    expect(fields(bodySchema(created))).toEqual(['product_id:integer*', 'remark:string']);
    expect(created.requestBody?.content[0]?.examples[0]?.value).toEqual({ product_id: 1001, remark: '尽快发货' });
    // `### 错误码` is the errors' section (aside): its business codes are no statuses.
    expect(created.responses.map((r) => r.status)).toEqual(['2XX']);
    const response = created.responses[0]?.content[0];
    expect(fields(strip(response?.schema))).toEqual(['order_id:string', 'status:string']);
    expect(response?.examples[0]?.value).toEqual({ order_id: 'ord_001', status: 'created' });
    const got = operation(read, 'GET /v1/orders/{order_id}');
    expect(parameterNames(got)).toEqual(['path:order_id*', 'query:fields']);
    expect(got.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', '成功'],
      ['404', '订单不存在'],
    ]);
  });

  it('should name sections by Chinese and Japanese titles, numbered, in parentheses or with a full-width colon, and by no other words', () => {
    const kinds = [
      '一、请求参数',
      '2、返回参数：',
      '请求体（JSON）',
      'Body参数',
      '返回示例',
      'レスポンス例',
      'クエリパラメータ',
      '错误码',
      '调用频率',
      '请求参数说明书',
    ].map((title) => sectionOfTitle(title)?.kind);
    expect(kinds).toEqual([
      'attributes',
      'response-body',
      'request-body',
      'request-body',
      'sample-response',
      'sample-response',
      'query-parameters',
      'aside',
      undefined,
      undefined,
    ]);
  });

  it('should read Japanese section titles as their English ones (`パスパラメータ`, `リクエストボディ`, `レスポンス`, `レスポンス例`, `ステータスコード`)', () => {
    const read = readGeneral(fixture('titles.ja.md'), 'titles.ja.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const updated = operation(read, 'PATCH /v1/users/{user_id}');
    expect(parameterNames(updated)).toEqual(['path:user_id*']);
    expect(fields(bodySchema(updated))).toEqual(['name:string', 'email:string*']);
    expect(updated.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', '更新した'],
      ['404', 'ユーザーが存在しない'],
    ]);
    const ok = updated.responses[0]?.content[0];
    expect(fields(strip(ok?.schema))).toEqual(['id:string', 'name:string']);
    expect(ok?.examples[0]?.value).toEqual({ id: 'u_1', name: '山田太郎' });
  });

  it('should read Chinese and Japanese type words, and `（必填）` / `(必填)` / `（选填）` after a name as its flag', () => {
    const read = readGeneral(fixture('types.md'), 'types.md');
    const body = bodySchema(operation(read, 'POST /v1/items'));
    expect(
      body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required === true, JSON.stringify(p.schema), p.description]) : body,
    ).toEqual([
      ['title', true, '{"kind":"string"}', '标题'],
      ['count', true, '{"kind":"integer"}', '数量'],
      ['price', false, '{"kind":"number"}', '价格'],
      ['on_sale', false, '{"kind":"boolean"}', '是否在售'],
      ['tags', false, '{"kind":"array","items":{"kind":"unknown"}}', '标签'],
      ['extra', false, '{"kind":"map","values":{"kind":"unknown"}}', '扩展信息'],
      ['released', false, '{"kind":"string","format":"date"}', '上架日期'],
      ['stock_id', false, '{"kind":"integer","format":"int64"}', '库存编号'],
      ['name_kana', false, '{"kind":"string"}', '名前（カナ）'],
      ['shipped_at', false, '{"kind":"string","format":"date-time"}', '出荷日時'],
      ['flags', false, '{"kind":"array","items":{"kind":"unknown"}}', 'フラグ'],
      // A word the vocabulary does not know is no type: reported, typed unknown.
      ['cost', false, '{"kind":"unknown"}', '成本'],
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info').map((d) => [d.code, d.message])).toEqual([
      ['unknown-type', 'unknown type "金额"; typed unknown'],
    ]);
  });

  it('should read a status beside a Chinese or Japanese title (`响应 200`, `返回示例（404）`, `200 成功`, `レスポンス 204`)', () => {
    const read = readGeneral(fixture('statuses.md'), 'statuses.md');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const statuses = (route: string) =>
      operation(read, route).responses.map((r) => [r.status, r.content[0]?.examples[0]?.value ?? r.description]);
    expect(statuses('GET /v1/shelves/{id}')).toEqual([
      ['200', { id: 's_1' }],
      ['404', { error: '不存在' }],
    ]);
    expect(statuses('PUT /v1/shelves/{id}')).toEqual([['200', { id: 's_1' }]]);
    expect(statuses('DELETE /v1/shelves/{id}')).toEqual([['204', '削除しました。']]);
  });

  it('should emit types and zod schemas that compile strict from Chinese and Japanese names (route parameters, query and field names)', async () => {
    const result = await generate({ input: path.join(import.meta.dirname, 'fixtures/cjk-api') });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
    const types = result.outputs.find((o) => o.path === 'types.ts')?.contents ?? '';
    // The names are the docs' own, quoted; the descriptions keep their text.
    for (const line of [
      "'订单号': string;",
      "'字段-列表'?: string | undefined;",
      "'ユーザー名'?: string | undefined;",
      "'金额（分）'?: number | undefined;",
    ])
      expect(types).toContain(line);
    expect(types).toContain('/** 订单编号 */');
    expect(result.document.operations.map((o) => o.operationId).sort()).toEqual(['get_v1_orders', 'get_v1_orders_订单号']);
  });

  it("should keep a route's Chinese and Japanese segments in its operationId and type names: two routes differing only there never collide", async () => {
    const result = await generate({ input: path.join(import.meta.dirname, 'fixtures/cjk-routes') });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.document.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`).sort()).toEqual([
      'get /v2/利用者 get_v2_利用者',
      'get /v2/图书/{编号} get_v2_图书_编号',
      'get /v2/读者/{编号} get_v2_读者_编号',
    ]);
    const output = (name: string) => result.outputs.find((o) => o.path === name)?.contents ?? '';
    const declared = [...output('types.ts').matchAll(/^export (?:interface|type) (\S+)/gmu)].map((m) => m[1]);
    expect(declared).toEqual([
      'GetV2利用者2XXResponse',
      'GetV2利用者Response',
      'GetV2图书编号PathParams',
      'GetV2图书编号2XXResponse',
      'GetV2图书编号Response',
      'GetV2读者编号PathParams',
      'GetV2读者编号2XXResponse',
      'GetV2读者编号Response',
      'operations',
    ]);
    expect(output('schemas.ts')).toContain('export const GetV2读者编号PathParamsSchema = z.looseObject({');
    const spec = JSON.parse(output('openapi.json')) as { paths: Record<string, { get: { operationId: string } }> };
    expect(spec.paths['/v2/图书/{编号}']?.get.operationId).toBe('get_v2_图书_编号');
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
  });

  it.each([
    ['路径', '查询', '请求头'],
    ['パス', 'クエリ', 'ヘッダー'],
    ['경로', '쿼리', '헤더'],
    ['ruta', 'consulta', 'encabezado'],
    ['caminho', 'consulta', 'cabeçalho'],
    ['chemin', 'query', 'en-tête'],
    ['Pfad', 'Abfrage', 'Kopfzeile'],
    ['путь', 'query', 'заголовок'],
  ])('should place rows whose location cell says %j, %j, %j in the path, the query and the headers', (inPath, query, header) => {
    const page = readGeneral(
      [
        '## Lamp',
        '`PUT /v1/lamps/{id}`',
        '### Parameters',
        `| Name | In | Type | Description |\n|---|---|---|---|\n| id | ${inPath} | string | Id. |\n| verbose | ${query} | boolean | More. |\n| X-Token | ${header} | string | Token. |`,
      ].join('\n\n'),
    );
    expect(operation(page, 'PUT /v1/lamps/{id}').parameters.map((p) => [p.in, p.name])).toEqual([
      ['path', 'id'],
      ['query', 'verbose'],
      ['header', 'X-Token'],
    ]);
  });

  it('should read a header table’s `ヘッダー名` column, and `返回值说明` / `状态码说明` as the response’s fields and statuses', () => {
    const get = operation(readGeneral(fixture('header-names.ja.md'), 'header-names.ja.md'), 'GET /v1/shelves');
    expect(get.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['header', 'X-Shop', true],
      ['query', 'page', false],
      ['query', 'q', false],
    ]);
    const del = operation(readGeneral(fixture('return-values.md'), 'return-values.md'), 'DELETE /v1/cabinets/{id}');
    // Before, the fields under `返回值说明` were read as query parameters.
    expect(parameterNames(del)).toEqual(['header:Authorization-Token*', 'path:id*']);
    expect(del.responses.map((r) => [r.status, fields(r.content[0]?.schema)])).toEqual([
      ['200', ['success:boolean']],
      ['403', []],
      ['500', []],
    ]);
  });
});

/** `name:kind` of an object's properties, `*` where required. */
function fields(schema: Schema | undefined): string[] {
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`) : [];
}
