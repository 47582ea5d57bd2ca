/**
 * openapi-generator's model pages (`docs/Shelf.md`): a `## Enum: StateEnum` heading over a
 * `| Name | Value |` table defines the enum a property links to, its values the Value column's.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { strip } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/model-enums');

describe("general reader: openapi-generator's model enums", () => {
  it('should read `## Enum: Name` over `| Name | Value |` as the enum of the values, the names its constants', async () => {
    const dir = makeTempDir();
    for (const page of ['Shelf.md', 'ShelvesApi.md']) copyFileSync(path.join(FIXTURES, page), path.join(dir, page));
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    const schema = (name: string) => strip(result.document.schemas.find((s) => s.name === name)?.schema);
    expect(schema('StateEnum')).toEqual({
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'open', name: 'OPEN' },
        { value: 'full', name: 'FULL' },
        { value: 'closed for repair', name: 'CLOSED_FOR_REPAIR' },
      ],
    });
    expect(schema('HeightEnum')).toEqual({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 1, name: 'NUMBER_1' },
        { value: 2, name: 'NUMBER_2' },
      ],
    });
    // The model keeps its properties, the enums' tables none of them; the Notes read.
    const shelf = schema('Shelf');
    expect(shelf?.kind === 'object' && shelf.properties.map((p) => [p.name, p.required, p.schema])).toEqual([
      ['id', false, { kind: 'integer', format: 'int64', readOnly: true }],
      ['label', true, { kind: 'string' }],
      ['state', false, { kind: 'ref', name: 'StateEnum' }],
      ['height', false, { kind: 'ref', name: 'HeightEnum' }],
    ]);
  });
});
