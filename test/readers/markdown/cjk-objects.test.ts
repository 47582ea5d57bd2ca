/**
 * Chinese and Japanese headings that name a type (`## 书架对象`, `## Address モデル`, `### 订单对象（Order）`),
 * body titles that name theirs (`### 返回参数说明 (Book)`) and sentences that say what an operation
 * returns (`返回一个书架对象。`), read as English `## The shelf object`, `### Response body: Book` and
 * "Returns a shelf object." are. The pages are made up.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiDocument, Schema } from '../../../src/ir/types.js';
import { cjkNamedReturn, cjkObjectTitle } from '../../../src/readers/markdown/cjk-object-titles.js';
import { sectionOfTitle } from '../../../src/readers/markdown/section-titles.js';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';

describe('general reader: Chinese and Japanese object headings', () => {
  const scratch = useScratchDir();

  it.each([
    ['订单对象', '订单'],
    ['Order 对象', 'Order'],
    ['Order对象', 'Order'],
    ['`Order` 对象', 'Order'],
    ['订单对象（Order）', 'Order'],
    ['订单（Order）对象', 'Order'],
    ['商品模型', '商品'],
    ['商品实体', '商品'],
    ['商品数据结构', '商品'],
    ['商品结构体', '商品'],
    ['ユーザーオブジェクト', 'ユーザー'],
    ['ユーザーモデル', 'ユーザー'],
    ['Address モデル', 'Address'],
    ['对象：Order', 'Order'],
    ['モデル: User', 'User'],
  ])('should read %j as naming the type %j', (title, words) => {
    expect(cjkObjectTitle(title)?.words).toBe(words);
  });

  it.each([
    '返回对象',
    '响应结构',
    '请求参数对象',
    '数据结构',
    '公共对象',
    'データモデル',
    '对象',
    'The order object',
    '创建一个订单对象并返回',
  ])('should read %j as naming no type', (title) => {
    expect(cjkObjectTitle(title)).toBeUndefined();
  });

  it('should read a body title with a name in code as that body of that type, and a note of where or how as no name', () => {
    expect(sectionOfTitle('返回参数说明 (Order)')).toEqual({ kind: 'response-body', typeText: 'Order' });
    expect(sectionOfTitle('响应体：Order')).toEqual({ kind: 'response-body', typeText: 'Order' });
    expect(sectionOfTitle('请求体（CreateOrder）')).toEqual({ kind: 'request-body', typeText: 'CreateOrder' });
    expect(sectionOfTitle('レスポンス (User)')).toEqual({ kind: 'response-body', typeText: 'User' });
    expect(sectionOfTitle('请求参数（Body）')).toEqual({ kind: 'attributes' });
    expect(sectionOfTitle('请求体（JSON）')).toEqual({ kind: 'request-body' });
    expect(sectionOfTitle('返回参数（Body）')).toEqual({ kind: 'response-body' });
    expect(sectionOfTitle('返回对象')).toEqual({ kind: 'response-body' });
  });

  it('should read what a Chinese or Japanese sentence says an operation returns', () => {
    expect(cjkNamedReturn('返回一个书架对象。')).toEqual({ words: '书架', list: false });
    expect(cjkNamedReturn('成功时返回 Order 对象')).toEqual({ words: 'Order', list: false });
    expect(cjkNamedReturn('返回书架对象列表。')).toEqual({ words: '书架', list: true });
    expect(cjkNamedReturn('ユーザーオブジェクトを返します。')).toEqual({ words: 'ユーザー', list: false });
    expect(cjkNamedReturn('User オブジェクトのリストを返します')).toEqual({ words: 'User', list: true });
    expect(cjkNamedReturn('返回数据。')).toBeUndefined();
    expect(cjkNamedReturn('返回结果。')).toBeUndefined();
    expect(cjkNamedReturn('该接口返回的字段见下表，调用前请先登录。')).toBeUndefined();
  });

  it('should define the types such headings name, type the bodies their titles and sentences name, and compile strict', async () => {
    const result = await generate({ input: path.join(import.meta.dirname, 'fixtures/cjk-objects') });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const doc = result.document;
    expect(doc.schemas.map((s) => `${s.name}:${fields(s.schema).join(',')}`)).toEqual([
      'Address:city',
      'Book:isbn,title',
      'Order:order_id,book',
      'ShelfLabel:label',
      'ユーザー:user_id,display_name',
      '书架:id,name',
    ]);
    const order = doc.schemas.find((s) => s.name === 'Order')?.schema;
    expect(order?.kind === 'object' && order.properties[1]?.schema).toMatchObject({ kind: 'ref', name: 'Book' });
    expect(success(doc, 'get /v1/shelves/{id}')).toMatchObject({ kind: 'ref', name: '书架' });
    expect(success(doc, 'get /v1/shelves')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: '书架' } });
    expect(success(doc, 'post /v1/books')).toMatchObject({ kind: 'ref', name: 'Book' });
    expect(success(doc, 'get /v1/users/{user_id}')).toMatchObject({ kind: 'ref', name: 'ユーザー' });
    // `### 返回对象` is the response's shape (`Response object`), no type named `返回`.
    expect(fields(success(doc, 'delete /v1/books/{isbn}'))).toEqual(['deleted']);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
    const types = result.outputs.find((o) => o.path === 'types.ts')?.contents ?? '';
    expect(types).toContain('export interface 书架 {');
    expect(types).toContain('export type GetV1ShelvesId2XXResponse = 书架;');
  });
});

function success(doc: ApiDocument, route: string): Schema | undefined {
  const found = doc.operations.find((o) => `${o.method} ${o.path}` === route);
  return found?.responses.find((r) => r.status.startsWith('2'))?.content[0]?.schema;
}

function fields(schema: Schema | undefined): string[] {
  return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : [];
}
