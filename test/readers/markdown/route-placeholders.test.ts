/**
 * Route placeholders written in routers' syntaxes: catch-alls (`{+path}`, `{path...}`, `{*path}`,
 * `{rest:.*}`, `{path:path}`, Flask's `<path:file>`) and typed ones (`{id:int}`, `<int:id>`,
 * `{id:[0-9]+}`) become the OpenAPI template's `{name}` with a path parameter of that name; and a
 * placeholder documented as a query parameter only is read as the path parameter.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const pathTable = '| Name | Type | Description |\n|---|---|---|\n| `path` | string | Where the file sits on the shelf. |';

function fileRoute(route: string) {
  return readGeneral(['## Read a shelf file', `\`${route}\``, 'Reads one file.', '### Path parameters', pathTable].join('\n\n'));
}

describe('general reader: route placeholders in routers’ syntaxes', () => {
  it.each([
    ['GET /shelves/{shelf}/files/{+path}'],
    ['GET /shelves/{shelf}/files/{path...}'],
    ['GET /shelves/{shelf}/files/{*path}'],
    ['GET /shelves/{shelf}/files/{path:path}'],
    ['GET /shelves/<shelf>/files/<path:path>'],
  ])('should read the catch-all of %s as `{path}`, its table row the parameter', (route) => {
    const read = fileRoute(route);
    expect(read.routes).toEqual(['GET /shelves/{shelf}/files/{path}']);
    const op = operation(read, 'GET /shelves/{shelf}/files/{path}');
    expect(parameterNames(op)).toEqual(['path:path*', 'path:shelf*']);
    expect(op.parameters[0]!.description).toBe('Where the file sits on the shelf.');
    expect(codes(read)).toEqual(['path-parameter-undocumented']);
  });

  it('should place a `URL parameters` row naming a catch-all in the path, the others in the query', () => {
    const read = readGeneral(
      [
        '## List a shelf folder',
        '`GET /folders/{+path}`',
        'Lists one folder.',
        '### URL parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `path` | string | The folder. |\n| `deep` | boolean | Whether to list sub-folders. |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /folders/{path}'))).toEqual(['path:path*', 'query:deep']);
    expect(codes(read)).toEqual([]);
  });

  it('should keep a catch-all’s own name (`{rest:.*}`), typed by nothing', () => {
    const read = readGeneral(['## Read a file', '`GET /files/{rest:.*}`', 'Reads one file.'].join('\n\n'));
    expect(read.routes).toEqual(['GET /files/{rest}']);
    expect(strip(operation(read, 'GET /files/{rest}').parameters[0]!.schema)).toEqual({ kind: 'string' });
  });

  it('should type `{id:int}` and Flask’s `<int:id>` an integer of no width, `{id:[0-9]+}` a pattern, a table’s type first', () => {
    const read = readGeneral(
      [
        '## Get a member',
        '`GET /members/{id:int}`',
        '## Get a loan',
        '`GET /loans/<int:id>`',
        '## Get a copy',
        '`GET /copies/{id:uuid}`',
        '## Get a fine',
        '`GET /fines/{amount:float}`',
        '## Get a card',
        '`GET /cards/{code:[A-Z]{2}-[0-9]+}`',
        '## Get a branch',
        '`GET /branches/{kind:main|annex}`',
        '## Get a badge',
        '`GET /badges/{id:[0-9]+}`',
        '### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `id` | integer | The badge. |',
      ].join('\n\n'),
    );
    const schemaOf = (route: string) => strip(operation(read, route).parameters[0]!.schema);
    expect(schemaOf('GET /members/{id}')).toEqual({ kind: 'integer' });
    expect(schemaOf('GET /loans/{id}')).toEqual({ kind: 'integer' });
    expect(schemaOf('GET /fines/{amount}')).toEqual({ kind: 'number' });
    expect(schemaOf('GET /copies/{id}')).toEqual({ kind: 'string', format: 'uuid' });
    expect(schemaOf('GET /branches/{kind}')).toEqual({ kind: 'string', pattern: '^(?:main|annex)$' });
    expect(schemaOf('GET /badges/{id}')).toEqual({ kind: 'integer' });
    expect(operation(read, 'GET /members/{id}').parameters[0]!.constraints).toEqual(['int']);
    // Nested braces are no placeholder the route template can hold: the route is left as written.
    expect(read.routes).toContain('GET /cards/{code:[A-Z]{2}-[0-9]+}');
  });

  it('should read ASP.NET’s optional `{id:long?}`, Django’s `(?P<pk>[0-9]+)`, Express’s `:id(\\d+)` and drop Rails’ `(.:format)`', () => {
    const read = readGeneral(
      [
        '## Get a part',
        '`GET /widgets/{widgetId:guid}/parts/{partId:long?}`',
        '## Get a pet',
        '`GET /api/pets/(?P<pk>[0-9]+)/`',
        '## Get a member',
        '`GET /members/:id(\\d+)?expand=true`',
        '## Get a loan',
        '`GET /loans/:id(.:format)`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /widgets/{widgetId}/parts/{partId}', 'GET /api/pets/{pk}', 'GET /members/{id}', 'GET /loans/{id}']);
    const schemas = (route: string) => operation(read, route).parameters.map((p) => [p.name, p.in, strip(p.schema)]);
    expect(schemas('GET /widgets/{widgetId}/parts/{partId}')).toEqual([
      ['widgetId', 'path', { kind: 'string', format: 'uuid' }],
      ['partId', 'path', { kind: 'integer', format: 'int64' }],
    ]);
    expect(schemas('GET /api/pets/{pk}')).toEqual([['pk', 'path', { kind: 'string', pattern: '^[0-9]+$' }]]);
    expect(schemas('GET /members/{id}')).toEqual([
      ['expand', 'query', { kind: 'boolean', examples: [true] }],
      ['id', 'path', { kind: 'string', pattern: '^\\d+$' }],
    ]);
    expect(schemas('GET /loans/{id}')).toEqual([['id', 'path', { kind: 'string' }]]);
  });

  it('should give `{id:[0-9]+}` an anchored pattern on an untyped parameter, and none for a regex JavaScript cannot read', () => {
    const read = readGeneral(['## Get a badge', '`GET /badges/{id:[0-9]+}`', '## Get a tag', '`GET /tags/{tag:[a-z}`'].join('\n\n'));
    expect(strip(operation(read, 'GET /badges/{id}').parameters[0]!.schema)).toEqual({ kind: 'string', pattern: '^[0-9]+$' });
    expect(strip(operation(read, 'GET /tags/{tag}').parameters[0]!.schema)).toEqual({ kind: 'string' });
  });

  it('should emit valid OpenAPI path templates whose every placeholder has its path parameter', async () => {
    const dir = makeTempDir();
    const page = [
      '# Shelf files',
      '## Read a shelf file',
      '`GET /shelves/{shelf:int}/files/{+path}`',
      'Reads one file.',
      '### Path parameters',
      '| Name | Type | Description |\n|---|---|---|\n| `shelf` | string | The shelf. |\n| `path` | string | Where the file sits. |',
      '## Delete a shelf file',
      '`DELETE /shelves/{shelf}/files/{path...}`',
      'Deletes one file.',
    ].join('\n\n');
    writeFileSync(path.join(dir, 'files.md'), page);
    const result = await generate({ input: dir });
    const files = Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
    const spec = JSON.parse(files['openapi.json']!) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema: unknown }[] }>>;
    };
    expect(Object.keys(spec.paths)).toEqual(['/shelves/{shelf}/files/{path}']);
    for (const [key, item] of Object.entries(spec.paths))
      for (const op of Object.values(item)) {
        const placeholders = [...key.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).sort();
        expect(
          (op.parameters ?? [])
            .filter((p) => p.in === 'path')
            .map((p) => p.name)
            .sort(),
        ).toEqual(placeholders);
      }
    // A bare `string` states no more than the route's `:int` does (as for ASP.NET's constraints): an integer of no width.
    const get = spec.paths['/shelves/{shelf}/files/{path}']!.get!;
    expect(get.parameters!.find((p) => p.name === 'shelf')!.schema).toEqual({ type: 'integer' });
  });
});

describe('general reader: a route’s placeholder documented as a query parameter', () => {
  const rows = '| `shelf_id` | integer | The shelf. |\n| `full` | boolean | Whether to list every book. |';

  it.each([
    ['a `Query parameters` heading', ['### Query parameters', `| Name | Type | Description |\n|---|---|---|\n${rows}`]],
    [
      'an `In` column',
      ['### Parameters', `| Name | In | Type | Description |\n|---|---|---|---|\n${rows.replace(/^\| `(\w+)` \|/gm, '| `$1` | query |')}`],
    ],
  ])('should read the row under %s as the path parameter, with a warning at the row', (_, parts) => {
    const read = readGeneral(['## Get a shelf', '`GET /shelves/{shelf_id}`', 'Gets one shelf.', ...parts].join('\n\n'));
    const op = operation(read, 'GET /shelves/{shelf_id}');
    expect(parameterNames(op)).toEqual(['path:shelf_id*', 'query:full']);
    expect(op.parameters[0]!.schema.kind).toBe('integer');
    expect(op.parameters[0]!.description).toBe('The shelf.');
    const warnings = read.diagnostics.items.filter((d) => d.code === 'path-parameter-misplaced');
    expect(warnings.map((d) => d.message)).toEqual([
      '"shelf_id" is documented as a query parameter, but it is a placeholder of /shelves/{shelf_id}; read as the path parameter',
    ]);
    expect(warnings[0]!.source.start.line).toBe(op.parameters[0]!.source!.start.line);
    expect(codes(read)).not.toContain('path-parameter-undocumented');
  });

  it('should move the row for the route that names it only, where one table serves a route without the placeholder too', () => {
    const read = readGeneral(
      [
        '## Shelves',
        '```http\nGET /shelves\n```\n\n```http\nGET /shelves/{shelf_id}\n```',
        'Lists shelves, or gets one.',
        '### Query parameters',
        `| Name | Type | Description |\n|---|---|---|\n${rows}`,
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:shelf_id', 'query:full']);
    expect(parameterNames(operation(read, 'GET /shelves/{shelf_id}'))).toEqual(['path:shelf_id*', 'query:full']);
  });

  it('should leave a query parameter of the placeholder’s name alone where a path row documents it too', () => {
    const read = readGeneral(
      [
        '## Get a shelf',
        '`GET /shelves/{shelf_id}`',
        'Gets one shelf.',
        '### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `shelf_id` | string | The shelf. |',
        '### Query parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `shelf_id` | integer | Another. |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /shelves/{shelf_id}'))).toEqual(['path:shelf_id*', 'query:shelf_id']);
    expect(codes(read)).not.toContain('path-parameter-misplaced');
  });
});
