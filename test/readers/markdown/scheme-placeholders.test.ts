import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** A call-style "library" API whose URL scheme holds the API's version besides the method's name. */
const VERSIONED = [
  '# Library API',
  '## Usage',
  'Calls can be invoked with GET or POST. The URL of every request is of the form: `/lib/$APIVERSION/$FUNCTIONNAME`.',
  '$APIVERSION depends on the calls you make.',
  '## API version',
  'The latest version is `1.4.2`.',
  '## Methods',
  '#### createShelf(name [, label])',
  'creates a shelf',
  '#### countShelves()',
  'counts the shelves',
  '## Rename a shelf',
  'Name: `renameShelf`',
  '**Parameters:**',
  'Parameter | Type | Description\n---|---|---\n`id` | string | The shelf\n`name` | string | Its new name',
  '```sh\n$ curl --data "id=s1&name=Novels" http://localhost:8080/lib/1.4.2/renameShelf\n```',
].join('\n\n');

const STATED = '$APIVERSION depends on the calls you make. The latest version is 1.4.2.';

describe("general reader: a method scheme's other placeholders", () => {
  it("should document the placeholder once, from the sentences that state it, on every method, beside the method's own parameters", () => {
    const read = readGeneral(VERSIONED);
    for (const route of ['GET /lib/{APIVERSION}/createShelf', 'GET /lib/{APIVERSION}/countShelves', 'POST /lib/{APIVERSION}/renameShelf']) {
      const version = operation(read, route).parameters.find((parameter) => parameter.name === 'APIVERSION');
      expect(strip(version)).toEqual({ name: 'APIVERSION', in: 'path', required: true, schema: { kind: 'string' }, description: STATED });
    }
    expect(codes(read)).not.toContain('path-parameter-undocumented');
    // Beside the method's arguments, its summary and its own titled table.
    expect(parameterNames(operation(read, 'GET /lib/{APIVERSION}/createShelf'))).toEqual([
      'query:name*',
      'query:label',
      'path:APIVERSION*',
    ]);
    expect(operation(read, 'GET /lib/{APIVERSION}/createShelf').summary).toBe('creates a shelf');
    const rename = operation(read, 'POST /lib/{APIVERSION}/renameShelf');
    expect(parameterNames(rename)).toEqual(['path:APIVERSION*']);
    const body = rename.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((property) => property.name) : []).toEqual(['id', 'name']);
  });

  it('should read a `{version}` placeholder stated by the current version, and a segment the scheme sentence names apart', () => {
    const read = readGeneral(
      [
        'Every call is a POST to `/lib/{version}/GroupName/methodName`, where `GroupName` is a group of related methods.',
        'The current API version is `v3`.',
        '## renew(loanID)',
        'Renews a loan.',
      ].join('\n\n'),
    );
    const renew = operation(read, 'POST /lib/{version}/{GroupName}/renew');
    expect(
      renew.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => [parameter.name, parameter.description]),
    ).toEqual([
      ['version', 'The current API version is v3.'],
      ['GroupName', 'Every call is a POST to /lib/{version}/GroupName/methodName, where GroupName is a group of related methods.'],
    ]);
    expect(codes(read)).not.toContain('path-parameter-undocumented');
  });

  it('should say once, at the scheme, what the page states nothing of, not once a method', () => {
    const read = readGeneral(
      VERSIONED.replace('$APIVERSION depends on the calls you make.', 'Version 1.2 added shelves.').replace(
        'The latest version is `1.4.2`.',
        '',
      ),
    );
    const reported = read.diagnostics.items.filter((d) => d.code === 'path-parameter-undocumented');
    expect(reported.map((d) => [d.severity, d.source.start.line, d.source.start.column])).toEqual([['warning', 5, 81]]);
    expect(reported[0]?.message).toContain('"APIVERSION" of the URL scheme /lib/$APIVERSION/$FUNCTIONNAME');
    const version = operation(read, 'GET /lib/{APIVERSION}/countShelves').parameters[0];
    expect(strip(version)).toEqual({ name: 'APIVERSION', in: 'path', required: true, schema: { kind: 'string' } });
  });
});
