/**
 * MDX field components inside layout components (Mintlify's, Fern's): `<Tabs>` ⏎ `<Tab title="200">`
 * ⏎ `<ResponseField …>` (each status tab that status's body), `<Accordion title="…">` around
 * `<ParamField>`s, fences in a tab, `<CodeGroup>` of samples; written with no blank line between,
 * as one HTML block, and with blank lines between indented fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/field-tabs', name), 'utf8');

const fields = (schema: unknown): unknown => {
  const value = strip(schema) as { kind?: string; properties?: Array<{ name: string; required: boolean; schema: unknown }> } | undefined;
  return value?.kind === 'object'
    ? value.properties?.map((p) => `${p.name}${p.required ? '*' : ''}:${(p.schema as { kind: string }).kind}`)
    : value;
};

describe('general reader: field components inside tabs and accordions', () => {
  it("should read each status tab's fields as that status's body, and the fields an accordion holds", () => {
    const read = readGeneral(fixture('get-garden.mdx'), 'get-garden.mdx');
    const op = operation(read, 'GET /gardens/{garden_id}');
    expect(parameterNames(op)).toEqual(['path:garden_id*', 'query:include_beds', 'header:X-Trace-Id']);
    expect(op.responses.map((r) => r.status)).toEqual(['200', '404']);
    const body = (status: string) => op.responses.find((r) => r.status === status)?.content[0]?.schema;
    expect(fields(body('200'))).toEqual(['id*:string', 'area:number', 'owner:object']);
    expect(fields(body('404'))).toEqual(['error*:string']);
    // No tag nor field is left in the operation's words.
    expect(JSON.stringify([op.summary, op.description])).not.toContain('<');
    // The `<CodeGroup>`'s curl command is the call's sample: its host the server.
    expect(read.root.data?.page?.servers).toEqual(['https://api.greenhouse.test/v2']);
  });

  it("should read a tab's words, its fields parted by blank lines, and a fence in a tab as that status's sample", () => {
    const op = operation(readGeneral(fixture('list-beds.mdx'), 'list-beds.mdx'), 'GET /v2/beds');
    expect(op.responses.map((r) => r.status)).toEqual(['200', '429']);
    const ok = op.responses[0]!;
    expect(ok.description).toBe('The beds, newest first.');
    expect(fields(ok.content[0]?.schema)).toEqual(['items*:array', 'next:string']);
    const items = strip(ok.content[0]?.schema) as { properties: Array<{ schema: { items: unknown } }> };
    expect(fields(items.properties[0]!.schema.items)).toEqual(['id:string', 'crop:string']);
    expect(op.responses[1]!.content[0]?.examples.map((e) => e.value)).toEqual([{ error: 'slow down' }]);
    expect(op.description ?? '').not.toContain('<Tab');
  });

  it('should leave a layout component that holds no field nor fence as it is', () => {
    // (An admonition's, `<Note>`, is no layout: its tags are blanked, its words a note, admonitions.test.ts.)
    const page = '---\napi: GET /v2/beds\n---\n\n<Frame>\n  Beds are cached.\n</Frame>\n';
    const read = readGeneral(page, 'frame.mdx');
    expect(read.root.children.some((node) => node.type === 'html' && node.value.startsWith('<Frame>\n'))).toBe(true);
  });
});
