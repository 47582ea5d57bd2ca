/**
 * An MDX field component's `deprecated` attribute (Mintlify's and Fern's `<ParamField body="active"
 * type="boolean" deprecated>`, `deprecated={true}`; `deprecated={false}` says no) marks the
 * parameter or field deprecated, as a table's Deprecated column does. The fixture is a "plants"
 * page written by us in those components.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/deprecated-fields/update-plant.mdx'), 'utf8');

const deprecatedNames = (schema: Schema | undefined): string[] =>
  schema?.kind === 'object' ? schema.properties.filter((p) => p.schema.deprecated).map((p) => p.name) : [];

describe('general reader: the `deprecated` attribute of MDX field components', () => {
  const read = readGeneral(page, 'api/update-plant.mdx');
  const update = operation(read, 'PATCH /v1/plants/{plant_id}');

  it('should mark a deprecated query parameter and body field, and no other', () => {
    expect(update.parameters.filter((p) => p.deprecated).map((p) => p.name)).toEqual(['legacy_units']);
    expect(deprecatedNames(bodySchema(update))).toEqual(['active']);
    const body = bodySchema(update);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['name', 'active', 'status']);
  });

  it('should mark a deprecated response field', () => {
    expect(deprecatedNames(update.responses[0]?.content[0]?.schema)).toEqual(['height_in']);
  });
});
