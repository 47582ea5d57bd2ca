/**
 * The text a browser copies from a rendered docs site (fixtures/copied-text, written by us for a
 * made-up API: a site's nav and footer around the article, headings with their anchor's `#` glued
 * in front, tables as tab-separated lines, code blocks as their bare lines with a copy button's
 * `Copy` after them, lists as lines without bullets). The general reader recovers its structure
 * (copied-text.ts) and reads it as it reads the same page written in markdown (plants.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, List, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/document/plain-text.js';
import type { Schema } from '../../../src/ir/types.js';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { isCopiedTextPage, readCopiedText } from '../../../src/readers/markdown/copied-text.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/copied-text', name), 'utf8');
const CREATE = 'POST /greenhouses/{greenhouse_id}/plants';
const LIST = 'GET /greenhouses/{greenhouse_id}/plants';

const headings = (nodes: readonly RootContent[]) =>
  nodes.filter((node): node is Heading => node.type === 'heading').map((node) => `${node.depth} ${plainText(node)}`);
const codeValues = (nodes: readonly RootContent[]) => nodes.filter((node): node is Code => node.type === 'code').map((node) => node.value);

describe('general reader: the text copied from a rendered docs site', () => {
  it('should read a copied page as its markdown: parameters, body fields, samples and statuses', () => {
    const text = readGeneral(fixture('plants.txt'), 'api/plants.txt');
    const md = readGeneral(fixture('plants.md'), 'api/plants.md');
    expect(text.routes).toEqual([CREATE, LIST]);
    expect(text.routes).toEqual(md.routes);
    for (const route of [CREATE, LIST]) {
      const [copied, written] = [operation(text, route), operation(md, route)];
      expect(strip(copied.parameters)).toEqual(strip(written.parameters));
      expect(strip(copied.requestBody)).toEqual(strip(written.requestBody));
      expect(strip(copied.responses)).toEqual(strip(written.responses));
      expect([copied.summary, copied.description]).toEqual([written.summary, written.description]);
    }
    expect(parameterNames(operation(text, LIST))).toEqual(['path:greenhouse_id*', 'query:page']);
  });

  it("should join a row's cell lines below it (a description's paragraphs) to its last cell", () => {
    const body = operation(readGeneral(fixture('plants.txt'), 'api/plants.txt'), CREATE).requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.description])).toEqual([
      ['name', 'The common name'],
      ['species', 'The Latin name'],
      ['height_cm', 'The height when planted. Measured from the soil.'],
      ['watering', 'How often to water it'],
    ]);
  });

  it("should read none of the site's nav, contents, feedback or footer lines as the page's words", () => {
    const { root } = readGeneral(fixture('plants.txt'), 'api/plants.txt');
    const words = root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of [
      'Plant Nursery docs',
      'Webhooks',
      'Was this page helpful?',
      'On this page',
      'Edit this page',
      'All rights reserved',
      'Copy',
    ])
      expect(words).not.toContain(chrome);
    expect(words).toContain('Plants grow in greenhouses.');
  });

  it('should make headings of anchored lines and of section titles alone, levels by what the page shows', () => {
    const root = readCopiedText(fixture('plants.txt'), {});
    expect(headings(root.children)).toEqual([
      '1 Plants API',
      '2 Create a plant',
      '2 Path Parameters',
      '2 Request Body',
      '2 Example Request',
      '2 Result',
      '3 Success',
      '2 List plants',
      '2 Response',
    ]);
    // A short line alone that is no known title stays words (never a guessed heading).
    expect(root.children.some((node) => node.type === 'paragraph' && plainText(node) === 'Greenhouse notes')).toBe(true);
  });

  it('should place what it reads at its line and column in the copied text', () => {
    const page = fixture('plants.txt');
    const lineOf = (words: string) => page.split('\n').findIndex((line) => line.startsWith(words)) + 1;
    const create = operation(readGeneral(page, 'api/plants.txt'), CREATE);
    expect(create.parameters[0]?.source?.start).toMatchObject({ line: lineOf('greenhouse_id\t'), column: 1 });
    const body = create.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => p.source?.start.line)).toEqual(
      ['name\t', 'species\t', 'height_cm\t', 'watering\t'].map(lineOf),
    );
    // A diagnostic points into the text as well: `/plants/:plant_id` has no row for its parameter.
    const undocumented = readGeneral(page.replace('GET /greenhouses/:greenhouse_id/plants', 'GET /plants/:plant_id'), 'api/plants.txt');
    const found = undocumented.diagnostics.items.find((d) => d.code === 'path-parameter-undocumented');
    expect(found?.source).toMatchObject({ file: 'api/plants.txt', start: { line: lineOf('GET /greenhouses/'), column: 1 } });
  });

  it("should end a copy button's code block at a line of prose, and keep a script's lines one block", () => {
    const read = readGeneral(fixture('water.txt'), 'api/water.txt');
    expect(read.routes).toEqual(['POST /api/v2/plants.water']);
    const root = readCopiedText(fixture('water.txt'), {});
    const blocks = codeValues(root.children);
    // The heredoc's shell lines around its JSON: one script, as its `<pre>` held it.
    expect(blocks[0]).toMatch(/^PAYLOAD=\$\(cat << 'JSON'\n\{\n[\s\S]*\n\}\nJSON\n\)\ncurl -X POST/);
    // `codeCount: The number of codes sent.` ends the list: the JSON after it is the button's block.
    expect(blocks[1]).toBe('{\n  "success": false,\n  "details": {"method": "email", "codeCount": 1}\n}');
    const list = root.children.find((node): node is List => node.type === 'list');
    expect(list?.children.map((item) => plainText(item))).toEqual([
      'method: The method the server chose.',
      'codeCount: The number of codes sent.',
    ]);
    // A status line over headers and a body: the whole message, its status the answer's.
    expect(blocks[2]).toBe('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"success": true}');
    expect(operation(read, 'POST /api/v2/plants.water').responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read entry lines as the list they were: one right over a sample, a name with its notes alone', () => {
    const page = [
      'Request body:',
      '',
      'description (required) - Release notes',
      '{',
      '  "description": "Wow"',
      '}',
      '',
      'Parameters:',
      '',
      'username (required)',
      'token (required)',
      '',
      'A sentence alone - no list.',
      '',
    ];
    const root = readCopiedText(page.join('\n'), {});
    const lists = root.children.filter((node): node is List => node.type === 'list');
    expect(lists.map((list) => list.children.map((item) => plainText(item)))).toEqual([
      ['description (required) - Release notes'],
      ['username (required)', 'token (required)'],
    ]);
    // Each entry's name the code it was on the page.
    expect(lists[0]?.children[0]?.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'inlineCode', value: 'description' }, { type: 'text' }],
    });
    expect(codeValues(root.children)).toEqual(['{\n  "description": "Wow"\n}']);
    const release = readGeneral(['POST /releases', '', 'Copy', ...page].join('\n'), 'api/releases.txt');
    expect(strip(operation(release, 'POST /releases').requestBody?.content[0]?.schema)).toMatchObject({
      kind: 'object',
      properties: [{ name: 'description', required: true, description: 'Release notes' }],
    });
  });

  it('should read a method/URL table and a body table under a section title copied as text, a cell of alternatives one row each', () => {
    const water = operation(readGeneral(fixture('water.txt'), 'api/water.txt'), 'POST /api/v2/plants.water');
    const body = water.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.description])).toEqual([
      ['plantId', 'The plant to water.'],
      ['litres', 'How much water.'],
      ['userId', 'Who waters it.'],
      ['username', 'Who waters it.'],
    ]);
  });

  it("should read a name cell's backticks that broken markup left as text (`` plantId`` * ``, copied from `` `plantId`` `<mark>`*`</mark> ``) as no part of the name", () => {
    const page = [
      'Feed a plant',
      'HTTP Method\tURL\tRequires Auth',
      'POST\t/api/v2/plants.feed\tyes',
      'Body Parameters',
      'Key\tExample Value\tDescription',
      'plantId`` *\tp42\tThe plant to feed.',
      '`grams`\t12\tHow much food.',
    ].join('\n');
    const body = operation(readGeneral(page, 'api/feed.txt'), 'POST /api/v2/plants.feed').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['plantId*', 'grams']);
  });

  it("should go on with a table past the blank line a line break ending a cell leaves (`… or all.<br>`), not past a table's own header", () => {
    const page = (second: string) =>
      [
        'List plants',
        'HTTP Method\tURL\tRequires Auth',
        'GET\t/api/v2/plants.list\tyes',
        'Query Parameters',
        'Name\tType\tRequired\tDescription',
        'scope\tstring\tno\tWhich plants: mine or all.',
        '',
        second,
        'limit\tinteger\tno\tHow many.',
      ].join('\n');
    const names = (second: string) => parameterNames(operation(readGeneral(page(second), 'api/list.txt'), 'GET /api/v2/plants.list'));
    expect(names('sort\tstring\tno\tHow to sort them.')).toEqual(['query:scope', 'query:sort', 'query:limit']);
    // A header's words after the blank line: a table of its own, no row named "Field".
    expect(names('Field\tType\tRequired\tDescription')).not.toContain('query:Field');
  });

  it('should read markdown of tab-separated rows alone as copied text, and a `.txt` page of markdown as markdown', () => {
    const pasted = readGeneral(fixture('water.txt'), 'api/water.md');
    expect(pasted.routes).toEqual(['POST /api/v2/plants.water']);
    const markdown = readGeneral(fixture('plants.md'), 'api/plants.txt');
    expect(headings(markdown.root.children)).toContain('3 Success');
    expect(markdown.root.children.some((node) => node.type === 'table')).toBe(true);
    expect(strip(operation(markdown, CREATE).requestBody)).toEqual(strip(operation(readGeneral(fixture('plants.md')), CREATE).requestBody));
  });

  it('should read a `.txt` page of light markdown (a setext title, items naming fields in code or bold, indented code) as markdown', () => {
    const page = (items: string[]) =>
      ['Get a plant', '===========', '', '    GET /v1/plants/{id}', '', 'Returns one plant.', '', 'Parameters:', '', ...items, ''].join(
        '\n',
      );
    for (const items of [
      ['- `id` (string, required): The plant.', '- `fields` (string): Fields to return.'],
      ['* **id** (string, required): The plant.', '* **fields** (string): Fields to return.'],
    ]) {
      const read = readGeneral(page(items), 'api/plants.txt');
      expect(read.root.children.some((node) => node.type === 'heading' && node.depth === 1)).toBe(true);
      expect(parameterNames(operation(read, 'GET /v1/plants/{id}'))).toEqual(['path:id*', 'query:fields']);
    }
    // A line of text over `===` is a setext title only where it stands so; copied text holds neither mark.
    expect(isCopiedTextPage('api/plants.txt', page(['id (string, required): The plant.']).replace('===========\n', ''))).toBe(true);
  });

  it('should be read by the general reader, not the scraped-text dialect, though it holds request lines and section titles', () => {
    const detected = detectDialect({ file: 'api/plants.txt', text: fixture('plants.txt') });
    expect(detected?.id).toBe('markdown');
    expect(detected?.reason).toContain('copied text: 6 tab-separated table row(s)');
    expect(codes(readGeneral(fixture('plants.txt'), 'api/plants.txt'))).not.toContain('not-an-endpoint');
  });

  it('should be read by the general reader when its entries are stacked a line each (IBM Cloud’s, Atlassian’s), though it holds request lines and section titles', () => {
    for (const [name, entries] of [
      ['kilns.txt', 4],
      ['kiln-get.txt', 2],
    ] as const) {
      const detected = detectDialect({ file: `api/${name}`, text: fixture(name) });
      expect(detected?.id).toBe('markdown');
      expect(detected?.reason).toContain(`copied text: ${entries} stacked entries`);
    }
    // The scraped DocFX page flattens its rows onto a line each: it stays the text dialect's.
    const scraped = readFileSync(path.join(import.meta.dirname, '../text/fixtures/endpoint.txt'), 'utf8');
    expect(detectDialect({ file: 'api/endpoint.txt', text: scraped })?.id).toBe('text');
    // The same stacked page written as markdown is no copied text: nothing is counted.
    expect(detectDialect({ file: 'api/kilns.md', text: fixture('kilns.txt') })?.reason).not.toContain('stacked');
  });
  it("should read a code block's line numbers copied from their table (Pygments, Chroma: a number a line, then the tab between the cells) as no words", () => {
    const blocks = [
      'POST /pets/{pet_id}/toys',
      `curl -X POST https://api.example.com/pets/7/toys \\\n  -d '{"name": "Ball"}'`,
      '{\n  "id": 31,\n  "name": "Ball"\n}',
    ];
    const page = (gutter: (lines: number) => string) =>
      [
        '#Create a toy',
        '',
        'Creates a toy for a pet.',
        '',
        `${gutter(1)}${blocks[0]}`,
        'Copy',
        '',
        '#Parameters',
        'Name\tType\tRequired\tDescription',
        "pet_id\tinteger\tyes\tThe pet's ID.",
        "name\tstring\tyes\tThe toy's name.",
        '#Example request',
        `${gutter(2)}${blocks[1]}`,
        'Copy',
        '',
        '#Example response',
        `${gutter(4)}${blocks[2]}`,
        'Copy',
        '',
      ].join('\n');
    const numbers = (count: number) => Array.from({ length: count }, (_, i) => `${i + 1}\n`).join('');
    const plain = readGeneral(
      page(() => ''),
      'api/toys.txt',
    );
    const route = 'POST /pets/{pet_id}/toys';
    expect(plain.routes).toEqual([route]);
    for (const gutter of [(count: number) => `${numbers(count)}\t\n`, (count: number) => `${numbers(count)}\n\t\n`]) {
      const read = readGeneral(page(gutter), 'api/toys.txt');
      expect(read.routes).toEqual([route]);
      const [copied, written] = [operation(read, route), operation(plain, route)];
      expect(strip(copied.requestBody)).toEqual(strip(written.requestBody));
      expect(strip(copied.responses)).toEqual(strip(written.responses));
      expect([copied.summary, copied.description]).toEqual(['Creates a toy for a pet.', undefined]);
      expect(codeValues(read.root.children).filter((value) => /^\d/.test(value))).toEqual([]);
    }
  });
  it("should read a `#` glued after a heading's words (Hugo's heading hooks) as its mark where the page's headings copy so, never `C#` or `F#`", () => {
    const page = fixture('gardeners.txt');
    const root = readCopiedText(page, {});
    expect(headings(root.children)).toEqual([
      '2 Gardeners',
      '2 Get a gardener',
      '2 Path parameters',
      '2 Response',
      '2 Create a gardener',
      '2 Body parameters',
      '2 Using C#',
    ]);
    // The languages' names (a word of one letter before the `#`) stay the list's words.
    expect(root.children.some((node) => node.type === 'paragraph' && plainText(node) === 'C#\nF#\nGo')).toBe(true);
    const read = readGeneral(page, 'api/gardeners.txt');
    expect(read.routes).toEqual(['GET /gardeners/{gardener_id}', 'POST /gardeners']);
    expect(parameterNames(operation(read, 'GET /gardeners/{gardener_id}'))).toEqual(['path:gardener_id*']);
    const body = operation(read, 'POST /gardeners').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required])).toEqual([
      ['name', true],
      ['shift', false],
    ]);
    // One line so marked is no evidence: the page's headings do not copy so.
    const alone = readCopiedText(['Storing seeds', '', 'Seeds keep#', '', 'In a cool place.', ''].join('\n'), {});
    expect(headings(alone.children)).toEqual([]);
  });

  it("should read a request line alone on its line (a `<pre>` with no copy button, a code span alone) as its operation's signature", () => {
    const read = readGeneral(fixture('seeds.txt'), 'api/seeds.txt');
    expect(read.routes).toEqual(['GET /seed-packets', 'POST /seed-packets', 'DELETE /seed-packets/{packet_id}']);
    expect(parameterNames(operation(read, 'GET /seed-packets'))).toEqual(['query:species', 'query:limit']);
    expect(parameterNames(operation(read, 'DELETE /seed-packets/{packet_id}'))).toEqual(['path:packet_id*']);
    const body = operation(read, 'POST /seed-packets').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['species', 'grams']);
    // A request line inside a sentence is words.
    const prose = readCopiedText(['Call GET /seed-packets to list them.', ''].join('\n'), {});
    expect(codeValues(prose.children)).toEqual([]);
  });

  it('should read stacked entries whose flags stand over their type, their labelled facts below their words (IBM Cloud’s, Atlassian’s)', () => {
    const read = readGeneral(fixture('kilns.txt'), 'api/kilns.txt');
    const op = operation(read, 'POST /v1/studios/{studio_id}/kilns');
    expect(parameterNames(op)).toEqual(['path:studio_id*', 'query:dry_run']);
    expect(op.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'The ID of the studio.'],
      ['boolean', 'Whether to check the request without creating the kiln. Default: false'],
    ]);
    const body = bodySchema(op);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['name', true, 'string', 'The name of the kiln. Possible values: 1 ≤ length ≤ 64'],
      ['capacity', false, 'integer', 'How many pieces the kiln holds. Default: 12'],
    ]);
    const capacity = body?.kind === 'object' ? body.properties.find((p) => p.name === 'capacity')?.schema : undefined;
    expect(capacity).toMatchObject({ default: 12 });
    expect(op.responses.map((r) => r.status)).toEqual(['201', '400']);
  });

  it('should read a status with its reason phrase over its words as a response, its media type and type name lines no end of the statuses (Atlassian’s)', () => {
    const op = operation(readGeneral(fixture('kiln-get.txt'), 'api/kiln-get.txt'), 'GET /rest/api/2/kiln/{kilnIdOrKey}');
    expect(parameterNames(op)).toEqual(['path:kilnIdOrKey*', 'query:expand']);
    expect(op.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Returned if the request is successful.'],
      ['401', 'Returned if the authentication credentials are incorrect or missing.'],
      ['404', 'Returned if the kiln is not found.'],
    ]);
  });

  it("should read an API explorer's stacked lines (ReadMe, Stoplight): a method over its URL, entries of name, type and flags, statuses over their words", () => {
    const text = readGeneral(fixture('trellises.txt'), 'api/trellises.txt');
    const md = readGeneral(fixture('trellises.md'), 'api/trellises.md');
    const GET = 'GET /v2/gardens/{garden_id}/trellises/{trellis_id}';
    const POST = 'POST /v2/gardens/{garden_id}/trellises';
    expect(text.routes).toEqual([GET, POST]);
    expect(text.routes).toEqual(md.routes);
    for (const route of [GET, POST]) {
      const [copied, written] = [operation(text, route), operation(md, route)];
      expect(strip(copied.parameters)).toEqual(strip(written.parameters));
      expect(strip(copied.requestBody)).toEqual(strip(written.requestBody));
      expect(strip(copied.responses)).toEqual(strip(written.responses));
      expect([copied.summary, copied.description]).toEqual([written.summary, written.description]);
    }
    // Tight (no blank line) and loose stacks alike.
    expect(parameterNames(operation(text, GET))).toEqual([
      'path:garden_id*',
      'path:trellis_id*',
      'query:expand',
      'header:Trellis-Version*',
    ]);
    expect(operation(text, GET).responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Returns the trellis.'],
      ['404', 'No trellis has this ID.'],
    ]);
    const body = bodySchema(operation(text, POST));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.description])).toEqual([
      ['height_cm', true, 'The height in centimetres.'],
      ['material', false, 'What the trellis is made of. Defaults to cedar.'],
      ['climbing', false, 'Whether a plant already climbs it.'],
      ['contact', false, 'Who to tell when it is built.'],
    ]);
    const contact = body?.kind === 'object' ? body.properties.find((p) => p.name === 'contact')?.schema : undefined;
    expect(contact).toMatchObject({ kind: 'string', format: 'email' });
    // A name over words that are no type, a method word in a sentence, a status in prose: words.
    const prose = readCopiedText(
      [
        'Parameters',
        '',
        'note',
        'Read the guide first.',
        '',
        'You can get',
        'https://example.com/x',
        '',
        'Responses',
        '',
        'See 200',
        'below.',
        '',
      ].join('\n'),
      {},
    );
    expect(prose.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it("should read a status's body stacked under it (`Body` ⏎ its media type ⏎ its fields) as that status's response body", () => {
    const read = readGeneral(fixture('lanterns.txt'), 'api/lanterns.txt');
    expect(read.routes).toEqual(['GET /v1/lanterns/{lantern_id}', 'POST /v1/lanterns/{lantern_id}/light', 'GET /v1/lanterns']);
    const get = operation(read, 'GET /v1/lanterns/{lantern_id}');
    // The status's words stay its description; the statuses after the body stay statuses.
    expect(get.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'Returns the lantern.', ['application/json']],
      ['404', 'No lantern has this ID.', []],
    ]);
    expect(strip(get.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: true, description: "The lantern's ID.", schema: { kind: 'string' } },
        { name: 'wick_mm', required: false, description: 'Length of the wick in millimetres.', schema: { kind: 'integer' } },
        { name: 'lit', required: false, description: 'Whether the lantern burns.', schema: { kind: 'boolean' } },
        {
          name: 'keeper',
          required: false,
          description: 'Who tends the lantern.',
          // A nested object's fields, named by their path.
          schema: {
            kind: 'object',
            properties: [{ name: 'name', required: false, description: "The keeper's name.", schema: { kind: 'string' } }],
          },
        },
      ],
    });
    // Loose (blank lines between), `Response body` over `object`, the media type as stated.
    const light = operation(read, 'POST /v1/lanterns/{lantern_id}/light');
    expect(light.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['201', 'The lantern was lit.', ['application/hal+json']],
      ['4XX', 'The lantern cannot be lit.', []],
    ]);
    const lit = light.responses[0]?.content[0]?.schema;
    expect(lit?.kind === 'object' && lit.properties.map((p) => `${p.name}:${p.schema.kind}`)).toEqual(['lit_at:string', 'flame:string']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it("should read a status's body stacked as `array of objects` over its fields as an array of objects of those fields", () => {
    const read = readGeneral(fixture('lanterns.txt'), 'api/lanterns.txt');
    const list = operation(read, 'GET /v1/lanterns');
    // The statuses after the body stay statuses; `array of objects` is no words of the 200.
    expect(list.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'The lanterns.', ['application/json']],
      ['401', 'No key was sent.', []],
    ]);
    expect(strip(list.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'id', required: true, description: "The lantern's ID.", schema: { kind: 'string' } },
          { name: 'wick_mm', required: false, description: 'Length of the wick in millimetres.', schema: { kind: 'integer' } },
        ],
      },
    });
    // A body of another type over no fields (`array of strings`) stays the status's words.
    const words = readGeneral(
      [
        'List wicks',
        'get',
        'https://api.lantern.example/v1/wicks',
        'Responses',
        '200',
        'The wicks.',
        'Body',
        'application/json',
        'array of strings',
        '',
      ].join('\n'),
      'api/wicks.txt',
    );
    expect(operation(words, 'GET /v1/wicks').responses.map((r) => [r.status, r.content.length])).toEqual([['200', 0]]);
  });
  it("should read a three-panel reference's copied text (Redocly's): each operation's words, parameters and responses before its request line, the samples after it", () => {
    const read = readGeneral(fixture('kites.txt'), 'api/kites.txt');
    // The method's badge glued to the route (`get/kites`) or a space between; the server's URL under it is no operation.
    expect(read.routes).toEqual(['GET /kites', 'POST /kites', 'GET /kites/{kite_id}']);
    const list = operation(read, 'GET /kites');
    // `Authorizations:` ⏎ `bearerAuth` are no words of the description.
    expect(list.description).toBeUndefined();
    expect(list.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['query', 'limit', false, 'integer', 'How many kites to return. Default: 20. `[ 1 .. 100 ]`.'],
      ['query', 'colour', false, 'enum', 'Only kites of this colour. Enum: "red" "blue" "yellow".'],
    ]);
    expect(list.parameters[0]?.schema).toMatchObject({ default: 20 });
    expect(list.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'OK', ['application/json']],
      ['401', 'Unauthorized', []],
    ]);
    const listed = list.responses[0]?.content[0]?.schema;
    expect(listed?.kind === 'object' && listed.properties.map((p) => `${p.name}:${p.schema.kind}`)).toEqual([
      'data:array',
      'has_more:boolean',
    ]);
    // The body's `required` flag over its fields, the flags over each field's type, the limits after it.
    const create = operation(read, 'POST /kites');
    expect(bodySchema(create)).toMatchObject({ kind: 'object' });
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['name', true, 'string', "The kite's name. <= 100 characters."],
      ['span_cm', true, 'integer', 'Wingspan in centimetres. >= 10.'],
      ['material', false, 'string', 'What the kite is made of. Default: "nylon".'],
    ]);
    expect(create.responses.map((r) => r.status)).toEqual(['201', '400']);
    const get = operation(read, 'GET /kites/{kite_id}');
    expect(parameterNames(get)).toEqual(['path:kite_id*']);
    const got = get.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => p.name)).toEqual(['id', 'name', 'owner_email']);
    expect(got?.kind === 'object' && got.properties[2]?.schema).toMatchObject({ kind: 'string', format: 'email' });
    // Each operation's title heads it, its sections under it; the samples' panels: the first status's JSON under its title.
    const heads = headings(read.root.children);
    expect(heads.filter((h) => h.startsWith('2 '))).toEqual(['2 List kites', '2 Create a kite', '2 Get a kite']);
    expect(heads).toContain('3 Response samples');
    expect(heads).toContain('3 Request samples');
    const texts = read.root.children.map((node) => (node.type === 'paragraph' ? plainText(node) : node.type));
    expect(texts).not.toContain('Content type');
    expect(codeValues(read.root.children).filter((code) => code.startsWith('{')).length).toBe(4);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it("should read Redoc's copied text as its markdown: a cell's tab under the name, statuses titled with their words, their headers, the body's words over its fields", () => {
    const text = readGeneral(fixture('shelves-redoc.txt'), 'api/shelves.txt');
    const md = readGeneral(fixture('shelves.md'), 'api/shelves.md');
    const routes = ['GET /shelves', 'POST /shelves', 'GET /shelves/{shelfId}'];
    expect(text.routes).toEqual(routes);
    for (const route of routes) {
      const [copied, written] = [operation(text, route), operation(md, route)];
      expect(copied.responses.map((r) => [r.status, r.description])).toEqual(written.responses.map((r) => [r.status, r.description]));
      expect(strip(copied.responses.map((r) => r.headers))).toEqual(strip(written.responses.map((r) => r.headers)));
    }
    // `shelfId` ⏎ `required` ⏎ `⇥` ⏎ `string <uuid>`: the name's cell, its flag, the cell's tab, then the type.
    expect(strip(operation(text, 'GET /shelves/{shelfId}').parameters)).toEqual(strip(operation(md, 'GET /shelves/{shelfId}').parameters));
    const list = operation(text, 'GET /shelves');
    expect(list.parameters.map((p) => [p.in, p.name, p.schema.kind])).toEqual([
      ['query', 'limit', 'integer'],
      ['query', 'room', 'enum'],
      ['query', 'tags', 'array'],
    ]);
    const listed = list.responses[0]?.content[0]?.schema;
    expect(listed?.kind === 'object' && listed.properties.map((p) => p.name)).toEqual(['data', 'has_more']);
    // `Request Body schema: application/json` ⏎ `required` ⏎ its words ⏎ its fields.
    const create = operation(text, 'POST /shelves');
    expect(create.requestBody?.description).toBe('The shelf to add.');
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['room', true, 'enum'],
      ['capacity', false, 'integer'],
    ]);
  });
  it("should read a three-panel reference's text pasted into a markdown page (no heading, table or fence: its request lines close its operations) as copied text", () => {
    const text = readGeneral(fixture('kites.txt'), 'api/kites.txt');
    const md = readGeneral(fixture('kites.txt'), 'api/kites.md');
    expect(md.routes).toEqual(['GET /kites', 'POST /kites', 'GET /kites/{kite_id}']);
    expect(strip(md.fragment?.operations)).toEqual(strip(text.fragment?.operations));
  });
  it("should read Scalar's stacked entries: `Type:` labelled type lines, facts as a label over its value, `enum` over its values, the body's flag and media type under its title, toggles no words", () => {
    const read = readGeneral(fixture('spools.txt'), 'api/spools.txt');
    expect(read.routes).toEqual(['GET /spools', 'POST /spools', 'GET /spools/{spool_id}']);
    const list = operation(read, 'GET /spools');
    expect(list.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['query', 'limit', false, 'integer', 'How many spools to return. min: 1. max: 100.'],
      ['query', 'colour', false, 'enum', 'Only spools of this colour. Enum: red, blue.'],
    ]);
    expect(list.parameters[0]?.schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(list.parameters[1]?.schema).toMatchObject({ values: [{ value: 'red' }, { value: 'blue' }] });
    // A status's `Type: object` and its `Show Child Attributes` toggle are no words of it.
    expect(list.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'The spools.'],
      ['401', 'Unauthorized'],
    ]);
    const create = operation(read, 'POST /spools');
    expect(create.requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
    const body = create.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.description])).toEqual([
      ['name', true, "The spool's name."],
      ['span_cm', true, 'Wingspan in centimetres.'],
      ['line', false, "The spool's line."],
    ]);
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['400', 'Bad request'],
    ]);
    expect(parameterNames(operation(read, 'GET /spools/{spool_id}'))).toEqual(['path:spool_id*']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it("should read a request line's title right over it as its heading, so its sections are its own and the next operation's title no words of them", () => {
    const text = [
      'Get a reel',
      'GET /reels/{reel_id}',
      'Returns one reel.',
      '',
      'Responses',
      '200',
      'Returns the reel.',
      '404',
      'Not found',
      '',
      'Create a reel',
      'POST /reels',
      'Registers a reel.',
      '',
      'Responses',
      '201',
      'Created',
      '',
    ];
    const read = readGeneral(text.join('\n'), 'api/reels.txt');
    expect(read.routes).toEqual(['GET /reels/{reel_id}', 'POST /reels']);
    expect(operation(read, 'GET /reels/{reel_id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Returns the reel.'],
      ['404', 'Not found'],
    ]);
    const create = operation(read, 'POST /reels');
    expect([create.summary, create.description, create.requestBody]).toEqual(['Registers a reel.', undefined, undefined]);
    expect(headings(read.root.children).filter((h) => !h.includes('/'))).toContain('2 Create a reel');
  });
  it("should read the fields stacked right under a status's words (Bump.sh's `200` ⏎ `OK` ⏎ `id` ⏎ `string`) as that status's response body", () => {
    const read = readGeneral(fixture('reels.txt'), 'api/reels.txt');
    expect(read.routes).toEqual(['GET /reels/{reel_id}', 'POST /reels']);
    const get = operation(read, 'GET /reels/{reel_id}');
    expect(get.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'OK', ['application/json']],
      ['404', 'Not found', []],
    ]);
    const got = get.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['id', 'string', "The reel's ID. Example: r_12"],
      ['name', 'string', "The reel's name."],
      ['owner_email', 'string', "The owner's email."],
    ]);
    const create = operation(read, 'POST /reels');
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['400', 'Bad request'],
    ]);
    const created = create.responses[0]?.content[0]?.schema;
    expect(created?.kind === 'object' && created.properties.map((p) => p.name)).toEqual(['id']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe("general reader: Zudoku's copied reference", () => {
  it("should read the method over the server's URL over the route as the request line, the route the page's, the sidecar's request line no second operation", () => {
    const read = readGeneral(fixture('lamps.txt'), 'api/lamps.txt');
    // `GET` ⏎ `https://api.lampworks.example/v1` ⏎ `/lamps/{lampId}`; the sidecar's `GET /lamps/{lampId}` over the samples repeats it.
    expect(read.routes).toEqual(['GET /lamps/{lampId}', 'POST /lamps']);
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.summary).toBe('Returns one lamp of the works.');
    // The samples under the sidecar's line are the operation's: the curl's body is the request's sample.
    expect(operation(read, 'POST /lamps').requestBody?.content[0]?.examples?.[0]?.value).toEqual({ name: 'Desk', wattage: 40 });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a field with no words (its name over its type line, no line of words) as a field, up to the next operation', () => {
    const read = readGeneral(fixture('gardens.txt'), 'api/gardens.txt');
    expect(read.routes).toEqual(['GET /gardens/{gardenId}', 'POST /gardens']);
    const get = operation(read, 'GET /gardens/{gardenId}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['path', 'gardenId', true, 'string', undefined],
      ['query', 'fields', false, 'string', undefined],
      ['query', 'limit', false, 'integer', 'How many beds to list. min: 1. max: 50.'],
      ['query', 'sort', false, 'string', undefined],
    ]);
    const got = get.responses[0]?.content[0]?.schema;
    // The last field, no words of its own, right over the next operation's title and stacked request: before, those were its words.
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['id', true, 'string', undefined],
      ['name', true, 'string', 'What the gardeners call it.'],
      ['beds', false, 'integer', undefined],
      ['open', false, 'boolean', undefined],
      ['planted_at', false, 'string', undefined],
    ]);
    const create = operation(read, 'POST /gardens');
    expect(create.summary).toBe('Plants a new garden.');
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['name', true, 'string', undefined],
      ['soil', false, 'string', undefined],
      ['size', true, 'integer', 'Its size in square metres.'],
      ['walled', false, 'boolean', undefined],
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a name glued to its type with no dotted facts (`soilstring`) as a field of no words where no words follow it', () => {
    const text = [
      'Garden Works API',
      '',
      'Get a bed',
      'GET',
      'https://api.gardenworks.example/v1',
      '/beds/{bedId}',
      'Returns one bed.',
      '',
      'Path Parameters',
      'bedIdstring \u00b7 required',
      '',
      'Query Parameters',
      'sortstring',
      'limitinteger \u00b7 min: 1 \u00b7 max: 50',
      'How many plants to list.',
      'countinteger',
      'This line names no type apart: its words.',
      '',
      'Responses',
      '200',
      '404',
      'The bed.',
      'idstring \u00b7 required',
      'labelstring',
      'descriptionstring',
      'defaultboolean',
      'tagsstring[]',
      'rowsinteger \u00b7 int32',
      'How many rows it has.',
      'soilstring',
    ].join('\n');
    const read = readGeneral(text, 'api/beds.txt');
    const get = operation(read, 'GET /beds/{bedId}');
    expect(get.parameters.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['bedId', true, 'string', undefined],
      ['sort', false, 'string', undefined],
      // Over a line of words, a glued line of no dots stays words: nothing says where its name ends.
      ['limit', false, 'integer', 'How many plants to list. countinteger This line names no type apart: its words. min: 1. max: 50.'],
    ]);
    const got = get.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['id', true, 'string', undefined],
      ['label', false, 'string', undefined],
      ['description', false, 'string', undefined],
      ['default', false, 'boolean', undefined],
      ['tags', false, 'array', undefined],
      ['rows', false, 'integer', 'How many rows it has.'],
      ['soil', false, 'string', undefined],
    ]);
  });

  it('should read a field named `default` or `required` over its type line as a field, not a status or the field before’s flag', () => {
    const text = [
      'Lamp Works API',
      '',
      'Create a lamp',
      'POST',
      'https://api.lampworks.example/v1',
      '/lamps',
      'Registers a new lamp.',
      '',
      'Request Body',
      'name',
      'string \u00b7 required',
      "The lamp's name.",
      'default',
      'boolean',
      "Whether it is the room's default lamp.",
      'kind',
      'string',
      'required',
      'boolean',
      'Whether it must stay lit.',
      '',
      'Responses',
      '201',
      'The lamp was registered.',
      'id',
      'string \u00b7 required',
      "The new lamp's ID.",
      'default',
      'boolean',
      'Whether it is the default.',
    ].join('\n');
    const read = readGeneral(text, 'api/lamps.txt');
    const create = operation(read, 'POST /lamps');
    // Before, `default` ⏎ `boolean` was words of `name` (a status under Responses), and `required` the flag of `kind`.
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['name', true, 'string', "The lamp's name."],
      ['default', false, 'boolean', "Whether it is the room's default lamp."],
      ['kind', false, 'string', undefined],
      ['required', false, 'boolean', 'Whether it must stay lit.'],
    ]);
    expect(create.responses.map((r) => r.status)).toEqual(['201']);
    const got = create.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['id', 'string'],
      ['default', 'boolean'],
    ]);
  });

  it('should read a type line of dotted facts (`string · required`, `integer · min: 1 · max: 50`, `string · date-time`) and `string[]`', () => {
    const read = readGeneral(fixture('lamps.txt'), 'api/lamps.txt');
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['path', 'lampId', true, 'string', "The lamp's ID."],
      // Zudoku's earlier layout: the `required` badge over the type.
      ['query', 'fields', true, 'string', 'Fields to include in the answer.'],
      ['query', 'limit', false, 'integer', 'How many bulbs to list. min: 1. max: 50.'],
    ]);
    expect(get.parameters[2]?.schema).toMatchObject({ minimum: 1, maximum: 50 });
    const body = bodySchema(operation(read, 'POST /lamps'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['name', true, 'string'],
      ['wattage', true, 'integer'],
      ['colour', false, 'string'],
    ]);
    const got = get.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['id', true, 'string'],
      ['wattage', false, 'integer'],
      ['lit', false, 'boolean'],
      ['tags', false, 'array'],
      ['made_at', false, 'string'],
    ]);
    expect(got?.kind === 'object' && strip(got.properties[3]?.schema)).toEqual({ kind: 'array', items: { kind: 'string' } });
    expect(got?.kind === 'object' && got.properties[4]?.schema).toMatchObject({ format: 'date-time' });
  });

  it('should read a name and its type run together before dotted facts (`idstring · required`) as the name and its type, no name without the facts (`countinteger`)', () => {
    const read = readGeneral(fixture('candles.txt'), 'api/candles.txt');
    expect(read.routes).toEqual(['GET /candles/{candleId}', 'POST /candles']);
    const get = operation(read, 'GET /candles/{candleId}');
    // `countinteger` alone: nothing says where its name ends, so it stays the words it is.
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['path', 'candleId', true, 'string', "The candle's ID."],
      [
        'query',
        'limit',
        false,
        'integer',
        'How many wicks to list. countinteger This line names no type apart: its words. min: 1. max: 50.',
      ],
    ]);
    expect(get.parameters[1]?.schema).toMatchObject({ minimum: 1, maximum: 50 });
    // The name at its columns, the line's start.
    const line = fixture('candles.txt').split('\n').indexOf('candleIdstring · required') + 1;
    expect([get.parameters[0]?.source?.start.line, get.parameters[0]?.source?.start.column]).toEqual([line, 1]);
    const got = get.responses[0]?.content[0]?.schema;
    expect(got?.kind === 'object' && got.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['id', true, 'string'],
      ['scents', true, 'array'],
      ['poured_at', false, 'string'],
      // A name that ends in a type word itself (`substringstring · enum`): the type word closing the line's first word is the type.
      ['substring', false, 'string'],
    ]);
    expect(got?.kind === 'object' && strip(got.properties[1]?.schema)).toEqual({ kind: 'array', items: { kind: 'string' } });
    expect(got?.kind === 'object' && got.properties[2]?.schema).toMatchObject({ format: 'date-time' });
    const body = bodySchema(operation(read, 'POST /candles'));
    // `ownerobject` names no facts: words of the field before it.
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['name', true, 'string'],
      ['height_mm', true, 'number'],
    ]);
    expect(body?.kind === 'object' && body.properties[1]?.schema).toMatchObject({ minimum: 10 });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should count glued entries as stacked ones (the page the general reader’s, not the text dialect’s) and nest them by the sample as stacked ones', () => {
    const text = [
      'Create a lamp',
      'POST',
      'https://api.lampworks.example/v1',
      '/lamps',
      'Registers a new lamp.',
      '',
      'Request Body',
      'ownerobject · required',
      'Who ordered it.',
      'emailstring · required',
      'Their email.',
      'wattageinteger · required',
      'Power in watts.',
      '',
      'POST /lamps',
      'curl --request POST \\',
      '  --url https://api.lampworks.example/v1/lamps \\',
      `  --data '{"owner": {"email": "a@example.com"}, "wattage": 40}'`,
      'shell',
      '',
    ].join('\n');
    const detected = detectDialect({ file: 'api/lamps.txt', text });
    expect([detected?.id, detected?.reason]).toEqual(['markdown', expect.stringContaining('copied text: 3 stacked entries')]);
    const body = bodySchema(operation(readGeneral(text, 'api/lamps.txt'), 'POST /lamps'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['owner', true, 'object'],
      ['wattage', true, 'integer'],
    ]);
    const owner = body?.kind === 'object' ? body.properties[0]?.schema : undefined;
    expect(owner?.kind === 'object' && owner.properties.map((p) => [p.name, p.required])).toEqual([['email', true]]);
  });

  it("should read a row of status tabs (a line each, or on one line) as the statuses, the words and fields after it the first's", () => {
    const read = readGeneral(fixture('lamps.txt'), 'api/lamps.txt');
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([
      ['200', 'The lamp.', 1],
      ['404', 'Not Found', 0],
    ]);
    const create = operation(read, 'POST /lamps');
    expect(create.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([
      ['201', 'The lamp was registered.', 1],
      ['400', 'Bad Request', 0],
      ['409', 'Conflict', 0],
    ]);
    const created = create.responses[0]?.content[0]?.schema;
    expect(created?.kind === 'object' && created.properties.map((p) => p.name)).toEqual(['id']);
    // The statuses' names sit at their columns on the row's line.
    const row = fixture('lamps.txt').split('\n').indexOf('201 400 409') + 1;
    expect(create.responses.map((r) => [r.source?.start.line, r.source?.start.column])).toEqual([
      [row, 1],
      [row, 5],
      [row, 9],
    ]);
  });

  it('should read statuses alone up to a blank line, or a status over another over a blank line, as before: no tabs', () => {
    const read = readGeneral(
      ['Get a reel', 'GET /reels/{reel_id}', '', 'Responses', '200', 'Returns the reel.', '404', 'Not found', ''].join('\n'),
      'api/r.txt',
    );
    expect(operation(read, 'GET /reels/{reel_id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Returns the reel.'],
      ['404', 'Not found'],
    ]);
  });

  it('should read a page whose operations stack one field each (their type lines dotted) as copied text, and the samples’ sidecar as the markdown’s', () => {
    // `shelfId` ⏎ `string · required` and the stacked requests: before, the text dialect took the page and the GET's parameter, the POSTs were lost.
    const page = fixture('shelves-zudoku.txt');
    const detected = detectDialect({ file: 'api/shelves.txt', text: page });
    expect(detected?.id).toBe('markdown');
    const read = readGeneral(page, 'api/shelves.txt');
    expect(read.routes).toEqual(['GET /shelves/{shelfId}', 'POST /shelves', 'POST /shelves/{shelfId}/move']);
    const get = operation(read, 'GET /shelves/{shelfId}');
    expect(parameterNames(get)).toEqual(['path:shelfId*']);
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples?.[0]?.value])).toEqual([
      ['200', { id: 'sh_1', label: 'Oak' }],
      ['404', undefined],
    ]);
    // No Responses block: the request's sample stays its, and `Example Responses` ⏎ the JSON is the answer's sample as under
    // the markdown's `### Example Responses` (a sample of no status stated: the success's); before, its JSON was the description.
    const create = operation(read, 'POST /shelves');
    expect(create.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ label: 'Oak' });
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples?.[0]?.value])).toEqual([['2XX', { id: 'sh_2', label: 'Oak' }]]);
    const move = operation(read, 'POST /shelves/{shelfId}/move');
    expect(move.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ room: 'north' });
    expect(move.responses).toEqual([]);
    // The code's language and the language's select are no words of any operation.
    for (const op of read.fragment?.operations ?? []) expect(op.description).toBeUndefined();
    const words = read.root.children.map((node) => plainText(node)).join('\n');
    for (const chrome of ['shell', 'Show example in', 'cURL']) expect(words).not.toContain(chrome);
  });
});

describe("general reader: an expanded object's fields in copied text", () => {
  const names = (schema: Schema | undefined): unknown =>
    schema?.kind === 'object'
      ? Object.fromEntries(schema.properties.map((p) => [p.name, names(p.schema.kind === 'array' ? p.schema.items : p.schema)]))
      : (schema?.kind ?? null);

  it("should read the fields after an expanded object under it where the operation's sample holds them there (Scalar's, with its curl's JSON over lines)", () => {
    const read = readGeneral(fixture('boats.txt'), 'api/boats.txt');
    expect(read.routes).toEqual(['POST /boats', 'GET /boats/{boat_id}']);
    const create = operation(read, 'POST /boats');
    // `owner` ⏎ `Hide Child Attributes` ⏎ `email` …: the sample's `"owner": {"email": …, "address": {"city": …}, "phone": …}`, then `"length_m"` the body's again.
    expect(names(create.requestBody?.content[0]?.schema)).toEqual({
      name: 'string',
      owner: { email: 'string', address: { city: 'string' }, phone: 'string' },
      length_m: 'number',
      crew: { role: 'string' },
      flag: 'string',
    });
    const body = create.requestBody?.content[0]?.schema;
    const owner = body?.kind === 'object' ? body.properties.find((p) => p.name === 'owner') : undefined;
    expect(owner?.schema.kind === 'object' && owner.schema.properties.map((p) => [p.name, p.required, p.description])).toEqual([
      ['email', true, "The owner's email."],
      ['address', false, 'Where the owner lives.'],
      ['phone', false, "The owner's phone."],
    ]);
    // Scalar's `Type: array object[]`: an array of objects.
    const crew = body?.kind === 'object' ? body.properties.find((p) => p.name === 'crew') : undefined;
    expect(crew?.schema).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    // The curl's JSON data over lines is its request sample.
    expect(create.requestBody?.content[0]?.examples?.[0]?.value).toMatchObject({ name: 'Kestrel', flag: 'GB' });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep the fields after an expanded object where they are (the body’s) without a sample that places them', () => {
    const get = operation(readGeneral(fixture('boats.txt'), 'api/boats.txt'), 'GET /boats/{boat_id}');
    expect(names(get.responses[0]?.content[0]?.schema)).toEqual({ id: 'string', owner: 'map', email: 'string', length_m: 'number' });
  });

  it('should keep them where they are where the sample holds the field at both levels, or the page names them by their path', () => {
    const page = (sample: string, child: string) =>
      [
        'Create a boat',
        'POST',
        '/boats',
        '',
        'Body',
        'application/json',
        'owner',
        'Type: object',
        'Who owns it.',
        'Hide Child Attributes',
        child,
        'Type: string',
        'The ID.',
        '',
        'Request Example',
        sample,
        '',
      ].join('\n');
    const both = '{\n  "owner": {"id": "o_1"},\n  "id": "b_1"\n}';
    expect(names(bodySchema(operation(readGeneral(page(both, 'id'), 'api/b.txt'), 'POST /boats')))).toEqual({ owner: 'map', id: 'string' });
    const one = '{\n  "owner": {"id": "o_1"}\n}';
    expect(names(bodySchema(operation(readGeneral(page(one, 'id'), 'api/b.txt'), 'POST /boats')))).toEqual({ owner: { id: 'string' } });
    expect(names(bodySchema(operation(readGeneral(page(one, 'owner.id'), 'api/b.txt'), 'POST /boats')))).toEqual({
      owner: { id: 'string' },
    });
  });
});

describe("general reader: Stoplight Elements' copied reference", () => {
  it('should read `array[object]` and `array[string]` fields, the objects’ fields under them where the sample places them', () => {
    const read = readGeneral(fixture('harbours.txt'), 'api/harbours.txt');
    expect(read.routes).toEqual(['POST /v2/harbours']);
    const create = operation(read, 'POST /v2/harbours');
    const body = create.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['name', true, 'string'],
      ['master', false, 'object'],
      ['berths', false, 'array'],
      ['tags', false, 'array'],
    ]);
    const berths = body?.kind === 'object' ? body.properties[2]?.schema : undefined;
    expect(berths?.kind === 'array' && berths.items.kind === 'object' && berths.items.properties.map((p) => [p.name, p.required])).toEqual([
      ['number', true],
      ['depth_m', false],
    ]);
    expect(body?.kind === 'object' && strip(body.properties[3]?.schema)).toEqual({ kind: 'array', items: { kind: 'string' } });
    // The response's own `berths` ⏎ `array[object]` ⏎ `number`: the response sample's `"berths": [{"number": 1}]`.
    expect(create.responses.map((r) => r.status)).toEqual(['201', '400']);
    const created = create.responses[0]?.content[0]?.schema;
    const listed = created?.kind === 'object' ? created.properties.find((p) => p.name === 'berths')?.schema : undefined;
    expect(created?.kind === 'object' && created.properties.map((p) => p.name)).toEqual(['id', 'berths']);
    expect(listed?.kind === 'array' && listed.items.kind === 'object' && listed.items.properties.map((p) => p.name)).toEqual(['number']);
  });
});

describe('general reader: copied text whose headings copied as plain lines', () => {
  // A site whose headings' anchors are icons: each operation's title is a line alone, then its prose, its request line.
  const read = () => readGeneral(fixture('pergolas.txt'), 'api/pergolas.txt');

  it('should read each request line as an operation of its own, titled by the line alone over its prose', () => {
    expect(read().routes).toEqual([
      'GET /gardens/{garden_id}/pergolas',
      'GET /gardens/{garden_id}/pergolas/{pergola_id}',
      'GET /gardens/{garden_id}/vines',
      'GET /beds/{bed_id}/vines',
      'POST /gardens/{garden_id}/pergolas',
      'PUT /gardens/{garden_id}/pergolas/{pergola_id}/paint',
    ]);
    expect(headings(readCopiedText(fixture('pergolas.txt'), {}).children)).toEqual([
      '1 Pergola API',
      '2 List pergolas',
      '2 Get a single pergola',
      '2 List the vines of every pergola',
      '2 Create a pergola',
      '2 Paint a pergola',
    ]);
  });

  it("should keep each operation's table its own", () => {
    const result = read();
    expect(parameterNames(operation(result, 'GET /gardens/{garden_id}/pergolas'))).toEqual(['path:garden_id*', 'query:search']);
    expect(parameterNames(operation(result, 'GET /gardens/{garden_id}/pergolas/{pergola_id}'))).toEqual([
      'path:garden_id*',
      'path:pergola_id*',
    ]);
    const paint = operation(result, 'PUT /gardens/{garden_id}/pergolas/{pergola_id}/paint');
    expect(bodySchema(paint)).toMatchObject({ kind: 'object', properties: [{ name: 'color', required: true }] });
    // The line alone under the title, no sentence, is the operation's prose, not a title of its own.
    expect(operation(result, 'GET /gardens/{garden_id}/pergolas/{pergola_id}').summary).toBe('Get a pergola of a garden');
  });

  it("should read request lines on lines running as one operation's routes, as the fence held them", () => {
    const result = read();
    expect(codeValues(readCopiedText(fixture('pergolas.txt'), {}).children)).toContain(
      'GET /gardens/:garden_id/vines\nGET /beds/:bed_id/vines',
    );
    for (const route of ['GET /gardens/{garden_id}/vines', 'GET /beds/{bed_id}/vines'])
      expect(parameterNames(operation(result, route)).filter((name) => name.startsWith('query'))).toEqual(['query:limit']);
  });

  it("should take a list's items copied without bullets for entries, never titles", () => {
    const create = operation(read(), 'POST /gardens/{garden_id}/pergolas');
    expect(create.summary).toBe('Creates a pergola in a garden.');
    expect(headings(readCopiedText(fixture('pergolas.txt'), {}).children).some((heading) => heading.includes('required'))).toBe(false);
  });
});

describe('general reader: copied text as innerText writes it (a blank line around paragraphs only)', () => {
  // Headings, list items, code and table rows end with one line break: a heading right under a list, a table or code.
  const read = () => readGeneral(fixture('sundials.txt'), 'api/sundials.txt');

  it('should read the page title and each operation title, though no blank line parts them from the list, table or code above', () => {
    expect(headings(readCopiedText(fixture('sundials.txt'), {}).children)).toEqual([
      '1 Sundial API',
      '2 List sundials',
      '2 Query Parameters',
      '2 Create a sundial',
      '2 Move a sundial',
      '2 Turn a sundial',
      '2 Body Parameters',
    ]);
    expect(read().routes).toEqual([
      'GET /gardens/{garden_id}/sundials',
      'POST /gardens/{garden_id}/sundials',
      'PUT /gardens/{garden_id}/sundials/{sundial_id}',
      'POST /gardens/{garden_id}/sundials/{sundial_id}/turn',
    ]);
    const create = operation(read(), 'POST /gardens/{garden_id}/sundials');
    expect(bodySchema(create)).toMatchObject({ kind: 'object', properties: [{ name: 'gnomon' }, { name: 'motto' }] });
  });

  it('should read a section title right under prose as the title over its table', () => {
    const turn = operation(read(), 'POST /gardens/{garden_id}/sundials/{sundial_id}/turn');
    // `The sun moved.` is a list's item, `Body Parameters` the heading under it: no blank line between.
    expect(turn.description).toBe('It turns when:\n\nThe sun moved.');
    expect(bodySchema(turn)).toMatchObject({ kind: 'object', properties: [{ name: 'degrees', schema: { kind: 'integer' } }] });
  });

  it("should keep a curl command's option lines whose `\\` the page left out, and quoted JSON data running over lines", () => {
    const values = codeValues(readCopiedText(fixture('sundials.txt'), {}).children);
    expect(values).toContain(
      'curl --request PUT "https://garden.example/api/gardens/3/sundials/9" \\\n--header "Authorization: Bearer x"\n--data "bed_id=4"',
    );
    expect(values.some((value) => value.endsWith('-d \'{"degrees": 90,\n       "face": "south"}\''))).toBe(true);
    const move = operation(read(), 'PUT /gardens/{garden_id}/sundials/{sundial_id}');
    expect(move.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ bed_id: '4' });
    const turn = operation(read(), 'POST /gardens/{garden_id}/sundials/{sundial_id}/turn');
    expect(turn.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ degrees: 90, face: 'south' });
  });

  it("should read a list of plain names and their notes under a part's title, in markdown and copied (its bullets gone, the titles right over it)", () => {
    const md = readGeneral(fixture('plant-lists.md'), 'api/plant-lists.md');
    const text = readGeneral(fixture('plant-lists.txt'), 'api/plant-lists.txt');
    const LIST_PLANTS = 'GET /v2/gardens/{garden_id}/plants';
    const ADD = 'POST /v2/gardens/{garden_id}/plants';
    expect(operation(md, LIST_PLANTS).parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['path', 'garden_id', true, 'string', 'The garden.'],
      ['query', 'limit', false, 'integer', 'At most this many plants.'],
      ['query', 'species', false, 'string', 'Only plants of this species.'],
    ]);
    const body = bodySchema(operation(md, ADD));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.kind, p.required])).toEqual([
      ['name', 'string', true],
      ['height_cm', 'number', false],
    ]);
    expect(text.routes).toEqual(md.routes);
    for (const route of [LIST_PLANTS, ADD]) {
      const [copied, written] = [operation(text, route), operation(md, route)];
      expect(strip(copied.parameters)).toEqual(strip(written.parameters));
      expect(strip(copied.requestBody)).toEqual(strip(written.requestBody));
      expect(copied.responses.map((r) => r.status)).toEqual(written.responses.map((r) => r.status));
    }
    // The text dialect would read the request line and the titles alone: the entries outweigh them.
    expect(detectDialect({ file: 'api/plant-lists.txt', text: fixture('plant-lists.txt') })?.reason).toContain('5 listed entries');
  });

  it('should take no plain name whose parentheses hold other words than type words and flags for a field', () => {
    const page = (entry: string) => `Plants\nGET /plants\n\nQuery parameters\n${entry}\nkind (string): The kind.\n`;
    const names = (entry: string) => parameterNames(operation(readGeneral(page(entry), 'api/plants.txt'), 'GET /plants'));
    expect(names('limit (integer, optional): How many.')).toEqual(['query:limit', 'query:kind']);
    // A line that is no entry ends the run: the entries under it stay words.
    expect(names('Note (see below): paging is by cursor.')).toEqual([]);
  });

  it('should read an error title with its statuses beside it, and the statuses stacked under it, as the operation’s error answers', () => {
    const page = readGeneral(fixture('arbours.txt'), 'api/arbours.txt');
    const statuses = (route: string) => operation(page, route).responses.map((r) => [r.status, r.description]);
    // `Errors (4xx)` right after the responses: a part of the operation, its statuses the error answers.
    expect(statuses('GET /v1/arbours/{arbour_id}')).toEqual([
      ['200', 'The arbour.'],
      ['404', 'No arbour has that ID'],
      ['410', 'The arbour was taken down'],
    ]);
    // `Error responses — 409` over its words: that status's answer.
    expect(statuses('POST /v1/arbours/{arbour_id}/raise')).toEqual([
      ['200', 'The arbour was raised.'],
      ['409', 'The arbour is already at that height.'],
    ]);
    // `Errors` right under the last status's words, no blank line between.
    expect(statuses('POST /v1/arbours/{arbour_id}/paint')).toEqual([
      ['204', 'The arbour was painted.'],
      ['400', 'The colour is unknown'],
    ]);
    // In markdown, so titled over its words; a success's status beside an error title is none.
    const md = readGeneral(
      ['## Raise', '`POST /v1/arbours`', '### Error responses — 409', 'Already at that height.', '### Errors - 200', 'Raised.'].join(
        '\n\n',
      ),
    );
    expect(operation(md, 'POST /v1/arbours').responses.map((r) => [r.status, r.description])).toEqual([['409', 'Already at that height.']]);
  });
});

describe("general reader: a code host's REST reference copied as text", () => {
  const page = () => readGeneral(fixture('benches.txt'), 'api/benches.txt');
  const brief = (op: ReturnType<typeof operation>) =>
    op.parameters.map((p) => [`${p.in}:${p.name}${p.required ? '*' : ''}`, strip(p.schema), p.description]);

  it("should read each entry under its part's title and joined header (`owner string Required` ⏎ its words) as a parameter of that place", () => {
    const read = page();
    expect(read.routes).toEqual(['PATCH /parks/{park}/benches/{bench_id}', 'GET /parks/{park}/benches']);
    expect(brief(operation(read, 'PATCH /parks/{park}/benches/{bench_id}'))).toEqual([
      ['path:park*', { kind: 'string' }, 'The name of the park.'],
      ['path:bench_id*', { kind: 'integer' }, 'The unique identifier of the bench.'],
    ]);
    // `Default:` and `Can be one of:` lines, bare in the copy, are read as the rendered page's code.
    expect(brief(operation(read, 'GET /parks/{park}/benches'))).toEqual([
      ['path:park*', { kind: 'string' }, 'The name of the park.'],
      ['query:per_page', { kind: 'integer', default: 30, maximum: 100 }, 'The number of results per page (max 100).\nDefault: `30`'],
      [
        'query:sort',
        { default: 'created', kind: 'enum', base: 'string', values: [{ value: 'created' }, { value: 'updated' }] },
        'The property to sort the results by.\nDefault: `created`\nCan be one of: `created`, `updated`',
      ],
      ['query:shaded', { kind: 'boolean' }, 'Only the benches in the shade.'],
    ]);
  });

  it("should read the body's entries as its fields, and end each run at the next part's title", () => {
    const body = bodySchema(operation(page(), 'PATCH /parks/{park}/benches/{bench_id}'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema])).toEqual([
      ['colour', true, { kind: 'string' }],
      ['seats', false, { kind: 'integer', default: 3 }],
      ['state', false, { kind: 'enum', base: 'string', values: [{ value: 'open' }, { value: 'closed' }, { value: 'painted' }] }],
      ['tags', false, { kind: 'array', items: { kind: 'string' } }],
    ]);
    // The request line the code samples stack (`patch` ⏎ `/parks/…`) closes the operation: its parts above it are its own.
    expect(operation(page(), 'PATCH /parks/{park}/benches/{bench_id}').responses.map((r) => r.status)).toEqual(['200', '404']);
  });
});
