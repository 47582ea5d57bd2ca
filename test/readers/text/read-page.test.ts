import type { Code, Heading, Strong, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cells, outline, plain, positionProblems, readFixture, readText, tables } from './tree.js';

describe('textReader.read on a whole endpoint page', () => {
  const { text, root, diagnostics } = readFixture('endpoint.txt');

  it('should rebuild the DocFX section structure and drop the site chrome', () => {
    expect(outline(root)).toEqual([
      'h1:operation',
      'code:http',
      'paragraph',
      'paragraph',
      'list',
      'h2:path-parameters',
      'table:3x1',
      'h2:query-parameters',
      'table:3x2',
      'code:http',
      'h2:request-headers',
      'table:2x1',
      'h2:request-body',
      'paragraph',
      'table:3x3',
      'h2:responses',
      'paragraph',
      'table:2x2',
      'h3:response-body',
      'table:3x3',
      'h2:sample-request',
      'code:http',
      'h2:sample-response',
      'code:http',
    ]);
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line, d.message])).toEqual([
      ['wrapped-row', 'info', 41, '"Use the JSON pointer syntax." was read as the end of the row above, not as a row: "the" is not a type'],
    ]);
    expect(root.data).toEqual({ dialect: 'text', page: { title: 'PATCH Widget/{id}' }, typeWords: { integer: 'int32' } });
  });

  it('should make the title a depth-1 operation heading at its line', () => {
    const title = root.children[0] as Heading;
    expect(title.data).toEqual({ section: 'operation', name: 'PATCH Widget/{id}' });
    const at = text.indexOf('PATCH Widget');
    expect(title.position).toEqual({ start: { line: 5, column: 1, offset: at }, end: { line: 5, column: 18, offset: at + 17 } });
  });

  it('should give headings the name and type words DocFX headings carry', () => {
    const headings = root.children.filter((node): node is Heading => node.type === 'heading');
    expect(headings.map((heading) => [plain(heading), heading.data])).toEqual([
      ['PATCH Widget/{id}', { section: 'operation', name: 'PATCH Widget/{id}' }],
      ['Path Parameters', { section: 'path-parameters' }],
      ['Query String Parameters', { section: 'query-parameters' }],
      ['Request Headers', { section: 'request-headers' }],
      ['Request Body: changes string', { section: 'request-body', name: 'changes', typeText: 'string' }],
      ['Response:', { section: 'responses' }],
      ['Response body: WidgetEntity', { section: 'response-body', typeText: 'WidgetEntity' }],
      ['Sample request', { section: 'sample-request' }],
      ['Sample response', { section: 'sample-response' }],
    ]);
  });

  it('should split flattened rows by grammar: one-token names, Enum lists, the rest as description', () => {
    expect(tables(root).map(cells)).toEqual([
      [
        ['Path Part', 'Type', 'Description'],
        ['id', 'int32', 'The widget id Required'],
      ],
      [
        ['Parameter Name', 'Type', 'Description'],
        ['$mode', 'Enum: Slim, Wide, Full', 'FULL (with raw values) or SLIM'],
        ['notify', 'bool', 'Required Send a notification'],
      ],
      [
        ['Parameter Name', 'Description'],
        ['Authorization', "Supports 'Basic' schemes."],
      ],
      [
        ['Property Name', 'Type', 'Description'],
        ['op', 'String', '"add", "replace"'],
        ['path', 'String', 'The property names to modify.\nUse the JSON pointer syntax.'],
        ['value', 'Object', ''],
      ],
      [
        ['Response', 'Description'],
        ['200', 'Widget updated.'],
        ['404', 'Widget not found.'],
      ],
      [
        ['Property Name', 'Type', 'Description'],
        ['WidgetId', 'int32', 'Primary key'],
        ['Tags', 'array', ''],
        ['Owner', 'Person', 'The owner Use MDO List name "person" to get list items.'],
      ],
    ]);
  });

  it('should turn a Required at either end of a description into a strong node at its place', () => {
    const [path, query] = tables(root);
    const idCell = path!.children[1]!.children[2]!;
    expect(idCell.children.map((child) => child.type)).toEqual(['text', 'strong']);
    expect(plain(idCell.children[0]!)).toBe('The widget id ');
    const at = text.indexOf('Required');
    expect((idCell.children[1] as Strong).position).toEqual({
      start: { line: 19, column: 24, offset: at },
      end: { line: 19, column: 32, offset: at + 8 },
    });
    const notifyCell = query!.children[2]!.children[2]!;
    expect(notifyCell.children.map((child) => child.type)).toEqual(['strong', 'text']);
  });

  it('should position each cell on its own text', () => {
    const modeType: TableCell = tables(root)[1]!.children[1]!.children[1]!;
    expect(text.slice(modeType.position!.start.offset, modeType.position!.end.offset)).toBe('Enum: Slim, Wide, Full');
    expect(modeType.position!.start).toEqual({ line: 24, column: 7, offset: text.indexOf('Enum: Slim') });
    expect(positionProblems(root, text)).toEqual([]);
  });

  it('should list the source line of every body row in data.rowLines', () => {
    expect(tables(root).map((table) => table.data?.rowLines)).toEqual([[19], [24, 25], [32], [39, 40, 42], [49, 50], [55, 56, 57]]);
  });

  it('should keep the request line and the query examples as http code', () => {
    const codes = root.children.filter((node): node is Code => node.type === 'code');
    expect(codes[0]!.value).toBe('PATCH /api/v1/Widget/{id}');
    expect(codes[1]!.value).toBe('PATCH /api/v1/Widget/{id}?$mode=Full\nPATCH /api/v1/Widget/{id}?notify=True');
  });

  it('should end each sample at its balanced body, brackets inside strings ignored, footer left out', () => {
    const codes = root.children.filter((node): node is Code => node.type === 'code');
    expect(codes[2]!.value).toBe(
      'PATCH /api/v1/Widget/{id}\nAuthorization: Basic dGplMDpUamUw\nContent-Type: application/json; charset=utf-8\n\n' +
        '[\n  { "op": "replace", "path": "/Name", "value": "a } ] \\" brace" }\n]',
    );
    expect(codes[3]!.value).toBe(
      'HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n{\n  "WidgetId": 7,\n  "Tags": ["x"]\n}',
    );
    expect(codes[3]!.position!.end).toEqual({ line: 77, column: 2, offset: text.indexOf('}\n©') + 1 });
  });
});

