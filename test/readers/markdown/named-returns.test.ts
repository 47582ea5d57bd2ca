/**
 * "Returns a shelf object." / "Returns a list of shelf objects." on an endpoint page, with no
 * sample, and the object documented on a page of its own (`## Shelf object` over its fields): the
 * response is the type the words name, matched where the pages meet, case-insensitively and by
 * words. Words that name no defined type ("Returns an empty object") type nothing and are not
 * reported. The fixtures are ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { Response } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip, typedResponses } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/named-returns');
const OBJECTS = readFileSync(path.join(DIR, 'objects.md'), 'utf8');
const SHELVES = readFileSync(path.join(DIR, 'shelves.md'), 'utf8');

function merged() {
  const diagnostics = new DiagnosticBag();
  const pages = [readGeneral(SHELVES, 'api/shelves.md').fragment!, readGeneral(OBJECTS, 'api/objects.md').fragment!];
  const doc = fillFromSamples(mergeFragments(pages, diagnostics, { version: '1' }), diagnostics);
  const responses = (route: string): Response[] => {
    const found = doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
    if (!found) throw new Error(`no ${route}`);
    return strip(found.responses);
  };
  const typed = (route: string) => typedResponses(responses(route));
  return { doc, diagnostics, responses, typed };
}

describe('general reader + merge: a response typed by the documented type its sentence names', () => {
  const { doc, diagnostics, responses, typed } = merged();

  it('should type the success by the type another page defines, its words matched case-insensitively and by words', () => {
    expect(typed('GET /shelves/{uid}')).toEqual(['2XX: Shelf']);
    expect(typed('PATCH /shelves/{uid}')).toEqual(['2XX: Shelf']);
    expect(typed('GET /copies/{barcode}')).toEqual(['2XX: BookCopy']);
    expect(typed('GET /items/{position}')).toEqual(['2XX: ShelfItem']);
  });

  it('should read "a list of shelf objects" as an array of the type', () => {
    expect(typed('GET /shelves')).toEqual(['2XX: [Shelf]']);
  });

  it('should read a plural whose singular names a defined type as a list of it, "object" or no', () => {
    expect(typed('GET /shelves/all')).toEqual(['2XX: [Shelf]']);
    expect(typed('GET /copies')).toEqual(['2XX: [BookCopy]']);
    expect(typed('GET /statuses')).toEqual(['2XX: [Status]']);
  });

  it("should type nothing where a plural's singulars name two defined types, and prefer a type the words name as written", () => {
    const one = (objects: string, returns: string) => {
      const pages = [
        readGeneral(`# Leaves\n\n## List them\n\n\`GET /leaves\`\n\n${returns}\n`, 'api/leaves.md').fragment!,
        readGeneral(objects, 'api/objects.md').fragment!,
      ];
      const schema = mergeFragments(pages, new DiagnosticBag(), { version: '1' }).operations[0]?.responses[0]?.content[0]?.schema;
      return strip(schema);
    };
    const table = (title: string) =>
      `## ${title} object\n\n| Field | Type | Description |\n|---|---|---|\n| \`id\` | string | Its id |\n\n`;
    expect(one(`# Objects\n\n${table('Leaf')}${table('Leave')}`, 'Returns a list of leaves.')).toBeUndefined();
    expect(one(`# Objects\n\n${table('Leaf')}`, 'Returns a list of leaves.')).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'Leaf' },
    });
    expect(one(`# Objects\n\n${table('Shelf')}${table('Shelves')}`, 'Returns the shelves.')).toEqual({ kind: 'ref', name: 'Shelves' });
  });

  it('should read an irregular or -ves plural as a list of its singular: people → Person, knives → Knife, archives → Archive', () => {
    const one = (title: string, returns: string) => {
      const objects = `# Objects\n\n## ${title} object\n\n| Field | Type | Description |\n|---|---|---|\n| \`id\` | string | Its id |\n`;
      const pages = [
        readGeneral(`# Things\n\n## List them\n\n\`GET /things\`\n\n${returns}\n`, 'api/things.md').fragment!,
        readGeneral(objects, 'api/objects.md').fragment!,
      ];
      return strip(mergeFragments(pages, new DiagnosticBag(), { version: '1' }).operations[0]?.responses[0]?.content[0]?.schema);
    };
    const list = (name: string) => ({ kind: 'array', items: { kind: 'ref', name } });
    expect(one('Person', 'Returns a list of people.')).toEqual(list('Person'));
    expect(one('Child', 'Returns the children.')).toEqual(list('Child'));
    expect(one('Knife', 'Returns a list of knives.')).toEqual(list('Knife'));
    expect(one('Archive', 'Returns a list of archives.')).toEqual(list('Archive'));
    expect(one('Leave', 'Returns a list of leaves.')).toEqual(list('Leave'));
  });

  it('should type the linked forms by the linked type: "Returns a [Shelf](…) object.", `Response: a [shelf object](…)`', () => {
    expect(typed('GET /labels/{label}')).toEqual(['2XX: Shelf']);
    expect(typed('GET /shelves/first')).toEqual(['2XX: Shelf']);
    expect(diagnostics.items.map((d) => d.code)).not.toContain('unresolved-link');
  });

  it('should give the type to the success the page states, inventing no status', () => {
    expect(typed('DELETE /shelves/{uid}')).toEqual(['200: Shelf']);
  });

  it('should leave a success a sample shows as the sample shows it, where the sample does not fit the type', () => {
    expect(typed('GET /shelves/count')).toEqual(['2XX: object']);
    // `uid` is a string of Shelf's; the sample's is a number.
    expect(typed('POST /shelves/renumber')).toEqual(['2XX: object']);
  });

  it('should type a success its samples alone show as the type the words name, where the samples fit it, however few their keys', () => {
    expect(typed('GET /shelves/latest')).toEqual(['2XX: Shelf']);
    expect(typed('GET /shelves/recent')).toEqual(['2XX: [Shelf]']);
    const [latest] = responses('GET /shelves/latest');
    expect(latest?.content[0]?.examples.map((example) => example.value)).toEqual([{ uid: 's-7', name: 'New arrivals' }]);
  });

  it('should type a sampled success so too where the merge takes the pages over (as a run does)', () => {
    const pages = [readGeneral(SHELVES, 'api/shelves.md').fragment!, readGeneral(OBJECTS, 'api/objects.md').fragment!];
    const owned = mergeFragments(pages, new DiagnosticBag(), { version: '1' }, { owned: true });
    const latest = owned.operations.find((o) => o.path === '/shelves/latest');
    expect(latest?.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'ref', name: 'Shelf' });
  });

  it('should type nothing, and report nothing, where the words name no defined type', () => {
    expect(typed('POST /shelves/clear')).toEqual([]);
    expect(typed('GET /readers')).toEqual([]);
    expect(typed('GET /milestones')).toEqual([]);
    expect(doc.schemas.map((named) => named.name)).toEqual(['BookCopy', 'Shelf', 'ShelfItem', 'Status']);
    expect(diagnostics.items.map((d) => d.code)).not.toContain('undocumented-type');
  });

  it('should read a participle before the type ("the archived shelf") as the type, and under a Returns title the noun phrase alone', () => {
    expect(typed('POST /shelves/{uid}/archive')).toEqual(['2XX: Shelf']);
    expect(typed('POST /shelves/{uid}/lock')).toEqual(['2XX: Shelf']);
    // No `object` or `resource` noun: words of the title's, no type.
    expect(typed('GET /shelves/{uid}/count')).toEqual([]);
  });

  it("should leave the sentence the operation's prose", () => {
    const operation = doc.operations.find((o) => o.method === 'get' && o.path === '/shelves/{uid}');
    expect([operation?.summary, operation?.description]).toContain('Returns a shelf object.');
  });

  it('should leave "Returns the Customer object" under a Returns heading typed by its name, defined or not', () => {
    const page = readGeneral(
      '# Shelves\n\n## Get a shelf\n\n`GET /shelves/{uid}`\n\n### Returns\n\nReturns the Customer object.\n',
      'api/get.md',
    );
    const local = new DiagnosticBag();
    const one = mergeFragments([page.fragment!], local, { version: '1' });
    expect(strip(one.operations[0]?.responses[0]?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Customer' });
    expect(one.schemas.map((named) => named.origin)).toEqual(['undocumented']);
  });
});
