/**
 * Laravel Scribe 2.0's markdown, before it wrote `<form>` blocks (scribe-pages.test.ts reads those):
 * under `### Request`, the method in a badge and the route in bold code on the next line, relative
 * to the base URL; each field a paragraph of its own under its panel heading (`<code><b>floor</b></code>&nbsp;
 * <small>integer</small> <i>optional</i> <br>` ⏎ its words); the `requires authentication` badges on
 * the group's page and the scheme on the "Authenticating requests" page, joined where the pages meet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation, PageFragment } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/scribe-2.0', name), 'utf8');
const shelves = () => readGeneral(fixture('shelves.md'), 'docs/groups/shelves.md');

const parameters = (op: Operation): string[] =>
  op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}:${p.description ?? ''}`);

function merged(...pages: Array<PageFragment | undefined>) {
  return mergeFragments(
    pages.filter((page): page is PageFragment => page !== undefined),
    new DiagnosticBag(),
    { version: '1' },
  );
}

describe('general reader: Scribe 2.0’s markdown', () => {
  it('should read a badge over a route in bold code as the request line, the route under its base URL', () => {
    const page = shelves();
    expect(page.routes).toEqual([
      'GET /api/shelves',
      'POST /api/shelves',
      'PUT /api/shelves/{id}',
      'PATCH /api/shelves/{id}',
      'DELETE /api/shelves/{id}',
    ]);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(operation(page, 'DELETE /api/shelves/{id}').summary).toBe('Remove a shelf');
  });

  it('should read each panel’s field paragraphs as its table: the type, `optional` or required, the words', () => {
    const page = shelves();
    expect(parameters(operation(page, 'GET /api/shelves'))).toEqual([
      'query:floor:{"kind":"integer"}:Only the shelves of this floor.',
      'query:sort:{"kind":"string"}:The field to sort by.',
    ]);
    expect(parameters(operation(page, 'PATCH /api/shelves/{id}'))).toEqual(['path:id*:{"kind":"integer"}:The ID of the shelf.']);
    const body = bodySchema(operation(page, 'POST /api/shelves'));
    expect(
      body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description}`) : body,
    ).toEqual(["name*:string:The shelf's name.", 'floor:integer:The floor it stands on.']);
  });

  it('should give the badged endpoints the scheme the "Authenticating requests" page states, and no other', () => {
    const auth = readGeneral(fixture('authentication.md'), 'docs/authentication.md');
    expect(auth.fragment?.authentication).toEqual({ name: 'Authorization', type: 'http', scheme: 'bearer' });
    const page = shelves();
    expect(page.fragment?.authenticated).toEqual([0, 1]);
    const doc = merged(auth.fragment, page.fragment);
    expect(doc.securitySchemes).toEqual([{ name: 'Authorization', type: 'http', scheme: 'bearer' }]);
    const security = doc.operations.map((op) => `${op.method} ${op.path} ${JSON.stringify(op.security)}`);
    expect(security).toEqual([
      'get /api/shelves [{"Authorization":[]}]',
      'post /api/shelves [{"Authorization":[]}]',
      'put /api/shelves/{id} undefined',
      'delete /api/shelves/{id} undefined',
      'patch /api/shelves/{id} undefined',
    ]);
    expect(operation(page, 'GET /api/shelves').description ?? '').not.toMatch(/authenticat/i);
  });

  it('should guess no scheme where no page states one, or two pages state different ones', () => {
    expect(merged(shelves().fragment).operations.every((op) => op.security === undefined)).toBe(true);
    const key = readGeneral(
      '# Authenticating requests\n\nTo authenticate requests, include a **`X-Api-Key`** header with the value **`"{YOUR_AUTH_KEY}"`**.\n',
      'docs/auth-key.md',
    );
    expect(key.fragment?.authentication).toEqual({ name: 'X-Api-Key', type: 'apiKey', in: 'header', parameterName: 'X-Api-Key' });
    const both = merged(readGeneral(fixture('authentication.md'), 'docs/authentication.md').fragment, key.fragment, shelves().fragment);
    expect(both.operations.every((op) => op.security === undefined)).toBe(true);
    expect(both.securitySchemes).toEqual([]);
  });
});
