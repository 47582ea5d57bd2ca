/**
 * openapi-generator's static HTML docs (`-g html`): per operation a `method` block of its path,
 * summary, notes and parts under `field-label` titles (`param` / `param-desc` pairs, `Request body`,
 * `Return type`, `Example data`, `Responses` of `<h4>` statuses), then the `Models`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/generator-html/index.html'), 'utf8');
const read = () => readGeneral(PAGE, 'api/index.html');

const parameters = (op: Operation): string[] =>
  op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}`);
const responses = (op: Operation): string[] =>
  op.responses.map((r) => `${r.status} ${r.description}: ${JSON.stringify(strip(r.content[0]?.schema) ?? null)}`);

describe('general reader: openapi-generator’s `-g html` docs', () => {
  it('should read each method block as one operation titled by its summary, the table of contents no route', () => {
    const page = read();
    expect(page.routes).toEqual(['POST /plants', 'DELETE /plants/{plantId}', 'GET /plants/{plantId}', 'GET /plants']);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const create = operation(page, 'POST /plants');
    expect([create.summary, create.description]).toEqual(['Add a plant', 'Adds a plant to the greenhouse.']);
  });

  it('should read `param` and `param-desc` pairs as parameters: flag, default, and the format’s type', () => {
    const page = read();
    expect(parameters(operation(page, 'GET /plants/{plantId}'))).toEqual(['path:plantId*:{"kind":"integer","format":"int64"}']);
    expect(parameters(operation(page, 'GET /plants'))).toEqual([
      'query:limit:{"kind":"integer","default":20,"format":"int32"}',
      'query:room:{"kind":"string"}',
    ]);
    expect(codes(page)).not.toContain('unknown-type');
  });

  it('should read the body’s model, the statuses with their models, the return type and example data as the success’s', () => {
    const page = read();
    const create = operation(page, 'POST /plants');
    expect(strip(create.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'NewPlant' });
    expect(responses(create)).toEqual(['201 The plant was added: {"kind":"ref","name":"Plant"}', '422 The plant is invalid: null']);
    expect(create.responses[0]?.content[0]?.examples?.[0]?.value).toEqual({ name: 'Fern', id: 12, waterEveryDays: 3 });
    expect(responses(operation(page, 'GET /plants'))).toEqual(['200 The plants: {"kind":"array","items":{"kind":"ref","name":"Plant"}}']);
    expect(responses(operation(page, 'DELETE /plants/{plantId}'))).toEqual(['204 The plant was removed: null', '404 No such plant: null']);
  });

  it('should read the models as types: a field without `(optional)` required, its enum values and format', () => {
    const page = read();
    const plant = page.fragment?.schemas.find((s) => s.name === 'Plant');
    const schema = strip(plant?.schema);
    expect(
      schema?.kind === 'object' && schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${JSON.stringify(p.schema)}`),
    ).toEqual([
      'id*:{"kind":"integer","format":"int64"}',
      'name*:{"kind":"string"}',
      'waterEveryDays:{"kind":"integer","format":"int32"}',
      'status:{"kind":"enum","base":"string","values":[{"value":"thriving"},{"value":"wilting"}]}',
    ]);
  });

  it('should read the `-g html2` docs: each article’s route and summary, its parameter tables and scripted statuses', () => {
    const page = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/generator-html/html2.html'), 'utf8'), 'api/html2.html');
    expect(page.routes).toEqual(['GET /plants/{plantId}', 'GET /plants']);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const show = operation(page, 'GET /plants/{plantId}');
    expect([show.summary, show.description]).toEqual(['Show a plant', 'Returns one plant.']);
    expect(parameters(show)).toEqual(['path:plantId*:{"kind":"integer","format":"int64"}']);
    expect(responses(show)).toEqual(['200 The plant: null', '404 No such plant: null']);
    expect(parameters(operation(page, 'GET /plants'))).toEqual(['query:room:{"kind":"string"}']);
  });

  it('should read the `-g html2` body’s and responses’ scripted schemas as their fields, references followed into the page’s `defs`', () => {
    const page = readGeneral(
      readFileSync(path.join(import.meta.dirname, 'fixtures/generator-html/html2-bodies.html'), 'utf8'),
      'api/html2-bodies.html',
    );
    expect(page.routes).toEqual(['POST /plants', 'PUT /plants/{plantId}/water']);
    // OpenAPI 3's Request Body Object, its schema a `$ref` to `#/components/schemas/NewPlant`, whose `pot` refers to `Pot`.
    expect(strip(operation(page, 'POST /plants').requestBody?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', required: true, schema: { kind: 'string' }, description: "The plant's name." },
        { name: 'waterEveryDays', required: false, schema: { kind: 'integer', format: 'int32' } },
        {
          name: 'pot',
          required: false,
          schema: {
            kind: 'object',
            properties: [
              { name: 'size', required: true, schema: { kind: 'enum', base: 'string', values: [{ value: 'small' }, { value: 'large' }] } },
            ],
          },
        },
      ],
    });
    // A response's schema, scripted alike: that status's body.
    const created = operation(page, 'POST /plants').responses;
    expect(created.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['400', 'Invalid plant'],
    ]);
    const body = strip(created[0]?.content[0]?.schema);
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}:${p.schema.kind}`) : body).toEqual([
      'id:integer',
      'plant:object',
    ]);
    expect(created[1]?.content).toEqual([]);
    // Swagger 2's body parameter, its schema inline: no field named after the parameter (`body`).
    expect(strip(operation(page, 'PUT /plants/{plantId}/water').requestBody?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [{ name: 'litres', required: false, schema: { kind: 'number', format: 'float' } }],
    });
  });

  it('should read a `-g html2` body or response scripted as an array of objects as an array of its items’ fields', () => {
    const page = readGeneral(
      readFileSync(path.join(import.meta.dirname, 'fixtures/generator-html/html2-arrays.html'), 'utf8'),
      'api/html2-arrays.html',
    );
    expect(page.routes).toEqual(['POST /plants/batch', 'GET /plants/names']);
    const add = operation(page, 'POST /plants/batch');
    const body = strip(add.requestBody?.content[0]?.schema);
    expect(
      body?.kind === 'array' && body.items.kind === 'object' && body.items.properties.map((p) => `${p.name}:${p.schema.kind}`),
    ).toEqual(['name:string', 'waterEveryDays:integer', 'pot:object']);
    const pots = strip(add.responses.find((r) => r.status === '200')?.content[0]?.schema);
    expect(pots).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'size', required: true, schema: { kind: 'enum', base: 'string', values: [{ value: 'small' }, { value: 'large' }] } },
        ],
      },
    });
    // An array of strings has no fields a table shows: no body is made of it.
    expect(operation(page, 'GET /plants/names').responses.map((r) => [r.status, r.content])).toEqual([['200', []]]);
  });
});
