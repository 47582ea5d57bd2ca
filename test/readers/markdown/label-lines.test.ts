/**
 * A paragraph of bold labels, one a line (`**Description:** …` ⏎ `**Method:** GET` ⏎ `**URL:** /v1/orders`,
 * soft or hard line breaks, the colon ASCII or full-width): a paragraph per label, so the description's
 * words are the operation's description and the method and URL its request line. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { operation, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/label-lines');
const read = (name: string) => readGeneral(readFileSync(path.join(FIXTURES, name), 'utf8'), `api/${name}`);

describe('general reader: a paragraph of bold labels, one a line', () => {
  const scratch = useScratchDir();

  it('should read the description label’s words as the description and the method and URL labels as the request line', () => {
    const page = read('orders.md');
    expect(page.routes).toEqual(['GET /v1/orders', 'POST /v1/orders/{id}/cancel']);
    const list = operation(page, 'GET /v1/orders');
    expect([list.summary, list.description]).toEqual(['List orders', "Lists the account's orders, newest first."]);
    expect(list.parameters.map((p) => [p.in, p.name])).toEqual([['query', 'page']]);
    // Hard line breaks (`\`) part the lines too; a paragraph with a line of other words stays as written.
    const cancel = operation(page, 'POST /v1/orders/{id}/cancel');
    expect(cancel.description).toBe('Cancels an order that has not shipped.\n\n**Version history:**\n1.2.0 - added');
  });

  it('should read Chinese labels (the colon full-width, the value right after the bold) and Korean ones alike', () => {
    const zh = read('orders.zh.md');
    expect(operation(zh, 'GET /v2/orders').description).toBe('获取全部订单，按时间倒序。');
    expect(operation(zh, 'DELETE /v2/orders/{id}').description).toBe('删除一个未发货的订单。');
    expect(operation(read('orders.ko.md'), 'GET /v3/orders').description).toBe('계정의 주문을 최신순으로 조회합니다.');
  });

  it('should place each label where its line is', () => {
    const page = read('orders.md');
    // The path parameter no row documents is placed at the URL's line.
    const id = operation(page, 'POST /v1/orders/{id}/cancel').parameters[0];
    expect([id?.name, id?.source?.start.line]).toEqual(['id', 19]);
  });

  it.each([
    ['a line of words', '**Method:** GET\nLists orders.\n**URL:** /v1/orders'],
    ['a bold word that is no label', '**Method:** GET\n**Note** read this\n**URL:** /v1/orders'],
  ])('should leave a paragraph with %s as one paragraph', (_, paragraph) => {
    const page = readGeneral(`## List\n\n${paragraph}\n`);
    expect(page.root.children.filter((node) => node.type === 'paragraph')).toHaveLength(1);
  });

  it('should emit types and schemas that compile strict', async () => {
    const result = await generate({ input: FIXTURES });
    expect(result.document.operations.map((o) => o.description !== undefined)).toEqual([true, true, true, true, true]);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
  });
});
