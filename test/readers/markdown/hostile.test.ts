import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import { holdsOpenapiFragments } from '../../../src/input/openapi-fences.js';
import type { Operation, PageFragment } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readPageFragments } from '../../../src/openapi/page-fragments.js';
import { SpecPositions } from '../../../src/openapi/positions.js';
import { readPage } from '../../../src/run/read-page.js';
import { operation, readGeneral } from './helpers.js';

/**
 * `lines` of a module run in a child node, `readPage` of the build imported: for a page whose
 * regexp could hang, where a timeout (0: none) must end the run. What the script logs, parsed.
 */
function readInChild(lines: string[], { flags = [], timeout = 30_000 }: { flags?: string[]; timeout?: number } = {}): unknown {
  const reader = pathToFileURL(path.resolve(import.meta.dirname, '../../../dist/index.js')).href;
  const script = [`import { readPage } from ${JSON.stringify(reader)};`, ...lines].join('\n');
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', timeout }));
}

/** Pages built to hurt a reader: each must be read (no internal error); how soon is `npm run bench:hostile`'s. */
describe('general reader: hostile pages', () => {
  it('should read a page that opens thousands of directives and comments and closes none', () => {
    const text = `## Get\n\n\`GET /items\`\n\n${'{% tag '.repeat(20_000)}\n\n${'<!-- '.repeat(20_000)}\n`;
    const result = readPage({ file: 'open.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });

  it('should read a page of thousands of code blocks, code tabs and status sentences opened and never closed', () => {
    const text = [
      '## Get\n\n`GET /items`',
      '{% highlight json %}\n{}\n'.repeat(5_000),
      '<!--DOCUSAURUS_CODE_TABS-->\n<!--200 OK-->\n'.repeat(5_000),
      '<pre><code class="language-json">{'.repeat(2_000),
      `It returns ${'`200`, '.repeat(300)} or ${'returns HTTP 404 '.repeat(300)}.`,
    ].join('\n\n');
    const result = readPage({ file: 'open-blocks.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });

  it('should read a long attribute list and a huge broken one-line sample', () => {
    const items = Array.from({ length: 3_000 }, (_, i) => `- \`field_${i}\` (optional) - Field ${i}`).join('\n');
    const sample = `{"a": "${'x/'.repeat(100_000)}`;
    const text = `## Make\n\n\`POST /things\`\n\n${items}\n\nExample response:\n\n\`\`\`json\n${sample}\n\`\`\`\n`;
    const result = readPage({ file: 'big.md', text });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid-sample']);
    const body = result.fragment!.operations[0]!.requestBody!.content[0]!.schema;
    expect(body?.kind === 'object' && body.properties.length).toBe(3_000);
  });

  it('should keep hostile names and descriptions as data', () => {
    const read = readGeneral(
      '## Make\n\n`POST /things/:__proto__`\n\n| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `__proto__` | string | yes | id */ `x` |\n| `constructor` | hash | no | <script>alert(1)</script> |\n',
    );
    const make = operation(read, 'POST /things/{__proto__}');
    expect(make.parameters.map((p) => p.name)).toEqual(['__proto__']);
    const body = make.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.description])).toEqual([
      ['constructor', '<script>alert(1)</script>'],
    ]);
  });

  it('should read a fence of two thousand request lines as two thousand operations sharing one table', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `GET /r${i}/:id`).join('\n');
    const read = readGeneral(
      `## Many\n\n\`\`\`\n${lines}\n\`\`\`\n\n| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`id\` | integer | yes | Id |\n`,
    );
    expect(read.routes).toHaveLength(2_000);
    expect(read.fragment!.operations.every((o) => o.parameters.length === 1 && o.parameters[0]!.in === 'path')).toBe(true);
  });

  it("should read long lines in the shapes of this session's conventions without a crash or a quadratic scan", () => {
    const long = 'a'.repeat(200_000);
    const spaces = ' '.repeat(200_000);
    const text = [
      `## Get ${spaces}[GET]`,
      '`GET /items`',
      `- **name** ${long}`,
      `- \`id\` \`(${long}${spaces}: 1)\` - The id`,
      `term\n: ${long}. ${spaces}`,
      `## GET /x${spaces}: ${long}`,
      `+ Parameters\n    + page: ${spaces}x${spaces} (number) - ${spaces}`,
      `Returns the ${long} object`,
      `Default: ${spaces}\`1\``,
      `- \`public\`: boolean${spaces}, default${spaces}:${spaces}x`,
      `| Name | Type | Description |\n|---|---|---|\n| per_page | integer | Max${spaces}:${spaces}x, at most${spaces}:${spaces}1${spaces}chars${spaces}x, default${spaces}=${spaces}1 (${spaces}) |`,
      `Status Code **200**\n\n|Name|Type|\n|---|---|\n|*anonymous*|[x]|\n|» ${long}|string|\n|${long}|string|`,
      `|Name|Type|\n|---|---|\n|»» x|string|\n\n#### Enumerated Values\n\n|Parameter|Value|\n|---|---|\n|»» x|a${spaces}b|\n|x|${long}|`,
    ].join('\n\n');
    const result = readPage({ file: 'long.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/items');
  });
  it('should read name cells and labels of a long run of spaces without a quadratic scan from their end', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Get\n\n`GET /items/:id`\n\n### Path parameters',
      `| Name | Type | Description |\n|---|---|---|\n| id${spaces}x | string | The id |`,
      `|Name|Type|Required|Description|\n|---|---|---|---|\n|data|object|false|d|\n|»${spaces}x|string|false|d|\n|└─${spaces}y|string|false|d|`,
      `| Accepted${spaces}types | application/json |`,
      // A name's flag after the blanks (`(optional)`), and values in code before them (a description of values alone).
      `| Name | Type | Description |\n|---|---|---|\n| q${spaces}(optional) | string | \`a\` or \`b\`${spaces}. ${spaces}x |`,
      // A name cell's type after blanks (`limit (integer)`) over an empty Type cell, and notes in parentheses by the thousand.
      `| Name | Type | Description |\n|---|---|---|\n| limit${spaces}(integer)${spaces} | | d |\n| n ${' ('.repeat(50_000)}x${spaces}(y) | | d |`,
      `\`\`\`\nGET /items/7?limit=1&n=${'a'.repeat(50_000)}\n\`\`\``,
    ].join('\n\n');
    const result = readPage({ file: 'spaces.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items/{id}']);
  });
  it('should read returned types, located types, ranges and Value columns holding a long run of spaces without a quadratic scan', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Get\n\n`GET /items`',
      `Returns a shelf${spaces}x`,
      `### Returns\n\nThe shelf object${spaces}x`,
      `### Query parameters\n\n| Name | Type | Description |\n|---|---|---|\n| q | query,${spaces}string${spaces}x | Pages, 1${spaces}-${spaces}x |\n| r | integer${spaces}(query${spaces}x | Range: 1${spaces}..${spaces}x |`,
      `### Request body\n\n| Parameter | Value |\n|---|---|\n| t | The t${spaces}is${spaces}x |`,
    ].join('\n\n');
    const result = readPage({ file: 'session.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it("should read a three-panel reference's copied lines (Redocly's, Scalar's) holding long runs of blanks and repeated characters", () => {
    const spaces = ' '.repeat(200_000);
    const long = 'a'.repeat(200_000);
    const text = [
      'List items\nReturns items.\nAuthorizations:',
      `bearer${spaces}x`,
      'query Parameters\nlimit\nrequired',
      `integer${spaces}[ 1 .. 2 ]${spaces}x`,
      'How many.\nResponses\n200 OK',
      `Response Schema:${spaces}application/json${spaces}x`,
      `get/items${spaces}x\nget /${long}`,
      `get/items\nhttps://example.com/${long}`,
      `Response samples\n${'200'.repeat(50_000)}\nContent type\napplication/json\nCopy\n{${spaces}`,
      // Scalar's: a labelled type, a label over its value, `enum` over values, a toggle.
      `Body\nrequired\nmultipart/form-data\nname\nType:${spaces}string${spaces}x\nmin:\n${long}\nenum\n${long}\n${'a-'.repeat(100_000)}`,
      `Show${spaces}Child${spaces}x${spaces}Attributes\nHide ${'a '.repeat(100_000)}attributes`,
    ].join('\n');
    // As copied text, and pasted into a markdown page (no heading, table or fence).
    for (const file of ['columns.txt', 'columns.md']) {
      const result = readPage({ file, text });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.map((o) => o.path)).toContain('/items');
    }
  });
  it("should read Zudoku's copied lines (method over server over route, dotted facts, status tabs) holding long runs of blanks and repeated characters", () => {
    const spaces = ' '.repeat(200_000);
    const text = [
      'Get items\nGET\nhttps://example.com/v1',
      `/items${spaces}x\nGET\nhttps://example.com${spaces}\n/items`,
      'Returns items.\n\nQuery Parameters\nlimit',
      `integer \u00b7 min:${spaces}1 \u00b7 ${'a'.repeat(200_000)}\nHow many.\nsize\n${'string \u00b7 '.repeat(50_000)}\nHow big.`,
      `\nResponses\n${'200 '.repeat(50_000)}x\nThe items.\n${`200${spaces}`.repeat(3)}x\n${`200${spaces}`.repeat(3)}\nThe items.`,
      `GET\u00a0/items${spaces}x\nGET${spaces}/items`,
      // A name and its type run together before dotted facts (`idstring · required`): long names, long runs of blanks, many.
      `Query Parameters\n${'a'.repeat(200_000)}string \u00b7 required\nHow many.\n${'string'.repeat(40_000)} \u00b7 x\nidstring${spaces}\u00b7${spaces}required${spaces}`,
      `${'[]'.repeat(100_000)}string \u00b7 x\nidstring${'[]'.repeat(100_000)} \u00b7 required\n${'idstring \u00b7 required\nThe ID.\n'.repeat(5_000)}`,
    ].join('\n');
    const result = readPage({ file: 'zudoku.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/items');
  });
  it("should read Zudoku's fields with no words (also glued, `soilstring`) over a thousand operations' titles and stacked requests, and long lines over a method", () => {
    const spaces = ' '.repeat(200_000);
    const operation = (i: number) =>
      `Get bed ${i}\nGET\nhttps://example.com/v1\n/beds${i}\n\nQuery Parameters\n${'soil\nstring\n'.repeat(10)}size\ninteger \u00b7 required\n`;
    const text = [
      'Beds API\n',
      Array.from({ length: 1_000 }, (_, i) => operation(i)).join('\n'),
      `Request Body\nname\nstring\n${'a'.repeat(100_000)}\nGET\nhttps://example.com/v1\n/items`,
      `sort\nstring\nx${spaces}\n${'Get a bed\n'.repeat(10_000)}GET\nhttps://example.com${spaces}\n/items`,
      // Names glued to their types with no dotted facts (`soilstring`): a long run of them, long ones, and one over words.
      `\nQuery Parameters\n${'soilstring\n'.repeat(2_000)}${'a'.repeat(100_000)}string\n${'string'.repeat(20_000)}\ncountinteger\nHow many.`,
    ].join('\n');
    const result = readPage({ file: 'gardens.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/beds999');
  });
  it('should read copied curl commands whose quoted JSON data never closes, and many stacks of fields beside many samples, without a quadratic scan', () => {
    const spaces = ' '.repeat(200_000);
    const stack = 'Body\napplication/json\nowner\nType: object\nWho.\nid\nType: string\nThe ID.\n\n{"owner": {"id": "o"}}\n';
    const text = [
      'Make items\nPOST\n/items\n',
      `curl https://x.example/items --data '{\n${'"a": 1,\n'.repeat(50_000)}`,
      `curl -d${spaces}'{${spaces}x\n${"curl -d '{\n".repeat(20_000)}`,
      stack.repeat(300),
    ].join('\n');
    const result = readPage({ file: 'curls.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/items');
  });
  it('should read copied text of thousands of plain title lines over request lines, and a run of thousands of request lines, without a quadratic pass', () => {
    const spaces = ' '.repeat(100_000);
    const text = [
      `Things API\n\n${'Get a thing\n\nGets a thing.\n\nGET /things/:id\n\nid\tinteger\tyes\tThe ID\nq\tstring\tno\tWords\n\n'.repeat(1_000)}`,
      Array.from({ length: 20_000 }, (_, i) => `GET /runs/${i}`).join('\n'),
      `${'Title line\n\n'.repeat(20_000)}Long${spaces}title${spaces}x\n\nGET /last`,
    ].join('\n\n');
    const result = readPage({ file: 'titles.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/last');
  });
  it('should read a fence of thousands of request lines (an index of routes) without a quadratic pass', () => {
    const text = `## Routes\n\n\`\`\`\n${Array.from({ length: 20_000 }, (_, i) => `GET /runs/${i}/{id}`).join('\n')}\n\`\`\`\n`;
    const result = readPage({ file: 'routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it("should read ReadMe's stacked `array of objects` bodies, hundreds of them and ones holding long runs of blanks", () => {
    const spaces = ' '.repeat(200_000);
    const body = 'Responses\n200\nThe items.\nBody\napplication/json\narray of objects\nid\nstring\nThe ID.\n';
    const text = [
      'List items\nget\nhttps://x.example/items\n',
      `Responses\n200\nThe items.\nBody\napplication/json\narray${spaces}of objects${spaces}\nid\nstring\nThe ID.\n`,
      body.repeat(300),
    ].join('\n');
    const result = readPage({ file: 'arrays.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/items');
  });
  it('should read a page of alternating setext headings, thematic breaks and paragraphs', () => {
    const text = `## Get\n\n\`GET /items\`\n\n${'-----\na b\n-- --\nx y\n'.repeat(10_000)}`;
    const result = readPage({ file: 'setext.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read labels, a colon and titles holding a long run of spaces without splitting it every way', () => {
    const spaces = ' '.repeat(200_000);
    const text = [
      '## Get\n\n`GET /items`',
      `**Data constraints**${spaces}x\n\n\`\`\`json\n{}\n\`\`\`\n\n**Data Params**${spaces}:${spaces}None${spaces}x`,
      `Status Code${spaces}**200**${spaces}x\n\n|Name|Type|\n|---|---|\n|*anonymous*|[object]|\n|» f|string|`,
      `### Shelves${spaces}&${spaces}x${spaces}books\n\n| Field | Type |\n|---|---|\n| \`id\` | string |`,
    ].join('\n\n');
    const result = readPage({ file: 'colons.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read a one-column `Name, Type, Description` cell whose type words hold a long run of spaces', () => {
    const text = `## Get\n\n\`GET /items\`\n\n| Name, Type, Description |\n| --- |\n| \`p\` string${' '.repeat(400_000)}x<br>The p. |\n`;
    const result = readPage({ file: 'joined.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.parameters.map((p) => p.name)).toEqual(['p']);
  });
  it('should read an arrow followed by a long run of spaces, in a name cell and on an entry’s line', () => {
    const spaces = ' '.repeat(300_000);
    const text = `## Get\n\n\`GET /items\`\n\n| Property | Description |\n| --- | --- |\n| \`t\` ->${spaces}x | d |\n\n\`title\`\n->${spaces}x\nThe title.\n`;
    const result = readPage({ file: 'arrows.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read an `Example:` label followed by a long run of spaces', () => {
    const spaces = ' '.repeat(300_000);
    const text = `## Get\n\n\`GET /items\`\n\n| Name | Type | Description |\n| --- | --- | --- |\n| q | string | The q. Example:${spaces}x |\n`;
    const result = readPage({ file: 'example.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.parameters.map((p) => p.name)).toEqual(['q']);
  });
  it('should read Chinese and Japanese object titles, named body titles and return sentences of long runs of letters and blanks', () => {
    const han = '订'.repeat(200_000);
    const spaces = ' '.repeat(200_000);
    const text = [
      '## 获取\n\n`GET /items`',
      `返回一个${han}对象。\n\n成功时返回 ${'A '.repeat(100_000)}对象列表\n\n${'ユ'.repeat(200_000)}オブジェクトを返します。`,
      `### 返回参数说明${spaces}(${'A'.repeat(200_000)})\n\n| 参数名 | 类型 | 说明 |\n|---|---|---|\n| id | string | 编号 |`,
      `### ${han}（${'A'.repeat(200_000)}）对象\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | string | 编号 |`,
      `### Order${spaces}对象${spaces}x\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | string | 编号 |`,
    ].join('\n\n');
    const result = readPage({ file: 'cjk-objects.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should parse thousands of bold labels beside full-width punctuation in one paragraph (CJK-friendly emphasis)', () => {
    const text = ['## 获取\n\n`GET /items`', '**请求方式：**POST'.repeat(2_400), `- ${'**返回示例：**'.repeat(2_400)}`].join('\n\n');
    const result = readPage({ file: 'cjk-bold.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read body titles naming a schema and Oracle root schemas holding a long run of spaces', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Make\n\n`POST /items`',
      `Body schema:${spaces}x${spaces}y`,
      `Request body schema${spaces}${spaces}:${spaces}a/b`,
      `### Request Body\n\nRoot Schema :${spaces}items-post\n\nType:${spaces}object\n\n- name: string`,
    ].join('\n\n');
    const result = readPage({ file: 'body-names.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read method titles of a body and `None required.` holding a long run of spaces', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Lamp\n\n`PUT, PATCH /items`',
      `### Request body for${spaces}patch${spaces}x`,
      `### Request body\n\n#### POST${spaces}x\n\nNone${spaces}required${spaces}x`,
      `### ${'put '.repeat(50_000)}request body`,
    ].join('\n\n');
    const result = readPage({ file: 'method-bodies.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items', '/items']);
  });
  it('should read colon entries and fenced parameter lines holding a long run of spaces before their last word', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Make\n\n`POST /items`',
      `### Request Body\n\nRoot Schema : items-post\n\nType: object\n\n- name: string${spaces}x\n- Array of:${spaces}object${spaces}x\n- other: string`,
      `Parameters:\n\n\`\`\`\nsort_by: top${spaces}x\npage: Int32${spaces}y\n\`\`\``,
    ].join('\n\n');
    const result = readPage({ file: 'colon-entries.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });

  it("should read other clients' calls by the thousand, never closed, and with long runs of spaces", () => {
    const spaces = ' '.repeat(200_000);
    const text = [
      '## Make\n\n`POST /items`',
      `\`\`\`js\n${'useEffect(() => { fetch("https://h.example/items", '.repeat(20_000)}\n\`\`\``,
      `\`\`\`js\n${'fetch("https://h.example/items", { body: JSON.stringify({ a: '.repeat(20_000)}\n\`\`\``,
      `\`\`\`python\n${'requests.post("https://h.example/items", json={"a": [\n'.repeat(20_000)}\`\`\``,
      `\`\`\`powershell\nInvoke-RestMethod -Method Post -Uri https://h.example/items -Body (ConvertTo-Json @{${'} -a b '.repeat(20_000)}\n\`\`\``,
      `\`\`\`bash\nhttp${spaces}POST h.example/items ${'a[b][c]=1 '.repeat(20_000)}\nwget${spaces}--method=POST${spaces}\n\`\`\``,
      `\`\`\`powershell\n=${spaces}x\n$b = @{${' a = 1;'.repeat(20_000)}\n\`\`\``,
    ].join('\n\n');
    const result = readPage({ file: 'client-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read paragraphs of bold labels, one a line, and labels saying none, holding long runs of spaces and thousands of lines', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Get',
      `**Description:** Lists items.${spaces}x\n**Method:** GET${spaces}\n**URL:** /items`,
      `**Note:**${spaces}x${spaces}\n**Auth:**${spaces}`,
      Array.from({ length: 2_000 }, (_, i) => `**Label ${i}:** value${spaces.slice(0, 50)}`).join('\n'),
      '**메서드:** GET\n**요청 URL:** /항목',
      // A part's label and its value saying none, after long runs of blanks.
      `**Request body**${spaces}:${spaces}None${spaces}x`,
      `**Parameters:**${spaces}none${spaces}`,
    ].join('\n\n');
    const result = readPage({ file: 'label-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items', '/항목']);
  });

  it("should read copied text of Sphinx's field lists by the thousand, and rows holding long runs of spaces", () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      'Items\nGET /items/(int:item_id)\n',
      `Query Parameters:\n${Array.from({ length: 20_000 }, (_, i) => `q${i} (string) – words ${i}`).join('\n')}`,
      `Status Codes:\n200 OK${spaces}–${spaces}x\n${'404 '.repeat(100_000)}`,
      `Response JSON Object:\nid${spaces}(int)${spaces}–${spaces}x\nname – ${spaces}\n${'–'.repeat(200_000)}`,
    ].join('\n\n');
    const result = readPage({ file: 'field-lists.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.parameters.length])).toEqual([['/items/{item_id}', 20_001]]);
  });

  it('should read copied lists of plain names and their notes by the thousand, and entries holding long runs of spaces', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      'Items\nGET /items\n',
      `Query parameters\n${Array.from({ length: 20_000 }, (_, i) => `q${i} (string, optional): words ${i}`).join('\n')}`,
      `Body parameters\nname${spaces}(string)${spaces}:${spaces}x\nid (${spaces}integer${spaces})\n${'a ('.repeat(100_000)}`,
    ].join('\n\n');
    const result = readPage({ file: 'entry-lists.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.parameters.length])).toEqual([['/items', 20_000]]);
  });

  it('should read media-type header lines by the thousand and holding long runs of spaces', () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      '## Make\n\n`POST /items`',
      `Content-Type:${spaces}application/vnd.api+json${spaces};${spaces}x`,
      Array.from({ length: 5_000 }, () => 'Accept: application/json; q=1').join('\n'),
      `**Content type:**${spaces}\`application/xml\`${spaces}`,
    ].join('\n\n');
    const result = readPage({ file: 'header-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read thousands of dotted names beside a sample of thousands of nested objects, and one never closed, without a quadratic scan', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `| \`data.attributes.f${i}\` | string | Field ${i}. |`).join('\n');
    // (A sample of up to 100,000 characters is read for the nesting: many such fences.)
    const sample = `{"data": [${'{"data": {"attributes": {"x": 1}}, "attributes": [1, 2]}, '.repeat(1_500)}{}]}`;
    const text = [
      '## Make\n\n`POST /items`',
      `| Name | Type | Description |\n|---|---|---|\n${rows}`,
      Array.from({ length: 30 }, () => `\`\`\`json\n${sample}\n\`\`\``).join('\n\n'),
      `\`\`\`json\n${'{"data": {"a'.repeat(8_000)}\n\`\`\``,
    ].join('\n\n');
    const result = readPage({ file: 'dotted-names.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });

  it("should read copied tables of thousands of rows whose names copied over their cells (a `<pre>`'s), and lines of thousands of tabs", () => {
    const spaces = ' '.repeat(300_000);
    const text = [
      'List items',
      'GET /items',
      'Query parameters',
      ['Name\tType\tDescription', ...Array.from({ length: 10_000 }, (_, i) => `n${i}\n\tinteger\td${spaces.slice(0, 20)}`)].join('\n'),
      `Name\tType\n${'x\n\t'.repeat(20_000)}\nx${'\t'.repeat(200_000)}\ny${spaces}\n\tz${spaces}\t`,
    ].join('\n\n');
    const result = readPage({ file: 'pre-rows.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/items']);
  });
  it('should read an error table of 5,000 rows of one status, their messages one description', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `| 400 | code_${i} | Message ${i}. |`).join('\n');
    const text = `## Get\n\n\`GET /items\`\n\n### Error responses\n\n| Status | Code | Message |\n|---|---|---|\n${rows}\n`;
    const result = readPage({ file: 'error-messages.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['400']);
  });

  it('should read copied text of thirty thousand entries stacked a line a part, placing their rows without a quadratic pass', () => {
    const text = [
      'Items\nGET /items\n',
      `Query parameters\n${Array.from({ length: 30_000 }, (_, i) => `soil${i}\nstring\nThe soil ${i}.`).join('\n')}`,
    ].join('\n\n');
    const result = readPage({ file: 'stacked.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.parameters.length])).toEqual([['/items', 30_000]]);
  });

  it('should read a Required column of thousands of O and X marks in one pass', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `| f${i} | string | ${i % 2 ? 'Ｘ' : 'O'} | F. |`).join('\n');
    const text = `## Make\n\n\`POST /lamps\`\n\n### Body\n\n| Name | Type | 필수 (O/X) | Description |\n|---|---|---|---|\n${rows}\n`;
    const result = readPage({ file: 'marks.md', text });
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.filter((p) => p.required).length).toBe(1_000);
  });

  it('should read return sentences in Korean and European languages holding long runs of letters and blanks', () => {
    const text = [
      '## Get\n\n`GET /lamps`',
      `Devuelve una lista de ${' '.repeat(120)}objetos x`,
      `Gibt eine Liste von ${'a-'.repeat(60)}Objekten zurück.`,
      `${'서'.repeat(100)} 객체를 반환합니다.`,
      `Devuelve un objeto \`${'A '.repeat(200_000)}\`.`,
      `Возвращает список ${'объектов '.repeat(50_000)}x`,
    ].join('\n\n');
    const result = readPage({ file: 'returns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read descriptions stating a default in other languages, holding long runs of labels and blanks', () => {
    const spaces = ' '.repeat(200_000);
    const rows = [`默认：${spaces}x`, '默认'.repeat(100_000), `${'Por defecto: '.repeat(20_000)}x`, `По умолчанию${spaces}\`10`];
    const text = `## Make\n\n\`POST /lamps\`\n\n| Name | Type | Description |\n|---|---|---|\n${rows.map((d, i) => `| f${i} | integer | ${d} |`).join('\n')}\n`;
    const result = readPage({ file: 'defaults.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read descriptions stating values in other languages, holding long lists, labels and blanks', () => {
    const rows = [
      `可选值：${'a、'.repeat(100_000)} x`,
      '可选值：'.repeat(50_000),
      `Valores posibles: ${'`a`, '.repeat(50_000)}${' '.repeat(100_000)}x`,
      `可选值：a${' '.repeat(200_000)}、b 等`,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n| Name | Type | Description |\n|---|---|---|\n${rows.map((d, i) => `| f${i} | string | ${d} |`).join('\n')}\n`;
    const result = readPage({ file: 'values.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read European titles with a status after them, holding a long run of spaces', () => {
    const spaces = ' '.repeat(200_000);
    const text = [
      '## Crear\n\n`POST /lamps`',
      `### Respuesta${spaces}201`,
      `### Respuesta ${'9'.repeat(200_000)}`,
      `### ${'a '.repeat(100_000)}201`,
    ].join('\n\n');
    const result = readPage({ file: 'latin-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read Chinese, Japanese and Korean limits in descriptions holding long runs of digits, labels and blanks', () => {
    const spaces = ' '.repeat(200_000);
    const rows = [
      `范围：${'1'.repeat(200_000)}~`,
      `最大长度${spaces}x`,
      `最大值${spaces}x`,
      `范围${spaces}1-x`,
      '最大'.repeat(100_000),
      '1～'.repeat(100_000),
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n| Name | Type | Description |\n|---|---|---|\n${rows.map((d, i) => `| f${i} | integer | ${d} |`).join('\n')}\n`;
    const result = readPage({ file: 'cjk-limits.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read sentences returning a linked object whose tail is a long run of words, blanks or links', () => {
    const spaces = ' '.repeat(200_000);
    const sentences = [
      `Returns the [Lamp](#the-lamp-object) with${spaces}x`,
      `Returns the [Lamp](#the-lamp-object) with ${'the '.repeat(100_000)}lamp.`,
      `Returns ${'the '.repeat(50_000)}[Lamp](#the-lamp-object) if${spaces}.`,
      // Before, each link of a paragraph joined all of its text again: quadratic in its links.
      `The [Lamp](#the-lamp-object) that ${'[Lamp](#the-lamp-object) '.repeat(5_000)}is returned.`,
    ];
    const paths = ['/lamps', '/bulbs', '/shades', '/cords'];
    const text = [
      '## The lamp object',
      '| Field | Type | Description |\n|---|---|---|\n| id | string | The lamp |',
      ...sentences.flatMap((sentence, i) => [`## Get ${i}`, `\`GET ${paths[i]}\``, sentence]),
    ].join('\n\n');
    const result = readPage({ file: 'returned-tails.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(paths);
  });

  it('should read samples whose members carry comments: many members, deep nesting, long comments and blanks', () => {
    const fence = (json: string) => `\`\`\`json\n${json}\n\`\`\``;
    const samples = [
      `{\n${Array.from({ length: 5_000 }, (_, i) => `  "f${i}": ${i}, // Field ${i}.`).join('\n')}\n  "last": 0\n}`,
      `${'{"a": // deep\n'.repeat(5_000)}1${'}'.repeat(5_000)}`,
      `{\n  "name": "x", // ${'word '.repeat(40_000)}\n}`,
      `{\n  "name"${' '.repeat(150_000)}: "x" // The name.\n}`,
      `{\n  ${'k'.repeat(150_000)} // no colon\n}`,
      `{\n  "open: 1 // a string never closed\n}`,
    ];
    const paths = ['/lamps', '/bulbs', '/shades', '/cords', '/plugs', '/poles'];
    const text = samples.flatMap((sample, i) => [`## Make ${i}`, `\`POST ${paths[i]}\``, 'Request body:', fence(sample)]).join('\n\n');
    const result = readPage({ file: 'annotated-samples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(paths);
    const first = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(first?.kind === 'object' && first.properties.length).toBe(5_001);
  });
});

describe('hostile input: Swagger UI copied as text', () => {
  it("should read Swagger UI's parameters and statuses by the thousand, JSON that never closes, and names and titles holding long runs of spaces", () => {
    const spaces = ' '.repeat(100_000);
    const parameters = Array.from(
      { length: 5_000 },
      (_, i) => `p${i}${i % 2 ? ' *' : ''}\nstring($uuid)\n(query)\n\t\n\nThe ${i}th.\n\n--`,
    );
    const statuses = Array.from(
      { length: 5_000 },
      (_, i) => `${200 + (i % 300)}\t\n\nAn answer.\n\nMedia type\n\napplication/json\n{\n"a": [\n\tNo links`,
    );
    const text = [
      'GET\n/lamps\nList lamps',
      'Parameters\nTry it out\nName\tDescription',
      ...parameters,
      `name${spaces}x\nstring\n(query)`,
      `Request body${spaces}x`,
      'Responses\nCode\tDescription\tLinks',
      ...statuses,
      `Headers:\n${'Name\tDescription\tType\n'.repeat(5_000)}`,
      'Schemas\nGET\n/lamps/{id}\n'.repeat(5_000),
      'Example Value\n',
    ].join('\n');
    const result = readPage({ file: 'swagger-ui.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.path === '/lamps');
    // The spaced name's row is none (its type line, `string` over `(query)`, reads as a name of its own).
    expect(list?.parameters.slice(0, 5_000).every((p, i) => p.name === `p${i}` && p.required === (i % 2 === 1))).toBe(true);
    expect(list?.responses.length).toBe(300);
  });
});

describe("hostile input: Redoc's copied text", () => {
  it('should read thousands of statuses titled with their words, headers stacked under each, bodies with words over their fields, and lines of tabs', () => {
    const statuses = Array.from(
      { length: 3_000 },
      (_, i) => `${200 + (i % 300)} The answer ${i}.\nResponse Headers\nX-Rate-Limit\t\ninteger\n\nCalls left.\n`,
    ).join('\n');
    const bodies = `Request Body schema: application/json\nrequired\n\n${'The body.\n'.repeat(20)}\n${'room\nrequired\n\t\nstring\n\nThe room.\n\n'.repeat(3_000)}`;
    const text = [
      'List lamps',
      'query Parameters',
      `limit${'\t'.repeat(100_000)}\n\t\t\ninteger\n`,
      'Responses',
      statuses,
      'get/lamps',
      'Make a lamp',
      bodies,
      'Responses\n201 Made.\n',
      'post/lamps',
    ].join('\n');
    const result = readPage({ file: 'redoc.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.method === 'get');
    expect(list?.responses.length).toBe(300);
    expect(list?.responses[0]?.headers.map((h) => h.name)).toEqual(['X-Rate-Limit']);
  });
});

describe('general reader: more hostile pages', () => {
  it('should read stacked fields named by type words and flags (`required` ⏎ `boolean`, `default` ⏎ `boolean`), many of them and long runs', () => {
    const spaces = ' '.repeat(200_000);
    const markdown = `## Make\n\n\`POST /lamps\`\n\n### Body parameters\n\n${'required\n\nboolean\n\nWords.\n\nstring\n\n'.repeat(1_000)}optional${spaces}\n\nstring\n`;
    const md = readPage({ file: 'type-word-names.md', text: markdown });
    expect(md.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(md.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
    const text = `Make\nPOST\nhttps://example.com/v1\n/lamps\n\nRequest Body\nkind\nstring\n${'required\nboolean\n'.repeat(1_000)}\nResponses\n201\nMade.\n${'default\nboolean\n'.repeat(1_000)}default${spaces}\n`;
    const txt = readPage({ file: 'type-word-names.txt', text });
    expect(txt.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(txt.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read media-type sentences holding long runs of media types, blanks and sentence stops', () => {
    const spaces = ' '.repeat(200_000);
    // Paragraphs under the sentences' cap, each full of what a sentence is scanned for, and a few far over it.
    const sentences = [
      `Requests must be sent with the ${'application/vnd.api+json '.repeat(75)}content type.`,
      `Set the Content-Type header to application/${'a'.repeat(1_900)}.`,
      `Set the Accept${' '.repeat(1_900)}header to application/json.`,
      'Responses are returned. '.repeat(80),
      `${'. '.repeat(950)}application/json content type for requests.`,
    ];
    const many = Array.from({ length: 40 }, () => sentences.join('\n\n')).join('\n\n');
    const text = `# Lamps\n\n${many}\n\nRequests use application/json${spaces}content type.\n\n## Make\n\n\`POST /lamps\`\n\n${many}\n`;
    const result = readPage({ file: 'media-sentences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it("should type JSON:API samples' attributes over many resource types, long types and one list of them all", () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({
      type: i % 2 ? `lamps${i}` : 'x'.repeat(10_000 + i),
      id: `${i}`,
      attributes: { name: 'a' },
    }));
    const text = [
      '# Lamps',
      '## Attributes',
      '| Attribute | Type | Description |\n|---|---|---|\n| name | string | The name. |',
      '## List lamps',
      '`GET /lamps`',
      '### Response',
      `\`\`\`json\n${JSON.stringify({ data: items })}\n\`\`\``,
      ...Array.from(
        { length: 300 },
        (_, i) =>
          `## Get ${i}\n\n\`GET /lamps${i}\`\n\n### Response\n\n\`\`\`json\n${JSON.stringify({ data: [{ type: `lamps${i}`, id: '1', attributes: { name: 'a' } }] })}\n\`\`\``,
      ),
    ].join('\n\n');
    const result = readPage({ file: 'jsonapi.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    expect(doc.operations).toHaveLength(301);
  });

  it('should read a type page whose Relationships table holds many rows of long and near cardinalities', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `| r${i} | ${i % 3 ? `to-${'o'.repeat(500)}ne` : 'to- many'} | x |`).join('\n');
    const text = `# Lamp object\n\n## Attributes\n\n| Attribute | Type | Description |\n|---|---|---|\n| name | string | x |\n\n## Relationships\n\n| Relationship | Type | Description |\n|---|---|---|\n${rows}\n| last | to-many | x |\n`;
    const result = readPage({ file: 'lamp.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.schemas.map((s) => s.name)).toEqual(['Lamp']);
  });

  it('should read length ranges and labelled-bound ranges holding long runs of digits, tildes and blanks', () => {
    const spaces = ' '.repeat(200_000);
    const rows = [
      `长度${'1'.repeat(200_000)}~`,
      `长度${spaces}1~${spaces}x`,
      `${'1'.repeat(200_000)}~${'2'.repeat(200_000)}x个字符`,
      `最小${spaces}1${spaces}~${spaces}最大${spaces}`,
      `최소 1자 ~ ${'최대 '.repeat(50_000)}`,
      `${'길이 '.repeat(50_000)}1~2`,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n| Name | Type | Description |\n|---|---|---|\n${rows.map((d, i) => `| f${i} | string | ${d} |`).join('\n')}\n`;
    const result = readPage({ file: 'cjk-length-ranges.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read copied text of error titles with long status notes and long runs of statuses under them', () => {
    const statuses = Array.from({ length: 5_000 }, (_, i) => `${400 + (i % 100)}\nNo lamp ${i}.`).join('\n');
    const text = [
      'Lamps',
      'Get a lamp\n\nGET /lamps/{id}',
      `Responses\n200\nThe lamp.\nErrors (${'4xx, '.repeat(50_000)}4xx)\n404\nNone.`,
      `Errors (4xx)\n${statuses}`,
      `Error responses — ${'4'.repeat(100_000)}\nWords.`,
      `${'Errors (4xx)\n'.repeat(5_000)}`,
    ].join('\n\n');
    const result = readPage({ file: 'copied-errors.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps/{id}']);
  });

  it('should read Turkish return sentences of long runs of names, object words and blanks', () => {
    const sentences = [
      `\`${'A'.repeat(150)}\` nesnesini döndürür.`,
      `${'Bir '.repeat(50_000)}\`Lamp\` döndürür.`,
      `\`Lamp\`${' '.repeat(200_000)}nesnesini döndürür.`,
      `${'nesnesini '.repeat(20_000)}döndürür.`,
    ];
    const routes = ['lamps', 'bulbs', 'shades', 'wicks'];
    const text = sentences.map((sentence, i) => `## Op ${i}\n\n\`GET /${routes[i]}\`\n\n${sentence}\n`).join('\n');
    const result = readPage({ file: 'turkish-returns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps', '/bulbs', '/shades', '/wicks']);
  });

  it('should read European object headings of long runs of names, articles and blanks', () => {
    const titles = [
      `El objeto ${'a'.repeat(200_000)}`,
      `${'objeto '.repeat(30_000)}Libro`,
      `Das ${'Buch'.repeat(50_000)}-Objekt`,
      `Bahçe${' '.repeat(200_000)}nesnesi`,
    ];
    const text = titles.map((title) => `## ${title}\n\n| Field | Type |\n|---|---|\n| id | string |\n`).join('\n');
    const result = readPage({ file: 'object-titles.md', text: `${text}\n## Get\n\n\`GET /books\`\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/books']);
  });

  it('should read an errors table whose status cells hold long reason phrases and runs of dashes and blanks', () => {
    const rows = [`404 ${'Not Found '.repeat(50_000)}`, `409${' -'.repeat(100_000)}`, `500 ${'a'.repeat(200_000)}!`];
    const text = [
      '## Get\n\n`GET /lamps/{id}`',
      '**Response**\n\n| Name | Type | Description |\n|---|---|---|\n| id | string | The id |',
      `**Errors**\n\n| Status | Description |\n|---|---|\n${rows.map((cell) => `| ${cell} | Bad |`).join('\n')}\n`,
    ].join('\n\n');
    const result = readPage({ file: 'error-phrases.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps/{id}']);
  });

  it('should read a parameter list whose notes hold thousands of commas and location words', () => {
    const items = [
      `- \`a\` (${'path, '.repeat(20_000)}string): Many places.`,
      `- \`b\` (${', '.repeat(50_000)}query): Commas.`,
      `- \`c\` *(${'query '.repeat(20_000)})*: Words.`,
    ];
    const text = `## Drain\n\nPOST \`/ponds/{a}\`\n\nParameters:\n\n${items.join('\n')}\n`;
    const result = readPage({ file: 'located-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/ponds/{a}']);
  });

  it('should read definitions holding long runs of blanks before their last words', () => {
    const definitions = [
      `\`d\`\n:   Many${' '.repeat(100_000)}done.`,
      `\`e\`\n:   Many${' \t'.repeat(50_000)}, integer${' '.repeat(50_000)}.`,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n### Body\n\n${definitions.join('\n\n')}\n`;
    const result = readPage({ file: 'closing-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read definitions closed by notes in parentheses after long runs of blanks, parentheses and words', () => {
    const definitions = [
      `\`a\`\n:   Many${' '.repeat(100_000)}(string, required).`,
      `\`b\`\n:   ${'x ('.repeat(50_000)}integer)`,
      `\`c\`\n:   ${'word '.repeat(20_000)}(${'a'.repeat(10_000)})`,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n### Body\n\n${definitions.join('\n\n')}\n`;
    const result = readPage({ file: 'closing-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read types opening descriptions that hold long runs of blanks, letters and colons', () => {
    const spaces = ' '.repeat(200_000);
    const rows = [`Type:${spaces}x`, `Type: ${'a'.repeat(200_000)}.`, `type${spaces}:${spaces}integer${spaces}`, 'Type: :'.repeat(50_000)];
    const table = `| Property | Description |\n|---|---|\n${rows.map((d, i) => `| f${i} | ${d} |`).join('\n')}\n`;
    const result = readPage({ file: 'described-types.md', text: `## Make\n\n\`POST /lamps\`\n\n${table}` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read thousands of sections written in HTML, and HTML blocks opening with headings over long or unclosed markup', () => {
    const word = (i: number): string => (i < 26 ? '' : word(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const sections = Array.from(
      { length: 1_000 },
      (_, i) => `<h2>Get pot ${i}</h2>\n<p><code>GET /pots/${word(i)}</code></p>\n<p>Gets pot ${i}.</p>`,
    );
    const odd = [`<h3 ${'a="b" '.repeat(20_000)}>Open`, `<h2>${'<p>'.repeat(20_000)}`];
    const result = readPage({ file: 'html-sections.md', text: `# Pots\n\n${[...sections, ...odd].join('\n\n')}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(1_000);
  });

  it('should refuse a page whose HTML nests thousands of elements deep with nesting-too-deep at the element, not an internal error', () => {
    const deep = (inner: string) => `# Pots\n\n## Get\n\n\`GET /a\`\n\n${inner}\n`;
    const pages = [
      { file: 'section.md', text: deep(`<h2>Deep</h2>\n${'<blockquote>'.repeat(5_000)}x`) },
      { file: 'table.md', text: deep(`<table><tr><th>Name</th></tr><tr><td>${'<div>'.repeat(5_000)}x</td></tr></table>`) },
      { file: 'cell.md', text: deep(`| Name | Type |\n|---|---|\n| a | ${'<b>'.repeat(5_000)}x |`) },
      { file: 'paragraphs.md', text: deep(`<p>${'<span>'.repeat(5_000)}x</p>`) },
      { file: 'page.html', text: `<html><body><h2>Get</h2><p><code>GET /a</code></p>${'<div>'.repeat(5_000)}x</body></html>` },
    ];
    for (const page of pages) {
      const result = readPage(page);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
      const [found] = result.diagnostics;
      expect(found?.source.start.line).toBeGreaterThan(page.file === 'page.html' ? 0 : 6);
      expect(found?.message).toMatch(/^HTML elements nested more than 256 levels deep/);
    }
  });

  it('should weigh thousands of sections whose only request lines show sample ids against the routes once, not each against all', () => {
    const sections = Array.from({ length: 3_000 }, (_, i) => `## Get pot ${i}\n\n\`GET /pots/${i}\`\n\nGets pot ${i}.`);
    const result = readPage({
      file: 'sample-routes.md',
      text: `# Pots\n\n## Get a pot\n\n\`PUT /pots/{pot_id}\`\n\n${sections.join('\n\n')}\n`,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Each line is the stated route for its own method (statedOtherwise).
    const routes = new Set(result.fragment?.operations.map((o) => `${o.method} ${o.path}`));
    expect([...routes]).toEqual(['put /pots/{pot_id}', 'get /pots/{pot_id}']);
  });

  it('should read routes whose segments hold long runs of capitals and underscores', () => {
    const segments = [`${'A_'.repeat(50_000)}a`, 'A'.repeat(100_000), `${'AB_'.repeat(30_000)}`, `_${'A'.repeat(100_000)}_`];
    const text = segments.map((segment, i) => `## Get ${i}\n\n\`GET /lamps${i}/${segment}/bulbs\`\n\nGets it.`).join('\n\n');
    const result = readPage({ file: 'capital-segments.md', text: `# Lamps\n\n${text}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBeGreaterThan(0);
  });

  it("should read Zudoku's samples' sidecars (language labels, selects, response samples' titles) stacked by the hundred, thousands of chrome lines, and a JSON that never closes", () => {
    const sidecar = (i: number) =>
      `Get item ${i}\nGET\nhttps://example.com/v1\n/items${i}\nReturns it.\n\nPath Parameters\nid\nstring \u00b7 required\n\nGET /items${i}\ncurl https://example.com/v1/items${i}\nshell\nShow example in\ncURL\nExample Responses\n{"id": "${i}"}\n`;
    const text = [
      Array.from({ length: 300 }, (_, i) => sidecar(i)).join('\n'),
      `Get items\nGET\nhttps://example.com/v1\n/items\n\nGET /items\n${'shell\nShow example in\n'.repeat(20_000)}`,
      `${'Example Responses\n'.repeat(20_000)}{\n${'"a": [\n'.repeat(50_000)}`,
    ].join('\n');
    const result = readPage({ file: 'sidecars.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/items299');
  });

  it("should read Swagger UI's operations after Try it out and Execute: thousands of inputs, buttons and live responses, long tokens, a live response that never ends", () => {
    const parameters = Array.from(
      { length: 3_000 },
      (_, i) => `p${i}\nstring\n(query)\n\t\n\nThe ${i}th.\n\nAdd string item\n${'v'.repeat(150)}`,
    );
    const live = (i: number) =>
      `Responses\nCurl\n\ncurl -X 'GET' \\\n  'https://x.example/lamps?i=${i}'\nRequest URL\nhttps://x.example/lamps\nServer response\nCode\tDetails\n200\t\nResponse body\n\nDownload\n{\n"a": [\nResponse headers\n\n content-type: application/json \n`;
    const text = [
      'Shelves\nTry it out\nGET\n/lamps\nList lamps',
      'Parameters\nCancel\nName\tDescription',
      ...parameters,
      'Execute\nClear\n'.repeat(2_000),
      Array.from({ length: 2_000 }, (_, i) => live(i)).join(''),
      'Responses\nCode\tDescription\tLinks\n200\t\n\nThe lamps.\n\n\tNo links',
      'GET\n/lamps/{id}\nGet a lamp\nParameters\nCancel\nName\tDescription\nid *\nstring\n(path)\n\t\n',
      `Execute\nClear\nResponses\nCurl\n${'Server response\nCode\tDetails\n200\t\n'.repeat(20_000)}`,
    ].join('\n');
    const result = readPage({ file: 'swagger-ui-executed.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.path === '/lamps');
    expect(list?.parameters.length).toBe(3_000);
    expect(list?.parameters.every((p, i) => p.description === `The ${i}th.`)).toBe(true);
    expect(list?.responses.map((r) => r.status)).toEqual(['200']);
  });

  it("should read Swagger UI's models (Schema tab) nested past any depth, never closing, by the thousand, with long names and enum lines", () => {
    const spaces = ' '.repeat(100_000);
    const fields = Array.from({ length: 3_000 }, (_, i) => `f${i}${i % 2 ? '*' : ''}\tstring($uuid)\nThe ${i}th.\nEnum:\n[ a, b ]`).join(
      '\n',
    );
    const text = [
      'GET\n/pots\nList pots\nTry it out',
      'Responses\nCode\tDescription\tLinks\n200\t\n\nThe pots.\n\nExample Value\nSchema',
      `Pot{\n${fields}\n}`,
      `Deep{\n${'a\tA{\n'.repeat(5_000)}b\tstring\n${'}\n'.repeat(5_000)}}`,
      `Open{\n${'x\tX{\n'.repeat(10)}${'Never{\nname\tstring\n'.repeat(5_000)}`,
      `Long{\n${'n'.repeat(100_000)}\tstring\nname\t${'['.repeat(50_000)}\nEnum: [${spaces}a${spaces}]\n${'}]'.repeat(20_000)}`,
      '\tNo links\nGET\n/pots/{id}\nGet a pot\nResponses\nCode\tDescription\tLinks\n200\t\n\nThe pot.',
    ].join('\n');
    const result = readPage({ file: 'swagger-ui-models.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.path === '/pots');
    const body = list?.responses[0]?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.length).toBe(3_000);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/pots/{id}');
  });

  it("should read Swagger UI's examples' selects and examples that are no JSON by the thousand: XML indented by tabs, long lines, no blank line", () => {
    const spaces = ' '.repeat(100_000);
    const statuses = Array.from(
      { length: 2_000 },
      (_, i) =>
        `${200 + (i % 300)}\t\n\nAn answer.\n\nMedia type\n\napplication/xml\nExamples: \nThe ${i}th\nExample Value\nSchema\n<a>\n\t<b>${i}</b>\n</a>\n\tNo links`,
    );
    const text = [
      'GET\n/vases\nList vases\nTry it out',
      'Responses\nCode\tDescription\tLinks',
      ...statuses,
      `599\t\nExample Value\n${'\t<x>\n'.repeat(20_000)}${'Examples:\n'.repeat(20_000)}Examples:${spaces}\n${'a'.repeat(200_000)}\nExample Value\n${'<'.repeat(100_000)}`,
    ].join('\n');
    const result = readPage({ file: 'swagger-ui-examples.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.path === '/vases');
    expect(list?.responses.length).toBe(301);
    expect(list?.responses.slice(0, 300).every((r) => r.description === 'An answer.')).toBe(true);
  });

  it('should read stacked JSON:API Relationships tables of long cells, and samples of many relationships', () => {
    const cells = [
      `${'x'.repeat(100_000)} (to-many)`,
      `${'x '.repeat(50_000)}(to-one)`,
      `Array of ${'B'.repeat(100_000)}!`,
      `${'A'.repeat(100_000)}[]x`,
    ];
    const head = '## Relationships\n\n| Name | Type | Description |\n|---|---|---|\n';
    const long = `${head}${cells.map((cell, i) => `| r${i} | ${cell} | x |`).join('\n')}\n`;
    const small = `${head}| r9 | ${'to- many'} | x |\n| shelf | to-one | x |\n`;
    const stacked = [long, ...Array.from({ length: 500 }, () => small)].join('\n');
    const related = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`r${i}`, { data: i % 2 ? [] : null }]));
    const sample = JSON.stringify({
      data: { type: 'lamps', id: '1', attributes: { name: 'x' }, relationships: { ...related, shelf: { data: null } } },
    });
    const text = `# Lamps\n\n## Attributes\n\n| Attribute | Type | Description |\n|---|---|---|\n| name | string | x |\n\n${stacked}\n## Get a lamp\n\n\`GET /lamps/{id}\`\n\n### Response\n\n\`\`\`json\n${sample}\n\`\`\`\n`;
    const result = readPage({ file: 'lamps.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.schemas.find((s) => s.name === 'Lamps')?.relationships).toEqual([
      { name: 'shelf', many: false, description: 'x' },
    ]);
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    expect(doc.operations.map((o) => o.path)).toEqual(['/lamps/{id}']);
  });

  it('should read paragraphs of sentences stacking the words that close on a media type', () => {
    const sentence = `Requests use ${'as use '.repeat(30)}application/${'x'.repeat(70)}`;
    const paragraphs = [
      Array.from({ length: 200 }, () => `${sentence}.`).join(' '),
      `Requests ${'as '.repeat(2_000)}application/json.`,
      `Responses are returned in${' '.repeat(100_000)}text/csv.`,
      Array.from({ length: 5_000 }, () => 'Send it as application/json.').join('\n'),
    ];
    const text = `# Pots\n\n${paragraphs.join('\n\n')}\n\n## Add a pot\n\n\`POST /pots\`\n\n\`\`\`json\n{"a": 1}\n\`\`\`\n`;
    const result = readPage({ file: 'pots.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/pots']);
  });

  it('should read a thousand parameter items each over a list of labelled facts, and facts of long runs of blanks', () => {
    const short = Array.from(
      { length: 1_000 },
      (_, i) => `- \`p${i}\` (integer, optional): Words.\n  - Default: \`1\`\n  - Example: \`2\``,
    );
    const long = [`  - Example:${' '.repeat(100_000)}x`, `  - ${'Maximum '.repeat(20_000)}: 3`, `  - Default: ${'`1` '.repeat(30_000)}`];
    const items = [...short, ...long.map((fact, i) => `- \`q${i}\` (integer, optional): Words.\n${fact}`)];
    const text = `## Make\n\n\`GET /lamps\`\n\n### Query parameters\n\n${items.join('\n')}\n`;
    const result = readPage({ file: 'fact-items.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read thousands of parameter headings over stacked lines of type, flag and location, and lines of repeated words', () => {
    const entries = Array.from({ length: 3_000 }, (_, i) => `#### p${i}\n\n\`integer\` · optional · query\n\nWords.`);
    const odd = [
      '#### q1\n\nin in in in in in in in in in in in query\n\nWords.',
      `#### q2\n\n${'query · '.repeat(5_000)}string\n\nWords.`,
    ];
    const text = `## Make\n\n\`GET /lamps\`\n\n### Parameters\n\n${[...entries, ...odd].join('\n\n')}\n`;
    const result = readPage({ file: 'located-stacks.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read thousands of array items’ field names with no row of the array, and names of thousands of steps', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `| \`a${i}[].b[].c\` | string | Words. |`);
    const odd = [
      `| \`${'x[].'.repeat(50_000)}y\` | string | Words. |`,
      `| \`${'x[]'.repeat(50_000)}.y\` | string | Words. |`,
      `| \`z${' '.repeat(100_000)}[].y\` | string | Words. |`,
    ];
    const table = `| Field | Type | Description |\n|---|---|---|\n${[...rows, ...odd].join('\n')}\n`;
    const result = readPage({ file: 'array-item-names.md', text: `## Make\n\n\`POST /lamps\`\n\n### Request body\n\n${table}` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read thousands of list items whose words open with a sentence of type words, and such words of long runs of blanks', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? `- \`c${i}\` — string. Words.` : `- p${i} — integer, required. Words.`));
    const odd = [
      `- \`a\` — string${' '.repeat(100_000)}.`,
      `- b — ${'string '.repeat(30_000)}.`,
      `- \`c\`: ${'*'.repeat(50_000)}string.`,
      `- d — string${' \t'.repeat(50_000)}x.`,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\nBody fields:\n\n${[...items, ...odd].join('\n')}\n`;
    const result = readPage({ file: 'type-sentences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read hundreds of content tabs titled by a status alone, and tabs of long titles', () => {
    const tabs = Array.from({ length: 500 }, (_, i) => `=== "${200 + (i % 300)}"\n\n    \`\`\`json\n    {"a${i}": 1}\n    \`\`\``);
    const odd = [`=== "\`${'2'.repeat(100_000)}\`"\n\n    x`, `=== "${'`'.repeat(50_000)}200"\n\n    x`];
    const text = `## Get\n\n\`GET /lamps\`\n\n### Response\n\n${[...tabs, ...odd].join('\n\n')}\n`;
    const result = readPage({ file: 'status-tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read hundreds of content tabs titled by a language over their samples, and language titles of long runs', () => {
    const names = ['Python', 'cURL', 'Node.js', 'Go', 'C#'];
    const tabs = Array.from({ length: 500 }, (_, i) => `=== "${names[i % names.length]}"\n\n    \`\`\`text\n    call ${i}\n    \`\`\``);
    const odd = [`=== "${'Python'.repeat(20_000)}"\n\n    x`, `=== "${'.'.repeat(50_000)}net"\n\n    x`];
    const text = `## Get\n\n\`GET /lamps\`\n\nGets lamps.\n\n${[...tabs, ...odd].join('\n\n')}\n`;
    const result = readPage({ file: 'language-tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read thousands of fences in the json-schema language, and info strings of long runs of words', () => {
    const fences = Array.from(
      { length: 1_000 },
      (_, i) => `### Request body\n\n\`\`\`json-schema\n{"type": "object", "properties": {"f${i}": {"type": "integer"}}}\n\`\`\``,
    );
    const odd = [
      `\`\`\`json ${'jsonschema '.repeat(20_000)}\n{"type": "object"\n\`\`\``,
      `\`\`\`json-schema\n${'['.repeat(50_000)}\n\`\`\``,
    ];
    const text = `## Make\n\n\`POST /lamps\`\n\n${[...fences, ...odd].join('\n\n')}\n`;
    const result = readPage({ file: 'schema-fences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it("should read the template's authentication labels and answer headers stacked, long and pathological", () => {
    const blocks = [
      '**Auth required** : YES\n\n'.repeat(500),
      `**Auth required** : ${' '.repeat(100_000)}NO`,
      '**Permissions required** : None\n\n'.repeat(500),
      '## Error Response\n\n**Code** : `404 NOT FOUND`',
      '**Headers**\n\n'.repeat(1_000),
      `\`\`\`\n${'X-Lamp: 1\n'.repeat(10_000)}\`\`\``,
      `**Headers**\n\n\`\`\`\n${Array.from({ length: 1_500 }, (_, i) => `X-${i}: 1`).join('\n')}\n\`\`\``,
      `**Headers** : ${Array.from({ length: 5_000 }, (_, i) => `\`X-${i}: 1\``).join(' ')}`,
      `**Headers** : \`${'a'.repeat(100_000)}:${' '.repeat(100_000)}\``,
    ];
    const text = `# Show lamp\n\n**URL** : \`/api/lamps/\`\n\n**Method** : \`GET\`\n\n${blocks.join('\n\n')}\n`;
    const result = readPage({ file: 'template-facts.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/api/lamps']);
  });

  it('should read parameters written as paragraphs of bold names, stacked, long and unclosed', () => {
    const blocks = [
      Array.from({ length: 2_000 }, (_, i) => `**p${i}** (query, integer, optional): Items.`).join('\n\n'),
      Array.from({ length: 2_000 }, (_, i) => `**l${i}** (query, string) — Where.`).join('\n'),
      `**open** (${'query, '.repeat(50_000)}`,
      `**wide** (query)${' '.repeat(100_000)}: x`,
      '**a** ('.repeat(2_400),
      `**b** (query): ${'**c** ('.repeat(2_000)}`,
    ];
    // The thousands of parameters on one page; each pathological paragraph on a page of its own (all on one
    // page, the CLI reads it in 2.8 s, but after this file's other cases in one worker it took 38 s).
    const pages = [blocks.slice(0, 2).join('\n\n'), ...blocks.slice(2)];
    for (const [index, page] of pages.entries()) {
      const text = `## List lamps\n\n\`GET /lamps\`\n\n${page}\n`;
      const result = readPage({ file: 'named-paragraphs.md', text });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
      if (index === 0) expect(result.fragment?.operations[0]?.parameters.length).toBe(4_000);
    }
  });

  it('should read admonitions stacked, unclosed and of long fences', () => {
    const blocks = [
      ':::note\nA note.\n:::\n\n'.repeat(2_000),
      ':::tip\n\n'.repeat(5_000),
      `${':'.repeat(100_000)}note`,
      `${':'.repeat(100_000)} x`,
      `:::warning ${' '.repeat(100_000)}Title\nWords.\n${':'.repeat(50_000)}`,
      '{% hint style="info" %}\nA hint.\n{% endhint %}\n\n'.repeat(1_000),
      `{% hint ${'x'.repeat(100_000)}`,
      '> [!NOTE]\n> A note.\n\n'.repeat(1_000),
      `> **Note**${' '.repeat(100_000)}x`,
    ];
    const text = `## List lamps\n\n\`GET /lamps\`\n\n${blocks.join('\n\n')}\n\nLists the lamps.\n`;
    const result = readPage({ file: 'admonitions.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read `Returns:` labels over long runs of blanks, dashes and names', () => {
    const spaces = ' '.repeat(100_000);
    const lines = [
      `Returns: Shelf${spaces}x`,
      `Returns: a \`Shelf\`${spaces}.${spaces}x`,
      `Returns: the ${'a'.repeat(100_000)}${spaces}—${spaces}`,
      `Returns: list of Shelf${' \t'.repeat(50_000)}— x`,
      `${'Returns: Shelf — x\n'.repeat(5_000)}`,
    ];
    const text = `## Make a shelf\n\n\`POST /shelves\`\n\n### Parameters\n\n- \`name\` (string) — Its name.\n\n${lines.join('\n\n')}\n`;
    const result = readPage({ file: 'labelled-returns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/shelves']);
  });

  it('should read links offered as parameters in long runs of links, words and blanks', () => {
    const paragraphs = [
      `Supports the ${'[a](#a) and the '.repeat(500)}[b](#b) parameters.`,
      `Supports the ${'optional '.repeat(20_000)}[a](#a) parameters.`,
      `${'word '.repeat(20_000)}supports the [a](#a) parameters${' '.repeat(50_000)}x.`,
      `Supports the ${'*x* '.repeat(1_000)}[a](#a) parameters.`,
      `${'Supports the [a](../b.md#c) parameters. '.repeat(1_000)}`,
    ];
    const text = `## List lamps\n\n\`GET /lamps\`\n\n${paragraphs.join('\n\n')}\n\n## A\n\n| Name | Type | Description |\n|---|---|---|\n| \`limit\` | integer | At most. |\n`;
    const result = readPage({ file: 'linked-parameters.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
    expect(result.fragment?.parameterLinks?.length).toBeGreaterThan(0);
  });

  it('should read MkDocs admonitions and titled admonitions stacked, long and headed', () => {
    const blocks = [
      '!!! note "Beta"\n    A note.\n\n'.repeat(300),
      `!!! warning "${'x'.repeat(100_000)}"\n    Words.`,
      `!!! ${'note '.repeat(20_000)}"T"\n    Words.`,
      `!!! note\n${'    line\n'.repeat(3_000)}`,
      `!!! tip\n    Words${'\n    '.repeat(5_000)}end.`,
      `:::caution[${'['.repeat(100_000)}\nWords.\n:::`,
      `:::note ${'{'.repeat(100_000)}\nWords.\n:::`,
      `{% hint style="info" %}\n${'#### Title\n\n'.repeat(1_000)}Words.\n{% endhint %}`,
      '{% hint style="info" %}\n#### Title\n{% endhint %}\n\n'.repeat(500),
    ];
    // Each on a page of its own (all on one, the page's other passes take most of a minute).
    for (const block of blocks) {
      const text = `## List lamps\n\n\`GET /lamps\`\n\n${block}\n\nLists the lamps.\n`;
      const result = readPage({ file: 'mkdocs-admonitions.md', text });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
    }
  });

  it('should read a flag then a labelled type opening descriptions over long runs of blanks and stacked flags', () => {
    const spaces = ' '.repeat(100_000);
    const words = [
      `Optional.${spaces}Type:${spaces}string${spaces}x`,
      `Required. Type: a${spaces}b${spaces}c${spaces}!`,
      `${'Optional. '.repeat(20_000)}Type: string.`,
      `Required.${spaces}.${spaces}Type: integer.`,
      `Optional. Type: ${'a'.repeat(100_000)}.`,
    ];
    const table = `| Name | Description |\n|---|---|\n${words.map((d, i) => `| f${i} | ${d} |`).join('\n')}\n`;
    const list = words.map((d, i) => `- \`g${i}\` — ${d}`).join('\n');
    const text = `## Make\n\n\`POST /lamps\`\n\n${table}\n## Change\n\n\`PATCH /lamps\`\n\n### Body parameters\n\n${list}\n`;
    const result = readPage({ file: 'flagged-types.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['post /lamps', 'patch /lamps']);
  });

  it('should read thousands of parameter headings at their title’s depth, and titles stacked over headings that are none', () => {
    const entries = Array.from({ length: 1_000 }, (_, i) => `### f${i}\n\nstring, required\n\nThe field.`).join('\n\n');
    const stacked = '### Parameters\n\n### x\n\nwords\n\n'.repeat(1_000);
    const blanks = `### Parameters\n\n### ${'a'.repeat(100_000)}${' '.repeat(100_000)}string\n\nstring\n\n### y${' '.repeat(100_000)}(required)\n\n`;
    const pages = [`### Parameters\n\n${entries}\n\n### Response\n\nDone.`, stacked, blanks];
    for (const [index, body] of pages.entries()) {
      const result = readPage({ file: `same-depth-${index}.md`, text: `## Get lamp\n\n\`GET /lamps\`\n\n${body}\n` });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
      if (index === 0) expect(result.fragment?.operations[0]?.parameters).toHaveLength(1_000);
    }
  });

  it('should read YAML body samples that nest deep, alias a lot, run long or are no YAML, each on a page of its own', () => {
    const letter = (i: number) => String.fromCharCode(97 + i);
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      laughs.push(`${letter(i)}: &${letter(i)} [${Array.from({ length: 9 }, () => `*${letter(i - 1)}`).join(',')}]`);
    const fences = [
      `${Array.from({ length: 60 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n')} ${'['.repeat(60)}${']'.repeat(60)}`,
      `${'['.repeat(50_000)}1${']'.repeat(50_000)}`,
      `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`,
      laughs.join('\n'),
      `name:${' '.repeat(200_000)}x`,
      `${'- '.repeat(50_000)}x`,
      `: : : ${':'.repeat(100_000)}`,
      'a: .inf\nb: .nan',
      'name: Porch\n---\nname: Back door',
      Array.from({ length: 2_000 }, (_, i) => `field${i}: ${i}`).join('\n'),
    ];
    for (const [index, fence] of fences.entries()) {
      const text = `## Make\n\n\`POST /lamps\`\n\n### Request body\n\n\`\`\`yaml\n${fence}\n\`\`\`\n\n### Response\n\n\`\`\`yml\n${fence}\n\`\`\`\n`;
      const result = readPage({ file: `yaml-samples-${index}.md`, text });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
    }
    const many = `## Make\n\n\`POST /lamps\`\n\n### Request body\n\n\`\`\`yaml\n${fences.at(-1)}\n\`\`\`\n`;
    const result = readPage({ file: 'yaml-samples-many.md', text: many });
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    // Thousands of keys `field0` … `field1999`: a map's, as a JSON sample of them is.
    expect(doc.operations[0]?.requestBody?.content.map((c) => `${c.mediaType} ${c.schema?.kind}`)).toEqual(['application/yaml map']);
  });

  it('should read statuses and their reasons stacked over their words, many, long and unfinished', () => {
    const blocks = [
      '200 OK\n\nReturned if the request is successful.\n\n'.repeat(1_000),
      '404 Not Found\nReturned if the lamp is not found.\n\n'.repeat(1_000),
      `200 ${'O'.repeat(100_000)}\nx`,
      `200 Not ${' '.repeat(100_000)}Found\nx`,
      `201 Created\n${' \n'.repeat(50_000)}x`,
      `204 No Content${' '.repeat(100_000)}`,
    ];
    const text = `## Get lamp\n\n\`GET /lamps/{id}\`\n\n### Responses\n\n${blocks.join('\n\n')}\n`;
    const result = readPage({ file: 'reason-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps/{id}']);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(expect.arrayContaining(['200', '404']));
  });

  it("should read values on a table cell's lines, many, long and unclosed", () => {
    const cells = [
      `Possible values:${'<br>`on`'.repeat(5_000)}`,
      `One of:<br${' '.repeat(100_000)}\`a\``,
      `Can be ${'`x` or <br/>'.repeat(5_000)}`,
      `${'<br/>'.repeat(20_000)}Possible values: \`a\`<br>\`b\``,
      `Possible values:<br>${'`'.repeat(50_000)}`,
    ];
    const rows = cells.map((cell, i) => `| f${i} | string | ${cell} |`).join('\n');
    const text = `## Make a lamp\n\n\`POST /lamps\`\n\n### Request body\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows}\n`;
    const result = readPage({ file: 'cell-line-values.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read tables of routes and rate limits, wide, long and of long headers', () => {
    const limits = Array.from({ length: 500 }, (_, i) => `Limit ${i}`);
    const blocks = [
      `| Route | Method | ${limits.join(' | ')} |\n|${'---|'.repeat(502)}\n| /lamps | GET |${' 1 |'.repeat(500)}`,
      `| Endpoint | Requests per ${' '.repeat(100_000)}minute |\n|---|---|\n${'| `GET /lamps` | 5 |\n'.repeat(5_000)}`,
      `| Endpoint | ${'rate '.repeat(20_000)}limit |\n|---|---|\n| \`GET /shelves\` | 5 |`,
      `| Endpoint | Requests${' \t'.repeat(50_000)}/ |\n|---|---|\n| \`GET /shelves\` | 5 |`,
    ];
    const text = `## List lamps\n\n\`GET /lamps\`\n\n${blocks.join('\n\n')}\n`;
    const result = readPage({ file: 'rate-limit-tables.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toContain('/lamps');
  });

  it('should read formats labelled after words on their line, many, spaced and unfinished', () => {
    const cells = [
      'Words. Format: int32'.repeat(5_000),
      `Words.${' '.repeat(100_000)}Format: int32`,
      `Words.${' \t'.repeat(50_000)}format${' '.repeat(100_000)}x`,
      '., ;'.repeat(30_000),
      `Default: 0${', Format: int64'.repeat(5_000)}`,
    ];
    const rows = cells.map((cell, i) => `| f${i} | integer | ${cell} |`).join('\n');
    const stacked = Array.from({ length: 1_000 }, (_, i) => `p${i}\n\ninteger\n\nThe count.\n\nDefault: 1, Format: int32`).join('\n\n');
    const text = `## Make a bench\n\n\`POST /benches\`\n\n### Query parameters\n\n${stacked}\n\n### Request body\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows}\n`;
    const result = readPage({ file: 'inline-formats.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/benches']);
  });

  it('should read paragraph entries of glued types, many, long and odd', () => {
    const blocks = [
      Array.from({ length: 1_000 }, (_, i) => `\`P${i}\` enum<string> Optional\n\nA state.`).join('\n\n'),
      `\`Long\` string<${'a'.repeat(100_000)}> required\n\nWords.`,
      `\`Many\` ${'string<SID>'.repeat(5_000)}\n\nWords.`,
      `\`Open\` enum<${'<'.repeat(50_000)}\n\nWords.`,
      `\`Shut\` enum<string></string> Optional\n\nWords.`,
    ];
    const text = `## Make a bulb\n\n\`POST /bulbs\`\n\n### Request body parameters\n\n${blocks.join('\n\n')}\n`;
    const result = readPage({ file: 'glued-type-entries.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/bulbs']);
  });

  it('should read a note after a long run of blanks where V8 compiles regexps unoptimised, as it does once a process has compiled a megabyte of them', () => {
    // A long test run or a watch-mode process gets there (V8's TooMuchRegExpCode); `--no-regexp-optimization` from the start.
    const out = readInChild(
      [
        "const text = '## List lamps\\n\\n`GET /lamps`\\n\\n**wide** (query)' + ' '.repeat(200_000) + ': x\\n\\n- `tall` (query)' + '\\t'.repeat(200_000) + ', required\\n';",
        'const result = readPage({ file: "wide.md", text });',
        'console.log(JSON.stringify(result.fragment?.operations.map((o) => o.parameters.map((p) => [p.name, p.in, p.required]))));',
      ],
      { flags: ['--no-regexp-optimization'], timeout: 0 },
    );
    expect(out).toEqual([
      [
        ['wide', 'query', false],
        ['tall', 'query', true],
      ],
    ]);
  });

  it('should read object headings over lists of fields, many and long, after an index of routes', () => {
    const objects = Array.from({ length: 1_000 }, (_, at) => `## The planter${at} object\n\n- **id** \`string\`\n\n  Its id.\n`).join('\n');
    const long = `## The pot object\n\n${'- **a** `string`\n'.repeat(5_000)}`;
    const text = `# Planters\n\n\`\`\`\nGET /planters\nPOST /planters\n\`\`\`\n\n${objects}\n${long}\n## List planters\n\n\`GET /planters\`\n`;
    const result = readPage({ file: 'object-lists.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(['get /planters', 'post /planters']);
    expect(result.fragment?.operations.every((o) => o.parameters.length === 0)).toBe(true);
  });

  it('should tell the dialect of a page of CRLF lines under an unclosed front matter with no uid or title, as fuzzing made it', () => {
    // Each CRLF line could be matched two ways by the DocFX detector's front matter scan: 2^n tries for n lines.
    const out = readInChild([
      "const text = '---\\r\\n' + 'api: PATCH /v1/plants/{plant_id}\\r\\n'.repeat(60) + '\\r\\n## Update a plant\\r\\n\\r\\n`PATCH /v1/plants/{plant_id}`\\r\\n';",
      'const result = readPage({ file: "crlf.md", text });',
      'console.log(JSON.stringify(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)));',
    ]);
    expect(out).toEqual(['patch /v1/plants/{plant_id}']);
  });

  it('should read lines whose blanks two quantifiers could share, many times over: anchors over a heading, a Help Page media type of many parameters, bare enum values parted by `and`', () => {
    const out = readInChild([
      "const anchors = readPage({ file: 'anchors.md', text: '<a name=\"x\">  '.repeat(40) + 'X\\n## Get lamp\\n\\n`GET /lamps/{id}`\\n' });",
      "const help = readPage({ file: 'help.txt', text: 'GET api/Lamps\\nResponse Formats\\n' + 'application/json' + ' ; x'.repeat(40) + ' ,\\n{}\\n' }, 'helppage');",
      "const values = readPage({ file: 'values.md', text: '## List lamps\\n\\n`GET /lamps`\\n\\n| Name | Type | Description |\\n|---|---|---|\\n| state | enum | One of: a' + '  and  a'.repeat(40) + ' ! |\\n' });",
      'console.log(JSON.stringify([anchors, help, values].map((r) => r.fragment?.operations.map((o) => `${o.method} ${o.path}`))));',
    ]);
    expect(out).toEqual([['get /lamps/{id}'], ['get /api/Lamps'], ['get /lamps']]);
  });

  it('should join the lines of definitions, README cells and method paragraphs that hold long runs of blanks', () => {
    const blanks = ' '.repeat(300_000);
    const text = `## Make lamp\n\n\`POST /lamps\`\n\n### Responses\n\n201 Created\n: Made.${blanks}Lit.\n  Shines${blanks}bright.\n\n404 Not Found\n: No lamp.\n`;
    const result = readPage({ file: 'blank-definitions.md', text });
    const responses = result.fragment?.operations[0]?.responses ?? [];
    expect(responses.map((r) => [r.status, r.description])).toEqual([
      ['201', `Made.${blanks}Lit. Shines${blanks}bright.`],
      ['404', 'No lamp.'],
    ]);
  });

  it('should read deprecation marks later in long paragraphs of many sentences, stops and marks', () => {
    const blocks = [
      `## Rake a hedge\n\n\`POST /hedges/rake\`\n\n${'Rakes it. '.repeat(50_000)}Deprecated: use v2.`,
      `## Sow a hedge\n\n\`POST /hedges/sow\`\n\nSows it. ${'Deprecated: the `a` field. '.repeat(5_000)}`,
      `## Mow a hedge\n\n\`POST /hedges/mow\`\n\nMows it. ${'⚠️'.repeat(50_000)} Deprecated ${'.'.repeat(50_000)}`,
      `## Dig a hedge\n\n\`POST /hedges/dig\`\n\nDigs it. ${'**Deprecated.** '.repeat(2_400)}`,
    ];
    const result = readPage({ file: 'later-marks.md', text: blocks.join('\n\n') });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/hedges/rake', '/hedges/sow', '/hedges/mow', '/hedges/dig']);
    // The mark past the sentences tried is no mark, nor one about a field; the ones right after the first are.
    expect(result.fragment?.operations.map((o) => o.deprecated ?? false)).toEqual([false, false, true, true]);
  });

  it('should read a page of lines indented far before words, digits and dashes that open no list, and refuse the one that does', () => {
    const lines = [
      ...Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(500)}${['"a": 1', '-x', `${'9'.repeat(i % 20)}.x`, '+--+'][i % 4]}`),
      `${'\t'.repeat(100_000)}word`,
      `${' '.repeat(200)}${'1'.repeat(100_000)}.`,
    ];
    const text = `## List bins\n\n\`GET /bins\`\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
    const result = readPage({ file: 'wide.md', text });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/bins']);
    // `+` alone on its line opens an item: past the limit, the page is refused as before.
    const refused = readPage({ file: 'deep.md', text: `${text}\n${' '.repeat(500)}+\n` });
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });

  it('should read sentences announcing cookies, many and long, and one of stacked words', () => {
    const sentences = Array.from({ length: 500 }, (_, at) => `Send these cookies:\n\n- \`c${at}\` (string): A cookie.\n`).join('\n');
    const stacked = `${'the following '.repeat(20_000)}cookies ${'x'.repeat(100_000)}:\n\n- \`late\` (string): Late.\n`;
    const text = `## List lamps\n\n\`GET /lamps\`\n\n${sentences}\n${stacked}`;
    const result = readPage({ file: 'cookie-sentences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect(parameters.filter((p) => p.in === 'cookie').length).toBe(500);
    expect(parameters.some((p) => p.in === 'cookie' && p.name === 'late')).toBe(false);
  });

  it('should read a long list of links offered as parameters, and a long list no verb offers', () => {
    const links = Array.from({ length: 2_000 }, (_, at) => `[p${at}](#p${at})`).join(', ');
    const offered = `This endpoint accepts the ${links} and [last](#last) parameters.`;
    const unoffered = `See the ${links.replaceAll(', ', ', the ')}, or the [last](#last) parameters.`;
    const text = `## List lamps\n\n\`GET /lamps\`\n\n${offered}\n\n## List bulbs\n\n\`GET /bulbs\`\n\n${unoffered}\n`;
    const result = readPage({ file: 'listed-links.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const linked = result.fragment?.parameterLinks ?? [];
    expect(linked.length).toBe(2_001);
    expect(new Set(linked.map((l) => l.anchor)).has('last')).toBe(true);
  });

  it("should read a code host's copied entries, many, long and stacked, and joined headers over no entry", () => {
    const entries = Array.from({ length: 3_000 }, (_, at) => `p${at} string Required\nWords ${at}.\nDefault: ${at}`).join('\n');
    const values = `many string\nCan be one of: ${'a, '.repeat(30_000)}z\nlong integer\n${'Words.\n'.repeat(30_000)}`;
    const headers = 'Query parameters\nName, Type, Description\nNot an entry.\n'.repeat(2_000);
    const text = `List lamps\nLists lamps.\n\nQuery parameters\nName, Type, Description\n${entries}\n${values}\n${headers}\nResponses\nStatus code\tDescription\n200\tOK\n\nget\n/lamps\n`;
    const result = readPage({ file: 'copied-columns.txt', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect(parameters.length).toBe(3_002);
    expect(['string', 'enum']).toContain(parameters.find((p) => p.name === 'many')?.schema.kind);
    expect(parameters.find((p) => p.name === 'p7')).toMatchObject({
      in: 'query',
      required: true,
      schema: { kind: 'string', default: '7' },
    });
  });

  it('should read many object headings over paragraph entries, and a Properties title over many', () => {
    const objects = Array.from(
      { length: 300 },
      (_, at) => `## The pot${at} object\n\n\`a\` string\n\nWords.\n\n\`b\` integer\n\nWords.\n`,
    ).join('\n');
    const many = `## The tray resource\n\n### Properties\n\n${Array.from({ length: 2_000 }, (_, at) => `\`f${at}\` string\nWords.\n`).join('\n')}`;
    const text = `# Pots\n\n${objects}\n${many}\n## List pots\n\n\`GET /pots\`\n`;
    const result = readPage({ file: 'object-paragraphs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /pots']);
    expect(result.fragment?.operations[0]?.parameters).toEqual([]);
  });

  it('should read headings opened by many marks, shortcodes, pictographs and badges before a method or none', () => {
    const marks = [
      `### ${':seedling: '.repeat(20_000)}GET /pots/:id`,
      `### ${'🌱'.repeat(50_000)} GET /trays`,
      `### ${':a'.repeat(50_000)} GET /cans`,
      `### :${'b'.repeat(100_000)} GET /hoses`,
      `### ${'![GET](g.svg) '.repeat(2_000)}/rakes`,
      `### <img alt="${'G'.repeat(100_000)}"> /sheds`,
    ];
    const text = `# Garden\n\n${marks.join('\n\nWords.\n\n')}\n\nWords.\n`;
    const result = readPage({ file: 'marked-routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(['get /pots/{id}', 'get /rakes', 'get /trays']);
  });

  it('should read the template’s parts under request lines, many lists of many labelled items and a long JSON span', () => {
    const items = Array.from({ length: 1_500 }, (_, i) => `* **Note ${i}:** words`).join('\n');
    const json = `{ "a": [${'1,'.repeat(50_000)}1] }`;
    const ops = Array.from(
      { length: 100 },
      (_, i) =>
        `### GET /pots/p${i}/:id\n\n* **URL Params**\n\n  **Required:** \`id=[integer]\`\n\n* **Success Response:**\n\n  * **Code:** 200`,
    ).join('\n\n');
    const text = `# Garden\n\n${ops}\n\n### POST /pots\n\n* **Data Params**\n\n  \`${json}\`\n\n${items}\n\n* **Success Response:** ${'`{`'.repeat(10_000)}\n`;
    const result = readPage({ file: 'template-parts.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(101);
    expect(result.fragment?.operations.find((o) => o.path === '/pots/p99/{id}')?.parameters.map((p) => [p.name, p.in])).toEqual([
      ['id', 'path'],
    ]);
  });

  it('should read front matter of many and long keys, a method and a path among them or not', () => {
    const keys = `${'path: /a\n'.repeat(20_000)}url: /${'b'.repeat(200_000)} x\nendpoint: GET ${'/c'.repeat(50_000)} x\nmethod: GET\n`;
    const stated = readPage({ file: 'front-matter-routes.md', text: `---\n${keys}---\n\nWords.\n` });
    expect(stated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(stated.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /a']);
    const none = readPage({
      file: 'front-matter-none.md',
      text: `---\n${'method: GET\n'.repeat(20_000)}path: ${'/d'.repeat(100_000)} x\n---\n\nWords.\n`,
    });
    expect(none.fragment?.operations ?? []).toEqual([]);
  });

  it('should read type cells closed by notes, many parentheses and long ones', () => {
    const rows = [
      `| a | string ${'('.repeat(100_000)} | A. |`,
      `| b | string (${'max '.repeat(50_000)}255) | B. |`,
      `| c | integer ${'(1-2) '.repeat(20_000)}(1-100) | C. |`,
      `| d | string (e.g.${' e.g.'.repeat(50_000)} 1-9) | D. |`,
      '| e | string (max 255) | E. |',
    ];
    const text = `## Make a shelf\n\n\`POST /shelves\`\n\n### Request body\n\n| Field | Type | Description |\n|---|---|---|\n${rows.join('\n')}\n`;
    const result = readPage({ file: 'type-note-limits.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.find((p) => p.name === 'e')?.schema : undefined).toMatchObject({ maxLength: 255 });
  });

  it('should read the template’s responses written as paragraphs, many and long', () => {
    const runs = Array.from(
      { length: 2_000 },
      (_, at) => `**Success Response:**\n\n**Code:** ${200 + (at % 3)}\n\n**Content:** \`{ "n": ${at} }\``,
    ).join('\n\n');
    const long = `**Error Response:**\n\nCode: 404${' '.repeat(100_000)}\nContent:${'\n '.repeat(50_000)}x\n\n**Error Response:**\n\n${'**Code:** 500\n\n'.repeat(3_000)}`;
    const text = `### GET /sheds\n\nLists the sheds.\n\n${runs}\n\n${long}\n`;
    const result = readPage({ file: 'template-paragraphs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['200', '201', '202', '404', '500']);
  });

  it("should read a code host's entries pasted into markdown, many, a paragraph each, and headers over prose", () => {
    const entries = Array.from({ length: 3_000 }, (_, at) => `p${at} string Required\n\nWords ${at}.\n\nDefault: ${at}`).join('\n\n');
    const prose = '### Query parameters\n\nName, Type, Description\n\nNot an entry.\n\n'.repeat(2_000);
    const long = `### Body parameters\n\nName, Type, Description\nlong integer\n${'Words.\n'.repeat(30_000)}`;
    const text = `## List lamps\n\n\`\`\`\nGET /lamps\n\`\`\`\n\n### Query parameters\n\nName, Type, Description\n\n${entries}\n\n${prose}${long}`;
    const result = readPage({ file: 'column-entry-paragraphs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect(parameters.length).toBe(3_000);
    expect(parameters.find((p) => p.name === 'p7')).toMatchObject({
      in: 'query',
      required: true,
      schema: { kind: 'string', default: '7' },
    });
  });

  it('should read many resource headings over paragraph entries, and long resource headings of many words', () => {
    const resources = Array.from(
      { length: 300 },
      (_, at) => `## The pot${at} resource\n\nA pot.\n\n\`a\` string\n\nWords.\n\n\`b\` integer\n\nWords.\n`,
    ).join('\n');
    const long = `## ${'big '.repeat(5_000)}resource\n\n## ${'a '.repeat(5_000)}b resource\n\n## The ${'`'.repeat(3_000)} resource\n`;
    const text = `# Pots\n\n${resources}\n${long}\n## List pots\n\n\`GET /pots\`\n`;
    const result = readPage({ file: 'resource-paragraphs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /pots']);
    expect(result.fragment?.schemas?.length).toBe(300);
  });

  it('should read a Slate page of many language tabs and many tab fences', () => {
    const tabs = Array.from({ length: 20_000 }, (_, at) => `  - lang${at}`).join('\n');
    const fences = Array.from({ length: 3_000 }, (_, at) => `\`\`\`lang${at % 50}\napi.kettles.get(${at})\n\`\`\``).join('\n\n');
    const text = `---\nlanguage_tabs:\n${tabs}\n${'  -'.repeat(20_000)}\n---\n\n## Get All Kettles\n\n${fences}\n\nLists kettles.\n\n\`GET /v1/kettles\`\n`;
    const result = readPage({ file: 'tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.summary])).toEqual([['/v1/kettles', 'Lists kettles.']]);
  });

  it('should read a heading of many methods whose blanks two quantifiers could share, as a regex audit found', () => {
    // `[ \t]*[,/&|]?[ \t]+` after each method split a run of blanks two ways: 2^n tries for n methods.
    const out = readInChild([
      "const result = readPage({ file: 'methods.md', text: '## GET ' + '\\\\`PUT  '.repeat(40) + '\\n\\n`GET /lamps`\\n' });",
      'console.log(JSON.stringify(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)));',
    ]);
    expect(out).toEqual(['get /lamps']);
  });

  it('should read titles holding a long run of the punctuation a title may close with, as a fuzz of long runs found', () => {
    // `/[:.–—-]+\s*$/` tried every dash of the run as a start: quadratic, minutes for 200,000 dashes.
    const out = readInChild([
      "const text = '## Get lamp\\n\\n`GET /lamps/{id}`\\n\\n### Response ' + '-'.repeat(200000) + ' x\\n\\nWords.\\n\\n**Errors' + ':'.repeat(200000) + ' y**\\n';",
      "const result = readPage({ file: 'dashes.md', text });",
      'console.log(JSON.stringify(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)));',
    ]);
    expect(out).toEqual(['get /lamps/{id}']);
  });

  it('should tell a copied page by a long run of blanks and many blank lines, and read a title of many opening parentheses, as the long-runs fuzz found', () => {
    // `^\s*\|?\s*` split a run of blanks every way and crossed line ends; `\([^)]*\)` scanned from every `(` to the end.
    const out = readInChild([
      "const copied = readPage({ file: 'lamps.txt', text: 'GET /lamps\\n' + ' '.repeat(300000) + 'x\\n' + '  \\n'.repeat(100000) + 'Lists lamps.\\n' });",
      "const titled = readPage({ file: 'lamps.md', text: '## List lamps\\n\\n`GET /lamps`\\n\\n### Response ' + '( '.repeat(100000) + '\\n\\nWords.\\n' });",
      'console.log(JSON.stringify([copied, titled].map((r) => r.fragment?.operations.map((o) => `${o.method} ${o.path}`))));',
    ]);
    expect(out).toEqual([['get /lamps'], ['get /lamps']]);
  });

  it('should read many tables under footnotes, long notes, and cells of many marks', () => {
    const tables = Array.from(
      { length: 300 },
      (_, at) =>
        `| Name | Type | Description |\n|---|---|---|\n| f${at}* | string | Words. |\n| g${at}${'*'.repeat(at % 5)} | string | ${'*'.repeat(50)} |\n\n\\* Only for ${at}.\n${'† note\n'.repeat(at % 3)}`,
    ).join('\n');
    const long = `| Name | Type | Description |\n|---|---|---|\n| big* | string | Words. |\n\n${'\\* Required for many.\n'.repeat(500)}\n\n| Name | Type |\n|---|---|\n| ${'a*'.repeat(3_000)}${' '.repeat(3_000)}* | string |\n\n\\* ${'words '.repeat(10_000)}\n`;
    const text = `## Create lamps\n\n\`POST /lamps\`\n\n### Request body\n\n${tables}\n${long}`;
    const result = readPage({ file: 'table-footnotes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['post /lamps']);
  });

  it('should read many Slate asides, an aside of many tags and one never closed', () => {
    const asides = Array.from(
      { length: 1_500 },
      (_, at) => `<aside class="${['notice', 'warning', 'success'][at % 3]}">Note <code>${at}</code>.</aside>`,
    ).join('\n\n');
    const deep = `<aside class="notice">${`${'<em>'.repeat(200)}deep${'</em>'.repeat(200)} `.repeat(100)}</aside>`;
    const open = `<aside class="warning">${'words </aside> '.repeat(10_000)}x\n${'<aside class="notice">'.repeat(5_000)}`;
    // Short, but nested past the HTML parser's depth: left as it is, the page still read.
    const nested = `<aside class="notice">${'<em>'.repeat(300)}x${'</em>'.repeat(300)}</aside>`;
    const text = `## Get a Lamp\n\nThis endpoint retrieves a lamp.\n\n${asides}\n\n${deep}\n\n${nested}\n\n${open}\n\n### HTTP Request\n\n\`GET /lamps/<ID>\`\n`;
    const result = readPage({ file: 'asides.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.summary])).toEqual([['/lamps/{ID}', 'This endpoint retrieves a lamp.']]);
    expect(result.fragment?.operations[0]?.description).toContain('Note `1499`.');
  });

  it("should read a code host's entries of coded names, many, and lines of many backticks", () => {
    const entries = Array.from({ length: 3_000 }, (_, at) => `\`p${at}\` \`string\` Required\n\nWords ${at}.`).join('\n\n');
    const ticks = `### Body parameters\n\nName, Type, Description\n\`a\` ${'`b` '.repeat(10_000)}\n${'`'.repeat(30_000)}\n\`c\` \`${'d '.repeat(20_000)}\n`;
    const text = `## List lamps\n\n\`\`\`\nGET /lamps\n\`\`\`\n\n### Query parameters\n\nName, Type, Description\n\n${entries}\n\n${ticks}`;
    const result = readPage({ file: 'coded-entries.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect(parameters.length).toBe(3_000);
    expect(parameters.find((p) => p.name === 'p7')).toMatchObject({ in: 'query', required: true, schema: { kind: 'string' } });
  });

  it('should read routes under long lists of methods, TRACE and OPTIONS among them, and lists never closed by a path', () => {
    const lines = Array.from({ length: 500 }, (_, at) => `OPTIONS | TRACE /lamps${at}`).join('\n');
    const open = `${'TRACE, OPTIONS, '.repeat(10_000)}GET`;
    const text = `## Lamps\n\n\`\`\`\n${lines}\n\`\`\`\n\n## Never\n\n\`${open}\`\n\n\`\`\`\nTRACE /x\n${'{'.repeat(5_000)}\n\`\`\`\n`;
    const result = readPage({ file: 'method-words.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const routes = result.fragment?.operations.map((o) => `${o.method} ${o.path}`) ?? [];
    expect(routes.length).toBe(1_001);
    expect(routes).toContain('trace /lamps499');
  });

  it('should read many fences titled as a member’s format, and long such titles', () => {
    const members = Array.from(
      { length: 1_000 },
      (_, at) => `The \`m${at}\` section of the answer has the following format:\n\n\`\`\`json\n{"k${at}": 1}\n\`\`\``,
    ).join('\n\n');
    const titles = `The \`a\` section of ${'the '.repeat(20_000)}answer has the following format:\n\nThe ${'`b` '.repeat(20_000)}field has the following shape:\n\n\`\`\`json\n{"s": 1}\n\`\`\``;
    const text = `## List sensors\n\n\`\`\`\nGET /sensors\n\`\`\`\n\n${members}\n\n${titles}\n`;
    const result = readPage({ file: 'member-formats.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations[0];
    // The last fence's title is too long to be one member's: the answer's sample, the only one.
    expect(list?.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ s: 1 }]);
  });

  it('should read long braced examples that open no object', () => {
    const braces = `- \`q\`: Picks. Example: \`{${'a'.repeat(50_000)}\`\n- \`r\`: Picks. Example: \`{"${'b'.repeat(50_000)}\`\n- \`s\`: Picks. Example: \`{${'a='.repeat(20_000)}}\``;
    const text = `## List sensors\n\n\`\`\`\nGET /sensors\n\`\`\`\n\nURL query parameters:\n\n${braces}\n`;
    const result = readPage({ file: 'braced-examples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.parameters.map((p) => [p.name, p.schema.kind])).toEqual([
      ['q', 'string'],
      ['r', 'string'],
      ['s', 'string'],
    ]);
  });

  it('should read many Hugo admonition shortcodes, unclosed ones and long lines of their tags', () => {
    const notes = Array.from({ length: 2_000 }, (_, at) => `{{< note >}}\nNote ${at}.\n{{< /note >}}`).join('\n\n');
    const open = `${'{{< admonition type="note" '.repeat(20_000)}\n\n${'{{% warning '.repeat(20_000)}%}}\n\n${'{{< /note'.repeat(20_000)}`;
    const text = `## List shelves\n\n\`\`\`\nGET /shelves\n\`\`\`\n\n${notes}\n\nLists shelves.\n\n${open}\n`;
    const result = readPage({ file: 'hugo-admonitions.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.summary])).toEqual([['/shelves', 'Lists shelves.']]);
  });

  it('should read samples of many placeholder keys, and long keys of angle brackets', () => {
    const keys = Array.from({ length: 20_000 }, (_, at) => `"<k${at}>": ${at}`).join(', ');
    const long = `{"<${'<'.repeat(50_000)}": 1, "${'<a'.repeat(30_000)}>": 2, "{${'w'.repeat(50_000)}": 3}`;
    const text = `## List shelves\n\n\`\`\`\nGET /shelves\n\`\`\`\n\n#### Example response\n\n\`\`\`json\n{${keys}}\n\`\`\`\n\n## List pots\n\n\`\`\`\nGET /pots\n\`\`\`\n\n#### Example response\n\n\`\`\`json\n${long}\n\`\`\`\n`;
    const result = readPage({ file: 'placeholder-keys.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    expect(doc.operations.map((o) => [o.path, o.responses[0]?.content[0]?.schema?.kind])).toEqual([
      ['/pots', 'object'],
      ['/shelves', 'map'],
    ]);
  });

  it('should read many field headings whose labelled lines end in HTML line breaks, and lines of many breaks', () => {
    const fields = Array.from(
      { length: 500 },
      (_, at) => `### \`f${at}\`\n\n**Type**: String<br />\n**Description**: Field ${at}<br />${'<br />'.repeat(20)}\n`,
    ).join('\n');
    const stacked = `### \`many\`\n\n**Type**: Integer${'<br/>'.repeat(10_000)}**Description**: ${'words<br>'.repeat(10_000)}\n`;
    const text = `# Lamps\n\n## Lamp object\n\n${fields}\n${stacked}`;
    const result = readPage({ file: 'break-fields.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamp = result.fragment?.schemas?.find((named) => named.name === 'Lamp')?.schema;
    expect(lamp?.kind === 'object' ? lamp.properties.length : 0).toBe(501);
    expect(lamp?.kind === 'object' ? lamp.properties[0]?.schema.kind : undefined).toBe('string');
  });

  it('should read MDX admonition components opened many times and never closed, nested, and tags of long attributes', () => {
    const open = '<Note>\n\nWords.\n\n<Warning type="x">\n\n'.repeat(1_500);
    const paired = '<Callout type="info">\nA note.\n</Callout>\n\n'.repeat(1_500);
    const long = `<Capsule${' '.repeat(50_000)}\n\n<Tip ${'a="b" '.repeat(10_000)}x\n\n<Info${'\t'.repeat(20_000)}>${' '.repeat(20_000)}y\n`;
    const text = `## Get a kettle\n\n\`GET /kettles\`\n\n${open}${paired}${long}\nReturns kettles.\n`;
    const result = readPage({ file: 'components.mdx', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /kettles']);
    expect(result.fragment?.operations[0]?.description).not.toContain('<Callout');
  });

  it('should read code tab sets opened many times and never closed, many closed ones of many fences, and long tags', () => {
    const sets = Array.from(
      { length: 1_000 },
      (_, at) => `<Tabs :tabs="['Ruby']">\n  <template v-slot:Ruby>\n\n\`\`\`rb\nclient.pots(${at})\n\`\`\`\n\n  </template>\n</Tabs>\n`,
    ).join('\n');
    const open = '<CodeGroup>\n\n```go\nx()\n```\n\n'.repeat(1_000);
    const long = `<Tabs${' '.repeat(50_000)}\n\n<CodeGroup ${'a="b" '.repeat(10_000)}x\n`;
    const text = `## List pots\n\n\`GET /pots\`\n\nLists pots.\n\n${sets}\n${open}${long}`;
    const result = readPage({ file: 'code-tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => [o.path, o.summary])).toEqual([['/pots', 'Lists pots.']]);
    expect(result.fragment?.operations[0]?.description ?? '').not.toContain('client.pots');
  });

  it("should read a long list saying what each of a sample's fields is, and items of long code spans never closed", () => {
    const keys = Array.from({ length: 2_000 }, (_, at) => `"k${at}": ${at}`).join(', ');
    // Half the fields described: the others stay the sample's.
    const items = Array.from({ length: 1_000 }, (_, at) => `- \`k${at * 2}\` is field ${at * 2}.`).join('\n');
    const odd = `- \`${'a'.repeat(50_000)} is ${' '.repeat(20_000)}\n- \`x\`${' '.repeat(50_000)}are\n`;
    const text = `## Read Pot\n\n| Method | Path |\n| --- | --- |\n| \`GET\` | \`/pot\` |\n\n### Sample Response\n\n\`\`\`json\n{ ${keys} }\n\`\`\`\n\n${items}\n\n### Sample Response\n\n\`\`\`json\n{ "x": 1 }\n\`\`\`\n\n${odd}`;
    const result = readPage({ file: 'sentence-fields.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schema = result.fragment?.operations[0]?.responses[0]?.content[0]?.schema;
    expect(schema?.kind === 'object' ? schema.properties.length : 0).toBe(2_000);
  });

  it('should read many cues naming objects over their lists, and long cues that name none', () => {
    const cues = Array.from(
      { length: 2_000 },
      (_, at) => `The \`pot${at}\` object has the following fields:\n\n- \`a${at}\`: words\n`,
    ).join('\n');
    const long = `The \`pot\` object ${'has '.repeat(5_000)}the following fields:\n\nThe ${'`x` '.repeat(5_000)}object has these fields:\n\nEach \`${'p'.repeat(10_000)}\` object has these ${'big '.repeat(5_000)}fields:\n`;
    const text = `# Pots\n\n## Fill pots\n\n\`POST /pots\`\n\n### Parameters\n\n- \`soil\`: the soil\n\n${cues}\n${long}\nMore parameters:\n\n- \`water\`: litres\n`;
    const result = readPage({ file: 'object-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['soil', 'water']);
    expect(result.fragment?.schemas?.length).toBe(2_000);
  });

  it('should read a copied page whose last line is a title right under a field, as fuzzing made it', () => {
    // A title on the last line asked whether a stacked request opened on the line after it: none is there (before, a TypeError).
    const result = readPage({ file: 'reels.txt', text: 'Query parameters\nexpand\nstring\nNot found' });
    expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  });

  it('should read many curl commands of a guide, under action titles and under titles naming none', () => {
    const sections = Array.from(
      { length: 1_500 },
      (_, at) =>
        `## ${at % 3 === 0 ? 'Using lamps' : 'Adding a lamp'} ${at}\n\n\`\`\`shell\ncurl -X POST "http://localhost/${at % 3 === 0 ? `scenes${at}` : 'lamps'}" -d '{"n": ${at}}'\n\`\`\`\n`,
    ).join('\n');
    const stacked = Array.from({ length: 300 }, (_, at) => `\`\`\`shell\ncurl "http://localhost/lamps/x${at}"\n\`\`\`\n`).join('\n');
    const text = `# Lamps\n\n${sections}\n## Using lamps at night\n\n${stacked}`;
    const result = readPage({ file: 'usage-examples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const paths = new Set(result.fragment?.operations.map((o) => o.path));
    expect(paths.has('/lamps')).toBe(true);
    expect([...paths].some((p) => p.startsWith('/scenes'))).toBe(false);
  });

  it('should read many outcome headings over status fences, and outcome titles of runaway length', () => {
    const outcomes = Array.from(
      { length: 2_000 },
      (_, at) =>
        `###### On ${at % 2 ? 'Failure' : 'Success'}: Case ${at}\n\n\`\`\`none\n${at % 2 ? 400 + (at % 20) : 200} X\n\`\`\`\n\nMeans ${at}.\n`,
    ).join('\n');
    const odd = `###### On success${' '.repeat(50_000)}:${' '.repeat(50_000)}x\n\n\`\`\`none\n201 Created\n\`\`\`\n\n${'word '.repeat(20_000)}\n`;
    const text = `# Shelves\n\n### Put Shelf\n\n\`\`\`\nPUT /v2/shelves/<shelf>\n\`\`\`\n\n${outcomes}\n${odd}`;
    const result = readPage({ file: 'outcome-headings.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const responses = result.fragment?.operations[0]?.responses ?? [];
    expect(responses.find((r) => r.status === '200')?.description).toBe('Means 0.');
  });

  it('should read placeholders of many alternatives and of runaway names over their path rows', () => {
    const long = Array.from({ length: 5_000 }, (_, at) => `a${at}`).join('_or_');
    const camel = `x${'OrY'.repeat(20_000)}`;
    const rows = Array.from({ length: 3_000 }, (_, at) => `| a${at} | string | Alternative ${at}. |`).join('\n');
    const text = `# Lamps\n\n## Get a lamp\n\n\`GET /lamps/{${long}}/{${camel}}\`\n\n### Path parameters\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows}\n`;
    const result = readPage({ file: 'alternative-placeholders.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBe(1);
  });

  it('should read long bare lists after "Options:", and long ones that never close the description', () => {
    const many = Array.from({ length: 5_000 }, (_, at) => `v${at}`).join(', ');
    const rows = [
      `| order | string | Options: a, b${', c'.repeat(20_000)}! |`,
      `| mode | string | ${'Options: a, b '.repeat(5_000)}x y |`,
      `| kind | string | Allowed values: ${'a.b'.repeat(20_000)}, ${'-'.repeat(20_000)}? |`,
      `| sort | string | Options: ${many}. |`,
    ].join('\n');
    const text = `## List pots\n\n\`GET /pots\`\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows}\n`;
    const result = readPage({ file: 'options-values.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = result.fragment?.operations[0]?.parameters.map((p) => [p.name, p.schema.kind]);
    expect(kinds).toEqual([
      ['order', 'string'],
      ['mode', 'string'],
      ['kind', 'string'],
      ['sort', 'string'],
    ]);
  });

  it('should read list items whose long descriptions close with a type, a note after it, or spaces before it', () => {
    const items = [
      `- \`a\`: ${'word '.repeat(20_000)}(string)`,
      `- \`b\`: x${' '.repeat(50_000)}(string) - since 2`,
      `- \`c\`: ${'(x) '.repeat(10_000)}(boolean)`,
      `- \`d\`: ${'('.repeat(20_000)}(integer)`,
    ].join('\n');
    const text = `## Make pot\n\nRequest:\n\n    POST /pots\n\nRequired fields:\n\n${items}\n`;
    const result = readPage({ file: 'closing-list-types.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(fields[0]?.description?.endsWith('word')).toBe(true);
  });

  it('should read long sentences naming a status code in a condition, and many of them', () => {
    const many = Array.from({ length: 2_000 }, (_, at) => `If the configured status code is \`200\`, lamp ${at} is dark.`).join(' ');
    const long = `${'if when unless '.repeat(120)}the status code is 200 if lit, 201 if dark.`;
    const text = `# Lamps\n\n## Light lamps\n\n\`POST /lamps\`\n\n${many}\n\n${long}\n\nThe return code is 204 if lit, 202 if queued.\n`;
    const result = readPage({ file: 'conditional-statuses.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['204', '202']);
  });

  it('should join the lines of list items wrapped many times, and of long runs of blanks and breaks', () => {
    const wrapped = Array.from({ length: 2_000 }, (_, at) => `- \`s${at}\`: Shelf ${at},\n   wrapped\n  again.`).join('\n');
    const blanks = `- \`gap\`: Words${' '.repeat(50_000)}\n${' \n'.repeat(20_000)}  more${'\t'.repeat(30_000)}words.\n`;
    const text = `# Shelves\n\n## List shelves\n\n\`GET /shelves\`\n\n### Query parameters\n\n${wrapped}\n${blanks}`;
    const result = readPage({ file: 'wrapped-items.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect(parameters[7]?.description).toBe('Shelf 7, wrapped again.');
    expect(parameters.every((p) => !/\n[ \t]/.test(p.description ?? ''))).toBe(true);
  });

  it('should read many components wrapping routes, long ones, and ones never closed', () => {
    const word = (at: number) => `${String.fromCharCode(97 + (at % 26))}${String.fromCharCode(97 + (Math.floor(at / 26) % 26))}`;
    const many = Array.from(
      { length: 500 },
      (_, at) => `## Lamp ${at}\n<Route method="GET">/lamps/{id}/${word(at)}</Route>\n\nLights it.`,
    ).join('\n\n');
    const long = `<Route method="GET">/${'a/'.repeat(30_000)}</Route>`;
    const open = `<Route method="POST">/${'<Route method="GET">/x'.repeat(5_000)}`;
    const text = `# Lamps\n\n${many}\n\n${long}\n\n${open}\n\n${'<Route method="GET">'.repeat(10_000)}/b</Route>\n`;
    const result = readPage({ file: 'component-routes.mdx', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBe(500);
    expect(result.fragment?.operations[27]?.path).toBe('/lamps/{id}/bb');
  });

  it('should read long anchors and titles of objects, and words of many blanks before "Object"', () => {
    const anchor = `#${'bed-'.repeat(20_000)}object-structure`;
    const rows = [
      `| a | [Bed Object](${anchor}) | x |`,
      `| b | List of [Bed${' '.repeat(50_000)}Objects](#bed-object-structure) | x |`,
      `| c | [${'Object '.repeat(10_000)}Object](#${'object-'.repeat(10_000)}object) | x |`,
      `| d | [Bed Object](#${'-'.repeat(30_000)}object-structure) | x |`,
    ].join('\n');
    const tables = Array.from(
      { length: 300 },
      (_, at) =>
        `### Bed${at} Object\n\n###### Bed${at} Object Structure\n\n| Field | Type | Description |\n|---|---|---|\n| name | string | x |`,
    ).join('\n\n');
    const text = `# Beds\n\n### ${'Bed '.repeat(5_000)}Object Structure\n\n| Field | Type | Description |\n|---|---|---|\n${rows}\n\n${tables}\n\n## Get bed\n\n\`GET /beds/{id}\`\n\nGets a bed.\n`;
    const result = readPage({ file: 'object-structures.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBe(1);
    expect(result.fragment?.schemas.some((s) => s.name === 'Bed7')).toBe(true);
  });

  it('should read name cells of bare tags: many rows, long names, and blanks around them', () => {
    const rows = Array.from({ length: 1_000 }, (_, at) => `| <p${at}> | String | Part ${at}. |`).join('\n');
    const odd = [
      `| <${'a'.repeat(50_000)}> | String | Long. |`,
      `| ${' '.repeat(40_000)}<gap>${' '.repeat(40_000)} | String | Spaced. |`,
      `| <b> | String | Bold. |`,
    ].join('\n');
    const text = `# Parts\n\n## Endpoints\n\n\`\`\`json\nGET /parts\n\`\`\`\n\n## Query parameters\n\n| Parameter | Data type | Description |\n| :--- | :--- | :--- |\n${rows}\n${odd}\n`;
    const result = readPage({ file: 'tag-names.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = result.fragment?.operations[0]?.parameters.map((p) => p.name) ?? [];
    expect(names[7]).toBe('p7');
    expect(names).toContain('gap');
    expect(names).not.toContain('b');
  });

  it('should read cues naming their object in code at their end, long, stacked and left open', () => {
    const long = `The lamp takes these fields in the ${'in the '.repeat(20_000)}\`config\`${' '.repeat(50_000)}x`;
    const open = `These fields are used by the \`config\`${' '.repeat(50_000)}object${' '.repeat(50_000)}`;
    const stacked = Array.from(
      { length: 300 },
      (_, at) => `The following fields are used by the \`c${at}\`:\n\n- \`f${at}\`: A string.`,
    ).join('\n\n');
    const text = `# Lamps\n\n## Add lamp\n\n\`POST /lamps\`\n\n- \`name\`: A string.\n\n${long}\n\n${open}\n\n${stacked}\n`;
    const result = readPage({ file: 'closing-object-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBe(1);
  });

  it('should read long and stacked "For example, … :" sentences over request lines', () => {
    const long = `${'. For example the lamp'.repeat(20_000)} ${'For example '.repeat(10_000)}x${' '.repeat(50_000)}:`;
    const stacked = Array.from({ length: 150 }, (_, at) => `For example, lamp ${at} would be:\n\n    GET /lamps/l${at}`).join('\n\n');
    const text = `# Lamps\n\n## Get lamp\n\n    GET /lamps/:lamp\n\n${long}\n\n    GET /lamps/porch\n\n${stacked}\n`;
    const result = readPage({ file: 'example-intros.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps/{lamp}']);
  });

  it('should read definitions opening with long runs of emphasis marks, blanks and dashes', () => {
    const items = [
      `a\n: _Required_${' '.repeat(50_000)}**string**${' '.repeat(50_000)}x`,
      // Runs nesting past the limit are refused whole (nesting-too-deep: container-depth.test.ts); under it, read.
      `b\n: ${'_'.repeat(60)}string${'_'.repeat(60)} - words`,
      `c\n: _Optional_ **integer**${' \t'.repeat(20_000)}-${' '.repeat(20_000)}`,
      `d\n: *Required* ${'*Required* '.repeat(2_400)}_String_ - x`,
    ].join('\n\n');
    const text = `# Lamps\n\n## Set glow\n\n    PUT /lamps/:lamp/glow\n\n### Input\n\n${items}\n`;
    const result = readPage({ file: 'marked-definitions.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.length).toBe(1);
  });

  it('should blank Liquid outputs alone on their lines, long, unclosed and many', () => {
    const lines = [
      `{{ page.${'a-'.repeat(30_000)}`,
      `{{ page.x${' '.repeat(50_000)}}`,
      `{{- site.${'-'.repeat(30_000)}x -}}`,
      ...Array.from({ length: 5_000 }, (_, at) => `{{ page.lamp_${at} }}`),
    ].join('\n\n');
    const text = `# Lamps\n\n## Fetch lamp\n\n\`GET /lamps/{id}\`\n\n${lines}\n`;
    const result = readPage({ file: 'liquid-outputs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [lamp] = result.fragment?.operations ?? [];
    expect(`${lamp?.summary} ${lamp?.description}`).not.toContain('lamp_');
  });

  it('should type an entity’s fields from samples that reach it through an inferred list, many and deep ones', () => {
    const chain = (depth: number) => `${'{"name": "n", "children": ['.repeat(depth)}{"name": "leaf", "size": 1}${']}'.repeat(depth)}`;
    const deep = chain(30);
    const many = Array.from({ length: 2_000 }, (_, at) => `{"name": "p${at}", "size": ${at}, "children": []}`).join(', ');
    const sample = `{"root": "r", "nodes": [${deep}, ${many}]}`;
    const fields = '- `name`: its name\n- `size`: its size\n- `children`: the nodes under it';
    const text = `# Trees\n\n## Grow a tree\n\n\`POST /trees\`\n\nParameters:\n\n- \`root\`: the root\n- \`nodes\`: the nodes\n\nThe \`node\` object has the following fields:\n\n${fields}\n\nExample request:\n\n\`\`\`json\n${sample}\n\`\`\`\n\n\`\`\`json\n{"nodes": [${chain(3_000)}]}\n\`\`\`\n`;
    const result = readPage({ file: 'entity-samples.md', text });
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    expect(diagnostics.errorCount).toBe(0);
    const node = doc.schemas.find((s) => s.name === 'Node')?.schema;
    const size = node?.kind === 'object' ? node.properties.find((p) => p.name === 'size')?.schema : undefined;
    expect(size?.kind).toBe('integer');
  });

  it('should blank include lines, many of them, unclosed snippet blocks and long include lines', () => {
    const blocks = '--8<--\nsnippets/a.md\nsnippets/b.md\n--8<--\n'.repeat(1_000);
    const unclosed = `--8<--\n${'more.md\n'.repeat(1_000)}`;
    const lines = [
      `@include '${'x'.repeat(50_000)}`,
      `!include ${' '.repeat(50_000)}x`,
      `--8<-- "${'"'.repeat(20_000)}`,
      `@include 'p.mdx'\n`.repeat(2_000),
      blocks,
      unclosed,
    ].join('\n');
    const text = `# Lamps\n\n## List lamps\n\nLists lamps.\n\n\`GET /lamps\`\n\n${lines}\n\n### Query parameters\n\n- \`room\` (string) - The room.\n`;
    const result = readPage({ file: 'include-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const operation = result.fragment?.operations[0];
    expect(operation?.parameters.map((p) => p.name)).toEqual(['room']);
    expect(operation?.description ?? '').not.toContain("@include 'p.mdx'");
    expect(operation?.description ?? '').not.toContain('snippets/');
  });

  it('should read type notes of long unions and long words before `format string`', () => {
    const items = [
      `- \`a\` \`(${'int or '.repeat(5_000)}duration format string: 30)\` - A.`,
      `- \`b\` \`(${'x-'.repeat(20_000)} format strin: 1)\` - B.`,
      `- \`c\` \`(${'x'.repeat(20_000)} format string: "5m")\` - C.`,
    ].join('\n');
    const text = `# Shelves\n\n## Make shelf\n\n| Method | Path |\n| --- | --- |\n| \`POST\` | \`/shelves\` |\n\n### Parameters\n\n${items}\n`;
    const result = readPage({ file: 'type-notes.md', text });
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.map((p) => p.name)).toEqual(['a', 'b', 'c']);
    expect(fields[2]?.schema).toMatchObject({ kind: 'string', default: '5m' });
  });

  it('should read sketches of many, long, unclosed and deeply nested placeholder keys', () => {
    const many = `{${Array.from({ length: 5_000 }, (_, at) => `<k${at}>: <Boolean>`).join(', ')}}`;
    const unclosed = `{<${'a'.repeat(50_000)}: <Boolean>}`;
    const deep = `${'{<a>: '.repeat(60)}<integer>${'}'.repeat(60)}`;
    const deeper = `${'{<a>: '.repeat(5_000)}<integer>${'}'.repeat(5_000)}`;
    const fence = (body: string) => `#### Body\n\n\`\`\`\n${body}\n\`\`\`\n`;
    const page = (at: number, body: string) => `## Set lamps ${at}\n\n\`PATCH /lamps/set${at}\`\n\nSets lamps.\n\n${fence(body)}`;
    const text = `# Lamps\n\n${[many, unclosed, deep, deeper].map((body, at) => page(at, body)).join('\n')}`;
    const result = readPage({ file: 'placeholder-sketches.md', text });
    const operations = result.fragment?.operations ?? [];
    expect(operations.map((o) => o.path)).toEqual(['/lamps/set0', '/lamps/set1', '/lamps/set2', '/lamps/set3']);
    let schema = operations[2]?.requestBody?.content[0]?.schema;
    for (let level = 0; level < 60 && schema?.kind === 'object'; level++) schema = schema.additionalProperties || undefined;
    expect(schema?.kind).toBe('integer');
  });

  it('should place listed names by long query strings and JSON bodies of many calls', () => {
    const query = Array.from({ length: 2_000 }, (_, at) => `k${at}=${at}`).join('&');
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 2_000 }, (_, at) => [`f${at}`, at])));
    const calls = Array.from({ length: 2_000 }, (_, at) => `curl -X DELETE 'http://h/lamps?x=${at}' -d '{"f${at}": 1}'`);
    calls.push(`curl -X DELETE 'http://h/lamps?${query}&${'&'.repeat(20_000)}' -d '${body}'`);
    const fences = calls.map((call) => `\`\`\`shell\n${call}\n\`\`\``).join('\n\n');
    const text = `# Lamps\n\n## Delete lamps\n\n\`DELETE /lamps\`\n\n### Parameters\n\n- \`f7\`: a lamp\n- \`k3\`: a key\n\n### Example\n\n${fences}\n`;
    const result = readPage({ file: 'sample-sent-body.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const operation = result.fragment?.operations[0];
    const placed = operation?.parameters.filter((p) => p.name === 'k3' || p.name === 'f7').map((p) => [p.in, p.name]);
    expect(placed).toEqual([['query', 'k3']]);
  });

  it('should read statuses joined to what a verb returns in long runs of "and" and "with", and many sentences', () => {
    const many = Array.from({ length: 2_000 }, (_, at) => `Returns lamp ${at} and \`200\` status code on success.`).join(' ');
    const runs = `Returns the lamps${' and with'.repeat(300)} and 200 lamps. Returns the lamps${' and `'.repeat(300)}x.`;
    const text = `# Lamps\n\n## List lamps\n\n\`GET /lamps\`\n\n${many}\n\n${runs}\n\nReturns the lamps and \`201\` status code on success.\n`;
    const result = readPage({ file: 'joined-statuses.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['201']);
  });

  it('should read a page of 5,000 curl commands, each its own route with its own data, each call once', () => {
    const calls = Array.from(
      { length: 5_000 },
      (_, at) =>
        `\`\`\`bash\ncurl \\\n  -X PUT 'http://localhost:7700/lamps/l${at}/settings/glow' \\\n  -H 'Content-Type: application/json' \\\n  --data-binary '{ "level${at}": ${at} }'\n\`\`\``,
    );
    const text = `# Lamp settings\n\nSet them with these calls.\n\n${calls.join('\n\n')}\n`;
    const result = readPage({ file: 'curl-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const operations = result.fragment?.operations ?? [];
    expect(operations.length).toBe(5_000);
    const examples = operations.find((o) => o.path === '/lamps/l4321/settings/glow')?.requestBody?.content[0]?.examples;
    expect(examples?.map((example) => example.value)).toEqual([{ level4321: 4321 }]);
  });

  it('should read many list items whose notes close with a full stop, and long runs of stops and blanks after them', () => {
    const many = Array.from({ length: 2_000 }, (_, at) => `- \`s${at}\` (integer). Shelf ${at}.`).join('\n');
    const odd = [
      `- \`dots\` (string)${'.'.repeat(50_000)}`,
      `- \`gap\` (string).${' '.repeat(50_000)}\n${' \n'.repeat(10_000)}  words.`,
      `- \`runs\` ${'(string). '.repeat(10_000)}end`,
    ].join('\n');
    const text = `# Shelves\n\n## List shelves\n\n\`GET /shelves\`\n\n### Query parameters\n\n${many}\n${odd}\n`;
    const result = readPage({ file: 'stopped-list-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    expect([parameters[7]?.schema.kind, parameters[7]?.description]).toEqual(['integer', 'Shelf 7.']);
    expect(parameters.length).toBeGreaterThanOrEqual(2_000);
  });

  it('should read long and stacked lists of quoted values, values after a comma, and runs of quotes and commas', () => {
    const quoted = Array.from({ length: 3_000 }, (_, at) => `'v${at}'`).join(', ');
    const coded = Array.from({ length: 3_000 }, (_, at) => `\`c${at}\``).join(', ');
    const rows = [
      `| order | string | Either ${quoted} or 'z'. |`,
      `| mode | string | ${"'a' ".repeat(20_000)}|`,
      `| kind | string | Kind, ${coded} or \`z\` |`,
      `| shade | string | ${'Shade, '.repeat(10_000)}\`a\` or \`b\` |`,
      `| room | string | One of: \`a\`, \`b\`${', '.repeat(20_000)}… |`,
      `| plug | string | ${"'".repeat(40_000)} |`,
      `| side | string | Side, 'left' or 'right'. |`,
    ].join('\n');
    const text = `## List pots\n\n\`GET /pots\`\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows}\n`;
    const result = readPage({ file: 'phrased-values.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = result.fragment?.operations[0]?.parameters.map((p) => [p.name, p.schema.kind]);
    expect(kinds).toEqual([
      ['order', 'string'],
      ['mode', 'string'],
      ['kind', 'string'],
      ['shade', 'string'],
      ['room', 'string'],
      ['plug', 'string'],
      ['side', 'enum'],
    ]);
  });

  it('should read tables of many <sup> marks and long notes under them, and notes of long blank runs', () => {
    const rows = Array.from({ length: 2_000 }, (_, at) => `| bed${at}<sup>${(at % 9) + 1}</sup> | string | Bed ${at}. |`).join('\n');
    const notes = Array.from({ length: 9 }, (_, at) => `<sup>${at + 1}</sup> Only for bed kind ${at + 1}.${' '.repeat(20_000)}x<br>`).join(
      '\n',
    );
    const numbered = `1. ${'<br>'.repeat(10_000)}${' '.repeat(30_000)}words${' '.repeat(30_000)}<br>`;
    const odd = `| ${'<sup>'.repeat(200)}1${'</sup>'.repeat(200)} | string | Odd. |`;
    const table = (body: string) => `| Name | Type | Description |\n| --- | --- | --- |\n${body}\n`;
    const text = `## Plant\n\n\`POST /beds\`\n\n${table(rows)}\n${notes}\n\n## Dig\n\n\`POST /holes\`\n\n${table('| hole<sup>1</sup> | string | A hole. |\n' + odd)}\n${numbered}\n`;
    const result = readPage({ file: 'sup-footnotes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.length).toBe(2_000);
    expect(fields[7]?.name).toBe('bed7');
    expect(fields[7]?.description?.startsWith('Bed 7. Only for bed kind 8.')).toBe(true);
  });

  it('should read <Endpoint /> components of long, deep, unclosed and many params, and many unclosed openings', () => {
    const params = Array.from({ length: 3_000 }, (_, at) => `{ name: 'p${at}', type: 'string' },`).join('\n');
    const many = Array.from(
      { length: 150 },
      (_, at) =>
        `### Get ${at}\n\n<Endpoint\n  method="GET"\n  path="/pots/a${at}/beds"\n  paramTitle="Query"\n  params={[{ name: 'q', type: 'string' }]}\n/>\n`,
    ).join('\n');
    const text = [
      `# Pots\n\n### List pots\n\n<Endpoint\n  method="GET"\n  path="/pots"\n  paramTitle="Query Parameters"\n  params={[\n${params}\n  ]}\n/>\n`,
      `### Deep\n\n<Endpoint method="GET" path="/deep" params={${'['.repeat(5_000)}${']'.repeat(5_000)}} />\n`,
      `### Open\n\n<Endpoint method="GET" path="/open" params={[{ name: 'x' ${'{'.repeat(10_000)}\n`,
      `### Quotes\n\n<Endpoint method="GET" path="/quotes" description="${"'".repeat(20_000)}" params={[\`${'\\'.repeat(20_000)}]} />\n`,
      many,
      `${'<Endpoint method="GET" path="/x"\n\n'.repeat(2_000)}`,
    ].join('\n');
    const result = readPage({ file: 'endpoint-attributes.mdx', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((op) => op.path === '/pots');
    expect(list?.parameters.length).toBe(3_000);
    expect(result.fragment?.operations.find((op) => op.path === '/pots/a7/beds')?.parameters.map((p) => p.name)).toEqual(['q']);
  });

  it('should read entries wrapped in many layout tags, and a long run of layout tags before none', () => {
    const wrapped = Array.from({ length: 2_000 }, (_, at) => `<div class="field">\n\n\`f${at}\` **string**\\\nField ${at}.\n\n</div>`).join(
      '\n\n',
    );
    const stacked = '<div class="two-up">\n\n'.repeat(5_000);
    const text = `# Pots\n\n## Make pot\n\n\`POST /pots\`\n\n### Request Body\n\n<div class="definitions">\n\n${wrapped}\n\n### Returns\n\n${stacked}The pot.\n`;
    const result = readPage({ file: 'layout-wrapped-entries.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields).toHaveLength(2_000);
    expect(fields[7]).toMatchObject({ name: 'f7', description: 'Field 7.' });
  });

  it('should read request lines of many empty elements and stars, and a long run of them in one line', () => {
    const lines = Array.from(
      { length: 300 },
      (_, at) => `## Lamp ${at}\n\n**GET** https://<i></i>lights.example.net**/v2/lamps/:lamp${at}**`,
    );
    const long = `**POST** https://${'<i></i>'.repeat(5_000)}host${'**a'.repeat(2_000)}**/v2/bulbs**`;
    const text = `# Lamps\n\n${lines.join('\n\n')}\n\n## Odd\n\n${long}\n`;
    const result = readPage({ file: 'gitbook-request-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const paths = result.fragment?.operations.map((o) => o.path) ?? [];
    expect(paths).toContain('/v2/lamps/{lamp299}');
    expect(paths.every((p) => !p.includes('**'))).toBe(true);
  });

  it('should read many JSON fences under a comment of their call, and a comment line of no end', () => {
    const fences = Array.from({ length: 2_000 }, (_, at) => `\`\`\`json\n// PATCH /shelves/${at}\n{"row": ${at}}\n\`\`\``).join('\n\n');
    const endless = `\`\`\`json\n// GET /${'x'.repeat(100_000)}\n//GET ${'/ '.repeat(50_000)}{}\n\`\`\``;
    const text = `# Shelves\n\n## Move shelves\n\n\`PATCH /shelves\`\n\n### Example\n\n${fences}\n\n${endless}\n`;
    const result = readPage({ file: 'commented-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['patch /shelves']);
    // The comment of no end is no call's (past 500 characters): that fence alone is no JSON.
    expect(result.diagnostics.filter((d) => d.code === 'invalid-sample')).toHaveLength(1);
  });

  it('should read a listing of many routes the sections state again but one, and long words after it', () => {
    const routes = Array.from({ length: 300 }, (_, at) => `GET /lamps/:lamp/part${at}`);
    const sections = routes
      .slice(1)
      .map((route, at) => `## ${route}\n\nPart ${at}.`)
      .join('\n\n');
    const words = `**Window**\n\n${'- `m`: Up to a minute.\n'.repeat(2_000)}\n${'word '.repeat(20_000)}`;
    const text = `# Lamps\n\n**Endpoints**\n\n\`\`\`text\n${routes.join('\n')}\n\`\`\`\n\n${words}\n\n${sections}\n`;
    const result = readPage({ file: 'listed-routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const listed = result.fragment?.operations.find((o) => o.path === '/lamps/{lamp}/part0');
    expect(listed?.parameters.map((p) => p.name)).toEqual(['lamp']);
    expect(result.fragment?.operations).toHaveLength(300);
  });

  it('should read many links to objects named as type words, and one of a very long name', () => {
    const long = `M${'a'.repeat(2_000)}`;
    const objects = ['Map', 'File', 'Date', long].map(
      (name) => `## The ${name} Object\n\n| Field | Type |\n| --- | --- |\n| \`id\` | string |`,
    );
    const calls = Array.from({ length: 200 }, (_, at) => {
      const name = ['map', 'file', 'date', long.toLowerCase()][at % 4]!;
      return `## Get ${at}\n\n\`GET /things/t${at}\`\n\nReturns the [${name} object](#the-${name}-object).`;
    });
    const result = readPage({ file: 'linked-object-names.md', text: `# Things\n\n${objects.join('\n\n')}\n\n${calls.join('\n\n')}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(200);
  });

  it('should refuse near-megabyte paragraphs of emphasis and strikethrough marks, and read the page of short ones', () => {
    // micromark's time grows with the square of a paragraph's runs: each of these would take it hours.
    const out = readInChild([
      "const head = '## List lamps\\n\\n`GET /lamps`\\n\\n';",
      "const bodies = ['*a_'.repeat(300_000), '**a** '.repeat(150_000), '~a'.repeat(400_000), 'x\\n' + '2. **a** **b**\\n'.repeat(60_000)];",
      'const codes = bodies.map((body) => readPage({ file: "dense.md", text: head + body }).diagnostics.map((d) => d.code));',
      "const short = readPage({ file: 'short.md', text: head + '**a** _b_ ~c~\\n\\n'.repeat(1_000) });",
      'console.log(JSON.stringify({ codes, short: short.fragment?.operations.length }));',
    ]);
    expect(out).toEqual({ codes: Array.from({ length: 4 }, () => ['inline-too-dense']), short: 1 });
  });

  it('should split many fences of a request and its answer, and one of many blank lines and status lines', () => {
    const fences = Array.from(
      { length: 1_000 },
      (_, at) =>
        `## Lamp ${at}\n\n\`\`\`http\nGET /lamps/l${at} HTTP/1.1\nHost: a.example\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"row": ${at}}\n\`\`\``,
    );
    const odd = `\`\`\`http\nPUT /bulbs HTTP/1.1\n${'\nHTTP/1.1 200 OK'.repeat(20_000)}\n${'\n'.repeat(50_000)}\`\`\``;
    const text = `# Lamps\n\n${fences.join('\n\n')}\n\n## Odd\n\n${odd}\n`;
    const result = readPage({ file: 'exchange-fences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const last = result.fragment?.operations.find((o) => o.path === '/lamps/l999');
    expect(last?.responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read many content tabs titled by clients in long words, and titles of no end', () => {
    const tabs = Array.from(
      { length: 1_000 },
      (_, at) =>
        `=== "${at % 2 ? 'Command line' : 'x'.repeat(40)} (${'c'.repeat(at % 40)})"\n\n    \`\`\`\n    curl -X POST https://a.example/lamps/l${at}\n    \`\`\``,
    );
    const odd = `=== "${'a '.repeat(20_000)}SDK"\n\n    text\n\n=== "Go (${'('.repeat(20_000)}"\n\n    text`;
    const text = `# Lamps\n\n## Add lamps\n\n\`POST /lamps/{lamp}\`\n\n${tabs.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'client-tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const add = result.fragment?.operations.find((o) => o.path === '/lamps/{lamp}');
    expect(add?.method).toBe('post');
    // `Command line (c)`, a client of a short name in parentheses, titles no words; past 30 characters it is words.
    expect(add?.description ?? '').not.toContain('Command line (c)\n');
  });

  it('should match a call to a route of very many segments, and one of very many path parameters', () => {
    const long = `## Get it\n\n\`GET /${'a/'.repeat(20_000)}:id\`\n\n\`\`\`curl\ncurl https://h/${'a/'.repeat(20_000)}1\n\`\`\``;
    const spans = `## Get files\n\n\`GET /f/${'{path}/'.repeat(30)}x\`\n\n\`\`\`curl\ncurl https://h/f/${'p/'.repeat(60)}y\n\`\`\``;
    const text = `# Long\n\n${long}\n\n${spans}\n\n## Other\n\n\`GET /b/:id\`\n`;
    const result = readPage({ file: 'long-routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(3);
  });

  it('should read many labelled routes, a run of labels and calls under one heading, and a label of a long route', () => {
    const sections = Array.from(
      { length: 100 },
      (_, at) =>
        `### \`shelf_${at}\`\n\nRoute: \`/shelves/:id/part${at}\`\n\n\`\`\`curl\ncurl -X PUT https://h/shelves/${at}/part${at}\n\`\`\``,
    );
    const calls = '```curl\ncurl -X DELETE https://h/bins/1/box\n```\n\n'.repeat(300);
    const labels = 'Route: `/bins/:id/box`\n\n'.repeat(300);
    const long = `Route: \`/${'a/'.repeat(20_000)}:id\`\n\n\`\`\`curl\ncurl https://h/${'a/'.repeat(20_000)}1\n\`\`\``;
    const text = `# Shelves\n\n${sections.join('\n\n')}\n\n# Bins\n\n${labels}${calls}## Long\n\n${long}\n`;
    const result = readPage({ file: 'route-label-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    // Each label takes the method of the calls up to the next: only the last of the run has any.
    expect(result.fragment?.operations.filter((o) => o.method === 'put')).toHaveLength(100);
    expect(result.fragment?.operations.filter((o) => o.path === '/bins/{id}/box').map((o) => o.method)).toEqual(['delete']);
    expect(result.fragment?.operations.some((o) => o.method === 'get' && o.path.endsWith('/a/{id}'))).toBe(true);
  });

  it('should read samples and sketches of many long keys that look like placeholders but do not close', () => {
    const open = ['<', '{', ':'].map((mark) => `${mark}${'a.'.repeat(30_000)}`);
    const keys = [...open, `<${'a '.repeat(30_000)}>`, `{${'b'.repeat(30_000)}}`];
    const sample = JSON.stringify(Object.fromEntries(keys.map((key, at) => [key, at])));
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 5_000 }, (_, at) => [`{shelf.${at}}`, at])));
    const sketch = `{"unit": "<string>", ${keys.map((key) => `${JSON.stringify(key)}: "<integer>"`).join(', ')}}`;
    const text = `# Shelves\n\n## Loads\n\n\`GET /loads\`\n\n#### Response\n\n\`\`\`json\n${sample}\n\`\`\`\n\n## Many\n\n\`GET /many\`\n\n#### Response\n\n\`\`\`json\n${many}\n\`\`\`\n\n## Sketch\n\n\`GET /sketch\`\n\n#### Response\n\n\`\`\`\n${sketch}\n\`\`\`\n`;
    const result = readPage({ file: 'placeholder-keys.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([result.fragment!], diagnostics, { version: '1' }), diagnostics);
    expect(doc.operations.map((o) => o.path).sort()).toEqual(['/loads', '/many', '/sketch']);
    // Too long to be placeholders: no map of the long keys; the 5,000 `{shelf.n}` keys are one.
    const many2xx = doc.operations.find((o) => o.path === '/many')?.responses[0]?.content[0]?.schema;
    expect(many2xx?.kind).toBe('map');
  });

  it('should read many sentences returning a thing joined to a status, and long words before and after it', () => {
    const calls = Array.from({ length: 300 }, (_, at) => {
      const thing = at % 2 ? `created lamp ${'very '.repeat(300)}` : `${'empty '.repeat(300)}body`;
      return `## Add ${at}\n\n\`POST /lamps/l${at}\`\n\nWill return ${thing} with status \`201 Created\` on success${' and more'.repeat(at % 3 ? 1 : 500)}.`;
    });
    const result = readPage({ file: 'returned-things.md', text: `# Lamps\n\n${calls.join('\n\n')}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const operations = result.fragment?.operations ?? [];
    expect(operations).toHaveLength(300);
    // An empty body is none; a lamp is one (where the sentence is short enough to read).
    expect(operations.find((o) => o.path === '/lamps/l0')?.responses.some((r) => r.unknownBody)).toBe(false);
    expect(operations.find((o) => o.path === '/lamps/l1')?.responses.find((r) => r.status === '201')?.unknownBody).toBe(true);
  });

  it('should fold 10,000 calls into 10,000 documented templates without a scan of them per call', () => {
    const made = (method: 'get' | 'put', route: string, id: string): Operation => ({
      operationId: id,
      method,
      path: route,
      tags: [],
      parameters: [],
      responses: [],
    });
    const templates = Array.from({ length: 10_000 }, (_, at) => made('put', `/lamps/{lamp}/part${at}/{key}`, `t${at}`));
    // Every segment a placeholder: any call of three segments matches it and the literal ones alike.
    templates.push(made('put', '/{a}/{b}/{c}/{d}', 'wide'), made('get', '/{a}/{b}/{c}', 'wide3'));
    const calls = Array.from({ length: 10_000 }, (_, at) =>
      at % 2 ? made('put', `/lamps/desk/part${at}/k`, `c${at}`) : made('get', `/lamps/desk/part${at}/k/x`, `c${at}`),
    );
    const reference: PageFragment = { file: 'api.md', dialect: 'markdown', operations: templates, schemas: [] };
    const guide: PageFragment = {
      file: 'guide.md',
      dialect: 'markdown',
      operations: calls,
      schemas: [],
      calledRoutes: calls.map((_, at) => at),
    };
    const diagnostics = new DiagnosticBag();
    const doc = mergeFragments([reference, guide], diagnostics, { version: '1' });
    // Each PUT call matches its part's template and the wide one: two, so none folds; the GETs match nothing.
    expect(doc.operations).toHaveLength(10_002 + 10_000);
    expect(diagnostics.items.filter((d) => d.code === 'called-route')).toEqual([]);
    const narrow = mergeFragments([{ ...reference, operations: templates.slice(0, 10_000) }, guide], new DiagnosticBag(), { version: '1' });
    expect(narrow.operations).toHaveLength(10_000 + 5_000);
  });

  it('should read a description of many bold defaults an `and` follows, and a bold default of no end', () => {
    const cell = `${'Default is **0** and '.repeat(2_400)}Default is **${'9'.repeat(50_000)}`;
    const text = `# Shelves\n\n## List shelves\n\n\`GET /shelves\`\n\n| Name | Type | Description |\n|---|---|---|\n| page | integer | ${cell} |\n`;
    const result = readPage({ file: 'bold-defaults.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = result.fragment?.operations[0]?.parameters.find((p) => p.name === 'page');
    expect(page?.schema).toMatchObject({ kind: 'integer', default: 0 });
  });

  it('should read a status fence over thousands of header lines, and one over a header of no end', () => {
    const headers = Array.from({ length: 10_000 }, (_, at) => `X-Shelf-${at}: ${at}`).join('\n');
    const text = `# Shelves\n\n## List shelves\n\n\`GET /shelves\`\n\n### Response\n\n\`\`\`\nStatus: 200 OK\n${headers}\n\`\`\`\n\n\`\`\`\nStatus: 404 Not Found\nX-${'a'.repeat(100_000)}: 1\n\`\`\`\n`;
    const result = readPage({ file: 'status-headers.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ok = result.fragment?.operations[0]?.responses.find((r) => r.status === '200');
    expect(ok?.headers).toHaveLength(10_000);
  });

  it('should read a route of many joined placeholders, and a joined word of no end', () => {
    const joined = Array.from({ length: 200 }, (_, at) => `/:a${at}:b${at}`).join('');
    const rows = Array.from({ length: 200 }, (_, at) => `| b${at} | string | Part ${at}. |`).join('\n');
    const text = `# Manuals\n\n## Get\n\n\`\`\`\nGET /m${joined}/:x:${'y'.repeat(100_000)}\n\`\`\`\n\n### Parameters\n\n| Name | Type | Description |\n|---|---|---|\n${rows}\n`;
    const result = readPage({ file: 'joined-placeholders.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Each joined word a row names a placeholder; the word of no end, which none names, literal.
    expect(result.fragment?.operations[0]?.path).toMatch(/^\/m\/\{a0\}\{b0\}\/.*\/\{x\}:y+$/);
  });

  it("should read many lines naming the answer's fields, and one of no end", () => {
    const cues = Array.from(
      { length: 100 },
      (_, at) => `Fields available in the report:\n\n| Field | Description |\n|---|---|\n| \`f${at}\` | Part ${at}. |`,
    ).join('\n\n');
    const endless = `Fields ${'available '.repeat(20_000)}in the report:\n\nFields in the ${'report '.repeat(20_000)}`;
    const text = `# Gardens\n\n## Report\n\n\`GET /gardens/report\`\n\n${cues}\n\n${endless}\n`;
    const result = readPage({ file: 'answer-field-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.parameters).toEqual([]);
  });

  it('should read a long list that marks only its optional items, and one whose mark comes late', () => {
    const unmarked = Array.from({ length: 300 }, (_, at) => `- \`u${at}\`: Unmarked ${'word '.repeat(20)}`).join('\n');
    const optional = Array.from({ length: 300 }, (_, at) => `- \`o${at}\`: (optional) Marked.`).join('\n');
    const late = `${Array.from({ length: 400 }, (_, at) => `- \`l${at}\`: ${'(in ms) '.repeat(20)}`).join('\n')}\n- \`z\`: (optional) Last.`;
    const text = `# Lamps\n\n## GET /lamps\n\n**Parameters**\n\n${unmarked}\n${optional}\n\n## GET /bulbs\n\n**Parameters**\n\n${late}\n`;
    const result = readPage({ file: 'optional-items.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [lamps, bulbs] = result.fragment?.operations ?? [];
    expect(lamps?.parameters.filter((p) => p.required)).toHaveLength(300);
    expect(bulbs?.parameters.filter((p) => p.required)).toHaveLength(400);
  });

  it('should read many values in code parted by pipes, a run of no end and a long name before them', () => {
    const values = (count: number) => Array.from({ length: count }, (_, at) => `\`v${at}\` | `).join('');
    const piped = Array.from({ length: 400 }, (_, at) => `- \`k${at}\`: Kind of lamp ${values(1 + (at % 63))}\`b${at}\`.`).join('\n');
    const endless = `- \`x\`: Kind ${'`a`| '.repeat(20_000)}words\n- \`y\`: ${'Kind '.repeat(20_000)}\`${'c'.repeat(50_000)}\` | \`d\``;
    const text = `# Lamps\n\n## GET /lamps\n\n**Parameters**\n\n${piped}\n${endless}\n`;
    const result = readPage({ file: 'piped-values.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = result.fragment?.operations[0]?.parameters.map((p) => p.schema.kind) ?? [];
    expect(kinds.filter((kind) => kind === 'enum')).toHaveLength(400);
  });

  it('should read many words in text fences under response titles, and a very long one', () => {
    const calls = Array.from({ length: 1_000 }, (_, at) => `## DELETE /lamps/l${at}\n\n**Sample response**\n\n\`\`\`text\nok\n\`\`\``);
    const long = `## DELETE /bulbs\n\n**Sample response**\n\n\`\`\`\n${'k'.repeat(200_000)}\n\`\`\``;
    const result = readPage({ file: 'word-answers.md', text: `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const media = result.fragment?.operations.map((o) => o.responses[0]?.content[0]?.mediaType) ?? [];
    expect(media.filter((type) => type === 'text/plain')).toHaveLength(1_001);
  });

  it('should read many dotted names whose step is in bold, and a cell of many such steps', () => {
    const rows = Array.from({ length: 500 }, (_, at) => `| attributes.**f${at}** | \`string\` | Optional |`).join('\n');
    const sample = `{"attributes": {${Array.from({ length: 500 }, (_, at) => `"f${at}": "x"`).join(', ')}}}`;
    const long = `| ${'a.**b**'.repeat(2_000)} | \`string\` | Optional |`;
    const text = `# Lamps\n\n\`POST /lamps\`\n\n| Body Parameter | Type | Required |\n| --- | --- | --- |\n${rows}\n${long}\n\n\`\`\`json\n${sample}\n\`\`\`\n`;
    const result = readPage({ file: 'bold-steps.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const attributes = body?.kind === 'object' ? body.properties.find((p) => p.name === 'attributes')?.schema : undefined;
    expect(attributes?.kind === 'object' ? attributes.properties : []).toHaveLength(500);
  });

  it('should read many tables headed as the body’s, and a header of a long run of words', () => {
    const tables = Array.from(
      { length: 300 },
      (_, at) => `## Update ${at}\n\n\`PATCH /lamps/:id/part${at}\`\n\n| Body Parameter | Type |\n| --- | --- |\n| id | string |`,
    );
    const long = `## Odd\n\n\`PATCH /bulbs/:id\`\n\n| Body ${'parameters '.repeat(20_000)}| Type |\n| --- | --- |\n| id | string |`;
    const result = readPage({ file: 'body-headers.md', text: `# Lamps\n\n${tables.join('\n\n')}\n\n${long}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const bodies = result.fragment?.operations.filter((o) => o.requestBody !== undefined) ?? [];
    expect(bodies).toHaveLength(300);
  });

  it('should read many headings each deeper than the last, and links to their qualified anchors', () => {
    const deep = Array.from({ length: 2_000 }, (_, at) => `${'#'.repeat((at % 6) + 1)} Lamp ${at} Object`).join('\n\n');
    const table = '| Field | Type |\n| --- | --- |\n| `id` | string |';
    const calls = Array.from(
      { length: 200 },
      (_, at) => `## Get ${at}\n\n\`GET /lamps/l${at}\`\n\nReturns that [Lamp](/docs/lamps#lamp-object-lamp-structure).`,
    );
    const text = `# Lamps\n\n${deep}\n\n### Lamp Object\n\n###### Lamp Structure\n\n${table}\n\n${calls.join('\n\n')}\n`;
    const result = readPage({ file: 'qualified-anchors.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(200);
  });

  it("should read many label lists, stacked, after long lines and at the page's start", () => {
    const labels = Array.from({ length: 2_000 }, (_, at) => `## Lamp ${at}\nIntroduced ${at}\n{: .label .label-purple }\n{: .label }`);
    const long = `${'x'.repeat(100_000)}\n{: .badge }\n${'{: .label}\n'.repeat(5_000)}`;
    const text = `{: .label }\n# Lamps\n\n${labels.join('\n\n')}\n\n${long}\n## Get lamp\n\n\`GET /lamps/:id\`\n\nGets a lamp.\n`;
    const result = readPage({ file: 'version-labels.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.summary)).toEqual(['Gets a lamp.']);
  });

  it('should read many example requests of other routes, and one of a very long request line', () => {
    const samples = Array.from({ length: 2_000 }, (_, at) => `\`\`\`json\nGET my-garden/_search${at}\n{"size": ${at}}\n\`\`\``);
    const long = `\`\`\`json\nGET ${'a/'.repeat(50_000)}_count\n{"query": {}}\n\`\`\``;
    const text = `# Count\n\n## Path\n\n\`\`\`\nGET <garden>/_count\n\`\`\`\n\n## Example requests\n\n${samples.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'other-route-samples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody;
    expect(body?.content.flatMap((c) => c.examples.map((e) => e.value))).toEqual([{ query: {} }]);
  });

  it('should tell many text bodies in fences marked json, one of a very long line of pipes', () => {
    const fences = Array.from({ length: 2_000 }, (_, at) => `\`\`\`json\nlamp${at} | north | red\n\`\`\``).join('\n\n');
    const long = `\`\`\`json\n${'a |'.repeat(100_000)}\n\`\`\``;
    const text = `# Lamps\n\n## List lamps\n\n\`GET /lamps\`\n\n### Response\n\nThe lamps:\n\n${fences}\n\n${long}\n`;
    const result = readPage({ file: 'text-in-json-fences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read a route of many joined placeholders over their rows, and of many respelt ones', () => {
    const joined = Array.from({ length: 1_000 }, (_, at) => `/:a${at}:b${at}`).join('');
    const rows = Array.from({ length: 1_000 }, (_, at) => `| b${at} | string | Part ${at}. |`).join('\n');
    const table = `| Name | Type | Description |\n|---|---|---|\n`;
    const respelt = Array.from({ length: 1_000 }, (_, at) => `/{bedId${at}}`).join('');
    const spelt = Array.from({ length: 1_000 }, (_, at) => `| bed_id${at} | string | Bed ${at}. |`).join('\n');
    const text = `# Manuals\n\n## Get\n\n\`\`\`\nGET /m${joined}\n\`\`\`\n\n### Parameters\n\n${table}${rows}\n\n## Beds\n\n\`GET /beds${respelt}\`\n\n### Query parameters\n\n${table}${spelt}\n`;
    const result = readPage({ file: 'joined-placeholders.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [manuals, beds] = result.fragment?.operations ?? [];
    expect(manuals?.path).toMatch(/^\/m\/\{a0\}\{b0\}\/.*\/\{a999\}\{b999\}$/);
    // Each `a` no row names (typed string), each `b` its row's; each `bed_id` its placeholder's.
    expect(manuals?.parameters.filter((p) => p.in === 'path')).toHaveLength(2_000);
    expect(manuals?.parameters.find((p) => p.name === 'b999')?.description).toBe('Part 999.');
    expect(beds?.parameters.map((p) => `${p.in} ${p.name}`)).toEqual(Array.from({ length: 1_000 }, (_, at) => `path bedId${at}`));
  });

  it("should report each of a long route's placeholders no row names, showing the route cut short", () => {
    const route = Array.from({ length: 8_000 }, (_, at) => `/{p${at}}`).join('');
    const rows = '| p_7999 | query | string | Respelt. |\n| p7998 | query | string | Misplaced. |\n| stray | path | string | Stray. |';
    const text = `# Lamps\n\n## Get\n\n\`GET /lamps${route}\`\n\n### Parameters\n\n| Name | In | Type | Description |\n|---|---|---|---|\n${rows}\n`;
    const result = readPage({ file: 'long-route.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const reports = result.diagnostics.filter((d) => d.code.startsWith('path-parameter-'));
    expect(reports).toHaveLength(8_001);
    // Each names the route by its first 200 characters, not whole (8,000 copies of 72,000 characters).
    for (const report of reports) expect(report.message).toContain(' /lamps/{p0}/{p1}/');
    expect(reports.every((report) => report.message.length < 400)).toBe(true);
    expect(result.fragment?.operations[0]?.parameters).toHaveLength(8_000);
  });

  it('should read many lines announcing required fields, stacked, and very long ones', () => {
    const cues = Array.from({ length: 2_000 }, (_, at) => `The following fields are required:\n\n- \`f${at}\`: (String) a field`).join(
      '\n\n',
    );
    const long = `The following fields ${'are fields '.repeat(20_000)}are required:\n\nThese parameters${' '.repeat(100_000)}are mandatory:`;
    const text = `# Lamps\n\n## Add lamp\n\n\`POST /lamps\`\n\n${cues}\n\n${long}\n\n- \`name\`: (String) the name\n`;
    const result = readPage({ file: 'required-field-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many plain status labels, stacked, and very long ones', () => {
    const labels = Array.from({ length: 2_000 }, (_, at) => `Response code: \`HTTP/1.1 ${200 + (at % 300)} - Lamp ${at}\``).join('\n\n');
    const long = `Status code: \`HTTP/1.1 200${' -'.repeat(50_000)} OK\`\n\nResponse code:${' '.repeat(100_000)}\`200${' Lit'.repeat(30_000)}!\``;
    const text = `# Lamps\n\n## Get lamp\n\n\`GET /lamps\`\n\n### Response\n\n${labels}\n\n${long}\n`;
    const result = readPage({ file: 'plain-status-labels.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many client tabs with versions, and very long titles of clients', () => {
    const tabs = Array.from(
      { length: 1_000 },
      (_, at) => `=== "Python ${at % 100} / bash / cURL"\n\n    \`\`\`bash\n    curl /lamps/${at}\n    \`\`\``,
    );
    const long = [`=== "${'python 3/'.repeat(30_000)}x"`, `=== "${'java'.repeat(30_000)} 1.2.3"`, `=== "${'node 1'.repeat(30_000)}"`]
      .map((title) => `${title}\n\n    \`\`\`\n    curl /lamps\n    \`\`\``)
      .join('\n\n');
    const text = `# Lamps\n\n## Dim lamp\n\n\`POST /lamps\`\n\n${tabs.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'client-tabs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many MkDocs blocks titled with quotes, and titles of very many quotes', () => {
    const blocks = Array.from({ length: 2_000 }, (_, at) => `??? info "Lamp (\`"l${at}": boolean\`)"\n    The lamp ${at}.`).join('\n\n');
    const long = `!!! note "${'"'.repeat(100_000)} x\n    Words.\n\n=== "${'" "'.repeat(50_000)}"\n    More words.`;
    const text = `# Lamps\n\n## Get lamp\n\n\`GET /lamps\`\n\n${blocks}\n\n${long}\n`;
    const result = readPage({ file: 'quoted-block-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many query-string pairs, and ones of very long values and lists', () => {
    const rows = Array.from({ length: 3_000 }, (_, at) => `| lamp${at}=[a,b,${'c'.repeat(at % 50)}] | Optional | Lamp ${at}. |`);
    const long = [
      `| long=<${'x'.repeat(100_000)}> | Optional | Long. |`,
      `| list=[${'a,'.repeat(50_000)}b] | Optional | List. |`,
      `| eq=${'='.repeat(100_000)} | Optional | Equals. |`,
      `| open=[${'[a '.repeat(30_000)} | Optional | Open. |`,
    ];
    const table = `| Query String Parameter | Optional/Required | Definition |\n| --- | --- | --- |\n${[...rows, ...long].join('\n')}`;
    const text = `# Lamps\n\n## List lamps\n\n\`GET /lamps\`\n\n### Query string parameters\n\n${table}\n`;
    const result = readPage({ file: 'query-string-pairs.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = result.fragment?.operations[0]?.parameters.map((p) => p.name) ?? [];
    expect(names.slice(0, 2)).toEqual(['lamp0', 'lamp1']);
    expect(names.length).toBeGreaterThanOrEqual(3_000);
  });

  it('should read a list of many items over fences of request lines, and one of a very long fence', () => {
    const items = Array.from({ length: 1_000 }, (_, at) => `* Creates lamp ${at}:\n  \`\`\`\n  POST /lamps?shelf=${at}\n  \`\`\``);
    const long = `* Creates many lamps:\n  \`\`\`\n${'  POST /lamps\n'.repeat(20_000)}  \`\`\``;
    const text = `# Lamp create\n\nCreates a lamp.\n\n${[...items, long].join('\n')}\n`;
    const result = readPage({ file: 'fenced-list-routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many curl commands in fences of other labels, and one of a very long first line', () => {
    const calls = Array.from(
      { length: 2_000 },
      (_, at) => `\`\`\`javascript\n\n$ curl -X POST https://h.example/lamps -d '{"n": ${at}}'\n\`\`\``,
    );
    const long = `\`\`\`ruby\n${'$ '.repeat(50_000)}curl${' '.repeat(50_000)}\n${'curl \n'.repeat(5_000)}\`\`\``;
    const text = `# Lamps\n\n## Create a lamp\n\n\`POST /lamps\`\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'curl-in-other-fences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps']);
  });

  it('should read many notes right after parameter tables, stacked', () => {
    const table = '| Name | Type |\n| --- | --- |\n| `id` | string |';
    const parts = Array.from(
      { length: 300 },
      (_, at) => `### Parameters\n\n${table}\n\n:::note\nNote ${at}.\n:::\n\n<aside>\nAside ${at}.\n</aside>`,
    );
    const quotes = '> [!NOTE]\n> x\n\n'.repeat(300);
    const text = `# Shelves\n\n## GET /shelves/:id\n\nReads a shelf.\n\n${parts.join('\n\n')}\n\n${table}\n\n${quotes}`;
    const result = readPage({ file: 'notes-after-tables.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => o.summary)).toEqual(['Reads a shelf.']);
    expect(result.fragment?.operations[0]?.description).toContain('Note 299.');
  });

  it('should read many sentences setting JSON aside, and one of a long run of blanks and contrasts', () => {
    const sentences = Array.from({ length: 2_000 }, (_, at) => `Send it as multipart/form-data ${at}, instead of JSON.`).join(' ');
    const long = `Send form data${' '.repeat(100_000)}${'instead of JSON not json '.repeat(5_000)}.`;
    const text = `# Lamps\n\n## Upload\n\n\`POST /lamps/photos\`\n\n${sentences}\n\n${long}\n\n| Field | Type |\n|---|---|\n| \`photo\` | file |\n`;
    const result = readPage({ file: 'json-set-aside.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
  });

  it('should read many curl URLs without a scheme, and long dotted or dashed first arguments', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) => `## Ping ${at}\n\n\`\`\`\ncurl -s shelves${at}.example.com/v2/ping/p${at}\n\`\`\``,
    );
    const dotted = `\`\`\`\ncurl ${'a.'.repeat(50_000)}1/x\n\`\`\``;
    const dashed = `\`\`\`\ncurl ${`${'a'.repeat(62)}.`.repeat(2_000)}${'-'.repeat(50_000)}\n\`\`\``;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n## Dotted\n\n${dotted}\n\n## Dashed\n\n${dashed}\n`;
    const result = readPage({ file: 'schemeless-curls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.startsWith('/v2/ping/'))).toHaveLength(500);
  });

  it('should read many JSON Lines answers and text request bodies, one a very long line', () => {
    const pages = Array.from(
      { length: 300 },
      (_, at) =>
        `## Label ${at}\n\n\`\`\`http\nPOST /lamps/l${at}/label HTTP/1.1\n\nPorch ${at}\n\nHTTP/1.1 200 OK\nContent-Type: application/x-ndjson\n\n{"id": ${at}}\n{"id": 0}\n\`\`\``,
    );
    const long = `## Long\n\n\`\`\`http\nPOST /lamps/long HTTP/1.1\n\n${'a '.repeat(100_000)}${'\n'.repeat(5_000)}=\n\`\`\``;
    const text = `# Lamps\n\n${pages.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'message-bodies.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(301);
  });

  it('should read many returned links in the plural, one of very long words', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) => `## Update ${at}\n\n\`PATCH /lamps/g${at}\`\n\nReturns the [lamp objects](#the-lamp-object) for group ${at}.`,
    );
    const long = `## Long\n\n\`PATCH /lamps/long\`\n\nReturns the [${'lamp '.repeat(50_000)}objects](#the-lamp-object)${' objects'.repeat(50_000)}.`;
    const text = `# Lamps\n\n## The Lamp Object\n\n| Field | Type |\n|---|---|\n| \`id\` | string |\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'plural-links.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(301);
  });

  it('should read many input lists and route lists, a block of commands each opening a quote, and long items', () => {
    const calls = Array.from(
      { length: 100 },
      (_, at) =>
        `### \`mount_${at}\`\n\nRoute: \`/shelves/:id/m${at}\`\n\n- id is the shelf ${at}\n- note is a note\n\nInput (JSON):\n\n- wall: *required* - The wall\n  on two lines\n- height${at}: *optional* -  Height\n\n\`\`\`curl\ncurl -X POST https://h.example.com/shelves/1/m${at} --data-raw '\n{"wall": "n"}\n'\n\`\`\``,
    );
    const quotes = `\`\`\`\n${"curl -X POST https://h.example.com/shelves/1/q --data-raw '{\n".repeat(3_000)}{}\n\`\`\``;
    const named = `- id${' is'.repeat(30_000)} x\n- ${'a'.repeat(50_000)}${' -'.repeat(20_000)}\n- id:${' '.repeat(50_000)}-`;
    const flags = `- \`wall\`: ${'*required* '.repeat(2_000)}- x\n- \`h\`: *required*${' '.repeat(50_000)}:`;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n### Quotes\n\nRoute: \`/shelves/:id/q\`\n\n${quotes}\n\n### Named\n\nRoute: \`/shelves/:id/n\`\n\n${named}\n\nInput:\n\n${flags}\n`;
    const result = readPage({ file: 'input-lists.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const mounts = result.fragment?.operations.filter((o) => /\/m\d+$/.test(o.path)) ?? [];
    expect(mounts).toHaveLength(100);
    expect(mounts[0]?.parameters[0]?.description).toBe('the shelf 0');
  });

  it('should read many plain fact lines under operations, and one of very long words', () => {
    const calls = Array.from(
      { length: 200 },
      (_, at) => `### Use ${at}\n\n\`\`\`\nGET /lamps/u${at}\n\`\`\`\n\nWeight: ${at}\nData Source: Memory`,
    );
    const long = `### Long\n\n\`\`\`\nGET /lamps/long\n\`\`\`\n\nWeight Of It: ${'a'.repeat(100_000)}${' b'.repeat(50_000)}:\n${'Weight: 1\n'.repeat(5_000)}`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'plain-facts.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.summary).toBe('Use 0');
  });

  it('should read many Hugo code shortcodes, unclosed ones and very long tag lines', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `## Lamp ${at}\n\n\`GET /lamps/l${at}\`\n\n### Example response\n\n{{< tab header="JSON" lang="json" >}}\n{"id": ${at}}\n{{< /tab >}}`,
    );
    const long = [
      `{{< highlight ${'a'.repeat(100_000)}`,
      `{{< highlight ${'json'.repeat(25_000)} ${'>'.repeat(50_000)}`,
      `{{< tab ${' lang="json"'.repeat(20_000)}`,
      '{{< highlight json >}}\n'.repeat(2_000),
      '{{< tab lang="json" >}}\n'.repeat(2_000),
    ].join('\n\n');
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n## Long\n\n${long}\n`;
    const result = readPage({ file: 'hugo-code-blocks.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(300);
    expect(result.fragment?.operations[7]?.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ id: 7 }]);
  });

  it("should read many HTTP messages under a body's label, one of a very long line and many headers", () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Switch ${at}\n\n\`\`\`json\nPOST /v1/lamps/l${at} HTTP/1.1\nContent-Type: application/json\n\n{"level": ${at}}\n\`\`\``,
    );
    const long = `## Long\n\n\`\`\`json\nPOST /v1/lamps/long${' '.repeat(100_000)}HTTP/1.1\n${'X-A: b\n'.repeat(5_000)}\n{}\n\`\`\``;
    const spaces = `## Spaces\n\n\`\`\`javascript\nPOST ${' HTTP'.repeat(30_000)}x\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n\n${spaces}\n`;
    const result = readPage({ file: 'labelled-messages.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => /^\/v1\/lamps\/l\d+$/.test(o.path))).toHaveLength(500);
  });

  it("should read many overview tables under sections closed by the page's part titles", () => {
    const groups = Array.from(
      { length: 1_500 },
      (_, at) =>
        `## Overview ${at}\n\n### Group ${at}\n\n| Method | Path |\n|---|---|\n| Get | /v1/groups/g${at} |\n\n## Query params\n\n| Name | Type |\n|---|---|\n| limit | integer |`,
    );
    const flat = Array.from({ length: 3_000 }, (_, at) => `### Lamps ${at}\n\n| Method | Path |\n|---|---|\n| Get | /v1/lamps/l${at} |`);
    const text = `# Lamps\n\n${groups.join('\n\n')}\n\n## Flat\n\n${flat.join('\n\n')}\n\n## Query params\n\n| Name | Type |\n|---|---|\n| sort | string |\n`;
    const result = readPage({ file: 'page-part-sections.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const operations = result.fragment?.operations ?? [];
    expect(operations).toHaveLength(4_500);
    expect(operations.filter((o) => o.parameters.some((p) => p.name === 'limit' || p.name === 'sort'))).toEqual([]);
  });

  it('should read many curl commands of data quoted over lines, one quote opened on every line of a huge block', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `## Rules ${at}\n\n\`POST /lamps/l${at}/rules\`\n\n\`\`\`shell\ncurl "http://h/lamps/l${at}/rules" \\\n--data "[\n  {\n    \\"kind\\": ${at}\n  }\n]"\n\`\`\``,
    );
    // A quote opened and left open on each of 20,000 lines, the block's last line closing none: one scan, no output split off.
    const long = `## Long\n\n\`POST /lamps/long\`\n\n\`\`\`shell\ncurl "http://h/lamps/long" -d "[\n${'{ "a\n'.repeat(20_000)}]\n{}\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'quoted-data-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(301);
    const rules = result.fragment?.operations.find((o) => o.path === '/lamps/l7/rules');
    expect(rules?.requestBody?.content[0]?.examples[0]?.value).toEqual([{ kind: 7 }]);
  });

  it("should read a huge list of parameters whose facts are nested bullets, one fact's words very long", () => {
    const items = Array.from(
      { length: 1_000 },
      (_, at) => `- \`p${at}\` (optional)\n  - Type: Int\n  - Default: ${at}\n  - The shelf number ${at}.`,
    );
    const long = `- \`long\` (optional)\n  - Type: ${'Int '.repeat(20_000)}\n  - A${', a'.repeat(20_000)}\n  - ${'Type: '.repeat(20_000)}`;
    const text = `# Shelves\n\n## List\n\n\`GET /shelves\`\n\n### Query parameters\n\n${items.join('\n')}\n\n## Long\n\n\`GET /long\`\n\n### Query parameters\n\n${long}\n`;
    const result = readPage({ file: 'bulleted-facts.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = result.fragment?.operations.find((o) => o.path === '/shelves')?.parameters.map((p) => p.name) ?? [];
    expect(names).toHaveLength(1_000);
    expect(names[999]).toBe('p999');
  });

  it('should read many calls opened by a release note, one note of very long words', () => {
    const calls = Array.from({ length: 500 }, (_, at) => `### POST /v1/lamps/l${at}\n\nIntroduced in v1.${at}.\n\nTurns lamp ${at} off.`);
    const long = `### POST /v1/lamps/long\n\nIntroduced in ${'v1 '.repeat(50_000)}1.\n\nTurns it off.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'release-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(501);
    expect(result.fragment?.operations.find((o) => o.path === '/v1/lamps/l9')?.summary).toBe('Turns lamp 9 off.');
  });

  it('should read many GETs’ parameters written as JSON objects, one of very many commented members', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `#### List ${at}\n\n* **Method**: GET\n* **Route**: /lamps/r${at}\n* **Parameters**:\n\n\`\`\`json\n{\n  "room": "r${at}", // the room\n  "limit": ${at}\n}\n\`\`\``,
    );
    const members = Array.from({ length: 20_000 }, (_, at) => `  "m${at}": ${at}, // ${'// '.repeat(at % 50)}note`).join('\n');
    const many = `#### Many\n\n* **Method**: GET\n* **Route**: /lamps/many\n* **Parameters**:\n\n\`\`\`json\n{\n${members}\n  "last": "x"\n}\n\`\`\``;
    const long = `#### Long\n\n* **Method**: GET\n* **Route**: /lamps/long\n* **Parameters**:\n\n\`\`\`json\n{ "a": "${'x'.repeat(200_000)}" }\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${many}\n\n${long}\n`;
    const result = readPage({ file: 'query-sketches.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(302);
    expect(result.fragment?.operations.find((o) => o.path === '/lamps/r7')?.parameters.map((p) => p.name)).toEqual(['room', 'limit']);
  });

  it('should read many lists of example URLs, one of a very long query and one of very many items', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `### \`GET\` water${at}\n\n**Resource URL:**\n\nhttp://g.example.com/api/water${at}?[parameters]\n\n**Example Requests:**\n\n- http://g.example.com/api/water${at}?bed=b${at}&litres=${at}\n- http://g.example.com/api/water${at}?mist=true`,
    );
    const pairs = Array.from({ length: 20_000 }, (_, at) => `k${at}=${at}`).join('&');
    const long = `### \`GET\` long\n\n**Resource URL:**\n\nhttp://g.example.com/api/long?[parameters]\n\n**Example Requests:**\n\nhttp://g.example.com/api/long?${pairs}&${'/'.repeat(100_000)}`;
    const items = Array.from({ length: 5_000 }, (_, at) => `- http://g.example.com/api/many?p${at % 100}=${at}`).join('\n');
    const many = `### \`GET\` many\n\n**Resource URL:**\n\nhttp://g.example.com/api/many?[parameters]\n\n**Example Requests:**\n\n${items}\n- http://g.example.com/${'x'.repeat(100_000)}`;
    const text = `# Garden\n\n## Calls\n\n${calls.join('\n\n')}\n\n${long}\n\n${many}\n`;
    const result = readPage({ file: 'example-url-lists.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(302);
    expect(result.fragment?.operations.find((o) => o.path === '/api/water7')?.parameters.map((p) => p.name)).toEqual([
      'bed',
      'litres',
      'mist',
    ]);
  });

  it('should read many curl bodies of text and fences of curl options, some very long', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `## Mark ${at}\n\n\`\`\`\ncurl -XPOST http://localhost/lamps/m${at} --data-binary 'hall dim ${at}'\n\`\`\`\n\n#### Request body\n\n\`\`\`\n--data-urlencode "q=<query ${at}>"\n\`\`\``,
    );
    const long = `## Long\n\n\`\`\`\ncurl -XPOST http://localhost/lamps/long -H 'Content-Type: text/csv' --data-binary '${'<a'.repeat(50_000)} ${'$'.repeat(50_000)}'\n\`\`\`\n\n\`\`\`\n${'--data-urlencode '.repeat(20_000)}\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'curl-text-bodies.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(301);
  });

  it('should read many tables of paths under sentences stating their method, one sentence very long', () => {
    const tables = Array.from(
      { length: 300 },
      (_, at) =>
        `## Beds ${at}\n\nAll the following endpoints accept \`GET\` requests.\n\n| Path | Description |\n|---|---|\n| \`/beds/b${at}\` | Bed ${at}. |`,
    );
    const long = `## Long\n\nAll ${'GET '.repeat(5_000)}${'the following '.repeat(5_000)}\n\n| Path | Description |\n|---|---|\n${'| `/long` | Long. |\n'.repeat(500)}`;
    const text = `# Beds\n\n${tables.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'stated-table-methods.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.startsWith('/beds/'))).toHaveLength(300);
  });

  it('should read many `ID` segments in capitals, one route of very many', () => {
    const calls = Array.from({ length: 300 }, (_, at) => `## Get ${at}\n\n\`GET /lamps${at}/ID/bulbs/UUID\``);
    const long = `## Long\n\n\`GET ${'/ID'.repeat(20_000)}${'/IDID'.repeat(20_000)}\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'id-segments.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.endsWith('/{ID}/bulbs/{UUID}'))).toHaveLength(300);
  });

  it('should read many MkDocs field blocks, nested deep, one of a very long title, and blocks over long blank runs', () => {
    const nested = Array.from(
      { length: 10 },
      (_, depth) => `${'    '.repeat(depth + 1)}??? info "F (\`"f${depth}": number\`)"\n${'    '.repeat(depth + 2)}Level ${depth}.\n`,
    ).join('\n');
    const fields = Array.from(
      { length: 300 },
      (_, at) => `    ??? info "Field ${at} (\`"f${at}": [null|string]\`)"\n        Words ${at}.\n\n        - one\n`,
    );
    const long = `    ??? info "${'word '.repeat(20_000)}(\`"long": ${'['.repeat(5_000)}string|${'|'.repeat(5_000)}\`)"\n        Long.\n`;
    const blanks = `??? success "Response"\n\n    ??? info "Lit (\`"lit": boolean\`)"\n        Lit.\n${' '.repeat(40)}\n`.repeat(200);
    const text = `# Lamps\n\n## Dim\n\n- \`POST /lamps/dim\`\n\n???+ example "Request"\n\n    **Required parameters**\n\n${fields.join('\n')}\n${nested}\n${long}\n${blanks}${'\n'.repeat(5_000)}<!-- end -->\n`;
    const result = readPage({ file: 'mkdocs-field-blocks.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.length : 0).toBeGreaterThanOrEqual(300);
  });

  it('should read many POST request lines with a query, one of a very long query and trailing blanks', () => {
    const lines = Array.from({ length: 300 }, (_, at) => `## Query ${at}\n\n\`\`\`plain\nPOST /api/v1/q${at}?name=n${at}\n\`\`\``);
    const long = `## Long\n\n\`\`\`plain\nPATCH /api/v1/long?${'a=b&'.repeat(20_000)}${' '.repeat(50_000)}\n\`\`\``;
    const text = `# Shelves\n\n${lines.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'posted-queries.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.parameters.some((p) => p.name === 'name'))).toHaveLength(300);
  });

  it('should read many openapi fences of one path, an unclosed one and a very long opening line', async () => {
    const fences = Array.from(
      { length: 300 },
      (_, at) =>
        `## Bed ${at}\n\n\`\`\`openapi\npaths:\n  /beds:\n    ${at % 2 ? 'get' : 'post'}:\n      operationId: bed${at}\n      responses:\n        '200':\n          description: Bed ${at}.\n\`\`\``,
    );
    const long = `\`\`\`openapi ${'openapi '.repeat(20_000)}\n${'paths:\n'.repeat(2_000)}\`\`\`\n\n~~~~openapi\npaths:\n${'  /x:\n'.repeat(20_000)}`;
    const text = `# Beds\n\n${fences.join('\n\n')}\n\n${long}\n`;
    expect(holdsOpenapiFragments(text)).toBe(true);
    const diagnostics = new DiagnosticBag();
    const document = await readPageFragments(text, 'beds.md', new SpecPositions(), diagnostics);
    expect(Object.keys((document?.paths ?? {}) as object)).toEqual(['/beds']);
    expect(diagnostics.items.filter((d) => d.message.includes('second time'))).toHaveLength(298);
  });

  it('should read a model table of very many access-word Type cells, one cell very long', () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, at) => `| \`f${at}\` | Field ${at}. | ${['readonly', 'writable', 'computed'][at % 3]} |`,
    );
    const text = `# Shelf\n\n## Shelf Model\n\n| Attribute | Description | Type |\n|---|---|---|\n${rows.join('\n')}\n| \`long\` | Long. | ${'read-only '.repeat(20_000)}|\n\n## Get shelf\n\n\`GET /shelves/{id}\`\n`;
    const result = readPage({ file: 'access-types.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(1);
  });

  it('should read many request sentences ending with a fields cue, and very long ones', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `## POST /lamps/l${at}\n\nThe request body must be a JSON object with the following fields:\n\n| Field | Description |\n|---|---|\n| \`room\` | The room |\n\n    {"room": "attic${at}"}`,
    );
    const long = [
      `The request body must be a JSON object with ${'these '.repeat(30_000)}fields:`,
      `The request body must hold a JSON object ${'with the following '.repeat(10_000)}keys keys keys:`,
      `Expects a JSON body ${'the following a-b '.repeat(10_000)}fields :${' '.repeat(20_000)}`,
    ].join('\n\n');
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n## POST /lamps/long\n\n${long}\n`;
    const result = readPage({ file: 'request-field-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations).toHaveLength(301);
    expect(result.fragment?.operations[5]?.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ room: 'attic5' }]);
  });

  it('should read many Slate include calls over their `HTTP Request` titles, one of very many fences and titles', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `### Get ${at}\n\`\`\`php\n$lamp = $lampApi->get(${at});\n\`\`\`\nGets lamp ${at}.\n\n#### HTTP Request\n\n\`GET /lamps/l${at}\``,
    );
    const fences = '```php\n$a = 1;\n```\n\n##### Step\n\n'.repeat(2_000);
    const long = `### Long\n${fences}Long.\n\n${'#### HTTP Request\n\n'.repeat(2_000)}\`GET /lamps/long\`\n\n${'###### HTTP Request\n\n'.repeat(2_000)}`;
    const text = `## Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: '_lamps.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => /^\/lamps\/l\d+$/.test(o.path)) ?? [];
    expect(lamps).toHaveLength(300);
    expect(lamps.every((o) => !(o.description ?? '').includes('lampApi'))).toBe(true);
  });

  it('should read many wrapped answer and body cues, and one paragraph of very many lines and sentences', () => {
    const calls = Array.from(
      { length: 200 },
      (_, at) =>
        `### Dim ${at}\n\n\`\`\`\nPOST /lamps/d${at}\n\`\`\`\n\nIt takes a JSON body naming the\nsteps:\n\n\`\`\`json\n{"steps": ${at}}\n\`\`\`\n\nThe call returns the level\nit was left at:\n\n\`\`\`json\n{"level": ${at}}\n\`\`\``,
    );
    const lines = `${'returns a lamp.\n'.repeat(20_000)}${'response '.repeat(20_000)}\n${'x\n'.repeat(20_000)}:`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n### Long\n\n\`\`\`\nPOST /lamps/long\n\`\`\`\n\n${lines}\n\n\`\`\`json\n{"a": 1}\n\`\`\`\n`;
    const result = readPage({ file: 'wrapped-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dim = result.fragment?.operations.find((o) => o.path === '/lamps/d7');
    expect(dim?.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ steps: 7 }]);
    expect(dim?.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ level: 7 }]);
  });

  it('should read many items of type words and a dash after the colon, and items of very long words and runs of blanks', () => {
    const items = Array.from({ length: 500 }, (_, at) => `* \`f${at}\`: Optional string - Field ${at}.`);
    const odd = `* \`a\`: ${'string '.repeat(20_000)}- x\n* \`b\`: ${'a'.repeat(100_000)}${' '.repeat(50_000)}-\n* \`c\`: int${'\t'.repeat(50_000)}`;
    const text = `# Shelves\n\n## List\n\n\`\`\`\nGET /shelves\n\`\`\`\n\n**Query parameters:**\n\n${items.join('\n')}\n\n### Odd\n\n\`\`\`\nGET /shelves/odd\n\`\`\`\n\n**Query parameters:**\n\n${odd}\n`;
    const result = readPage({ file: 'dashed-opening-types.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const list = result.fragment?.operations.find((o) => o.path === '/shelves');
    expect(list?.parameters).toHaveLength(500);
    expect(list?.parameters[7]?.description).toBe('Field 7.');
  });

  it('should read many Markdoc table tags, some unclosed, stacked or of very many rows', () => {
    const tables = Array.from(
      { length: 300 },
      (_, at) => `## Lamp ${at}\n\n\`GET /lamps/l${at}\`\n\n{% table %}\n* Name\n* Type\n---\n* room${at}\n* string\n{% /table %}`,
    );
    const many = `## Many\n\n\`GET /many\`\n\n{% table %}\n* Name\n* Type\n${'---\n* dim\n* integer\n'.repeat(1_500)}{% /table %}`;
    const stacked = `## Stacked\n\n${'{% table %}\n'.repeat(2_000)}${'> * a\n> ---\n'.repeat(500)}${'{% /table %}\n'.repeat(1_000)}\n${'- {% table %}\n'.repeat(1_000)}`;
    const text = `# Lamps\n\n${tables.join('\n\n')}\n\n${many}\n\n${stacked}\n`;
    const result = readPage({ file: 'markdoc-tables.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.parameters.map((p) => p.name))).toEqual(Array.from({ length: 300 }, (_, at) => [`room${at}`]));
  });

  it('should read many routes written as addresses, one of very many segments, and many example URLs', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) =>
        `## Shelf ${at}\n\n\`http://host/api/shelf${at}\` Since 1.${at}\n\n### Example\n\n\`http://host/api/shelf${at}.view?id=${at}\``,
    );
    const long = `## Long\n\n\`http://host${'/a'.repeat(20_000)}\` Since 1\n\n${'`http://host/api/x.view?id=1`\n\n'.repeat(2_000)}\`http://host${'/a'.repeat(20_000)}.${'v'.repeat(50_000)}\``;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'address-routes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const shelves = result.fragment?.operations.filter((o) => /^\/api\/shelf\d+$/.test(o.path)) ?? [];
    expect(shelves.map((o) => o.method)).toEqual(Array.from({ length: 300 }, () => 'get'));
  });

  it('should read many methods and routes under titles of their own, and long or stacked titles', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) => `## Shelf ${at}\n\n### Request Type\n\nGET\n\n### Request URL\n\n/api/shelves/s${at}`,
    );
    const stacked = Array.from({ length: 2_000 }, () => '### Request Type\n\nGET\n\n### Request URL').join('\n\n');
    const long = `### Request Type\n\nGET\n\n### Request URL\n\n/${'a/'.repeat(50_000)}\n\n### Request Type ${'x '.repeat(50_000)}\n\nPUT`;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n## Stacked\n\n${stacked}\n\n## Long\n\n${long}\n`;
    const result = readPage({ file: 'heading-labels.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.startsWith('/api/shelves/s'))).toHaveLength(500);
  });
  it('should read a thousand calls titled in bold with a colon under one heading, and titles of long runs of spaces', () => {
    const calls = Array.from({ length: 1_000 }, (_, at) => `**Create lamp ${at}**:\n\`\`\`\nPOST /api/lamps/l${at}\n\`\`\``);
    const long = `**Create ${' '.repeat(300_000)}lamp**:\n\`\`\`\nPOST /api/long\n\`\`\`\n\n**List${' '.repeat(300_000)}:**\n\`\`\`\nGET /api/long\n\`\`\``;
    const text = `# Lamps\n\n## Lamp calls\n\n${calls.join('\n\n')}\n\n## Long\n\n${long}\n`;
    const result = readPage({ file: 'call-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => /^\/api\/lamps\/l\d+$/.test(o.path)) ?? [];
    expect(lamps.map((o) => o.summary)).toEqual(Array.from({ length: 1_000 }, (_, at) => `Create lamp ${at}`));
  });
  it('should read bold labels, schema titles, transcripts, permalinked headings and component words holding a long run of spaces', () => {
    const blanks = ' '.repeat(300_000);
    const pages = [
      `## Get lamp\n\n\`GET /lamps/{id}\`\n\n**Response${blanks}404**: Not found.\n\n**Create ${blanks}lamp**:\n\`\`\`\nPOST /api/long\n\`\`\`\n`,
      `## Get pet\n\n\`GET /pets/{id}\`\n\n### Schemas\n\n#### Pet${blanks}x\n\n| Name | Type |\n|---|---|\n| id | integer |\n\n#### Dog${blanks}schema\n\n| Name | Type |\n|---|---|\n| id | integer |\n`,
      `## Get lamp\n\n\`GET /lamps/{id}\`\n\n\`\`\`console\n$ curl https://host/lamps/1\n{"id": 1,${blanks}"on": true}\n$ curl https://host/lamps/2\n\`\`\`\n`,
      `## Get lamp ${blanks}x [¶](#get-lamp)\n\n\`GET /lamps/{id}\`\n`,
      `<Endpoint>\n\n\`GET /lamps/{id}\`\n\nWords${blanks}more\n</Endpoint>\n`,
    ];
    for (const [at, page] of pages.entries()) {
      const result = readPage({ file: `blanks${at}.md`, text: `# Lamps\n\n${page}` });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.fragment?.operations.some((o) => o.method === 'get')).toBe(true);
    }
  });

  it('should read many labelled calls of a group, their payloads and answers, and a label over a run of blanks', () => {
    const calls = Array.from(
      { length: 1_000 },
      (_, at) =>
        `## Call ${at}\n\n**Sample Usage:**\n\n\`${at % 2 ? 'PUT' : 'GET'} <host>/V1/lamps/${at}\`\n\n**Payload:**\n\n${at % 2 ? `\`\`\`json\n{"n": ${at}}\n\`\`\`` : 'None'}\n\n**Response:**\n\n\`\`\`json\n{"r": ${at}}\n\`\`\``,
    );
    const odd = `**Payload:**${' '.repeat(300_000)}x\n\n**Response:** ${'a'.repeat(60_000)}`;
    const text = `# Lamps\n\n\`\`\`http\nPUT /V1/lamps/:lampId\nGET /V1/lamps/:lampId\n\`\`\`\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'labelled-call-samples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const get = result.fragment?.operations.find((o) => o.method === 'get');
    expect(get?.requestBody).toBeUndefined();
    const put = result.fragment?.operations.find((o) => o.method === 'put');
    expect(put?.requestBody?.content[0]?.examples).toHaveLength(500);
  });
  it('should read many arguments announcing the request body in a sentence, and very long or blank-run sentences', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Lamp ${at}\n\n\`POST /lamps/l${at}\`\n\n### Arguments\n\nThe request body must be a single lamp object.\n\n\`\`\`json\n{"n": ${at}}\n\`\`\``,
    );
    const odd = `## Odd\n\n\`POST /odd\`\n\n### Arguments\n\nThe request body must be ${'a '.repeat(30_000)}object.\n\nThe request is${' '.repeat(300_000)}json.\n\n\`\`\`json\n{"x": 1}\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'announced-arguments.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.requestBody?.content[0]?.examples[0]?.value)).toEqual(Array.from({ length: 500 }, (_, at) => ({ n: at })));
  });
  it('should read many "The API is:" titles over request lines, and very long or blank-run titles', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) => `## Shelf ${at}\n\nThe API is:\n\n\`\`\`\nGET /shelves/s${at}\n\`\`\`\n\nLists shelf ${at}.`,
    );
    const odd = `## Odd\n\nThe API is${' '.repeat(300_000)}:\n\nThe ${'API '.repeat(20_000)}is:\n\n\`\`\`\nGET /odd\n\`\`\``;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'api-is-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const shelves = result.fragment?.operations.filter((o) => o.path.startsWith('/shelves/')) ?? [];
    expect(shelves.map((o) => o.summary)).toEqual(Array.from({ length: 500 }, (_, at) => `Lists shelf ${at}.`));
  });

  it('should read many tables of headers, and a header cell of a long run of spaces', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Lamp ${at}\n\n\`POST /lamps/l${at}\`\n\n| Header | Description |\n|---|---|\n| X-Room-${at} | The room. |\n\n| Key | Description |\n|---|---|\n| shade | The shade. |`,
    );
    const spaced = `## Spaced\n\n\`POST /spaced\`\n\n| Header${' '.repeat(300_000)}names x | Description |\n|---|---|\n| X-Lamp | ${'x'.repeat(50_000)} |`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${spaced}\n`;
    const result = readPage({ file: 'header-columns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.parameters.map((p) => `${p.in}:${p.name}`))).toEqual(
      Array.from({ length: 500 }, (_, at) => [`header:X-Room-${at}`]),
    );
  });

  it('should read many bracketed placeholders, and brackets round a long run of spaces or letters', () => {
    const rows = Array.from({ length: 3_000 }, (_, at) => `| key${at} | [KEY-${at}] | The key. |`).join('\n');
    const long = `| spaced | [${' '.repeat(300_000)} | Unclosed. |\n| worded | [${'A '.repeat(30_000)}] | Long. |\n| listed | [${'1,'.repeat(30_000)}1] | Numbers. |`;
    const text = `# Lamps\n\n## Create\n\n\`POST /lamps\`\n\n| Key | Value | Description |\n|---|---|---|\n${rows}\n${long}\n`;
    const result = readPage({ file: 'bracketed-placeholders.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    const kinds = body?.kind === 'object' ? body.properties.map((p) => p.schema.kind) : [];
    expect(kinds.slice(0, 3_000).every((kind) => kind === 'unknown')).toBe(true);
    expect(kinds.at(-1)).toBe('array');
  });

  it('should read many release headings under responses, and a release heading of a long run of spaces', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Lamp ${at}\n\n\`GET /lamps/l${at}\`\n\n### Result\n\n#### Since 1.${at}\n\n| Field | Type |\n|---|---|\n| lamp | string |\n\n#### Before 1.${at}\n\n| Field | Type |\n|---|---|\n| old | string |`,
    );
    const long = `## Long\n\n\`GET /long\`\n\n### Result\n\n#### Since${' '.repeat(300_000)}x\n\n#### Before ${'1.'.repeat(30_000)}\n\n#### Since ${'v'.repeat(50_000)}1`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'version-headings.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.parameters.length)).toEqual(Array.from({ length: 500 }, () => 0));
  });

  it('should read many cues naming other calls, and a cue of a long run of spaces or many codes', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `### GET /lamps/l${at}\n\nReturns a lamp.\n\n\`\`\`json\n{"lit": true}\n\`\`\`\n\nFor example, \`GET /lamps/l${at}/rooms/1\` returns:\n\n\`\`\`json\n{"room": "hall"}\n\`\`\``,
    );
    const long = `### GET /long\n\nSee \`GET /other\`${' '.repeat(300_000)}:\n\n${'`GET /x` '.repeat(20_000)}returns:\n\n\`GET /a${'/b'.repeat(30_000)}\`${' '.repeat(300_000)}`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'other-call-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.flatMap((r) => r.content.flatMap((c) => c.examples ?? [])).length)).toEqual(
      Array.from({ length: 500 }, () => 1),
    );
  });

  it('should read many console calls over their JSON, a call of a very long body and one over a run of blanks', () => {
    const calls = Array.from({ length: 500 }, (_, at) => `## Shelf ${at}\n\n\`\`\`json\nPOST /shelves/s${at}\n{"wall": "w${at}"}\n\`\`\``);
    const long = `\`\`\`json\nPOST /long\n{"wall": "${'w'.repeat(60_000)}"}\n\`\`\`\n\n\`\`\`json\nPOST /blank${' '.repeat(300_000)}\n${' '.repeat(300_000)}{"a": 1${' '.repeat(300_000)}\n\`\`\`\n\n\`\`\`json\nPOST /open\n${'{'.repeat(50_000)}${' '.repeat(300_000)}x\n\`\`\``;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n## Long\n\n${long}\n`;
    const result = readPage({ file: 'console-body-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.startsWith('/shelves/s'))).toHaveLength(500);
  });

  it('should read many calls over the text they send in shell fences, a long text and a request line over a run of blanks', () => {
    const calls = Array.from({ length: 500 }, (_, at) => `## Shelf ${at}\n\n\`\`\`bash\nPOST /shelves/q${at}\nfind shelf ${at}\n\`\`\``);
    const long = `\`\`\`bash\nPOST /long\n${'find '.repeat(20_000)}\n\`\`\`\n\n\`\`\`bash\nPOST${' '.repeat(300_000)}/blank${' '.repeat(300_000)}\n${' '.repeat(300_000)}find\n\`\`\`\n\n\`\`\`sh\n${'PUT /x\n'.repeat(2_000)}text\n\`\`\``;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n## Long\n\n${long}\n`;
    const result = readPage({ file: 'text-body-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.filter((o) => o.path.startsWith('/shelves/q'))).toHaveLength(500);
  });

  it('should read many items whose descriptions go on in paragraphs, and items of long runs and many paragraphs', () => {
    const items = Array.from({ length: 1_000 }, (_, at) => `- \`glow${at}\` \`(string: "")\` - Supply a glow.\n\n  More about glow ${at}.`);
    const long = `- \`wide\` \`(string: "")\` - Wide${' '.repeat(300_000)}words.\n\n  ${'x'.repeat(50_000)}\n\n${'  More.\n\n'.repeat(3_000)}`;
    const text = `# Lamps\n\n## Update Lamp\n\n| Method | Path |\n| --- | --- |\n| \`PUT\` | \`/lamps\` |\n\n### Parameters\n\n${items.join('\n\n')}\n\n${long}\n`;
    const result = readPage({ file: 'continued-items.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['put /lamps']);
  });

  it('should read many later schema sentences, and sentences of long runs of blanks and of many values', () => {
    const items = Array.from({ length: 1_000 }, (_, at) => `-  **\`glow${at}\`** nullable enum of dim, warm.`);
    const blanks = ' '.repeat(300_000);
    const odd = [
      `-  **\`a\`** nullable${blanks}enum of dim.`,
      `-  **\`b\`** value must be one of:${blanks}x`,
      `-  **\`c\`** string${blanks}.${blanks}x`,
      `-  **\`d\`** nullable${blanks}value must be an integer.`,
      `-  **\`e\`** enum of ${'v, '.repeat(20_000)}w.`,
      `-  **\`f\`** value must be one of: ${'`v`,'.repeat(20_000)}`,
    ];
    const text = `# Lamps\n\n## \`POST /api/lamp/\`\n\n### PARAMS:\n\n${items.join('\n\n')}\n\n${odd.join('\n\n')}\n`;
    const result = readPage({ file: 'later-sentences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['post /api/lamp']);
  });

  it('should read many collection sentences, and ones of long runs of blanks and of many values', () => {
    const items = Array.from({ length: 1_000 }, (_, at) => `-  **\`rooms${at}\`** nullable vector of value must be an integer.`);
    const blanks = ' '.repeat(300_000);
    const odd = [
      `-  **\`a\`** nullable${blanks}vector of${blanks}enum of dim.`,
      `-  **\`b\`** vector of${blanks}x`,
      `-  **\`c\`** sequence of enum of ${'v, '.repeat(20_000)}w.`,
      `-  **\`d\`** ${'vector of '.repeat(20_000)}value must be a string.`,
    ];
    const text = `# Lamps\n\n## \`GET /api/lamp/\`\n\n### PARAMS:\n\n${items.join('\n\n')}\n\n${odd.join('\n\n')}\n`;
    const result = readPage({ file: 'collection-sentences.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fragment?.operations[0]?.parameters.filter((p) => p.name.startsWith('rooms'))).toHaveLength(1_000);
  });

  it('should read many samples titled by a reason phrase, and such titles long or of long runs of blanks', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Lamp ${at}\n\n| Method | Path |\n| --- | --- |\n| \`PUT\` | \`/lamps/l${at}\` |\n\n### Sample Response\n\n\`\`\`json\n{ "a": 1 }\n\`\`\`\n\n### Sample Response for Conflict\n\n\`\`\`json\n{ "b": 2 }\n\`\`\``,
    );
    const odd = [
      `### Sample Response for ${'not '.repeat(15_000)}found`,
      `### Sample Response for${' '.repeat(300_000)}Conflict`,
      `### Sample Response (${'a'.repeat(60_000)}`,
      `### Sample Response for ${"a' -".repeat(15_000)}!`,
    ];
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n## Odd\n\n| Method | Path |\n| --- | --- |\n| \`GET\` | \`/odd\` |\n\n${odd.join('\n\n')}\n`;
    const result = readPage({ file: 'reason-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.map((r) => r.status).sort())).toEqual(Array.from({ length: 500 }, () => ['2XX', '409']));
  });

  it('should read many "Request body format:" labels, and labels of very long words or runs of blanks and colons', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) => `#### DimLamp${at} \`POST /lamps/l${at}/dim\`\n\nRequest body format:\n\n\`\`\`json\n{"level": ${at}}\n\`\`\``,
    );
    const odd = `Request body ${'format '.repeat(20_000)}:\n\nRequest body format${' '.repeat(300_000)}:\n\nRequest body ${'format:'.repeat(20_000)}\n\nRequest body format${':'.repeat(50_000)}`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n#### Odd \`POST /lamps/odd\`\n\n${odd}\n`;
    const result = readPage({ file: 'body-format-labels.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dim = result.fragment?.operations.find((o) => o.path === '/lamps/l7/dim');
    expect(dim?.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ level: 7 }]);
  });

  it('should read many tables of a `Variable` column, and headers of very long words or runs of blanks', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `### Lamp ${at}\n\n\`\`\`\nGET /lamps/l${at}\n\`\`\`\n\n#### Parameters\n\n| Variable | Type |\n| --- | --- |\n| \`dim${at}\` | \`Integer\` |`,
    );
    const odd = `| Variable${' '.repeat(300_000)}name | ${'variable '.repeat(20_000)}| Variable${'s'.repeat(50_000)} |\n| --- | --- | --- |\n| a | b | c |`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n### Odd\n\n\`\`\`\nGET /lamps/odd\n\`\`\`\n\n#### Parameters\n\n${odd}\n`;
    const result = readPage({ file: 'variable-columns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamp = result.fragment?.operations.find((o) => o.path === '/lamps/l7');
    expect(lamp?.parameters.map((p) => p.name)).toEqual(['dim7']);
  });

  it('should read many calls of one route under a heading titled by it, and very long or stacked route titles', () => {
    const calls = Array.from(
      { length: 2_000 },
      (_, at) => `#### Example ${at}\n\n\`\`\`shell\ncurl -G --data-urlencode "room=r${at}" http://localhost:9000/dim\n\`\`\``,
    );
    const stacked = Array.from({ length: 2_000 }, (_, at) => `${'#'.repeat((at % 5) + 2)} /glow${' '.repeat(at % 3)}`).join('\n\n');
    const long = `## /glow${' '.repeat(300_000)}- ${'glow '.repeat(20_000)}\n\n## ${'/glow'.repeat(20_000)}\n\n### Examples\n\n#### One\n\n\`\`\`shell\ncurl -G http://localhost:9000/glow\n\`\`\``;
    const text = `# Lamps\n\n## /dim - Dim lamps\n\n#### Parameters\n\n| Parameter | Required |\n| --- | --- |\n| \`room\` | Yes |\n\n### Examples\n\n${calls.join('\n\n')}\n\n${stacked}\n\n${long}\n`;
    const result = readPage({ file: 'route-headings.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dim = result.fragment?.operations.find((o) => o.path === '/dim');
    expect(dim?.parameters.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['room*']);
  });

  it('should read many descriptions holding `(mandatory)`, and ones of long runs of blanks or parentheses around it', () => {
    const rows = Array.from({ length: 2_000 }, (_, at) => `| \`f${at}\` | \`String\` | Field ${at}. (mandatory) |`);
    const odd = `| \`a\` | \`String\` | (${' '.repeat(300_000)}mandatory${' '.repeat(300_000)} |\n| \`b\` | \`String\` | ${'(mandatory '.repeat(20_000)} |\n| \`c\` | \`String\` | ${'('.repeat(50_000)} |`;
    const text = `# Lamps\n\n### Add\n\n\`\`\`\nPOST /lamps\n\`\`\`\n\n#### Parameters\n\n| Name | Type | Description |\n| --- | --- | --- |\n${rows.join('\n')}\n${odd}\n`;
    const result = readPage({ file: 'mandatory-notes.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = result.fragment?.operations[0]?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.find((p) => p.name === 'f7')?.required).toBe(true);
  });

  it('should read many "status code of" sentences, and ones of long runs of blanks or repeated words in them', () => {
    const calls = Array.from(
      { length: 500 },
      (_, at) =>
        `## Dim ${at}\n\n\`\`\`\nGET /dim/d${at}\n\`\`\`\n\nA HTTP status code of \`200\` is returned with the following response body:\n\n\`\`\`json\n{"dimmed": ${at}}\n\`\`\``,
    );
    const odd = `A HTTP status code${' '.repeat(300_000)}of${' '.repeat(300_000)}200 is returned.\n\nA HTTP status code ${'of '.repeat(20_000)}200 is returned.\n\nReturns a status code of ${'200, '.repeat(20_000)}or 404.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n## Odd\n\n\`\`\`\nGET /odd\n\`\`\`\n\n${odd}\n`;
    const result = readPage({ file: 'status-code-of.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dim = result.fragment?.operations.find((o) => o.path === '/dim/d7');
    expect(dim?.responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read many second titled tables under response titles, and titles of very long words and runs of blanks', () => {
    const calls = Array.from(
      { length: 200 },
      (_, at) =>
        `## Shelf ${at}\n\n\`GET /shelves/s${at}\`\n\n#### Response\n\n**Shelf Properties**\n\nName|Type\n-|-\nid|int\n\n**Bracket${at} Properties**\n\nName|Type\n-|-\nwall${at}|string`,
    );
    const odd = [
      `**${'Bracket '.repeat(20_000)}Properties**`,
      `**${'b'.repeat(60_000)} Properties**`,
      `**Bracket${' '.repeat(300_000)}Properties**`,
    ]
      .map((title) => `${title}\n\nName|Type\n-|-\nwall|string`)
      .join('\n\n');
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n## Odd\n\n\`GET /odd\`\n\n#### Response\n\n**Shelf Properties**\n\nName|Type\n-|-\nid|int\n\n${odd}\n`;
    const result = readPage({ file: 'object-field-titles.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const shelves = result.fragment?.operations.filter((o) => o.path.startsWith('/shelves/s')) ?? [];
    expect(shelves.map((o) => o.parameters.length)).toEqual(Array.from({ length: 200 }, () => 0));
    expect(result.fragment?.schemas.filter((s) => /^Bracket\d+$/.test(s.name))).toHaveLength(200);
  });

  it('should read many expected response code lines, and such lines of very long words and runs of blanks', () => {
    const calls = Array.from(
      { length: 300 },
      (_, at) => `## Lamp ${at}\n\n\`DELETE /lamps/l${at}\`\n\n#### Response\n\n\`Expected Response Code: 204\``,
    );
    const odd = [
      `\`Expected Response Code:${' '.repeat(300_000)}200\``,
      `Expected Response Code: 200 ${'Lit '.repeat(20_000)}`,
      `Expected ${'response '.repeat(10_000)}code: 200`,
      `Expected Response Code: 200${'\t'.repeat(60_000)}x`,
    ].join('\n\n');
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n## Odd\n\n\`GET /odd\`\n\n#### Response\n\n${odd}\n`;
    const result = readPage({ file: 'expected-status-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.map((r) => r.status))).toEqual(Array.from({ length: 300 }, () => ['204']));
  });

  it('should read many leading samples a response points at, and pointers of very long words and runs of blanks', () => {
    const calls = Array.from(
      { length: 200 },
      (_, at) =>
        `## Porch ${at}\n\n\`\`\`json\n{"swept": ${at}}\n\`\`\`\n\nSweep it.\n\n#### HTTP Request\n\n\`POST /porches/p${at}\`\n\n#### Response\n\n\`Expected Response Code: 200\`\n\nSee JSON code example.`,
    );
    const odd = [`See${' '.repeat(300_000)}example.`, `See the ${'JSON '.repeat(20_000)}example.`, `See ${'e'.repeat(60_000)}`].join(
      '\n\n',
    );
    const text = `# Porches\n\n${calls.join('\n\n')}\n\n## Odd\n\n\`\`\`json\n{"a": 1}\n\`\`\`\n\n#### HTTP Request\n\n\`POST /odd\`\n\n#### Response\n\n${odd}\n`;
    const result = readPage({ file: 'pointed-samples.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const porches = result.fragment?.operations.filter((o) => o.path.startsWith('/porches/')) ?? [];
    expect(porches.map((o) => o.responses[0]?.content[0]?.examples[0]?.value)).toEqual(
      Array.from({ length: 200 }, (_, at) => ({ swept: at })),
    );
  });

  it('should read thousands of "a status code of 201" sentences, and sentences of repeated status words and long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) => `### Lamp ${at}\n\n\`POST /lamps/l${at}\`\n\nIf successful, returns a status code of 201 and an empty body.`,
    );
    const odd = `### Odd\n\n\`GET /odd\`\n\nReturns a ${'status code of '.repeat(130)}200.\n\nReturns a status${' '.repeat(300_000)}code${' '.repeat(300_000)}of 404 and${' '.repeat(300_000)}x.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'status-code-of.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.map((r) => r.status))).toEqual(Array.from({ length: 3_000 }, () => ['201']));
  });

  it('should read thousands of sentences that post a body, and sentences of repeated verbs and long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) =>
        `### Dust ${at}\n\n\`POST /shelves/s${at}/dust\`\n\nYou should post a body looking like:\n\n\`\`\`json\n{"count": ${at}}\n\`\`\``,
    );
    const odd = `### Odd\n\n\`POST /odd\`\n\n${'post a '.repeat(20_000)}body:\n\nPass a${' '.repeat(300_000)}body${' '.repeat(300_000)}:${' '.repeat(300_000)}\n\n${'pass the json: '.repeat(10_000)}`;
    const text = `# Shelves\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'posted-body-cues.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dusts = result.fragment?.operations.filter((o) => o.path.startsWith('/shelves/')) ?? [];
    expect(dusts.map((o) => o.requestBody?.content[0]?.examples[0]?.value)).toEqual(
      Array.from({ length: 3_000 }, (_, at) => ({ count: at })),
    );
  });

  it('should read thousands of statuses named with their article under Returns titles, and articles over long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) => `### Lamp ${at}\n\n\`DELETE /lamps/l${at}\`\n\n**Returns**\n\nA 204 http status without content.`,
    );
    const odd = `### Odd\n\n\`GET /odd\`\n\n**Returns**\n\n${'a '.repeat(50_000)}200.\n\nA${' '.repeat(300_000)}HTTP${' '.repeat(300_000)}200${' '.repeat(300_000)}x.\n\nThe ${'the '.repeat(400)}404.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'returned-status-phrases.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.map((r) => r.status))).toEqual(Array.from({ length: 3_000 }, () => ['204']));
  });

  it('should read thousands of fences of received lines alone, and fences of many comments and long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) =>
        `### Lamp ${at}\n\n\`DELETE /lamps/l${at}\`\n\n\`\`\`shell\n# Subset of headers\n< HTTP/1.1 204 \n< Content-Type: application/json\n\`\`\``,
    );
    const odd = `### Odd\n\n\`GET /odd\`\n\n\`\`\`shell\n${'# x\n\n'.repeat(20_000)}#${' '.repeat(300_000)}\n<${' '.repeat(300_000)}HTTP/1.1 200${' '.repeat(300_000)}\n< A:${' '.repeat(300_000)}b\n${'<\n'.repeat(20_000)}\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'received-alone.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.responses.map((r) => r.status))).toEqual(Array.from({ length: 3_000 }, () => ['204']));
  });

  it('should read thousands of name=value query string parameters, and lists of many pairs and long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) =>
        `### Lamp ${at}\n\n\`DELETE /lamps/l${at}\`\n\nTwo query string parameters, \`if-dim=true\` and/or \`if-off=false\`, can be used.`,
    );
    const odd = `### Odd\n\n\`DELETE /odd\`\n\n${'query string parameters, '.repeat(5_000)}${'`a=true`, '.repeat(10_000)}and/or \`b\` x.\n\nThe query${' '.repeat(300_000)}string${' '.repeat(300_000)}parameters,${' '.repeat(300_000)}\`c${' '.repeat(300_000)}=${' '.repeat(300_000)}true\`${' '.repeat(300_000)}and/or${' '.repeat(300_000)}\`d=${'x'.repeat(60_000)}\`,${' '.repeat(300_000)}can be used.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'query-string-pairs-prose.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.map((o) => o.parameters.map((p) => p.name))).toEqual(Array.from({ length: 3_000 }, () => ['if-dim', 'if-off']));
  });
  it('should read thousands of responses named in code by a sentence, and such sentences over long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) => `### Lamp ${at}\n\n\`GET /lamps/l${at}\`\n\n#### Response\n\nThe response is a \`Lamp\`.`,
    );
    const odd = `### Odd\n\n\`GET /odd\`\n\n#### Response\n\nThe${' '.repeat(300_000)}response is an array of${' '.repeat(300_000)}\`Lamp\`${' '.repeat(300_000)}x.\n\nThe response is a ${'`Lamp` '.repeat(20_000)}.\n\nThe response is ${'a'.repeat(60_000)}`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'response-is-returns.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const named = result.fragment?.namedReturns ?? [];
    expect(named.filter((n) => n.words === 'Lamp' && !n.list)).toHaveLength(3_000);
  });
  it('should read thousands of request lines with curl data flags over their data, and ones over long runs of spaces', () => {
    const calls = Array.from(
      { length: 3_000 },
      (_, at) => `### Lamp ${at}\n\n\`\`\`\nPOST /lamps/l${at}/switch -d '\n{"on": true}'\n\`\`\``,
    );
    const odd = `### Odd\n\n\`\`\`\nPOST /odd${' '.repeat(300_000)}-d${' '.repeat(300_000)}\\\n'${' '.repeat(300_000)}{"a": 1}${' '.repeat(300_000)}\n${'x'.repeat(60_000)}\n\`\`\`\n\n\`\`\`\nPUT /odd -d '\n${"'".repeat(60_000)}\n\`\`\``;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'data-flag-calls.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.length).toBe(3_000);
    expect(lamps.every((o) => o.method === 'post')).toBe(true);
  });
  it('should read thousands of request lines in bold after a calling verb, and ones over long runs of spaces', () => {
    const calls = Array.from({ length: 3_000 }, (_, at) => `### Lamp ${at}\n\nCall **GET /lamps/l${at}** to see the lamp.`);
    const odd = `### Odd\n\nCall${' '.repeat(300_000)}**GET${' '.repeat(300_000)}/odd${' '.repeat(300_000)}** now.\n\nSend **${'x'.repeat(60_000)}** and ${'a '.repeat(30_000)}.`;
    const text = `# Lamps\n\n${calls.join('\n\n')}\n\n${odd}\n`;
    const result = readPage({ file: 'called-bold-lines.md', text });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lamps = result.fragment?.operations.filter((o) => o.path.startsWith('/lamps/')) ?? [];
    expect(lamps.length).toBe(3_000);
  });
});
