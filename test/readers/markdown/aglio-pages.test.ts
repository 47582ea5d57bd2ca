/**
 * API Blueprint rendered by aglio (default theme): an action's heading of name, method badge and
 * URI template; `URI Parameters` as a definition list; request and response panels of `Headers`,
 * `Body` and `Schema` blocks under a `Response 200` title.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/aglio/index.html'), 'utf8');
const read = () => readGeneral(PAGE, 'api/index.html');

const parameters = (op: Operation): string[] =>
  op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}`);

const fields = (schema: Schema | undefined): string[] =>
  schema?.kind === 'object'
    ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description ?? ''}`)
    : [];

describe('general reader: aglio’s rendered API Blueprint', () => {
  it('should read each action heading as its route, the URI template’s query expression no part of the path', () => {
    const page = read();
    expect(page.routes).toEqual(['GET /notes', 'POST /notes', 'GET /notes/{id}', 'DELETE /notes/{id}']);
    // The `Example URI` line (`GET …/notes/8`) is a sample call: no `sample-route`, no operation.
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const list = operation(page, 'GET /notes');
    expect([list.summary, list.description]).toEqual(['List notes', 'Lists the notes, newest first.']);
  });

  it('should read `URI Parameters` as path or query parameters by the template, with type, flag, default, example and choices', () => {
    const page = read();
    expect(parameters(operation(page, 'GET /notes'))).toEqual([
      'query:page:{"kind":"number","examples":[2]}',
      'query:limit:{"kind":"number","default":20,"examples":[10]}',
      'query:sort:{"default":"newest","kind":"enum","base":"string","values":[{"value":"newest"},{"value":"oldest"}]}',
    ]);
    expect(parameters(operation(page, 'GET /notes/{id}'))).toEqual(['path:id*:{"kind":"number","examples":[8]}']);
  });

  it('should read a panel’s `Schema` as the body’s fields and its `Body` as the sample of its status', () => {
    const page = read();
    const create = operation(page, 'POST /notes');
    expect(fields(bodySchema(create))).toEqual(["title*:string:The note's title.", 'pinned:boolean:Whether the note stays on top.']);
    expect(create.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ title: 'Groceries', pinned: true });
    const show = operation(page, 'GET /notes/{id}');
    expect(show.responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(fields(strip(show.responses[0]?.content[0]?.schema))).toEqual(["id:number:The note's ID.", 'title:string:', 'pinned:boolean:']);
    expect(operation(page, 'DELETE /notes/{id}').responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
    expect(codes(page)).not.toContain('invalid-sample');
  });
});
