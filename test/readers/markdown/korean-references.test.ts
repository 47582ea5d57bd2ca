/**
 * References written in Korean: section titles (`### 경로 파라미터`, `### 요청 본문`, `### 응답 예시`,
 * `### 응답 코드`, `### 에러 코드`), column headers (`파라미터 | 타입 | 필수 | 설명`), yes and no
 * (`예`/`아니오`, `Y`/`N`, `필수`/`선택`), type words (`문자열`, `정수`, `불리언`, `날짜`…), request-line
 * labels (`메서드:` ⏎ `요청 URL:`, `- 경로:`, `요청: PATCH /…`) and object headings (`## 서가 객체`)
 * read as their English, Chinese or Japanese ones are. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { cjkObjectTitle } from '../../../src/readers/markdown/cjk-object-titles.js';
import { generate } from '../../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/korean');
const read = (name: string) => readGeneral(readFileSync(path.join(FIXTURES, name), 'utf8'), `api/${name}`);

function fields(schema: Schema | undefined): Array<[string, string, boolean]> {
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
}

describe('general reader: references written in Korean', () => {
  const scratch = useScratchDir();

  it('should read the labels, the path and query titles, their columns, 예/아니오/N and the type words', () => {
    const get = operation(read('orders.md'), 'GET /v1/orders/{order_id}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([
      ['path', 'order_id', true, 'string'],
      ['query', 'expand', false, 'boolean'],
      ['query', 'limit', false, 'integer'],
    ]);
    expect(get.parameters[1]?.schema.default).toBe(false);
    const response = get.responses[0]?.content[0];
    expect(fields(response?.schema)).toEqual([
      ['id', 'string', false],
      ['amount', 'number', false],
      ['items', 'array', false],
      ['created', 'string', false],
      ['meta', 'map', false],
      ['paid', 'boolean', false],
    ]);
    expect(response?.schema?.kind === 'object' && response.schema.properties[3]?.schema).toMatchObject({ format: 'date' });
    // `### 응답 예시`: the sample; `### 에러 코드`: an aside, its API codes no statuses.
    expect(response?.examples.length).toBe(1);
    expect(get.responses.map((r) => r.status)).toEqual(['2XX']);
  });

  it('should read a list of labels, the body title, Y and 필수 as yes, 선택 as no, and the status codes title', () => {
    const post = operation(read('orders.md'), 'POST /v1/orders');
    expect(fields(bodySchema(post))).toEqual([
      ['customer_id', 'string', true],
      ['note', 'string', false],
      ['count', 'integer', true],
    ]);
    expect(post.responses.map((r) => r.status)).toEqual(['201', '400']);
  });

  it('should read a combined request line, bold labels, a status beside a title and (필수)/(선택) after a name', () => {
    const page = read('products.md');
    const patch = operation(page, 'PATCH /v1/products/{id}');
    expect(patch.summary).toBe('상품 정보를 수정합니다.');
    expect(patch.parameters.map((p) => [p.in, p.name, p.schema.kind])).toEqual([['path', 'id', 'integer']]);
    expect(fields(bodySchema(patch))).toEqual([
      ['title', 'string', true],
      ['price', 'integer', false],
      ['판매_시작', 'string', false],
    ]);
    expect(patch.responses.map((r) => r.status)).toEqual(['200', '404']);
    const remove = operation(page, 'DELETE /v1/products/{id}');
    expect(remove.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind])).toEqual([['path', 'id', true, 'integer']]);
  });

  it('should read 없음 under a part’s label as none, a Required header’s note, and a status before words', () => {
    const page = readGeneral(
      [
        '## 목록',
        '메서드: GET',
        '요청 URL: /v1/items',
        '상품 목록을 조회합니다.',
        '**요청 헤더:**',
        '없음',
        '### 쿼리 파라미터',
        '| 이름 | 타입 | 필수 (Y/N) | 설명 |\n|---|---|---|---|\n| q | 문자열 | Y | 검색어. |',
        '### 200 성공',
        '```json\n{"items": []}\n```',
      ].join('\n\n'),
    );
    const get = operation(page, 'GET /v1/items');
    expect([get.summary, get.description]).toEqual(['상품 목록을 조회합니다.', undefined]);
    expect(get.parameters.map((p) => [p.in, p.name, p.required])).toEqual([['query', 'q', true]]);
    expect(get.responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read a Required column of O and X marks as yes and no, full-width ones too, and X alone or beside blanks as a check mark', () => {
    const table = (head: string, marks: string[]) =>
      [`| 이름 | 타입 | ${head} | 설명 |`, '|---|---|---|---|', ...marks.map((mark, i) => `| f${i} | 문자열 | ${mark} | 필드. |`)].join(
        '\n',
      );
    const required = (head: string, marks: string[]) => {
      const post = operation(
        readGeneral(['## 만들기', '`POST /v1/lamps`', '### 요청 본문', table(head, marks)].join('\n\n')),
        'POST /v1/lamps',
      );
      return fields(bodySchema(post)).map(([, , flag]) => flag);
    };
    expect(required('필수', ['O', 'X', 'o', 'x', ''])).toEqual([true, false, true, false, false]);
    expect(required('필수 (O/X)', ['Ｏ', 'Ｘ', '-'])).toEqual([true, false, false]);
    // No O in the column: its X is a check mark, as in `Required | x`.
    expect(required('필수', ['X', ''])).toEqual([true, false]);
    // `M/O`, `Required/Optional`: O is the second word, optional.
    expect(required('M/O', ['M', 'O'])).toEqual([true, false]);
    expect(required('Required/Optional', ['O', 'X'])).toEqual([false, true]);
  });

  it('should read an Optional column of O and X marks the other way round: O optional, X required', () => {
    const required = (head: string, marks: string[]) => {
      const rows = marks.map((mark, i) => `| f${i} | 문자열 | ${mark} | 필드. |`);
      const page = ['## 만들기', '`POST /v1/lamps`', '### 요청 본문', `| 이름 | 타입 | ${head} | 설명 |`, '|---|---|---|---|', ...rows];
      return fields(bodySchema(operation(readGeneral(page.join('\n')), 'POST /v1/lamps'))).map(([, , flag]) => flag);
    };
    expect(required('선택', ['X', 'O', 'x', 'o', ''])).toEqual([true, false, true, false, false]);
    expect(required('任意', ['Ｘ', 'Ｏ', '-'])).toEqual([true, false, false]);
    expect(required('Optional', ['X', 'O'])).toEqual([true, false]);
    // No O in the column: its X is a check mark, optional; `×` and `N` say no as before.
    expect(required('선택', ['X', ''])).toEqual([false, false]);
    expect(required('任意', ['×', '○'])).toEqual([true, false]);
    expect(required('Optional', ['N', 'Y'])).toEqual([true, false]);
    // A query parameter's table reads the same column.
    const get = operation(
      readGeneral(
        [
          '## 조회',
          '`GET /v1/lamps`',
          '### 쿼리 파라미터',
          '| 이름 | 타입 | 선택 | 설명 |',
          '|---|---|---|---|',
          '| page | 정수 | O | 쪽. |',
          '| kind | 문자열 | X | 종류. |',
        ].join('\n'),
      ),
      'GET /v1/lamps',
    );
    expect(get.parameters.map((p) => [p.name, p.required])).toEqual([
      ['page', false],
      ['kind', true],
    ]);
  });

  it.each([
    ['주문 객체', '주문'],
    ['주문객체', '주문'],
    ['Order 객체', 'Order'],
    ['상품 모델', '상품'],
  ])('should read %j as naming the type %j', (title, words) => {
    expect(cjkObjectTitle(title)?.words).toBe(words);
  });

  it.each(['응답 객체', '공통 객체', '요청 객체'])('should read %j as naming no type', (title) => {
    expect(cjkObjectTitle(title)).toBeUndefined();
  });

  it('should define the type an object heading names, and emit types and schemas that compile strict', async () => {
    const result = await generate({ input: FIXTURES });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const shelf = result.document.schemas.find((s) => s.name === '서가')?.schema;
    expect(fields(shelf)).toEqual([
      ['id', 'string', false],
      ['이름', 'string', false],
    ]);
    const dir = scratch();
    writeFiles(dir, Object.fromEntries(result.outputs.filter((o) => o.path.endsWith('.ts')).map((o) => [o.path, o.contents])));
    expect(compileStrict(dir, ['types.ts', 'schemas.ts'])).toEqual([]);
    const types = result.outputs.find((o) => o.path === 'types.ts')?.contents ?? '';
    expect(types).toContain('export interface 서가 {');
    expect(types).toContain("'판매_시작'?: string | undefined;");
  });
});
