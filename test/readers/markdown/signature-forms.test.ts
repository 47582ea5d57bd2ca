import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: more ways of stating an endpoint', () => {
  it('should read the endpoint template’s URL labelled Route (or Endpoint, Path)', () => {
    const read = readGeneral(
      [
        '#### List shelves',
        '* **Status**: Implemented\n* **Method**: GET\n* **Route**: /shelves\n* **Parameters**: none',
        '#### Delete a shelf',
        '* **Method**: DELETE\n* **Endpoint**: /shelves/{shelfId}',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves', 'DELETE /shelves/{shelfId}']);
    expect(parameterNames(operation(read, 'DELETE /shelves/{shelfId}'))).toEqual(['path:shelfId*']);
  });

  it('should read a method item under a path heading, with or without its colon', () => {
    const read = readGeneral(
      [
        '# Loans API',
        '## `/api/loans`',
        '### Lists the loans',
        '* Method: `GET`\n* Authentication: required',
        '## /api/loans/:id/renew',
        '### Renews a loan',
        '* Method `POST`\n* Authentication: required',
        '## `/api/mascot`',
        '### Gets the mascot',
        '* method: `GET`',
        '### Replaces the mascot',
        '* Method `PUT`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/loans', 'POST /api/loans/{id}/renew', 'GET /api/mascot', 'PUT /api/mascot']);
    expect(operation(read, 'PUT /api/mascot').summary).toBe('Replaces the mascot');
  });

  it('should read a list of request lines, each item a route with its summary', () => {
    const read = readGeneral(
      ['## Pet images', '- PATCH `/pets/{id}/photo`: Set or clear the photo\n- PATCH `/pets/{id}/banner`: Set or clear the banner'].join(
        '\n\n',
      ),
    );
    expect(read.routes).toEqual(['PATCH /pets/{id}/photo', 'PATCH /pets/{id}/banner']);
  });

  it('should take a list of routes the page documents again in its sections for a table of contents', () => {
    const read = readGeneral(
      ['# Pets', '- GET `/pets`: List\n- POST `/pets`: Add', '## GET /pets', 'Lists pets.', '## POST /pets', 'Adds a pet.'].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /pets', 'POST /pets']);
    expect(operation(read, 'GET /pets').summary).toBe('Lists pets.');
  });
});

describe('general reader: an endpoint per <details> block, its signature in the summary', () => {
  const page = [
    '# Shelves',
    '## Shelf endpoints',
    '<details>\n  <summary>List shelves: <code>GET</code> <code><b>/api/shelves</b></code></summary>',
    '##### Query Parameters',
    '> | name | type | data type | description |\n> |---|---|---|---|\n> | `genre` | optional | string | Only shelves of this genre |\n> | `owner` | required | string | The owner |',
    '</details>',
    '<details>\n  <summary>Remove a shelf: <code>DELETE</code> <code><b>/api/shelves/{shelfId}</b></code></summary>',
    '##### Description',
    'Removes the shelf.',
    '</details>',
  ].join('\n\n');

  it('should read each summary as an operation titled by its words', () => {
    const read = readGeneral(page);
    expect(read.routes).toEqual(['GET /api/shelves', 'DELETE /api/shelves/{shelfId}']);
    expect(operation(read, 'GET /api/shelves').summary).toBe('List shelves');
    expect(operation(read, 'DELETE /api/shelves/{shelfId}').summary).toBe('Remove a shelf');
  });

  it('should read a quoted table, its `type` column of required/optional the flag and `data type` the type', () => {
    const op = operation(readGeneral(page), 'GET /api/shelves');
    expect(parameterNames(op)).toEqual(['query:genre', 'query:owner*']);
    expect(op.parameters.map((p) => p.schema)).toMatchObject([{ kind: 'string' }, { kind: 'string' }]);
  });
});

describe('general reader: request lines with headers, several in a paragraph, and told in prose', () => {
  it('should read a fence of a request line over header lines as the signature, whatever its info string', () => {
    const read = readGeneral(
      [
        '## Check the API',
        '```none\nGET /v3/\nHost: <library host>\nAuthorization: <scheme> <token>\n```',
        'The following parameters should be specified on the request:',
        '| Name | Kind | Description |\n|---|---|---|\n| `Host` | header | The library host. |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /v3']);
    expect(parameterNames(operation(read, 'GET /v3'))).toEqual(['header:Host']);
  });

  it('should read request lines in code, one a line, parted by <br>', () => {
    const read = readGeneral(
      ['## Get a single loan', '`GET /api/v1/loans/<uuid>`<br>\n`GET /api/v1/loans/<code>`', 'Returns one loan.'].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/v1/loans/{uuid}', 'GET /api/v1/loans/{code}']);
  });

  it('should read a sentence that tells the request to send, the route in code', () => {
    const read = readGeneral(
      [
        '### renew-loan',
        'Renews a loan.',
        'Send a `POST` request to the URL endpoint `/v1/actions/renew-loan`.',
        '| Parameter | Type | Description |\n|---|---|---|\n| weeks | Number | **Required.** How long. |',
        '### Notes',
        'Do not send a request to `/v1/admin` from a browser.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /v1/actions/renew-loan']);
    expect(operation(read, 'POST /v1/actions/renew-loan').summary).toBe('Renews a loan.');
  });
});

describe('general reader: summaries', () => {
  it('should drop the permalink mark an HTML heading ends with', () => {
    const read = readGeneral(
      '<h3 id="get-shelves">Get Shelves <a class="anchor" href="#get-shelves" title="Permalink">¶</a></h3>\n\nRequest:\n\n    GET /v1/shelves\n',
    );
    expect(read.routes).toEqual(['GET /v1/shelves']);
    expect(operation(read, 'GET /v1/shelves').summary).toBe('Get Shelves');
  });

  it('should give each route of a table of routes (or a list of them) the summary its row gives', () => {
    const read = readGeneral(
      [
        '### Loan methods',
        '| HTTP Method | URI | Action |\n|---|---|---|\n| POST | /api/loan/_search | Find loans |\n| GET | /api/loan/:loanId | Get a loan |',
        '### Avatars',
        '- PATCH `/api/pets/photo`: Set the photo\n- PATCH `/api/pets/banner`: Set the banner',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/loan/_search', 'GET /api/loan/{loanId}', 'PATCH /api/pets/photo', 'PATCH /api/pets/banner']);
    expect(read.fragment?.operations.map((o) => o.summary)).toEqual(['Find loans', 'Get a loan', 'Set the photo', 'Set the banner']);
  });
});
