/**
 * Pages swagger-markdown writes from a spec, in the layouts of its versions: a path heading over
 * method headings with `##### Summary` / `##### Description` sections (method-headings.md), the
 * same with `##### ***GET***` and `**Summary:**` / `**Description:**` labels (bold-labels.md), and
 * `### [GET] /dogs` headings with a bold summary (bracketed-methods.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/swagger-markdown', name), 'utf8');

describe('general reader: pages swagger-markdown writes', () => {
  it('should read a `##### Description` section under a method heading as the description, its title no part of it', () => {
    const read = readGeneral(fixture('method-headings.md'));
    const list = operation(read, 'GET /dogs');
    expect([list.summary, list.description]).toEqual(['List dogs', 'Returns the dogs of the kennel, oldest first.']);
    expect(operation(read, 'POST /dogs').description).toBeUndefined();
  });

  it('should read the words beside `**Summary:**` and `**Description:**` labels, the labels no part of them', () => {
    const read = readGeneral(fixture('bold-labels.md'));
    const add = operation(read, 'POST /dogs');
    expect([add.summary, add.description]).toEqual(['Add a dog', 'Adds a dog to the kennel.']);
    // `**Description:** ` with no words: no description.
    const get = operation(read, 'GET /dogs/{dogId}');
    expect([get.summary, get.description]).toEqual(['Get a dog', undefined]);
  });

  it('should read `formData` rows as the fields of a form body, not as the body itself', () => {
    const body = operation(readGeneral(fixture('bold-labels.md')), 'PATCH /dogs/{dogId}').requestBody;
    expect(body?.name).toBeUndefined();
    expect(strip(body?.content.map((c) => [c.mediaType, c.schema]))).toEqual([
      [
        'application/x-www-form-urlencoded',
        { kind: 'object', properties: [{ name: 'name', schema: { kind: 'string' }, required: true, description: 'The new name' }] },
      ],
    ]);
  });

  it('should read each `<a name="dog"></a>**Dog**` label under `### Models` as the type its table defines, the one a table\'s last row took too', () => {
    const read = readGeneral(fixture('bold-labels.md'));
    const fields = (name: string) => {
      const schema = read.fragment?.schemas.find((s) => s.name === name)?.schema;
      return schema?.kind === 'object' ? strip(schema.properties.map((p) => [p.name, p.schema.kind, p.required])) : schema;
    };
    expect(fields('Dog')).toEqual([
      ['id', 'integer', true],
      ['name', 'string', true],
      ['collar', 'ref', false],
      ['tags', 'array', false],
    ]);
    expect(fields('Collar')).toEqual([['color', 'string', true]]);
  });

  it("should read a schema cell listing media types (`**application/json**: [Dog](#dog-schema)<br>`) as the JSON one's", () => {
    const read = readGeneral(fixture('bracketed-methods.md'));
    const content = (route: string) =>
      operation(read, route).responses.map((r) => [r.status, strip(r.content.map((c) => [c.mediaType, c.schema]))]);
    expect(content('GET /dogs')).toEqual([
      ['200', [['application/json', { kind: 'array', items: { kind: 'ref', name: 'Dog' } }]]],
      ['400', []],
    ]);
    expect(content('GET /dogs/{dogId}')[0]).toEqual(['200', [['application/json', { kind: 'ref', name: 'Dog' }]]]);
    // Only `application/xml` listed: no schema is read from the cell.
    expect(content('PUT /dogs/{dogId}/photo')).toEqual([['200', []]]);
  });

  it("should read a `Required | Schema` request body table as the body's type, media types and required flag", () => {
    const read = readGeneral(fixture('bracketed-methods.md'));
    const body = (route: string) => {
      const found = operation(read, route).requestBody;
      return found && [found.required, strip(found.content.map((c) => [c.mediaType, c.schema]))];
    };
    expect(body('POST /dogs')).toEqual([
      true,
      [
        ['application/json', { kind: 'ref', name: 'Dog' }],
        ['application/xml', { kind: 'ref', name: 'Dog' }],
      ],
    ]);
    expect(operation(read, 'POST /dogs').requestBody?.description).toBe('The dog to add');
    expect(body('PUT /dogs/{dogId}/photo')).toEqual([false, [['application/octet-stream', { kind: 'string', format: 'binary' }]]]);
    expect(body('PATCH /dogs/{dogId}')).toEqual([false, [['application/merge-patch+json', { kind: 'array', items: { kind: 'string' } }]]]);
  });

  it('should read `#### Dog Schema` under `### Schemas` as the type `Dog`', () => {
    const read = readGeneral(fixture('bracketed-methods.md'));
    const dog = read.fragment?.schemas.find((s) => s.name === 'Dog')?.schema;
    expect(dog?.kind === 'object' && dog.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['name', true],
      ['born', false],
      ['size', false],
    ]);
  });

  it('should read the `**Available values:**`, `**Default:**`, `*Example:*` and `*Enum:*` lines of cells as the values, default and example, not words', () => {
    const read = readGeneral(fixture('bracketed-methods.md'));
    const [size] = operation(read, 'GET /dogs').parameters;
    expect(strip(size?.schema)).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'small' }, { value: 'large' }],
      default: 'small',
    });
    expect(size?.description).toBe('Sizes to filter by');
    const dog = read.fragment?.schemas.find((s) => s.name === 'Dog')?.schema;
    const property = (name: string) => (dog?.kind === 'object' ? dog.properties.find((p) => p.name === name) : undefined);
    expect([property('id')?.description, strip(property('id')?.schema)]).toEqual([
      undefined,
      { kind: 'integer', format: 'int64', examples: [7] },
    ]);
    expect([property('size')?.description, strip(property('size')?.schema)]).toEqual([
      'The size',
      { kind: 'enum', base: 'string', values: [{ value: 'small' }, { value: 'large' }] },
    ]);
  });

  it("should read the `**Headers:**` lines of a status row's description as that response's headers, not its words", () => {
    const [ok] = operation(readGeneral(fixture('bracketed-methods.md')), 'GET /dogs/{dogId}').responses;
    expect(ok?.description).toBe('The dog');
    expect(ok?.headers.map((h) => [h.name, h.schema.kind, h.description])).toEqual([
      ['X-Rate-Left', 'integer', 'calls left this hour'],
      ['X-Trace', 'string', 'a trace id'],
    ]);
  });

  it('should read a `**Deprecated**` line of a description cell as the row deprecated, not as words', () => {
    const old = operation(readGeneral(fixture('bracketed-methods.md')), 'GET /dogs/{dogId}').parameters.find((p) => p.name === 'X-Old');
    expect([old?.in, old?.description, old?.deprecated]).toEqual(['header', 'Use X-New instead', true]);
  });
});
