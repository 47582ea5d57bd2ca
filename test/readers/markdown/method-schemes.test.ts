import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A call-style "library" API: the URL scheme stated once, each call a section named by its method with its arguments. */
const CALLS = [
  '# Library API',
  '## Usage',
  'Calls can be invoked with GET or POST. The URL of every request is of the form: `/lib/$VERSION/$FUNCTIONNAME`.',
  '## Methods',
  '### Shelves',
  '#### createShelf(name [, label])',
  'creates a shelf',
  '#### listBooks(shelfID, [from], [to])',
  'lists the books on a shelf',
  '#### countShelves()',
  'counts the shelves',
].join('\n\n');

/** The same API, grouped: the scheme's group stated per section, each method's name under its heading. */
const GROUPED = [
  '# General',
  '- All API methods are under `/lib/v2/GroupName/methodName`, where `GroupName` is a group of related methods.',
  '- Either `GET` or `POST` can be used as the request type for all API methods.',
  '# Shelves #',
  'All Shelf API methods are under "shelf", e.g.: `/lib/v2/shelf/methodName`.',
  '## Count shelves ##',
  'Name: `count`',
  '**Parameters:**',
  'None',
  '## Rename a shelf ##',
  'Name: `rename`',
  '**Parameters:**',
  'Parameter | Type | Description\n---|---|---\n`id` | string | The shelf\n`name` | string | Its new name',
  'Example:',
  '```sh\n$ curl --data "id=s1&name=Novels" http://localhost:8080/lib/v2/shelf/rename\n```',
  '## Remove a shelf ##',
  'Name: `remove`',
  'Method: `DELETE`',
  '# Loans #',
  'All Loan API methods are under "loan", e.g.: `/lib/v2/loan/methodName`.',
  '## List loans ##',
  'Name: `list`',
  '## Not a method ##',
  'Loans end after four weeks.',
].join('\n\n');

describe('general reader: a URL scheme stated once, each operation a section named by its method', () => {
  it("should read each `name(arguments)` heading as the scheme's route for that name", () => {
    const read = readGeneral(CALLS);
    expect(read.routes).toEqual(['GET /lib/{VERSION}/createShelf', 'GET /lib/{VERSION}/listBooks', 'GET /lib/{VERSION}/countShelves']);
    expect(operation(read, 'GET /lib/{VERSION}/createShelf').summary).toBe('creates a shelf');
  });

  it('should read the arguments as query parameters, those in brackets optional', () => {
    const read = readGeneral(CALLS);
    expect(parameterNames(operation(read, 'GET /lib/{VERSION}/createShelf'))).toEqual(['query:name*', 'query:label', 'path:VERSION*']);
    expect(parameterNames(operation(read, 'GET /lib/{VERSION}/listBooks'))).toEqual([
      'query:shelfID*',
      'query:from',
      'query:to',
      'path:VERSION*',
    ]);
    expect(parameterNames(operation(read, 'GET /lib/{VERSION}/countShelves'))).toEqual(['path:VERSION*']);
  });

  it("should read a group's own scheme in its section, and a `Name:` line as the method's name", () => {
    const read = readGeneral(GROUPED);
    expect(read.routes).toEqual([
      'GET /lib/v2/shelf/count',
      'POST /lib/v2/shelf/rename',
      'DELETE /lib/v2/shelf/remove',
      'GET /lib/v2/loan/list',
    ]);
  });

  it("should take the method's own sample call or `Method:` line over the sentence for all methods", () => {
    const read = readGeneral(GROUPED);
    expect(parameterNames(operation(read, 'POST /lib/v2/shelf/rename'))).toEqual([]);
    expect(operation(read, 'POST /lib/v2/shelf/rename').requestBody).toBeDefined();
    expect(operation(read, 'DELETE /lib/v2/shelf/remove').summary).toBe('Remove a shelf');
    expect(read.routes.filter((route) => route.endsWith('/rename') || route.endsWith('/remove'))).toEqual([
      'POST /lib/v2/shelf/rename',
      'DELETE /lib/v2/shelf/remove',
    ]);
  });

  it("should read a scheme's segment the sentence names apart as a placeholder where no group states its own", () => {
    const read = readGeneral(GROUPED.replace('All Loan API methods are under "loan", e.g.: `/lib/v2/loan/methodName`.', 'Loans.'));
    expect(read.routes).toContain('GET /lib/v2/{GroupName}/list');
  });

  it('should read a scheme at the root of a host, its placeholder `{method}`, and a sentence stating one method for all', () => {
    const read = readGeneral(
      ['Every call is a POST. All calls go to `https://library.example.com/{method}`.', '## renew(loanID)', 'Renews a loan.'].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /renew']);
    expect(read.root.data?.page?.servers).toEqual(['https://library.example.com']);
  });

  it("should never read a group's scheme in another group's sections", () => {
    const read = readGeneral(
      GROUPED.replace(
        '- All API methods are under `/lib/v2/GroupName/methodName`, where `GroupName` is a group of related methods.',
        '',
      ).replace('All Loan API methods are under "loan", e.g.: `/lib/v2/loan/methodName`.', 'Loans.'),
    );
    expect(read.routes).toEqual(['GET /lib/v2/shelf/count', 'POST /lib/v2/shelf/rename', 'DELETE /lib/v2/shelf/remove']);
  });

  it('should read a method sent as a form or as JSON with one body of both media types', () => {
    const read = readGeneral(
      GROUPED.replace(
        '## Count shelves ##',
        [
          '## Log in ##',
          'Name: `login`',
          'Send the username and password as form data or JSON.',
          '```sh\n$ curl --data "username=ann&password=secret" http://localhost:8080/lib/v2/shelf/login\n```',
          '## Count shelves ##',
        ].join('\n\n'),
      ),
    );
    const body = operation(read, 'POST /lib/v2/shelf/login').requestBody;
    expect(body?.content.map((content) => [content.mediaType, content.examples[0]?.value])).toEqual([
      ['application/json', { username: 'ann', password: 'secret' }],
      ['application/x-www-form-urlencoded', { username: 'ann', password: 'secret' }],
    ]);
  });

  it('should read no operation, and say so, where the page states no HTTP method', () => {
    const read = readGeneral(CALLS.replace('Calls can be invoked with GET or POST. ', ''));
    expect(read.routes).toEqual([]);
    const reported = read.diagnostics.items.filter((d) => d.code === 'unstated-method');
    expect(reported.map((d) => [d.severity, d.source.start.line])).toEqual([
      ['warning', 11],
      ['warning', 15],
      ['warning', 19],
    ]);
    expect(reported[0]?.message).toContain('/lib/$VERSION/createShelf');
    // A page that states no scheme: its call headings are titles, nothing is said.
    const plain = readGeneral(CALLS.replace('The URL of every request is of the form: `/lib/$VERSION/$FUNCTIONNAME`.', ''));
    expect(plain.routes).toEqual([]);
    expect(plain.diagnostics.items.map((d) => d.code)).not.toContain('unstated-method');
  });
});
