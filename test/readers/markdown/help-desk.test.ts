/**
 * Help-desk references (the convention of Zendesk's API reference and its like): a page per
 * resource (`# Knives`), its object's properties under `### JSON format`, an operation per `###`
 * heading over its route in code, `#### Allowed For` / `#### Pagination` / `#### Sideloads` prose,
 * `#### Code Samples` under language headings, `#### Example body`, and `#### Example response(s)`
 * whose fence opens with a status line without its protocol (`Status 201 Created`). The fixtures
 * are ours, a fictional kitchen's API written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { operation, readGeneral, strip } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/help-desk');
const page = (name: string) => readGeneral(readFileSync(path.join(DIR, name), 'utf8'), `api/${name}`);

describe('general reader: help-desk references', () => {
  const knives = page('knives.md');
  const people = page('people.md');

  it('should read `Status 200 OK` / `Status 201 Created` opening a response fence as its status, its body the sample', () => {
    const statuses = (read: typeof knives, route: string) => operation(read, route).responses.map((r) => r.status);
    expect(statuses(knives, 'GET /api/v3/knives')).toEqual(['200']);
    expect(statuses(knives, 'POST /api/v3/knives')).toEqual(['201']);
    const created = operation(knives, 'POST /api/v3/knives').responses[0]!;
    expect(created.description).toBe('Created');
    expect(strip(created.content[0]?.examples[0]?.value)).toEqual({ knife: { id: 4002, label: 'Paring knife', blade_length: 9 } });
  });

  it('should read a fence of `Status 204 No Content` alone as the status, no body', () => {
    const retired = operation(knives, 'DELETE /api/v3/knives/{knife_id}').responses;
    expect(retired.map((r) => [r.status, r.description, r.content.length])).toEqual([['204', 'No Content', 0]]);
  });

  it('should read the status over a `Content-Type` line, and in an unlabelled fence', () => {
    const list = operation(people, 'GET /api/v3/people').responses[0]!;
    expect([list.status, list.content[0]?.mediaType]).toEqual(['200', 'application/json']);
    expect(operation(people, 'GET /api/v3/people/{person_id}').responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read the JSON under `#### Example body` as the request sample, the body only it shows', () => {
    const register = operation(knives, 'POST /api/v3/knives');
    expect(strip(register.requestBody?.content.map((c) => [c.mediaType, c.examples[0]?.value]))).toEqual([
      ['application/json', { knife: { label: 'Paring knife', blade_length: 9 } }],
    ]);
  });

  it('should define the type the sentence under `### JSON format` names, singular, by its properties table', () => {
    const [knife] = knives.fragment!.schemas;
    expect(knife?.name).toBe('Knife');
    const properties = knife?.schema.kind === 'object' ? knife.schema.properties : [];
    expect(properties.map((p) => [p.name, p.schema.kind, p.required, p.schema.readOnly === true])).toEqual([
      ['id', 'integer', false, true],
      ['label', 'string', true, false],
      ['blade_length', 'number', false, false],
      ['sharpened_at', 'string', false, true],
    ]);
    expect(people.fragment!.schemas.map((named) => named.name)).toEqual(['Person']);
  });

  it('should name no type by a `JSON format` heading without the sentence', () => {
    const read = readGeneral(
      '# Knives\n\n### JSON format\n\n| Name | Type | Description |\n| --- | --- | --- |\n| id | integer | Its id |\n',
    );
    expect(read.fragment?.schemas ?? []).toEqual([]);
  });

  it('should name the type by the sentence\'s words, one of it ("Each ticket audit is …") or a plural', () => {
    const named = (sentence: string) =>
      readGeneral(
        `# Audits\n\n### JSON format\n\n${sentence}\n\n| Name | Type | Description |\n| --- | --- | --- |\n| id | integer | Its id |\n`,
      ).fragment?.schemas.map((s) => s.name);
    expect(named('Each ticket audit is represented as a JSON object with the following properties:')).toEqual(['TicketAudit']);
    expect(named('Ticket audits are represented as JSON objects with the following properties:')).toEqual(['TicketAudit']);
    expect(named('Children are represented as JSON objects with the following properties:')).toEqual(['Child']);
  });

  it('should type the items of a list sample, and "Returns a list of people.", by the type the JSON format defines', () => {
    const pages = [knives.fragment!, people.fragment!];
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments(pages, diagnostics, { version: '1' }), diagnostics);
    const schemaOf = (route: string) =>
      strip(doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)?.responses[0]?.content[0]?.schema);
    expect(schemaOf('GET /api/v3/people/search')).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Person' } });
    expect(schemaOf('GET /api/v3/knives')).toMatchObject({
      properties: [{ name: 'knives', schema: { kind: 'array', items: { kind: 'ref', name: 'Knife' } } }],
    });
    // Two of Person's four fields: the items are `Person` because `people` names it.
    expect(schemaOf('GET /api/v3/people')).toMatchObject({
      properties: [{ name: 'people', schema: { kind: 'array', items: { kind: 'ref', name: 'Person' } } }],
    });
    expect(doc.schemas.map((named) => [named.name, named.origin])).toEqual([
      ['Knife', 'documented'],
      ['Person', 'documented'],
    ]);
  });

  it('should type a sample\'s record held by the type\'s name (`"knife": {…}`) by the type, in answers and in the body sent', () => {
    const diagnostics = new DiagnosticBag();
    const doc = fillFromSamples(mergeFragments([knives.fragment!, people.fragment!], diagnostics, { version: '1' }), diagnostics);
    const find = (route: string) => doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
    const held = (schema: unknown) => strip(schema as { properties: unknown[] }).properties;
    expect(held(find('POST /api/v3/knives').responses[0]?.content[0]?.schema)).toEqual([
      { name: 'knife', schema: { kind: 'ref', name: 'Knife' }, required: false },
    ]);
    expect(held(find('POST /api/v3/knives').requestBody?.content[0]?.schema)).toEqual([
      { name: 'knife', schema: { kind: 'ref', name: 'Knife' }, required: false },
    ]);
    expect(held(find('GET /api/v3/people/{person_id}').responses[0]?.content[0]?.schema)).toEqual([
      { name: 'person', schema: { kind: 'ref', name: 'Person' }, required: false },
    ]);
  });

  it('should leave a record inline where it shows a key its namesake type does not have', () => {
    const page = readGeneral(
      readFileSync(path.join(DIR, 'knives.md'), 'utf8').replace('"id": 4002,', '"id": 4002,\n    "owner": "Ada",'),
      'api/knives.md',
    );
    const doc = fillFromSamples(mergeFragments([page.fragment!], new DiagnosticBag(), { version: '1' }), new DiagnosticBag());
    const created = doc.operations.find((o) => o.method === 'post')!.responses[0]?.content[0]?.schema;
    expect(strip(created)).toMatchObject({ kind: 'object', properties: [{ name: 'knife', schema: { kind: 'object' } }] });
  });

  // A guard: these parts were read so before this convention was written down.
  it('should read `Allowed For`, `Pagination` and `Sideloads` as no parameters, body or description, and only the curl of the code samples', () => {
    const stations = page('stations.md');
    const create = operation(stations, 'POST /api/v3/stations');
    expect([create.parameters, create.description]).toEqual([[], undefined]);
    expect(strip(create.requestBody?.content.map((c) => c.examples.map((e) => e.value)))).toEqual([
      [{ station: { name: 'Grill', heat: 7 } }],
    ]);
    const list = operation(knives, 'GET /api/v3/knives');
    expect([list.parameters.map((p) => p.name), list.description, list.requestBody]).toEqual([['sort'], undefined, undefined]);
    expect(operation(people, 'GET /api/v3/people').parameters).toEqual([]);
    expect(stations.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a curl command that calls the route with a `.json` suffix as its request’s sample', () => {
    const ovens = page('ovens.md');
    const sent = (route: string) => strip(operation(ovens, route).requestBody?.content.map((c) => c.examples.map((e) => e.value)));
    expect(sent('POST /api/v3/ovens')).toEqual([[{ oven: { label: 'Pizza oven', heat: 9 } }]]);
    expect(sent('PUT /api/v3/ovens/{oven_id}')).toEqual([[{ oven: { heat: 6 } }]]);
    expect(operation(ovens, 'GET /api/v3/ovens').requestBody).toBeUndefined();
    expect(ovens.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should report nothing', () => {
    expect([...knives.diagnostics.items, ...people.diagnostics.items].filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
