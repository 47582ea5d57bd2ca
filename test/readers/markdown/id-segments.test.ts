/**
 * A segment `ID` alone in capitals (`GET /lamps/ID`, `/lamps/ID/bulbs/BULB_ID`, also `UUID`, `GUID`),
 * as Slate references write the id the reader replaces: a path parameter, as `LAMP_ID` already was;
 * another word in capitals alone (`/SMS`) stays a literal. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/id-segments/lamps.md'), 'utf8');

describe('general reader: a segment `ID` in capitals', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should read `ID` and `UUID` alone as path parameters, beside `BULB_ID`', () => {
    expect(read.routes).toEqual(['GET /lamps/{ID}', 'PATCH /lamps/{ID}/bulbs/{BULB_ID}', 'GET /lamps/by-uuid/{UUID}', 'POST /lamps/SMS']);
    expect(parameterNames(operation(read, 'PATCH /lamps/{ID}/bulbs/{BULB_ID}'))).toEqual(['path:ID*', 'path:BULB_ID*']);
  });
});
