/**
 * JSON:API resource pages: the resource's `## Attributes` table (on its page above the operations,
 * or on a page of its own) and operations whose samples are JSON:API documents (`{"data": {"type":
 * "lamps", "attributes": {…}}}`). Where a resource object's `type` names a documented type whose
 * fields its `attributes` show, the attributes are that type (the table's types and descriptions).
 * The fixtures are made-up APIs written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { ApiDocument, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/jsonapi-resources', name), 'utf8');

function generate(...files: string[]): ApiDocument {
  const diagnostics = new DiagnosticBag();
  const pages = files.map((file) => readGeneral(fixture(file), `api/${file}`).fragment!);
  return fillFromSamples(mergeFragments(pages, diagnostics, { version: '1' }), diagnostics);
}

/** The schema at `route`'s request body (`request`) or first response, then down the property names `steps` (`[]` an array's items, a ref followed). */
function at(doc: ApiDocument, route: string, part: 'request' | 'response', ...steps: string[]): Schema | undefined {
  const op = doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
  let schema = part === 'request' ? op.requestBody?.content[0]?.schema : op.responses[0]?.content[0]?.schema;
  for (const step of steps) {
    if (schema?.kind === 'ref' && step !== '$') schema = doc.schemas.find((s) => s.name === (schema as { name: string }).name)?.schema;
    if (step === '[]') schema = schema?.kind === 'array' ? schema.items : undefined;
    else if (step !== '$') schema = schema?.kind === 'object' ? schema.properties.find((p) => p.name === step)?.schema : undefined;
  }
  return schema;
}

describe('general reader: JSON:API resource pages', () => {
  it("should type a resource object's `attributes` by the resource's Attributes table on the page, in requests and answers", () => {
    const doc = generate('lamps.md');
    // Before, each was an object the samples alone showed.
    expect(at(doc, 'POST /lamps', 'request', 'data', 'attributes')).toMatchObject({ kind: 'ref', name: 'Lamps' });
    expect(at(doc, 'GET /lamps', 'response', 'data', '[]', 'attributes')).toMatchObject({ kind: 'ref', name: 'Lamps' });
    // The request's document is of the type the page's sentence states.
    expect(doc.operations.find((o) => o.method === 'post')?.requestBody?.content[0]?.mediaType).toBe('application/vnd.api+json');
  });

  it("should leave a partial update's attributes, which lack a field the table requires, as the samples show them", () => {
    const doc = generate('lamps.md');
    const patch = at(doc, 'PATCH /lamps/{id}', 'request', 'data', 'attributes');
    expect(patch?.kind === 'object' && patch.properties.map((p) => p.name)).toEqual(['lit']);
  });

  it("should type the attributes by a type defined on a page of its own, its name the resource type's singular", () => {
    const doc = generate('bulb.md', 'bulbs.md');
    expect(at(doc, 'GET /bulbs/{id}', 'response', 'data', 'attributes')).toMatchObject({ kind: 'ref', name: 'Bulb' });
  });

  it("should add no property to the type from a Relationships table of JSON:API's cardinalities (`to-one`, `to-many`)", () => {
    const doc = generate('bulb.md', 'bulbs.md');
    const bulb = doc.schemas.find((s) => s.name === 'Bulb')?.schema;
    // Before, `fitting` and `lamps` were properties of Bulb, of no type (Graph's navigation properties are read so).
    expect(bulb?.kind === 'object' && bulb.properties.map((p) => p.name)).toEqual(['colour', 'lumens']);
  });

  it('should read a cardinality after the related type (`bulbs (to-one)`) as a relationship, no property of the type', () => {
    const doc = generate('fitting.md');
    const fitting = doc.schemas.find((s) => s.name === 'Fitting');
    // Before, `bulb` was a property of Fitting, of no type.
    expect(fitting?.schema.kind === 'object' && fitting.schema.properties.map((p) => p.name)).toEqual(['thread']);
    expect(fitting?.relationships).toEqual([{ name: 'bulb', many: false, description: 'The bulb in it.' }]);
  });

  it('should type nothing where the resource objects are of two types, or of one no table documents', () => {
    const doc = generate('bulb.md', 'bulbs.md', 'lamps.md');
    // `fittings` and `bulbs` items in one list: no one type names their attributes, and they are no lamp's items either.
    const mixed = at(doc, 'GET /fittings', 'response', 'data', '[]', 'attributes');
    expect(mixed?.kind).toBe('object');
    expect(at(doc, 'GET /lamps', 'response', 'data', '[]', 'attributes')).toMatchObject({ kind: 'ref', name: 'Lamps' });
  });

  it("should type `relationships.<name>.data` as the resource identifier, or a list of them, where the resource's Relationships table states to-one or to-many", () => {
    const doc = generate('shelves.md');
    const related = (...steps: string[]) => strip(at(doc, 'GET /shelves/{id}', 'response', 'data', 'relationships', ...steps));
    const identifier = {
      kind: 'object',
      properties: [
        { name: 'type', schema: { kind: 'string' }, required: false },
        { name: 'id', schema: { kind: 'string' }, required: false },
      ],
    };
    // `to-one`: the sample's `null` an empty linkage. Before, `data` was of no type (the sample shows only null).
    expect(related('room', 'data')).toEqual({ ...identifier, nullable: true });
    // `Array of Book`: before, an array of unknown items (the sample's list is empty); its `links` stay the sample's.
    expect(related('books', 'data')).toEqual({ kind: 'array', items: identifier });
    expect(related('books')).toMatchObject({ description: 'The books on it.', properties: [{ name: 'data' }, { name: 'links' }] });
    // A capitalised type alone (`Librarian`): to-one.
    expect(related('keeper', 'data')).toEqual(identifier);
    // `lamps (to-many)`, which the sample does not show: the table states it.
    expect(related('lamps')).toEqual({
      kind: 'object',
      description: 'The lamps that light it.',
      properties: [{ name: 'data', schema: { kind: 'array', items: identifier }, required: false }],
    });
    // `string` states no cardinality: as the sample shows it, no `data`.
    const notes = related('notes');
    expect(notes?.kind === 'object' && notes.properties.map((p) => p.name)).toEqual(['meta']);
  });
});
