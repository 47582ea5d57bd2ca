/**
 * Resource pages written as Salesforce's REST reference is: `## Syntax` ⏎ `### URI` ⏎ the path,
 * `### HTTP methods` ⏎ `GET, HEAD`: a request line per method, `vXX.X` the end of the base path; `### Formats` ⏎ `JSON, XML`
 * the media types the call answers in and accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/ir/types.js';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/syntax-sections', name), 'utf8');

describe('general reader: `### URI` and `### HTTP methods` headings (Salesforce-style)', () => {
  it('should read an operation per method at the URI, titled by the page, the version placeholder the end of the base path', () => {
    const read = readGeneral(fixture('shelf-describe.md'), 'shelf-describe.md');
    expect(read.routes).toEqual(['GET /sobjects/Shelf/describe', 'HEAD /sobjects/Shelf/describe']);
    const op = operation(read, 'HEAD /sobjects/Shelf/describe');
    expect(op.summary).toBe('Completely describes the individual metadata at all levels for the Shelf object.');
    // "None required": no parameter; the example call states the server.
    expect(op.parameters).toEqual([]);
    expect(read.root.data?.page?.servers).toEqual(['https://MyDomainName.my.example.com/services/data/v62.0']);
  });

  it("should read the section's parameters for each method, and the written base path as the server where no example states one", () => {
    const text = fixture('shelf-rows.md');
    const read = readGeneral(text.slice(0, text.indexOf('## Example')), 'shelf-rows.md');
    expect(read.routes).toEqual(['GET /sobjects/Shelf/{id}', 'PATCH /sobjects/Shelf/{id}', 'DELETE /sobjects/Shelf/{id}']);
    expect(parameterNames(operation(read, 'GET /sobjects/Shelf/{id}'))).toEqual(['query:fields', 'path:id*']);
    expect(read.root.data?.page?.servers).toEqual(['/services/data/vXX.X']);
  });

  it("should read `### Formats` ⏎ `JSON, XML` as the media types of the call's request and response bodies", () => {
    const text = fixture('shelf-loans.md');
    const types = (read: ReturnType<typeof readGeneral>) => {
      const op = operation(read, 'POST /sobjects/Shelf/{id}/loans');
      return { request: op.requestBody?.content.map((c) => c.mediaType), response: op.responses[0]?.content.map((c) => c.mediaType) };
    };
    const both = ['application/json', 'application/xml'];
    expect(types(readGeneral(text, 'shelf-loans.md'))).toEqual({ request: both, response: both });
    // A page that states no formats: JSON, as before.
    const unstated = readGeneral(text.replace('### Formats\n\nJSON, XML\n\n', ''), 'shelf-loans.md');
    expect(types(unstated)).toEqual({ request: ['application/json'], response: ['application/json'] });
  });

  it('should read `### Authentication` ⏎ `Authorization: Bearer token` as the Authorization header a table row states: a scheme each method requires', () => {
    const read = readGeneral(fixture('shelf-describe.md'), 'shelf-describe.md');
    // One per method, as a row the two share gives (merged into one component).
    // (`Bearer token` writes the value's form: http bearer, authorization-values.test.ts.)
    const scheme = { name: 'Authorization', type: 'http', scheme: 'bearer', description: 'Bearer token' };
    expect(read.fragment?.securitySchemes?.map((found) => strip(found))).toEqual([scheme, scheme]);
    expect(read.fragment?.operations.map((op) => op.security)).toEqual([[{ Authorization: [] }], [{ Authorization: [] }]]);
    expect(operation(read, 'GET /sobjects/Shelf/describe').parameters).toEqual([]);
    // An Authentication section that states no header: no scheme is made up.
    const prose = fixture('shelf-describe.md').replace('`Authorization: Bearer token`', 'OAuth 2.0, as the guide describes.');
    const unstated = readGeneral(prose, 'shelf-describe.md');
    expect(unstated.fragment?.securitySchemes).toBeUndefined();
    expect(unstated.fragment?.operations.map((op) => op.security)).toEqual([undefined, undefined]);
  });

  it('should keep a sample-only body its sample’s media type and list the other stated formats without a schema', () => {
    const text = fixture('shelf-loan-samples.md');
    const shown = (read: ReturnType<typeof readGeneral>) => {
      const op = operation(read, 'POST /sobjects/Shelf/{id}/loans');
      const entry = (content: Content) => `${content.mediaType} ${content.schema?.kind ?? '-'} ${content.examples.length}`;
      return { request: op.requestBody?.content.map(entry), response: op.responses[0]?.content.map(entry) };
    };
    // The JSON samples: their own type, their shape for the samples to fill; XML stated, no shape of it made up.
    expect(shown(readGeneral(text, 'shelf-loan-samples.md'))).toEqual({
      request: ['application/json unknown 1', 'application/xml - 0'],
      response: ['application/json unknown 1', 'application/xml - 0'],
    });
    expect(shown(readGeneral(text.replace('JSON, XML', 'JSON'), 'shelf-loan-samples.md'))).toEqual({
      request: ['application/json unknown 1'],
      response: ['application/json unknown 1'],
    });
  });

  it('should read the facts labelled by paragraphs (`URI` ⏎ the path, `HTTP Method` ⏎ `GET, POST`), each method’s words (`GET: Returns …`) its summary', () => {
    const text = fixture('planter-labels.md');
    const read = readGeneral(text, 'planter-labels.md');
    expect(read.routes).toEqual(['GET /sobjects/Planter', 'POST /sobjects/Planter']);
    const list = operation(read, 'GET /sobjects/Planter');
    const create = operation(read, 'POST /sobjects/Planter');
    expect([list.summary, create.summary]).toEqual([
      'Returns the planters of the org, newest first.',
      'Creates a planter and returns its ID.',
    ]);
    expect(create.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/json', 'application/xml']);
    expect([list.security, create.security]).toEqual([[{ Authorization: [] }], [{ Authorization: [] }]]);
    expect(parameterNames(list)).toEqual(['query:limit']);
    // The facts' labels and values are no words of the operations.
    for (const op of [list, create]) expect(`${op.summary} ${op.description ?? ''}`).not.toMatch(/URI|Formats|vXX|GET, POST/);
    // Without a method's words, the methods share the page's.
    const shared = readGeneral(text.replace(/^(?:GET|POST): .*$/gm, ''), 'planter-labels.md');
    expect(shared.fragment?.operations.map((op) => op.summary)).toEqual([
      'Lists the planters of an org, or creates one.',
      'Lists the planters of an org, or creates one.',
    ]);
  });
});