describe('textReader.read on rows that wrap, keep their pipes or break', () => {
  const { text, root, diagnostics } = readFixture('wrapped.txt');
  const [table] = tables(root);

  it('should read the pipe-delimited rows after a blank line as rows of the same table', () => {
    expect(cells(table!).slice(1)).toEqual([
      ['a.b', 'int32', 'First'],
      ['a.c', 'object', 'Udef fields.\nMore text here.'],
      ['a.d', 'string', 'Delta'],
      ['a.e', 'Enum: X, Y', ''],
      ['a.f', 'bool', 'Required Flag'],
    ]);
    expect(table!.data?.rowLines).toEqual([9, 10, 12, 12, 12]);
    const name = table!.children[3]!.children[0]!;
    expect(text.slice(name.position!.start.offset, name.position!.end.offset)).toBe('a.d');
    expect(table!.children[5]!.children[2]!.children[0]!.type).toBe('strong');
  });

  it('should report rows it cannot split as malformed-row at their line, and leave them out', () => {
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line, d.source.start.column])).toEqual([
      ['malformed-row', 'error', 8, 1],
      ['malformed-row', 'error', 13, 1],
    ]);
    expect(diagnostics.items[0]!.message).toContain('"this" is not a type');
    expect(diagnostics.items[1]!.message).toContain('Enum value list ends without a last value');
  });

  it('should end the table at the query example lines', () => {
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'h2:query-parameters', 'table:3x5', 'code:http']);
    expect(positionProblems(root, text)).toEqual([]);
  });
});

describe('textReader.read on other shapes', () => {
  it('should read an index page without an operation heading', () => {
    const { root, diagnostics } = readFixture('index.txt');
    expect(root.children.some((node) => node.type === 'heading')).toBe(false);
    expect(diagnostics.items).toEqual([]);
  });

  it('should use the request line as the title when no title line precedes it', () => {
    const { root } = readText('t.txt', 'GET /api/v1/Thing\n\nReads a thing.\n');
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'paragraph']);
    expect(plain(root.children[0]!)).toBe('GET /api/v1/Thing');
  });

  it('should keep offsets true with CRLF line breaks', () => {
    const text =
      'GET Thing\r\n\r\nGET /api/v1/Thing\r\n\r\nQuery String Parameters\r\n\r\nParameter Name Type Description\r\n$top int32 Rows Required\r\n';
    const { root } = readText('t.txt', text);
    const cell = tables(root)[0]!.children[1]!.children[2]!;
    const strong = cell.children[1]!;
    expect(text.slice(strong.position!.start.offset, strong.position!.end.offset)).toBe('Required');
    expect(strong.position!.start.line).toBe(8);
  });

  it('should read a bare JSON sample without an HTTP start line as json code', () => {
    const { root } = readText('t.txt', 'GET Thing\n\nGET /api/v1/Thing\n\nSample response\n\n{ "a": 1 }\n© Someone\n');
    const code = root.children.at(-1) as Code;
    expect([code.type, code.lang, code.value]).toEqual(['code', 'json', '{ "a": 1 }']);
  });

  it('should drop chrome after the last sample even without a copyright line', () => {
    const { root } = readText(
      't.txt',
      'GET Thing\n\nGET /api/v1/Thing\n\nSample response\n\nHTTP/1.1 200 OK\n\n{ "a": 1 }\nAbout | Privacy | Back to top\n',
    );
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'h2:sample-response', 'code:http']);
  });

  it('should take a row named Copyright for a row, and a dated copyright line for the footer', () => {
    const text =
      'GET Thing\n\nGET /api/v1/Thing\n\nResponse body: Book\n\nProperty Name Type Description\nCopyright string The notice\nCopyright 2024 Example Corp.\n';
    const { root } = readText('t.txt', text);
    expect(cells(tables(root)[0]!).slice(1)).toEqual([['Copyright', 'string', 'The notice']]);
    expect(outline(root)).toEqual(['h1:operation', 'code:http', 'h3:response-body', 'table:3x1']);
  });

  it('should take a scalar body as one line', () => {
    const { root } = readText(
      't.txt',
      'GET Thing\n\nGET /api/v1/Thing\n\nSample response\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n287\n© Someone\n',
    );
    expect((root.children.at(-1) as Code).value).toBe('HTTP/1.1 200 OK\nContent-Type: application/json\n\n287');
  });
});
