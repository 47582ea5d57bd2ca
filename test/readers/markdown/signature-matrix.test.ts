/**
 * The general reader's conventions in combination (issue 11): held-out references combine the
 * conventions it reads one by one in ways no single test shows. Each case is a page (or two) of a
 * fictional library API written in one request-line form, one path-parameter style, one layout of
 * operations, one way of showing samples and one kind of noise (`signature-matrix-pages.ts`); the
 * cases cover every pair of those values (a greedy covering array, deterministic) and every value
 * with the other dimensions at their most common value. A failing case prints its page.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { operation, readGeneral } from './helpers.js';
import {
  type Case,
  FORMS,
  LAYOUTS,
  NOISES,
  OPS,
  PARAMS,
  type Page,
  PROSES,
  pagesOf,
  SAMPLES,
  type Want,
} from './signature-matrix-pages.js';

const DIMENSIONS = { form: FORMS, params: PARAMS, layout: LAYOUTS, sample: SAMPLES, noise: NOISES, prose: PROSES } as const;
type Dimension = keyof typeof DIMENSIONS;
const NAMES = Object.keys(DIMENSIONS) as Dimension[];

/**
 * Combinations no vendor writes, or that no reader could read one way only; each says why.
 */
function dropped(c: Case): string | undefined {
  void c;
  return undefined;
}

/** Every pair of values of two dimensions, as `dim=value|dim=value`. */
function pairsOf(c: Case): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < NAMES.length; i++)
    for (let j = i + 1; j < NAMES.length; j++) pairs.push(`${NAMES[i]}=${c[NAMES[i]!]}|${NAMES[j]}=${c[NAMES[j]!]}`);
  return pairs;
}

/** A greedy covering array of the pairs the allowed cases can show, plus each value at the defaults. */
function coveringCases(): Case[] {
  const defaults = Object.fromEntries(NAMES.map((name) => [name, DIMENSIONS[name][0]])) as unknown as Case;
  const cases: Case[] = [];
  const seen = new Set<string>();
  const add = (c: Case) => {
    const key = NAMES.map((name) => c[name]).join(' ');
    if (seen.has(key) || dropped(c)) return;
    seen.add(key);
    cases.push(c);
  };
  for (const name of NAMES) for (const value of DIMENSIONS[name]) add({ ...defaults, [name]: value });
  const uncovered = new Set<string>();
  for (let i = 0; i < NAMES.length; i++)
    for (let j = i + 1; j < NAMES.length; j++)
      for (const a of DIMENSIONS[NAMES[i]!])
        for (const b of DIMENSIONS[NAMES[j]!]) {
          const probe = { ...defaults, [NAMES[i]!]: a, [NAMES[j]!]: b };
          if (!dropped(probe)) uncovered.add(`${NAMES[i]}=${a}|${NAMES[j]}=${b}`);
        }
  for (const c of cases) for (const pair of pairsOf(c)) uncovered.delete(pair);
  while (uncovered.size > 0) {
    const [first] = uncovered;
    const c = { ...defaults } as Record<Dimension, string>;
    const fixed = new Set<Dimension>();
    for (const part of first!.split('|')) {
      const [name, value] = part.split('=') as [Dimension, string];
      c[name] = value;
      fixed.add(name);
    }
    for (const name of NAMES) {
      if (fixed.has(name)) continue;
      let best = c[name];
      let gain = -1;
      for (const value of DIMENSIONS[name]) {
        const trial = { ...c, [name]: value } as Case;
        if (dropped(trial)) continue;
        const count = pairsOf(trial).filter((pair) => uncovered.has(pair)).length;
        if (count > gain) [best, gain] = [value, count];
      }
      c[name] = best;
    }
    const chosen = c as Case;
    const before = uncovered.size;
    for (const pair of pairsOf(chosen)) uncovered.delete(pair);
    if (uncovered.size === before) uncovered.delete(first!);
    add(chosen);
  }
  return cases;
}

/** What the reader read of one operation, in the terms of `Want`. */
function got(op: Operation): Want {
  return {
    route: `${op.method.toUpperCase()} ${op.path}`,
    params: op.parameters.filter((p) => p.in === 'path').map((p) => `path:${p.name}`),
    responses: op.responses.flatMap((r) =>
      r.content.flatMap((c) => c.examples.map((e) => [r.status, e.value ?? e.raw] as [string, unknown])),
    ),
    requests: (op.requestBody?.content ?? []).flatMap((c) => c.examples.map((e) => e.value ?? e.raw)),
  };
}

/** A summary is the operation's title or sentence, never its sample text, its noise or its request line. */
function summaryOk(op: Operation): boolean {
  return op.summary === undefined || OPS.some((o) => o.title === op.summary || o.sentence === op.summary);
}

const CASES = coveringCases();

