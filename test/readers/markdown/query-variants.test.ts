/**
 * A query form of a route in a section of its own (`## Read a lamp by its id` ⏎ `GET /v2/lamp?id=<lamp id>`,
 * `GET /v2/lamp?list`, `### Request` ⏎ `GET /store/v1/shelves?show=all` ⏎ its `### Parameters` table),
 * beside the section that states the route plainly (`GET /v2/lamp`): a variant of that route, its
 * section's tables and samples the route's, the keys it writes optional query parameters. Before,
 * such a line was an example of the plain route and its whole section was dropped without a word.
 * A query line in the plain route's own section stays its example. The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readPage } from '../../../src/run/read-page.js';

const DIR = path.join(import.meta.dirname, 'fixtures/query-variants');
const page = (name: string) => ({ file: name, text: readFileSync(path.join(DIR, name), 'utf8') });

function merged(...pages: Array<{ file: string; text: string }>) {
  const diagnostics = new DiagnosticBag();
  const fragments = pages.map((one) => {
    const result = readPage(one);
    for (const item of result.diagnostics) diagnostics.items.push(item);
    return result.fragment!;
  });
  const doc = mergeFragments(fragments, diagnostics, { version: '1' });
  const find = (route: string): Operation => {
    const found = doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
    if (!found) throw new Error(`no ${route} in ${doc.operations.map((o) => `${o.method} ${o.path}`).join(', ')}`);
    return found;
  };
  const parameters = (route: string) => find(route).parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${p.schema.kind}`);
  return { doc, diagnostics, find, parameters };
}

describe('general reader: a query form of a route in a section of its own is a variant of the route', () => {
  it('should fold each query section into the route: its keys optional parameters, its table and samples the route’s', () => {
    const { doc, diagnostics, parameters, find } = merged(page('lamps.md'));
    expect(doc.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual(['GET /v1/notes/count', 'GET /v2/lamp']);
    // `id` from its section's table (its "yes" there is the variant's, no caller of the route needs it), `list` from its line.
    expect(parameters('GET /v2/lamp')).toEqual(['query:room:string', 'query:id:string', 'query:list:string']);
    expect(find('GET /v2/lamp').parameters.find((p) => p.name === 'id')?.description).toBe('The id of the lamp to read');
    // The three sections' samples are the route's.
    expect(find('GET /v2/lamp').responses.flatMap((r) => r.content.flatMap((c) => c.examples)).length).toBe(3);
    // The query line in the plain route's own section stays its example.
    expect(parameters('GET /v1/notes/count')).toEqual(['query:tag:string']);
    expect(diagnostics.items.filter((d) => d.code === 'operation-conflict')).toEqual([]);
  });

  it('should read the literal query section under a request title (`### Request` ⏎ `GET /store/v1/shelves?show=all`) with its table', () => {
    const { doc, parameters, diagnostics } = merged(page('shelves.md'));
    expect(doc.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /store/v1/shelves']);
    expect(parameters('GET /store/v1/shelves')).toEqual(['query:shelfId*:string', 'query:show:string', 'query:depth:integer']);
    expect(diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep a query line under an example title the plain route’s example', () => {
    const text = [
      '# Lamps',
      '## Read the lamp\n\n```\nGET /v2/lamp\n```\n\n| Parameter | Type | Description |\n|---|---|---|\n| room | string | The room |',
      '## Example\n\n```\nGET /v2/lamp?room=hall\n```\n\n| Parameter | Type | Description |\n|---|---|---|\n| room | string | The room |',
    ].join('\n\n');
    const { parameters } = merged({ file: 'example.md', text });
    expect(parameters('GET /v2/lamp')).toEqual(['query:room:string']);
  });

  it('should fold 3,000 query sections of one route, and lines of long blank runs, in linear time', () => {
    const count = 3_000;
    // Each section its request line; every hundredth a table too, that names a key all of them share.
    const table = (index: number) =>
      index % 100 === 0
        ? `\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| key${index} | string | yes | Key ${index} |\n| shared | integer | no | Shared |`
        : '';
    const sections = Array.from(
      { length: count },
      (_, index) => `## Read lamps by key ${index}\n\n\`\`\`\nGET /v2/lamp?key${index}=<value>\n\`\`\`${table(index)}`,
    );
    const text = ['# Lamps', '## Read the lamp\n\n```\nGET /v2/lamp\n```', ...sections].join('\n\n');
    const { parameters, diagnostics } = merged({ file: 'many.md', text });
    const names = parameters('GET /v2/lamp');
    expect(names.length).toBe(count + 1);
    expect(names).toContain('query:shared:integer');
    expect(names[0]).toBe('query:key0:string');
    expect(names.every((name) => !name.includes('*'))).toBe(true);
    expect(diagnostics.items.filter((d) => d.code === 'operation-conflict')).toEqual([]);
    const spaces = ' '.repeat(300_000);
    const long = [
      '# Lamps',
      '## Read the lamp\n\n```\nGET /v2/lamp\n```',
      `## Read a lamp by id\n\n\`\`\`\nGET /v2/lamp?id=${spaces}x&${'&'.repeat(60_000)}list#${'#'.repeat(60_000)}\n\`\`\``,
      `## By${spaces}name\n\n\`\`\`\nGET /v2/lamp?${'='.repeat(60_000)}\n\`\`\``,
    ].join('\n\n');
    const read = merged({ file: 'long.md', text: long });
    expect(read.doc.operations.map((o) => o.path)).toEqual(['/v2/lamp']);
  }, 120_000);
});
