/**
 * A body's sample written in YAML (```` ```yaml ```` under a request's or response's title or label,
 * or an HTTP message whose `Content-Type` is YAML) is read as a JSON sample is: the body's fields,
 * their types from the values, none required; YAML elsewhere (a config in prose) is no body. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { Content, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/yaml-samples/lamps.md'), 'utf8');

const kind = (schema: Schema | undefined): string => (schema?.kind === 'array' ? `${kind(schema.items)}[]` : `${schema?.kind}`);
/** `mediaType: name*:kind, …` of each content, after sample inference. */
const fields = (contents: readonly Content[] | undefined) =>
  (contents ?? []).map((content) => {
    const schema = content.schema;
    const props = schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${kind(p.schema)}`) : [];
    return `${content.mediaType}: ${props.join(', ')}`;
  });

describe('general reader: body samples written in YAML', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');
  const diagnostics = new DiagnosticBag();
  const ir = fillFromSamples(mergeFragments([read.fragment!], diagnostics, { version: '1' }), diagnostics);
  const op = (route: string) => {
    const [method, where] = route.split(' ') as [string, string];
    const found = ir.operations.find((o) => o.method === method.toLowerCase() && o.path === where);
    if (!found) throw new Error(`no ${route}`);
    return found;
  };

  it('should read a yaml fence under a request or response label or heading as that body’s sample', () => {
    expect(fields(op('POST /lamps').requestBody?.content)).toEqual([
      'application/yaml: name:string, brightness:integer, dimmable:boolean, tags:string[]',
    ]);
    expect(op('POST /lamps').requestBody?.content[0]?.examples[0]?.value).toEqual({
      name: 'Porch',
      brightness: 40,
      dimmable: true,
      tags: ['front'],
    });
    expect(fields(op('POST /lamps').responses[0]?.content)).toEqual(['application/yaml: id:integer, name:string, lit:boolean']);
    expect(fields(op('POST /gardens/{garden}/lamps').requestBody?.content)).toEqual([
      'application/yaml: name:string, brightness:integer, height:number, tags:string[]',
    ]);
    expect(fields(op('POST /gardens/{garden}/lamps').responses[0]?.content)).toEqual(['application/yaml: id:integer, tags:string[]']);
  });

  it('should read the YAML body of an HTTP message whose Content-Type is YAML', () => {
    expect(fields(op('PUT /lamps/{id}/name').requestBody?.content)).toEqual(['application/x-yaml: name:string, colour:string']);
    expect(op('PUT /lamps/{id}/name').responses.map((r) => `${r.status} ${fields(r.content).join()}`)).toEqual([
      '200 application/yaml: id:integer, name:string',
    ]);
  });

  it('should keep a table’s body its own, the YAML sample its example, and YAML in prose no body', () => {
    expect(fields(op('POST /lamps/{id}/dim').requestBody?.content)).toEqual(['application/yaml: level:integer']);
    expect(diagnostics.items.map((d) => d.code)).toContain('sample-unknown-property');
    expect(operation(read, 'GET /lamps').requestBody).toBeUndefined();
    expect(operation(read, 'GET /lamps').responses).toEqual([]);
    expect(read.routes).toEqual([
      'POST /lamps',
      'PUT /lamps/{id}/name',
      'POST /lamps/{id}/dim',
      'GET /lamps',
      'POST /gardens/{garden}/lamps',
    ]);
  });

  it('should read a YAML fence on a page that states the body JSON as that JSON body’s sample, no empty JSON entry beside a YAML one', () => {
    const stated = readGeneral(
      readFileSync(path.join(import.meta.dirname, 'fixtures/yaml-samples/stated-json.md'), 'utf8'),
      'api/shelves.md',
    );
    const bag = new DiagnosticBag();
    const filled = fillFromSamples(mergeFragments([stated.fragment!], bag, { version: '1' }), bag);
    const body = (method: string, where: string) => filled.operations.find((o) => o.method === method && o.path === where)?.requestBody;
    // Before: `application/json` with no schema beside the `application/yaml` the sample filled.
    expect(fields(body('post', '/v1/shelves')?.content)).toEqual(['application/json: name:string, bins:integer']);
    expect(body('post', '/v1/shelves')?.content[0]?.examples[0]?.value).toEqual({ name: 'Attic', bins: 4 });
    // The table's body under a stated JSON type: the sample its example (before, a second entry of YAML).
    expect(fields(body('patch', '/v1/shelves/{shelf_id}')?.content)).toEqual(['application/json: name:string']);
    expect(body('patch', '/v1/shelves/{shelf_id}')?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Cellar' }]);
    // A page that states YAML keeps it; no type stated for the answer: the fence's YAML, as before.
    expect(fields(body('post', '/v1/shelves/{shelf_id}/tags')?.content)).toEqual(['application/yaml: tags:string[]']);
    const answer = filled.operations.find((o) => o.method === 'post' && o.path === '/v1/shelves')?.responses[0];
    expect(fields(answer?.content)).toEqual(['application/yaml: id:string, name:string']);
  });
});
