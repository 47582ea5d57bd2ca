/**
 * Rendered API reference pages whose method is a badge beside the path (OpenStack's os-api-ref
 * layout) and whose response codes are listed under a label (`Normal response codes: 200`,
 * `Error response codes: badRequest(400), …`). The fixture is a "library" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { responseCodeLine } from '../../../src/readers/markdown/response-code-lines.js';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/api-ref-html/shelves.html'), 'utf8');
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('general reader: rendered reference pages with method badges and listed response codes', () => {
  it('should read a method badge and the path beside it as the request line', () => {
    const read = readGeneral(page, 'api/shelves.html');
    expect(read.routes).toEqual(['GET /v2/shelves', 'POST /v2/shelves', 'DELETE /v2/shelves/{shelf_id}']);
    expect(parameterNames(operation(read, 'GET /v2/shelves'))).toEqual(['query:limit', 'query:marker']);
    expect(parameterNames(operation(read, 'DELETE /v2/shelves/{shelf_id}'))).toEqual(['path:shelf_id*']);
  });

  it('should read the labelled response codes as the responses, an error code its name as its description', () => {
    const read = readGeneral(page, 'api/shelves.html');
    const list = operation(read, 'GET /v2/shelves');
    expect(list.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'OK'],
      ['400', 'badRequest'],
      ['401', 'unauthorized'],
      ['500', 'serviceFault'],
      ['503', 'serviceFault'],
    ]);
    expect(list.responses[0]?.content[0]?.examples[0]?.value).toEqual({
      shelves: [{ id: '4f1c0c6e-1d41-4a5e-9b63-2b0f1c7a9e10', name: 'poetry' }],
    });
    expect(operation(read, 'POST /v2/shelves').responses.map((r) => r.status)).toEqual(['202', '400', '401', '409']);
    expect(operation(read, 'DELETE /v2/shelves/{shelf_id}').responses.map((r) => r.status)).toEqual(['204', '401', '404']);
  });

  it('should leave a method word over prose, or over a path with words beside it, as prose', () => {
    const prose = readGeneral('<h2>Shelves</h2><p>GET</p><p>Lists the shelves.</p><p><code>DELETE /shelves/{id}</code></p>', 'api/a.html');
    expect(prose.routes).toEqual(['DELETE /shelves/{id}']);
    const worded = readGeneral(
      '<h2>Shelves</h2><p>GET</p><p>/shelves and /books</p><p><code>DELETE /shelves/{id}</code></p>',
      'api/b.html',
    );
    expect(worded.routes).toEqual(['DELETE /shelves/{id}']);
  });

  it('should read only lines whose every item is a code or a name with its codes', () => {
    expect(responseCodeLine(paragraph('Normal response codes: 200, 203'))).toEqual([
      ['200', ''],
      ['203', ''],
    ]);
    expect(responseCodeLine(paragraph('Error response codes: computeFault(400, 500), badRequest(400)'))).toEqual([
      ['400', 'computeFault'],
      ['500', 'computeFault'],
    ]);
    expect(responseCodeLine(paragraph('Error codes: E1001, E1002'))).toBeUndefined();
    expect(responseCodeLine(paragraph('Response codes: 200 when the shelf exists'))).toBeUndefined();
    expect(responseCodeLine(paragraph('Codes: 200'))).toBeUndefined();
    // A sample's status line, read where samples are.
    expect(responseCodeLine(paragraph('Status code: 200'))).toBeUndefined();
    expect(responseCodeLine(paragraph('Status codes: 200, 999'))).toBeUndefined();
  });
});
