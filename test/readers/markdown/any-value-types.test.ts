/**
 * A type cell that states any value (`any`, `mixed`, `dynamic`) is what it says: a sample's value
 * for that field is one of the values it takes, and does not narrow it to its own type, where a
 * row that states no type is filled from the samples. The page is a lamps API of ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/any-value-types/settings.md'), 'utf8');

/** `name:kind` of each field of an object schema. */
const fields = (schema: Schema | undefined) =>
  schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}:${p.schema.kind}`) : [];

describe('general reader: a type cell of any value', () => {
  const read = readGeneral(PAGE, 'api/settings.md');
  const diagnostics = new DiagnosticBag();
  const ir = fillFromSamples(mergeFragments([read.fragment!], diagnostics, { version: '1' }), diagnostics);
  const keep = ir.operations.find((o) => o.method === 'post' && o.path === '/v1/lamps/{lamp_id}/settings');

  it('should keep an `any` field any value beside a sample of a number, an untyped field taking the sample’s type', () => {
    expect(fields(keep?.requestBody?.content[0]?.schema)).toEqual(['name:string', 'value:unknown', 'note:string']);
  });

  it('should keep a `mixed` field of the answer any value too', () => {
    expect(fields(keep?.responses[0]?.content[0]?.schema)).toEqual(['name:string', 'value:unknown', 'kept:boolean']);
  });
});
