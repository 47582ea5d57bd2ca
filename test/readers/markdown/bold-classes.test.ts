/**
 * Bold a page gives by a class alone (Google Docs' "Web page (.html)": `<span class="c6">limit</span>`
 * under `.c6{font-weight:700}`): read as `<strong>`, so a field named in bold is one. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const file = 'greenhouse-gdocs.html';
const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/bold-classes', file), 'utf8'), `api/${file}`);

describe('general reader: bold given by a stylesheet class', () => {
  it('should read a name bold by its class (`font-weight:700` or `bold`) as a bold name, its entry a parameter', () => {
    const list = operation(read, 'GET /v1/greenhouses/{greenhouseId}/beds');
    expect(parameterNames(list)).toEqual(['query:limit', 'query:cursor', 'path:greenhouseId*']);
    expect(list.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['integer', 'The number of beds to return.'],
      ['string', 'Where the page starts.'],
      ['string', undefined],
    ]);
    expect(list.responses.map((r) => [r.status, r.description])).toEqual([['200', 'the beds.']]);
  });

  it('should leave a name of a class of normal weight as prose', () => {
    expect(parameterNames(operation(read, 'POST /v1/beds/{bedId}/water'))).toEqual(['path:bedId*']);
  });

  it('should leave a page as written where its classes set no bold weight', () => {
    const page = readGeneral(
      [
        '<html><head><style>.c0{font-weight:400}</style></head><body>',
        '<h2>List beds</h2><p><code>GET /beds</code></p><p>Query parameters</p>',
        '<p><span class="c0">limit</span> integer, optional</p><p>The number of beds.</p>',
        '<p><span class="c0">cursor</span> string, optional</p><p>Where the page starts.</p>',
        '</body></html>',
      ].join(''),
      'api/beds.html',
    );
    expect(parameterNames(operation(page, 'GET /beds'))).toEqual([]);
  });
});
