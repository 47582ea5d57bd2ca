/**
 * "Fields available in the report:" over a table (Kong's, under a GET): the fields of the answer,
 * no query parameters, though no `the following` opens the line. A line naming the request's
 * fields places them as before. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/answer-field-cues/report.md'), 'utf8');

describe('general reader: a line naming the fields of the answer', () => {
  const read = readGeneral(page, 'api/report.md');

  it("should read the table under it as the answer's fields, no query parameters", () => {
    const report = operation(read, 'GET /gardens/{garden}/report');
    expect(parameterNames(report)).toEqual(['path:garden*']);
    const schema = report.responses.find((r) => r.status === '200')?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.description])).toEqual([
      ['litres', 'Litres of water used in the month.'],
      ['beds_count', 'The number of beds watered.'],
    ]);
  });

  it("should leave a line naming the request's fields as it was", () => {
    expect(parameterNames(operation(read, 'GET /gardens/{garden}/beds'))).toEqual(['query:size', 'path:garden*']);
  });
});
