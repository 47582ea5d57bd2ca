/**
 * The markdown apidoc-markdown writes from apiDoc comments: `<p>` paragraphs around the
 * operation's description and the cells', `**optional**` rows (optional-markers.test.ts), the
 * success and error groups with their examples.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/apidoc/api.md'), 'utf8');
const SIZES = readFileSync(path.join(import.meta.dirname, 'fixtures/apidoc/sizes.md'), 'utf8');

describe("general reader: apiDoc's markdown", () => {
  it("should read the heading's title (`@api`'s) as the summary and the `<p>` paragraphs as the description, the words they show, inline HTML kept as markdown's own", () => {
    const read = readGeneral(PAGE);
    const plant = operation(read, 'GET /plants/{id}');
    expect(plant.summary).toBe('Read a plant');
    expect(plant.description).toBe('Reads one plant of the greenhouse.\n\nThe <code>bed</code> it grows in is named by its id.');
    expect(JSON.stringify(read.fragment?.operations)).not.toMatch(/<\/?p>/);
  });

  it('should keep the first paragraph the summary under a heading with an anchor but no apiDoc navigation line', () => {
    const page = PAGE.replace('[Back to top](#top)\n', '');
    expect(operation(readGeneral(page), 'GET /plants/{id}').summary).toBe('Reads one plant of the greenhouse.');
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

  it('should read a size in the type (`String{2..30}`, `Number{1-100}`) or a `_Size range: 3..12_` line as a string’s length or a number’s bounds, `="a","b"` as the values', () => {
    const body = bodySchema(operation(readGeneral(SIZES), 'POST /beds'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema])).toEqual([
      ['name', { kind: 'string', minLength: 2, maxLength: 30 }],
      ['width', { kind: 'number', minimum: 1, maximum: 100 }],
      ['code', { kind: 'string', maxLength: 5 }],
      ['depth', { kind: 'number', minimum: 0 }],
      ['soil', { kind: 'enum', base: 'string', values: [{ value: 'loam' }, { value: 'clay' }] }],
      ['label', { kind: 'string', minLength: 3, maxLength: 12 }],
      ['rows', { kind: 'number', minimum: 1, maximum: 9 }],
      // An array's size says neither its length nor its items' plainly: nothing is set.
      ['tags', { kind: 'array', items: { kind: 'string' } }],
    ]);
    expect(codes(readGeneral(SIZES))).not.toContain('unknown-type');
  });
});
