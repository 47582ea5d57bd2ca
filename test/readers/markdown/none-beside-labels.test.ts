/**
 * A request part's bold label whose value on its own line says the part has none (`**Parameters:**
 * none`, `**Request body:** None`, `**Body**: N/A`, `**请求参数：** 无`, `**요청 파라미터:** 없음`): no
 * parameters, no body (no type named `None`), and no words of the operation's. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { operation, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/none-beside-labels');
const read = (name: string) => readGeneral(readFileSync(path.join(FIXTURES, name), 'utf8'), `api/${name}`);

describe('general reader: a part’s label whose value says it has none', () => {
  const scratch = useScratchDir();

  it('should read `**Parameters:** none` and `**Request body:** None` as no parameters and no body, no words', () => {
    const get = operation(read('account.md'), 'GET /v1/account');
    expect(get.parameters).toEqual([]);
    expect(get.requestBody).toBeUndefined();
    expect([get.summary, get.description]).toEqual(["Returns the caller's account.", undefined]);
    expect(get.responses[0]?.content[0]?.examples.length).toBe(1);
  });

  it('should read `**Body**: N/A` (the colon after the bold) and `**Query parameters:** None.` alike, the documented parts kept', () => {
    const close = operation(read('account.md'), 'DELETE /v1/account/{id}');
    expect(close.parameters.map((p) => [p.in, p.name, p.required])).toEqual([['path', 'id', true]]);
    expect([close.summary, close.description, close.requestBody]).toEqual(['Close the account', undefined, undefined]);
  });

  it('should read Chinese `无` and Korean `없음` beside their labels alike', () => {
    const zh = operation(read('account.zh.md'), 'GET /v2/account');
    expect([zh.summary, zh.description, zh.parameters]).toEqual(['获取账户', undefined, []]);
    const ko = operation(read('account.ko.md'), 'GET /v3/account');
    expect([ko.summary, ko.description, ko.parameters, ko.requestBody]).toEqual(['계정 정보를 반환합니다.', undefined, [], undefined]);
  });

  it.each([
    ['a value of other words', '**Parameters:** none of them are required'],
    ['a label that titles no part', '**Note:** none'],
  ])('should keep %s as the operation’s words', (_, paragraph) => {
    const get = operation(readGeneral(`## Get\n\n\`GET /items\`\n\nLists items.\n\n${paragraph}\n`), 'GET /items');
    expect(get.description).toBe(paragraph);
  });

  it('should name no type `None` and emit types and schemas that compile strict', async () => {
    const result = await generate({ input: FIXTURES });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.document.schemas.map((s) => s.name)).toEqual([]);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
  });
});