describe('general reader: the conventions in combination', () => {
  it('should cover every pair of values in few cases', () => {
    expect(CASES.length).toBeLessThan(FORMS.length * SAMPLES.length + 60);
  });

  it.each(CASES.map((c) => [NAMES.map((name) => c[name]).join(' / '), c] as const))('%s', (_, c) => {
    const pages: Page[] = pagesOf(c);
    const reads = pages.map((page) => readGeneral(page.text, page.file));
    for (const [i, page] of pages.entries()) {
      const read = reads[i]!;
      const shown = `\n----- ${page.file}\n${page.text}\n-----`;
      const operations = read.fragment?.operations ?? [];
      expect(
        {
          operations: operations.map(got),
          servers: read.fragment?.servers,
          summaries: operations.filter((op) => !summaryOk(op)).map((op) => op.summary),
          errors: read.diagnostics.items.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`),
        },
        shown,
      ).toEqual({ operations: page.want, servers: page.servers, summaries: [], errors: [] });
    }
    if (pages.length > 1) {
      const document = mergeFragments(
        reads.map((read) => read.fragment!),
        new DiagnosticBag(),
        { version: '1' },
      );
      const routes = [...new Set(pages.flatMap((page) => page.want.map((w) => w.route)))];
      // One operation per route, on the server the pages' examples call.
      expect(
        {
          routes: document.operations.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort(),
          servers: document.servers.map((server) => server.url),
          own: document.operations.filter((op) => op.servers).map((op) => op.path),
        },
        pages.map((page) => `\n----- ${page.file}\n${page.text}`).join(''),
      ).toEqual({ routes: routes.sort(), servers: pages[0]!.servers ?? [], own: [] });
    }
  });
});

/** What the matrix found the reader missed, each in one page. */
describe('general reader: combinations the matrix found', () => {
  it('should read `Method:` and `Endpoint:` lines parted by `<br>` in one paragraph, as lines parted by a line break', () => {
    const read = readGeneral(['## Get a shelf', '**Method:** GET<br>\n**Endpoint:** /shelves/{shelf_id}'].join('\n\n'));
    expect(read.routes).toEqual(['GET /shelves/{shelf_id}']);
  });

  it('should read `HTTP/1.1 200 OK` alone over the answer as its status, no words of the operation', () => {
    const read = readGeneral(
      ['## Get a shelf', '```http\nGET /shelves/{shelf_id}\n```', 'HTTP/1.1 200 OK', '```json\n{"id": "shf_1"}\n```'].join('\n\n'),
    );
    const get = operation(read, 'GET /shelves/{shelf_id}');
    expect([get.summary, get.description]).toEqual(['Get a shelf', undefined]);
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['200', { id: 'shf_1' }]]);
  });

  it('should read the JSON under a status line after a request message as the answer, not the request', () => {
    const read = readGeneral(
      [
        '## Get a shelf',
        'Returns one shelf of the library.',
        '```http\nGET /shelves/{shelf_id} HTTP/1.1\nAccept: application/json\n```',
        'HTTP/1.1 200 OK',
        '```json\n{"id": "shf_1"}\n```',
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /shelves/{shelf_id}');
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['200', { id: 'shf_1' }]]);
    expect(get.requestBody).toBeUndefined();
  });

  it('should read the route a curl command writes with its placeholder, the request message calling it with a sample id its example', () => {
    const read = readGeneral(
      [
        '## Add a book',
        '```bash\ncurl -X POST \'https://api.example.com/shelves/{shelf_id}/books\' -d \'{"title":"Dune"}\'\n```',
        '### Example request',
        '```http\nPOST /shelves/shf_1/books HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"title": "Dune"}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /shelves/{shelf_id}/books']);
    expect(read.fragment?.servers).toEqual(['https://api.example.com']);
  });

  it("should read a table of the page's routes as an index where each section's own one-row table states its route again", () => {
    const table = (method: string, path: string) => `| Method | URL |\n| --- | --- |\n| ${method} | \`${path}\` |`;
    const read = readGeneral(
      [
        '# Shelves API',
        '| Method | Endpoint | Description |\n| --- | --- | --- |\n| GET | `/shelves/{id}` | [Get a shelf](#get-a-shelf) |\n| DELETE | `/shelves/{id}` | [Remove a shelf](#remove-a-shelf) |',
        '## Get a shelf',
        table('GET', '/shelves/{id}'),
        '## Remove a shelf',
        table('DELETE', '/shelves/{id}'),
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves/{id}', 'DELETE /shelves/{id}']);
    expect(read.fragment?.operations.map((o) => o.summary)).toEqual(['Get a shelf', 'Remove a shelf']);
  });

  it("should read such a table as an index where each section calls its route by a curl command alone, the section's answer that route's", () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '| Method | Endpoint | Description |\n| --- | --- | --- |\n| GET | `/shelves/{id}` | [Get a shelf](#get-a-shelf) |\n| DELETE | `/shelves/{id}` | [Remove a shelf](#remove-a-shelf) |',
        '## Get a shelf',
        "```bash\ncurl -X GET 'https://api.example.com/shelves/{id}'\n```",
        '```json\n{"id": "shf_1"}\n```',
        '## Remove a shelf',
        "```bash\ncurl -X DELETE 'https://api.example.com/shelves/{id}'\n```",
        '```json\n{"deleted": true}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves/{id}', 'DELETE /shelves/{id}']);
    expect(read.fragment?.operations.map((o) => o.responses.map((r) => r.content[0]?.examples[0]?.value))).toEqual([
      [{ id: 'shf_1' }],
      [{ deleted: true }],
    ]);
  });
});
