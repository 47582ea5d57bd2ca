/**
 * API references written in Chinese or Japanese: the same layouts as English ones, their own
 * words (`请求方式：POST`, `参数名 | 类型 | 是否必填 | 说明`, `## レスポンス`). The pages are made up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

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
});
