/**
 * A sample whose keys are all written as placeholders (`<label_name>`, `{label}`; Loki's YAML
 * `<namespace1>:` ⏎ … ⏎ `<namespace2>:`, Prometheus' `"<label_name>": "<label_value>"`) shows "any
 * key": the object is a map of those values, no record whose fields are named `<room1>`. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/placeholder-keys/shelves.md'), 'utf8'), 'api/shelves.md');
const doc = fillFromSamples(mergeFragments([read.fragment!], new DiagnosticBag(), { version: '1' }), new DiagnosticBag());
const answer = (route: string): Schema | undefined =>
  doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)?.responses[0]?.content[0]?.schema;

describe('general reader: a sample whose keys are placeholders', () => {
  it('should read a YAML sample keyed `<room1>:`, `<room2>:` as a map of their values', () => {
    const groups = answer('GET /v1/shelf-groups');
    expect(groups?.kind).toBe('map');
    expect(groups?.kind === 'map' ? groups.values.kind : undefined).toBe('array');
  });

  it('should read a member keyed `<label_name>` and `{label}` as a map, its siblings as fields', () => {
    const labels = answer('GET /v1/shelf-labels');
    expect(labels?.kind === 'object' ? labels.properties.map((p) => [p.name, p.schema.kind]) : labels?.kind).toEqual([
      ['status', 'string'],
      ['labels', 'map'],
    ]);
  });

  it('should keep plain keys a record’s fields', () => {
    const sizes = answer('GET /v1/shelf-sizes');
    expect(sizes?.kind === 'object' ? sizes.properties.map((p) => p.name) : sizes?.kind).toEqual(['small', 'large']);
  });
});
