/**
 * The API reference AWS services publish (and vendors copied): a page per action (`# CreatePlanter`),
 * its request as syntax (`POST /…/greenhouses/GreenhouseId/planters HTTP/1.1`, header lines, a
 * body of type words), its fields as entries (`** [Name](#…) **` ⏎ description ⏎ `Type: String` ⏎
 * `Required: Yes`), its response as syntax (`HTTP/1.1 201` ⏎ body) and elements, its errors as
 * entries (`**ConflictException**` ⏎ … ⏎ `HTTP Status Code: 409`), and a page per data type
 * (`# Planter` ⏎ `## Contents` ⏎ entries). The fixtures are ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { ObjectSchema, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/action-pages');
const page = (name: string) => readGeneral(readFileSync(path.join(DIR, `${name}.md`), 'utf8'), `api/${name}.md`);
const CREATE = '/2021-06-01/greenhouses/{GreenhouseId}/planters';

/** `name: kind` of an object's properties (a ref its name, an array `[items]`), `*` when required. */
function fields(schema: Schema | undefined): string[] {
  const shown = (value: Schema): string =>
    value.kind === 'ref'
      ? value.name
      : value.kind === 'array'
        ? `[${shown(value.items)}]`
        : value.kind === 'map'
          ? `map of ${shown(value.values)}`
          : value.kind;
  return ((schema as ObjectSchema | undefined)?.properties ?? []).map((p) => `${p.name}${p.required ? '*' : ''}: ${shown(p.schema)}`);
}

