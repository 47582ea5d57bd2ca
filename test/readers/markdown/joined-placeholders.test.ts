/**
 * A placeholder joined to the one before it in a segment (`/manual/:version:format`, as Gogs
 * writes its archive route): a placeholder where a row names it, the colon and word literal where
 * none does (a custom method's verb, `/lamps/{lamp}:cancel`). The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/joined-placeholders/manuals.md'), 'utf8');

describe('general reader: placeholders joined in a segment', () => {
  const read = readGeneral(page, 'api/manuals.md');

  it('should read a joined word a row names as a second placeholder of the segment, its row the path parameter', () => {
    const download = operation(read, 'GET /lamps/{lamp}/manual/{version}{format}');
    expect(parameterNames(download)).toEqual(['path:version*', 'path:format*', 'path:lamp*']);
    expect(download.parameters.find((p) => p.name === 'format')?.description).toContain('The format of the manual');
  });

  it('should keep a joined word no row names as written', () => {
    expect(parameterNames(operation(read, 'POST /lamps/{lamp}:cancel'))).toEqual(['path:lamp*']);
  });
});
