/**
 * Bold facts beside an operation that are not its description (`**Rate limit:** 60/min`, `**Auth:**
 * Bearer`, `**Scopes:** read:orders`, `**Version:** v2`, `**权限：** 管理员`, `**版本：** v2`,
 * `**권한:** 관리자`): kept in the description as written, never its summary, the colon ASCII or
 * full-width. No security, scope or version is made of them (the page states no scheme); a
 * `**Deprecated:** yes` fact marks the operation deprecated, as before. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { operation, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/operation-facts');
const read = (name: string) => readGeneral(readFileSync(path.join(FIXTURES, name), 'utf8'), `api/${name}`);

describe('general reader: bold facts beside an operation', () => {
  const scratch = useScratchDir();

  it('should keep English facts in the description, the heading the summary, and state no security of them', () => {
    const page = read('orders.md');
    const list = operation(page, 'GET /v1/orders');
    expect([list.summary, list.description]).toEqual([
      'List orders',
      '**Rate limit:** 60/min\n\n**Auth:** Bearer\n\n**Scopes:** read:orders',
    ]);
    expect(list.security).toBeUndefined();
    const archive = operation(page, 'POST /v1/orders/{id}/archive');
    expect([archive.summary, archive.deprecated]).toEqual(['Archive order', true]);
  });

  it('should read plain `Label: value` lines (`Weight: 3`) as facts, never the summary; a sentence after a label still summarises', () => {
    const page = readGeneral(readFileSync(path.join(FIXTURES, '../plain-facts/weights.md'), 'utf8'), 'api/weights.md');
    const usage = operation(page, 'GET /v3/lampUsage');
    expect([usage.summary, usage.description]).toEqual(['Query lamp usage (USER_DATA)', 'Weight: 3']);
    const dim = operation(page, 'POST /v3/lamp/dim');
    expect([dim.summary, dim.description]).toEqual(['Dim a lamp', 'Weight: 1\nData Source: Memory\n\nDims the lamp by a tenth.']);
    expect(operation(page, 'POST /v3/lamp/off').summary).toBe('Switch: the lamp stays off until it is switched on again.');
  });

  it('should read Chinese facts (the colon full-width, in one paragraph or several) as facts, never the summary', () => {
    const page = read('orders.zh.md');
    const remove = operation(page, 'DELETE /v2/orders/{id}');
    expect([remove.summary, remove.description]).toEqual(['删除订单', '**权限：** 管理员\n\n**版本：** v2']);
    const lock = operation(page, 'POST /v2/orders/{id}/lock');
    expect([lock.summary, lock.description]).toEqual(['锁定订单', '**权限：**管理员\n\n**频率限制：**每分钟 60 次\n\n锁定一个订单。']);
  });

  it('should read Korean facts alike', () => {
    const remove = operation(read('orders.ko.md'), 'DELETE /v3/orders/{id}');
    expect([remove.summary, remove.description]).toEqual(['주문 삭제', '**권한:** 관리자\n\n**버전:** v2']);
  });

  it('should emit types and schemas that compile strict', async () => {
    const result = await generate({ input: FIXTURES });
    expect(result.document.operations.map((o) => o.summary)).toEqual(['List orders', 'Archive order', '删除订单', '锁定订单', '주문 삭제']);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
  });
});
