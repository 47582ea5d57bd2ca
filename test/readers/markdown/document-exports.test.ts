/**
 * API specification documents exported as HTML: Word's "Web Page, Filtered" (`.htm`), Google
 * Docs' "Web page (.html)" and mammoth.js's HTML of a `.docx`. The pages are ours (a fictional
 * parcel locker API), written as each tool writes its HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const FORMS = [
  ['Word', 'lockers-word.htm'],
  ['Google Docs', 'lockers-gdocs.html'],
  ['mammoth', 'lockers-mammoth.html'],
] as const;

function readExport(file: string) {
  return readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/document-exports', file), 'utf8'), `api/${file}`);
}

/** `name*: kind` of each property, nested ones under their parent's (`size.heightCm`). */
function fields(schema: Schema | undefined, prefix = ''): string[] {
  if (schema?.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [
    `${prefix}${p.name}${p.required ? '*' : ''}: ${p.schema.kind}`,
    ...fields(p.schema, `${prefix}${p.name}.`),
  ]);
}

describe('general reader: specification documents exported as HTML', () => {
  it.each(FORMS)('should read a %s table whose header row is <td> cells by that row', (_form, file) => {
    const read = readExport(file);
    expect(parameterNames(operation(read, 'GET /v2/lockers/{lockerId}'))).toEqual(['path:lockerId*', 'query:include']);
    expect(fields(bodySchema(operation(read, 'POST /v2/lockers/{lockerId}/parcels')))).toEqual(
      expect.arrayContaining(['reference*: string', 'size*: object', 'size.heightCm*: integer']),
    );
    expect(codes(read)).not.toContain('malformed-row');
  });

  it('should read a Word table of statuses whose bold first row names its columns', () => {
    const read = readExport('lockers-word.htm');
    expect(operation(read, 'POST /v2/lockers/{lockerId}/parcels').responses.map((r) => r.status)).toEqual(['201', '409']);
    expect(codes(read)).not.toContain('invalid-status-code');
  });

  it.each(FORMS)('should read a %s JSON sample written a paragraph per line as one sample', (_form, file) => {
    const read = readExport(file);
    const ok = operation(read, 'GET /v2/lockers/{lockerId}').responses.find((r) => r.status === '200');
    expect(ok?.content[0]?.examples?.[0]?.value).toEqual({ lockerId: 'LK-204', city: 'Ghent', free: 12 });
  });

  it('should read a Word request sample indented with &nbsp; as one sample, a sentence naming a URL in monospace as prose', () => {
    const read = readExport('lockers-word.htm');
    const create = operation(read, 'POST /v2/lockers/{lockerId}/parcels');
    expect(create.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ reference: 'ORD-88', size: { heightCm: 20, widthCm: 30 } });
    expect(read.root.children.some((node) => node.type === 'code' && node.value.includes('api.lockers.example'))).toBe(false);
  });

  it('should read a paragraph of a status, its reason and its words after a dash as that response', () => {
    const read = readExport('lockers-word.htm');
    const get = operation(read, 'GET /v2/lockers/{lockerId}');
    expect(get.responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(get.responses[1]?.description).toBe('no locker has this identifier.');
    expect(get.responses[0]?.content[0]?.examples?.[0]?.value).toEqual({ lockerId: 'LK-204', city: 'Ghent', free: 12 });
    expect(operation(read, 'DELETE /v2/parcels/{parcelId}').responses.map((r) => r.status)).toEqual(['204']);
    // A number that is no status with its reason stays prose.
    const prose = readGeneral('## List\n\n`GET /v2/parcels`\n\n200 parcels – at most, a page.\n');
    expect(operation(prose, 'GET /v2/parcels').responses.map((r) => r.status)).not.toContain('200');
  });

  it("should read a status line's words after the dash as its description under a `Response` label", () => {
    const get = operation(readExport('lockers-word.htm'), 'GET /v2/lockers/{lockerId}');
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'the locker.'],
      ['404', 'no locker has this identifier.'],
    ]);
    const read = readGeneral(
      '## Get shelf\n\n`GET /v1/shelves/{shelfId}`\n\n**Response**\n\n200 OK – the shelf.\n\n```json\n{"id": "s1"}\n```\n',
    );
    const ok = operation(read, 'GET /v1/shelves/{shelfId}').responses[0];
    expect([ok?.status, ok?.description, ok?.content[0]?.examples?.[0]?.value]).toEqual(['200', 'the shelf.', { id: 's1' }]);
  });

  it('should take a Word heading numbered with &nbsp; after its number as its title', () => {
    expect(operation(readExport('lockers-word.htm'), 'DELETE /v2/parcels/{parcelId}').summary).toBe('Cancel parcel');
  });
});
