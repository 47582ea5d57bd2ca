/**
 * The markdown apidoc-markdown writes from apiDoc comments: `<p>` paragraphs around the
 * operation's description and the cells', `**optional**` rows (optional-markers.test.ts), the
 * success and error groups with their examples.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/apidoc/api.md'), 'utf8');

describe("general reader: apiDoc's markdown", () => {
  it("should read the operation's `<p>` paragraph as the words it shows, inline HTML kept as markdown's own", () => {
    const read = readGeneral(PAGE);
    const plant = operation(read, 'GET /plants/{id}');
    expect(plant.summary).toBe('Reads one plant of the greenhouse.');
    expect(plant.description).toBe('The <code>bed</code> it grows in is named by its id.');
    expect(JSON.stringify(read.fragment?.operations)).not.toMatch(/<\/?p>/);
  });

  it('should read a cell\'s `_Default value: name_` line as the default and `_Allowed values: "a","b"_` as the values', () => {
    const plant = operation(readGeneral(PAGE), 'GET /plants/{id}');
    expect(plant.parameters.map((p) => [p.name, p.required, strip(p.schema)])).toEqual([
      ['id', true, { kind: 'number' }],
      ['fields', false, { kind: 'string', default: 'name' }],
      ['pot', false, { kind: 'enum', base: 'string', values: [{ value: 'small' }, { value: 'huge' }], default: 'small' }],
    ]);
  });

  it('should read the error example (`HTTP/1.1 404 Not Found` ⏎ its JSON) as that error response, beside the documented success', () => {
    const read = readGeneral(PAGE);
    const plant = operation(read, 'GET /plants/{id}');
    expect(plant.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: 12, name: 'Tomato' }],
      ['404', { error: 'PlantNotFound' }],
    ]);
    expect(codes(read)).not.toContain('sample-mismatch');
  });
});
