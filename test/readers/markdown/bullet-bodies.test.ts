/**
 * A request body written as a nested bullet list (PayPal's REST references): `` - `name` string
 * required `` ⏎ its description, an enum's values listed under it, an array's items named in
 * parentheses (`array (contains the tag object)`), an object's fields nested.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/bullet-bodies', name), 'utf8');

function property(schema: Schema | undefined, name: string): Schema | undefined {
  return schema?.kind === 'object' ? schema.properties.find((p) => p.name === name)?.schema : undefined;
}

describe('general reader: a request body as a nested bullet list', () => {
  it('should read every field, an enum whose values are listed under it among them', () => {
    const body = bodySchema(operation(readGeneral(fixture('held-values.md')), 'POST /v2/nursery/orders'));
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : body).toEqual([
      'variety*',
      'intent*',
      'bags',
      'ship_to',
    ]);
    const intent = property(body, 'intent');
    expect(intent?.kind === 'enum' ? intent.values.map((v) => v.value) : intent).toEqual(['PLANT', 'STORE']);
    expect(property(property(body, 'ship_to'), 'line_1')?.kind).toBe('string');
  });

  it('should read `array (contains the … object)` as an array, what it contains the description’s first words', () => {
    const body = bodySchema(operation(readGeneral(fixture('held-values.md')), 'POST /v2/nursery/orders'));
    const bags = body?.kind === 'object' ? body.properties.find((p) => p.name === 'bags') : undefined;
    expect([bags?.schema.kind, bags?.description]).toEqual(['array', 'contains the seed_bag object\nThe bags of seeds to send.']);
  });
});
