/**
 * A request's sentence that ends by announcing fields ("The request body must be a JSON object with
 * the following fields:"), however long, titles the body's fields, as a fields cue does: the table
 * under it is the body and the sample after the table that body's sample, which types its rows.
 * The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/request-field-cues/lamps.md'), 'utf8');

describe('general reader: a request’s sentence ending "with the following fields:" titles the body’s fields', () => {
  const read = readGeneral(PAGE, 'lamps.md');
  const doc = mergeFragments([read.fragment!], new DiagnosticBag(), { version: '1' });
  const merged = (method: string, route: string): Operation | undefined =>
    doc.operations.find((o) => o.method === method && o.path === route);
  const typedFields = (op: Operation | undefined) => {
    const schema = op?.requestBody?.content[0]?.schema;
    return (schema?.kind === 'object' ? schema.properties : []).map((field) => [field.name, field.schema.kind]);
  };

  it('should read the table as the body and the indented sample after it as its sample', () => {
    const add = operation(read, 'POST /lamps');
    const [content] = add.requestBody?.content ?? [];
    expect(content?.examples[0]?.value).toEqual({ room: 'attic', lit: true });
    expect(typedFields(merged('post', '/lamps'))).toEqual([
      ['room', 'string'],
      ['lit', 'boolean'],
    ]);
  });

  it('should read "… should contain a JSON object with these properties:" so, the fenced sample typing the row', () => {
    const change = operation(read, 'PUT /lamps/{lamp_id}');
    const [content] = change.requestBody?.content ?? [];
    expect(content?.examples[0]?.value).toEqual({ bulbs: 3 });
    expect(typedFields(merged('put', '/lamps/{lamp_id}'))).toEqual([['bulbs', 'integer']]);
  });

  it('should keep "… a JSON object like this:" the title of the request’s sample', () => {
    const shade = operation(read, 'PATCH /lamps/{lamp_id}/shade');
    expect(shade.requestBody?.content[0]?.examples[0]?.value).toEqual({ shade: 'linen' });
  });
});
