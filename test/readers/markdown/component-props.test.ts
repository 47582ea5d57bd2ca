/**
 * MDX endpoint components whose props carry the data as JavaScript literals (Docusaurus, Mintlify,
 * Nextra sites): `<LampCall method="POST" path="…" pathParams={[…]} headers={[…]} formFields={[…]}
 * formFiles={[…]} curl={`…`} responses={[{ status: 200, description: "…", body: `…` }]} />`. Each
 * prop is read by what it holds, never run; one of the same component's name that states no route
 * joins the route above. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/component-props/lamps.mdx'), 'utf8'), 'api/lamps.mdx');

/** `name:kind` of each body property (`*` where required). */
function bodyFields(route: string): string[] {
  const body = bodySchema(operation(read, route));
  if (body?.kind !== 'object') return [];
  return body.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`);
}

describe('general reader: MDX component props written as literals', () => {
  it('should read the params, headers and form fields of a component that states its route', () => {
    const light = operation(read, 'POST /forms/lamps/{lampId}/light');
    expect(parameterNames(light)).toEqual(['path:lampId*', 'header:Lamp-Trace']);
    expect(light.parameters.map((p) => p.description)).toEqual(["The lamp's id.", 'An id to find the call in the `porch` logs.']);
    // The form's fields, a file among them: multipart (the fields of `formFields` and `formFiles` alike).
    expect(light.requestBody?.content.map((c) => c.mediaType)).toContain('multipart/form-data');
    expect(bodyFields('POST /forms/lamps/{lampId}/light')).toEqual(['color:enum*', 'pattern:string', 'dim:integer']);
    for (const op of read.fragment?.operations ?? []) expect(`${op.summary} ${op.description}`).not.toMatch(/<LampCall|formFields/);
  });

  it('should add the fields of a component that states no route to the route above it, under any title', () => {
    const body = bodySchema(operation(read, 'POST /forms/lamps/{lampId}/light'));
    const dim = body?.kind === 'object' ? body.properties.find((p) => p.name === 'dim') : undefined;
    expect(strip(dim?.schema)).toMatchObject({ kind: 'integer', default: 0 });
    expect(read.routes).toEqual([
      'POST /forms/lamps/{lampId}/light',
      'GET /lamps/{lampId}',
      'PATCH /lamps/{lampId}/notes',
      'DELETE /lamps/{lampId}',
    ]);
  });

  it('should read each response’s status, words and sample, a status written as a string too', () => {
    const light = operation(read, 'POST /forms/lamps/{lampId}/light');
    expect(light.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'The lamp is lit.'],
      ['409', 'Conflict'],
    ]);
    // A body of header lines is no sample: no content is stated.
    expect(light.responses.every((r) => r.content.length === 0)).toBe(true);
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.responses.map((r) => r.status)).toEqual(['200', '404']);
    // A literal written in a template is the sample, as JSON.
    expect(get.responses[0]?.content[0]?.examples?.[0]?.value).toEqual({ color: 'amber', watts: 40 });
  });

  it('should read `endpoint` as the path, `isRequired` as required and an item’s own `in`', () => {
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(parameterNames(get)).toEqual(['query:fields*', 'path:lampId*']);
    expect(get.requestBody).toBeUndefined();
  });

  it('should read `bodyParams` as fields of the body, and a response’s `fields` as that status’s body', () => {
    const note = operation(read, 'PATCH /lamps/{lampId}/notes');
    // A lone field named `text` stays a field: the props list the body's fields, never the body itself.
    expect(bodyFields('PATCH /lamps/{lampId}/notes')).toEqual(['text:string*']);
    expect(note.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'The note.'],
      ['422', 'The note is empty.'],
    ]);
    const created = strip(note.responses[0]?.content[0]?.schema);
    expect(created?.kind === 'object' ? created.properties.map((p) => [p.name, p.schema.kind, p.required]) : created).toEqual([
      ['noteId', 'integer', true],
    ]);
  });

  it('should read only the route where the props are code, say so, and read nothing from a literal of another shape', () => {
    const unplug = operation(read, 'DELETE /lamps/{lampId}');
    expect(parameterNames(unplug)).toEqual(['path:lampId*']);
    expect(read.diagnostics.items.filter((d) => d.code === 'unsupported-component').map((d) => [d.message, d.source?.start.line])).toEqual([
      ['<LampCall> DELETE /lamps/{lampId}: its headers is code, not a literal; only its method and path are read', 117],
    ]);
  });

  it('should read components one after the other under one title as operations of their own', () => {
    const page = readGeneral(
      [
        '# Shelves',
        '## Shelf calls',
        '<ShelfCall name="Build a shelf" method="POST" path="/shelves" bodyParams={[{ name: "wood", type: "string", required: true }]} />',
        '---',
        '<ShelfCall title="Tilt a shelf" method="PUT" path="/shelves/{id}/tilt" queryParams={[{ name: "degrees", type: "integer" }]} />',
        '---',
        '<ShelfCall method="DELETE" path="/shelves/{id}" responses={[{ status: 204, description: "Gone." }]} />',
      ].join('\n\n'),
      'api/shelves.mdx',
    );
    expect(page.routes).toEqual(['POST /shelves', 'PUT /shelves/{id}/tilt', 'DELETE /shelves/{id}']);
    expect(bodySchema(operation(page, 'POST /shelves'))).toMatchObject({ kind: 'object', properties: [{ name: 'wood', required: true }] });
    expect(parameterNames(operation(page, 'PUT /shelves/{id}/tilt'))).toEqual(['query:degrees', 'path:id*']);
    expect(operation(page, 'PUT /shelves/{id}/tilt').summary).toBe('Tilt a shelf');
    expect(operation(page, 'DELETE /shelves/{id}').responses.map((r) => [r.status, r.description])).toEqual([['204', 'Gone.']]);
  });

  it('should read `parameters` keyed by location, and a response’s reason phrase as its words', () => {
    const page = readGeneral(
      [
        '# Shelves',
        '## Move a shelf',
        '<ShelfCall',
        '  method="POST"',
        '  path="/shelves/{id}/move"',
        '  parameters={{',
        '    path: [{ name: "id", type: "string", required: true }],',
        '    query: [{ name: "dryRun", type: "boolean" }],',
        '    body: [{ name: "room", type: "string", required: true, description: "Where to." }],',
        '    elsewhere: [{ name: "unread" }],',
        '  }}',
        '  responses={[{ status: 200, statusText: "OK" }, { status: 409, label: "Taken" }]}',
        '/>',
      ].join('\n'),
      'api/move.mdx',
    );
    const move = operation(page, 'POST /shelves/{id}/move');
    expect(parameterNames(move)).toEqual(['path:id*', 'query:dryRun']);
    expect(bodySchema(move)).toMatchObject({ kind: 'object', properties: [{ name: 'room', required: true, description: 'Where to.' }] });
    expect(move.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'OK'],
      ['409', 'Taken'],
    ]);
  });

  it('should leave a component that states no route, and no route above of its name, as it is', () => {
    const page = readGeneral(
      '# Porch\n\n## List lamps\n\n```http\nGET /lamps\n```\n\n<Gallery headers={[{ name: "Shown", type: "string" }]} responses={[{ status: 500 }]} />\n',
      'api/gallery.mdx',
    );
    const list = operation(page, 'GET /lamps');
    expect(list.parameters).toEqual([]);
    expect(list.responses.map((r) => r.status)).not.toContain('500');
  });

  it('should read 3,000 fields, 3,000 components, a prop that never ends and brackets 10,000 deep without a stall', () => {
    const items = Array.from({ length: 3000 }, (_, n) => `{ name: "f${n}", type: "string" }`).join(',\n');
    const many = readGeneral(`# Lamps\n\n<LampCall method="GET" path="/lamps" queryParams={[\n${items}\n]} />\n`, 'api/many.mdx');
    expect(operation(many, 'GET /lamps').parameters).toHaveLength(3000);
    // 3,000 components, each that states no route one more field of the route above.
    const calls = Array.from({ length: 3000 }, (_, n) => `<LampCall queryParams={[{ name: "q${n}", type: "string" }]} />\n`).join('\n');
    const parts = readGeneral(
      `# Lamps\n\n<LampCall method="GET" path="/lamps" headers={[{ name: "Lamp-Trace" }]} />\n\n${calls}`,
      'api/calls.mdx',
    );
    expect(operation(parts, 'GET /lamps').parameters).toHaveLength(3001);
    const open = readGeneral(
      `# Lamps\n\n## Read\n\n\`GET /lamps\`\n\n<LampCall method="GET" path="/lamps" queryParams={[${' '.repeat(300_000)}{ name: "q"${'x'.repeat(60_000)}\n`,
      'api/open.mdx',
    );
    expect(open.routes).toEqual(['GET /lamps']);
    expect(operation(open, 'GET /lamps').parameters).toEqual([]);
    const deep = readGeneral(
      `# Lamps\n\n<LampCall method="GET" path="/lamps" queryParams={${'['.repeat(10_000)}${']'.repeat(10_000)}} responses={${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}} />\n`,
      'api/deep.mdx',
    );
    expect(deep.routes).toEqual(['GET /lamps']);
    expect(operation(deep, 'GET /lamps').parameters).toEqual([]);
    const spaced = readGeneral(
      `# Lamps\n\n<LampCall method="GET"${' '.repeat(300_000)}path="/lamps"${' '.repeat(300_000)}queryParams={[ { name: "q" } ]}${' '.repeat(300_000)}/>\n`,
      'api/spaced.mdx',
    );
    expect(parameterNames(operation(spaced, 'GET /lamps'))).toEqual(['query:q']);
    expect(codes(spaced)).not.toContain('unsupported-component');
  }, 60_000);
});