describe('general reader: AWS-style action pages', () => {
  const create = page('API_CreatePlanter');
  const list = page('API_ListPlanters');
  const remove = page('API_DeletePlanter');

  it('should read the request line of the request syntax, a segment an entry names its placeholder', () => {
    expect(create.routes).toEqual([`POST ${CREATE}`]);
    expect(list.routes).toEqual([`GET ${CREATE}`]);
    expect(remove.routes).toEqual([`DELETE ${CREATE}/{PlanterId}`]);
  });

  it("should title the operation by the page's words, not by the syntax heading", () => {
    expect(operation(create, `POST ${CREATE}`).summary).toBe('Creates a planter in a greenhouse.');
  });

  it('should place each URI entry where the syntax uses its name: path, query key, header', () => {
    expect(parameterNames(operation(create, `POST ${CREATE}`))).toEqual(['path:GreenhouseId*', 'header:X-Grow-Client-Token']);
    const get = operation(list, `GET ${CREATE}`);
    expect(parameterNames(get)).toEqual(['path:GreenhouseId*', 'query:maxResults', 'query:nextToken', 'query:sort']);
    expect(get.parameters.find((p) => p.name === 'maxResults')?.description).toBe('The most planters to return.');
  });

  it("should read the body's entries: type, required flag and description, the constraint lines no part of it", () => {
    const post = operation(create, `POST ${CREATE}`);
    expect(fields(bodySchema(post))).toEqual([
      'Name*: string',
      'Slots: integer',
      'Heated: boolean',
      'Light: enum',
      'Crops: [string]',
      'Labels: map of string',
      'Soil: Soil',
    ]);
    const name = (bodySchema(post) as ObjectSchema).properties[0]!;
    expect(name.description).toBe('The name of the planter.');
    // The syntax's type words are no example.
    expect(strip(post.requestBody?.content[0]?.examples)).toEqual([]);
  });

  it("should read a string's Valid Values as its enum", () => {
    const light = (bodySchema(operation(create, `POST ${CREATE}`)) as ObjectSchema).properties.find((p) => p.name === 'Light');
    expect(strip(light?.schema)).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'FULL_SUN' }, { value: 'PARTIAL_SHADE' }, { value: 'SHADE' }],
    });
    const sort = operation(list, `GET ${CREATE}`).parameters.find((p) => p.name === 'sort');
    expect(strip(sort?.schema)).toEqual({ kind: 'enum', base: 'string', values: [{ value: 'ASCENDING' }, { value: 'DESCENDING' }] });
    // A range states no values: an untyped parameter stays the text it travels as.
    expect(operation(list, `GET ${CREATE}`).parameters.find((p) => p.name === 'maxResults')?.schema.kind).toBe('string');
  });

  it('should read no body where the page says the request has none', () => {
    expect(operation(list, `GET ${CREATE}`).requestBody).toBeUndefined();
    expect(operation(remove, `DELETE ${CREATE}/{PlanterId}`).requestBody).toBeUndefined();
  });

  it("should read the response syntax's status and the response elements, header elements no field", () => {
    const post = operation(create, `POST ${CREATE}`);
    const created = post.responses.find((r) => r.status === '201');
    expect(fields(created?.content[0]?.schema)).toEqual(['Planter: Planter']);
    const got = operation(list, `GET ${CREATE}`).responses.find((r) => r.status === '200');
    expect(fields(got?.content[0]?.schema)).toEqual(['NextToken: string', 'Planters: [PlanterSummary]']);
    const deleted = operation(remove, `DELETE ${CREATE}/{PlanterId}`).responses.find((r) => r.status === '204');
    expect(deleted?.content).toEqual([]);
  });

  it("should read each error's status, its exceptions' names the description", () => {
    const post = operation(create, `POST ${CREATE}`);
    expect(post.responses.map((r) => `${r.status} ${r.description}`)).toEqual([
      '201 Created',
      '409 ConflictException',
      '400 ValidationException, SoilNotFoundException',
    ]);
    expect(operation(list, `GET ${CREATE}`).responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(codes(create)).not.toContain('malformed-row');
  });

  it("should read the syntax's body as a type sketch where no entries list it: type words typed, a type word's key a map", () => {
    const fence = '```';
    const read = readGeneral(
      [
        '# PutPot',
        '',
        'Puts a pot.',
        '',
        '## Request Syntax',
        '',
        fence,
        'PUT /pots HTTP/1.1',
        'Content-type: application/json',
        '',
        '{',
        '   "Name": "string",',
        '   "Litres": number,',
        '   "Glazed": boolean,',
        '   "Colours": [ "string" ],',
        '   "Labels": { ',
        '      "string" : "string" ',
        '   },',
        '   "Sizes": { ',
        '      "string" : [ "string" ]',
        '   }',
        '}',
        fence,
        '',
        '## Response Syntax',
        '',
        fence,
        'HTTP/1.1 200',
        '',
        '{ "PotId": "string", "Count": number }',
        fence,
        '',
      ].join('\n'),
      'api/PutPot.md',
    );
    const put = operation(read, 'PUT /pots');
    expect(fields(bodySchema(put))).toEqual([
      'Name: string',
      'Litres: number',
      'Glazed: boolean',
      'Colours: [string]',
      'Labels: map of string',
      'Sizes: map of [string]',
    ]);
    expect(put.requestBody?.content[0]?.examples).toEqual([]);
    expect(fields(put.responses.find((r) => r.status === '200')?.content[0]?.schema)).toEqual(['PotId: string', 'Count: number']);
  });

  it("should define a data type's page by its Contents' entries, which the actions' types name", () => {
    const names = ['API_CreatePlanter', 'API_ListPlanters', 'API_Planter', 'API_PlanterSummary'];
    const doc = mergeFragments(
      names.map((name) => page(name).fragment!),
      new DiagnosticBag(),
      { version: '1' },
    );
    const schema = (name: string) => doc.schemas.find((s) => s.name === name)?.schema;
    expect(fields(schema('Planter'))).toEqual(['Heated: boolean', 'Name*: string', 'PlanterId*: string', 'Slots: integer', 'Soil: Soil']);
    expect(fields(schema('PlanterSummary'))).toEqual(['Name*: string', 'PlantedAt: string', 'PlanterId*: string']);
  });
});
