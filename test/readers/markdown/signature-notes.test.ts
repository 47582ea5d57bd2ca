import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: signatures with notes, references and other ways of stating them', () => {
  it('should read a request line in a fence whose path is followed by a note in parentheses', () => {
    const read = readGeneral(
      [
        '### Get a loan (USER_DATA)',
        '```\nGET /api/v2/loan (SIGNED)\n```',
        'Gets one loan.',
        '| Name | Type | Mandatory | Description |\n| --- | --- | --- | --- |\n| loanId | LONG | YES | The loan. |',
        '### Return a loan',
        '```\nDELETE /api/v2/loan  (SIGNED)\n```',
        'Returns a loan.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/v2/loan', 'DELETE /api/v2/loan']);
    expect(operation(read, 'GET /api/v2/loan').summary).toBe('Gets one loan.');
    expect(parameterNames(operation(read, 'GET /api/v2/loan'))).toEqual(['query:loanId*']);
  });

  it('should not take a route a sentence refers to ("Same as `POST /x`") for an operation', () => {
    const read = readGeneral(
      [
        '### Test a new loan',
        '```\nPOST /api/v2/loan/test\n```',
        'Validates a new loan without making it.',
        '**Parameters:**',
        'Same as `POST /api/v2/loan`',
        '### Renew a loan',
        '`PUT /api/v2/loan`',
        'Renews a loan. See `GET /api/v2/loan` for its fields.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/v2/loan/test', 'PUT /api/v2/loan']);
  });

  it('should read a routes table whose method column is headed `HTTP-Method` or `Verb`, each row with its own summary', () => {
    const read = readGeneral(
      [
        '## Loans',
        'These endpoints lend books. Replace *<LOAN>* with the id of a loan.',
        '| Endpoint | HTTP-Method | Description |\n| --- | --- | --- |\n' +
          '| `/loans` | `GET` | **Lists the loans.**<br>The list is a JSON array. |\n' +
          '| `/loans/<LOAN>/renew` | `POST` | **Renews a loan.**<br>Only if [renewals](../config.md#renewals) are on. |',
        '## Shelves',
        'These endpoints list shelves.',
        '| Route | Verb | Description |\n| --- | --- | --- |\n| `/shelves` | `GET` | Lists the shelves. |\n| `/shelves/<SHELF>` | `DELETE` | Removes a shelf. |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /loans', 'POST /loans/{LOAN}/renew', 'GET /shelves', 'DELETE /shelves/{SHELF}']);
    expect(operation(read, 'GET /loans').summary).toBe('Lists the loans.');
    expect(operation(read, 'POST /loans/{LOAN}/renew').summary).toBe('Renews a loan.');
    expect(operation(read, 'DELETE /shelves/{SHELF}').summary).toBe('Removes a shelf.');
  });

  it('should read a page whose front matter title is its request line alone', () => {
    const read = readGeneral(
      '---\nlayout: api\ntitle: POST /loans\n---\n\nLends a book.\n\n### Responses\n\n| Status | Description |\n| --- | --- |\n| 204 | Lent |\n',
      'loans/post/index.md',
    );
    expect(read.routes).toEqual(['POST /loans']);
    expect(operation(read, 'POST /loans').summary).toBe('Lends a book.');
    // A title that only opens with a method word names no route.
    expect(readGeneral('---\ntitle: GET started with loans\n---\n\nHow to lend.\n').routes).toEqual([]);
  });

  it('should read an MDX component that states its method and route by attributes', () => {
    const read = readGeneral(
      [
        '## Get one loan',
        '<LoanRoute method="GET" route="/loans/{loan_id}"/>',
        'Gets a loan.',
        '## Return a loan',
        '<LoanRoute method="DELETE" endpoint="/loans/{loan_id}" />',
        'Returns a loan.',
      ].join('\n\n'),
      'loans.mdx',
    );
    expect(read.routes).toEqual(['GET /loans/{loan_id}', 'DELETE /loans/{loan_id}']);
    expect(operation(read, 'GET /loans/{loan_id}').summary).toBe('Gets a loan.');
  });

  it('should strip a host written without its scheme that opens with a placeholder, keeping the path', () => {
    const read = readGeneral('## Renew a loan\n\n```\nPATCH {library}.example.com/api/v1/loans/:loan_id\n```\n\nRenews a loan.\n');
    expect(read.routes).toEqual(['PATCH /api/v1/loans/{loan_id}']);
  });
});
