/**
 * A page's general notes that give the parameters a choice between the query string and a body
 * of a stated type, for some methods' calls: "For `POST` and `PUT` endpoints, the parameters may
 * be sent as a `query string` or in the `request body` with content type
 * `application/x-www-form-urlencoded`." A body those calls' tables document is of that type;
 * before, the sentence's "may … or" read as a hedge and the body was JSON, a type the page never
 * names. The page is a kettle API of ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const table = (rows: string[]) => ['Name | Type | Mandatory | Description', '--- | --- | --- | ---', ...rows].join('\n');

const page = (notes: string) =>
  [
    '# Kettle API',
    '## General information on endpoints',
    notes,
    '## Boil water',
    '```\nPOST /api/v1/boil\n```',
    '**Parameters:**',
    table(['kettle | STRING | YES |', 'litres | DECIMAL | NO |']),
    '## Refill',
    '```\nPUT /api/v1/kettle\n```',
    '**Parameters:**',
    table(['kettle | STRING | YES |']),
    '## Kettle state',
    '```\nGET /api/v1/kettle\n```',
    '**Parameters:**',
    table(['kettle | STRING | YES |']),
  ].join('\n\n');

const media = (text: string, route: string) => operation(readGeneral(text), route).requestBody?.content.map((c) => c.mediaType);

describe('general reader: a page’s choice between the query string and a body of a stated type', () => {
  it('should give the named methods’ bodies the stated type, a list item of the page’s notes stating it', () => {
    const text = page(
      [
        '* For `GET` endpoints, parameters must be sent as a `query string`.',
        '* For `POST`, `PUT`, and `DELETE` endpoints, the parameters may be sent as a',
        '  `query string` or in the `request body` with content type',
        '  `application/x-www-form-urlencoded`. You may mix parameters between both.',
      ].join('\n'),
    );
    expect(media(text, 'POST /api/v1/boil')).toEqual(['application/x-www-form-urlencoded']);
    expect(media(text, 'PUT /api/v1/kettle')).toEqual(['application/x-www-form-urlencoded']);
    const get = operation(readGeneral(text), 'GET /api/v1/kettle');
    expect(get.requestBody).toBeUndefined();
    expect(parameterNames(get)).toEqual(['query:kettle*']);
  });

  it('should leave the calls of methods the sentence does not name as they were', () => {
    const text = page(
      'For `PUT` endpoints, the parameters may be sent as a query string or in the request body with content type `application/x-www-form-urlencoded`.',
    );
    expect(media(text, 'PUT /api/v1/kettle')).toEqual(['application/x-www-form-urlencoded']);
    expect(media(text, 'POST /api/v1/boil')).toEqual(['application/json']);
  });

  it('should still read a choice of body types as no statement', () => {
    const text = page('Parameters may be sent as JSON or with content type `application/x-www-form-urlencoded`.');
    expect(media(text, 'POST /api/v1/boil')).toEqual(['application/json']);
  });

  it('should read 3,000 such items with hostile words, and one of 300,000 blanks, without a crash', () => {
    const hostile = ['`__proto__`', '`*/`', '`` ` ``', '`constructor`'];
    const items = Array.from(
      { length: 3000 },
      (_, i) =>
        `* For POST ${hostile[i % hostile.length]} endpoints, the parameters may be sent as a query string or in the request body with content type application/x-www-form-urlencoded.`,
    ).join('\n');
    const blanks = `* For POST endpoints,${' '.repeat(300_000)}the parameters may be sent as a query string or in the request body with content type application/x-www-form-urlencoded.`;
    expect(media(page(items), 'POST /api/v1/boil')).toEqual(['application/json']);
    expect(media(page(blanks), 'POST /api/v1/boil')).toEqual(['application/json']);
  });
});
