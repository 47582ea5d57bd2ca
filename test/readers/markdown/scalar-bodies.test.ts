import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { ApiDocument, Operation } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip } from './helpers.js';

/** The page read, merged and filled from its samples, as `generate` does. */
function generated(page: string): ApiDocument {
  const diagnostics = new DiagnosticBag();
  return fillFromSamples(mergeFragments([readGeneral(page).fragment!], diagnostics, { version: '1' }), diagnostics);
}

function body(document: ApiDocument, route: string): { schema: unknown; examples: unknown[] } | undefined {
  const found = document.operations.find((o: Operation) => `${o.method.toUpperCase()} ${o.path}` === route);
  const content = found?.requestBody?.content[0];
  return content ? { schema: strip(content.schema), examples: content.examples.map((example) => example.value) } : undefined;
}

const ADMIN = [
  '# Admin API',
  '',
  '## GET /labels/[path]',
  '',
  'Exports the label tree at the named path.',
  '',
  '## PUT /labels/[path]',
  '',
  'Sets the label at the named path to the JSON body of the request.',
  '',
  '### Example',
  '',
  '```bash',
  'curl -X PUT \\',
  '\t-H "Content-Type: application/json" \\',
  '\t-d \'"Spring sale"\' \\',
  '\t"http://localhost:7000/labels/shelves/front/title"',
  '```',
  '',
  '## POST /labels/{id}/count',
  '',
  'Sets how many copies the label names.',
  '',
  '```bash',
  'curl -X POST -H "Content-Type: application/json" -d \'12\' "http://localhost:7000/labels/7/count"',
  '```',
  '',
  '## PATCH /labels/[path]',
  '',
  'Replaces the labels at the named path.',
  '',
  '```bash',
  'curl -X PATCH -H "Content-Type: application/json" -d \'["left", "right"]\' "http://localhost:7000/labels/shelves/front"',
  '```',
  '',
  '## POST /stock',
  '',
  'Restocks the shop.',
  '',
  '```bash',
  'curl -X POST -d \'tidy\' "http://localhost:7000/stock"',
  '```',
].join('\n');

describe('request bodies that are one JSON string or number', () => {
  it("should make a curl command's JSON string or number data (`-d '\"Spring sale\"'`) the request's sample, its schema a string or number", () => {
    const document = generated(ADMIN);
    expect(body(document, 'PUT /labels/{path}')).toMatchObject({ schema: { kind: 'string' }, examples: ['Spring sale'] });
    expect(body(document, 'POST /labels/{id}/count')).toMatchObject({ schema: { kind: 'integer' }, examples: [12] });
  });

  it("should read a call whose path runs on where the route ends in a parameter named a path (`/labels/[path]`) as that route's, on a page of several", () => {
    const document = generated(ADMIN);
    expect(body(document, 'PATCH /labels/{path}')).toMatchObject({
      schema: { kind: 'array', items: { kind: 'string' } },
      examples: [['left', 'right']],
    });
    // The count's call stays its own route's: it is no sample of PUT or PATCH /labels/{path}.
    expect(body(document, 'PUT /labels/{path}')?.examples).toEqual(['Spring sale']);
    // Data that is no JSON, with no type stated: a text sample as curl sends it (curl-text-bodies.test.ts), no JSON.
    expect(body(document, 'POST /stock')).toEqual({ schema: { kind: 'string' }, examples: [undefined] });
    expect(document.operations.find((o) => o.path === '/stock')?.requestBody?.content.map((c) => c.mediaType)).toEqual(['text/plain']);
  });

  it("should make a ```json fence of one string under the request body's title its sample", () => {
    const page = [
      '## PUT /shelves/{id}/title',
      '',
      'Renames a shelf.',
      '',
      '### Request body',
      '',
      'The new title, a JSON string.',
      '',
      '```json',
      '"Poetry"',
      '```',
    ].join('\n');
    expect(body(generated(page), 'PUT /shelves/{id}/title')).toMatchObject({ schema: { kind: 'string' }, examples: ['Poetry'] });
  });
});

/** Routes with a parameter named a path in their middle (ours; as Caddy's and GitLab's pages write them). */
const SPANS = [
  '# Labels API',
  '',
  '## PUT /labels/[path]/note',
  '',
  'Sets the note of the label at the named path.',
  '',
  '```bash',
  'curl -X PUT -H "Content-Type: application/json" -d \'"Spring sale"\' "http://localhost:7000/labels/shelves/front/note"',
  '```',
  '',
  '## PUT /files/{+path}/owner',
  '',
  '```bash',
  'curl -X PUT -H "Content-Type: application/json" -d \'"ada"\' "http://localhost:7000/files/a/b/c/owner"',
  '```',
  '',
  '## PUT /blobs/{key...}/tag',
  '',
  '```bash',
  'curl -X PUT -H "Content-Type: application/json" -d \'"new"\' "http://localhost:7000/blobs/2026/12/cover.png/tag"',
  '```',
  '',
  '## PUT /shelves/{id}/note',
  '',
  "Sets a shelf's note.",
  '',
  '```bash',
  'curl -X PUT -H "Content-Type: application/json" -d \'"Poetry"\' "http://localhost:7000/shelves/7/note"',
  '```',
  '',
  '```bash',
  'curl -X PUT -H "Content-Type: application/json" -d \'"Spring sale"\' "http://localhost:7000/shelves/east/7/note"',
  '```',
].join('\n');

describe('a route parameter named a path in the middle of the route', () => {
  it("should read a call whose path has several segments where the parameter stands as that route's (`/labels/[path]/note`, `{+path}`, `{key...}`)", () => {
    const document = generated(SPANS);
    expect(body(document, 'PUT /labels/{path}/note')).toMatchObject({ schema: { kind: 'string' }, examples: ['Spring sale'] });
    expect(body(document, 'PUT /files/{path}/owner')?.examples).toEqual(['ada']);
    expect(body(document, 'PUT /blobs/{key}/tag')?.examples).toEqual(['new']);
  });

  it('should keep an ordinary parameter to one segment: a call of more is no sample of its route', () => {
    expect(body(generated(SPANS), 'PUT /shelves/{id}/note')?.examples).toEqual(['Poetry']);
  });
});
