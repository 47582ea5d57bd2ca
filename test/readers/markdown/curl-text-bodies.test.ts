/**
 * curl bodies that are no JSON: data of no JSON and no form (`--data-binary 'lamp,room=hall
 * level=3'`) is a sample of the text type the command states (`-H 'Content-Type: text/csv'`), else
 * of `text/plain`, and gives an untabulated body's title its type; a fence of curl's body options
 * alone (`--data-urlencode "q=<query>"`) states the form they send. None of it is JSON. The
 * fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/curl-text-bodies/lamps.md'), 'utf8');

describe('general reader: curl bodies that are no JSON', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');
  const contents = (route: string) =>
    (operation(read, route).requestBody?.content ?? []).map((c) => [c.mediaType, c.examples.map((e) => e.raw ?? e.value)]);

  it('should report no sample of theirs as invalid', () => {
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should give a body titled with words only the text type its call sends', () => {
    expect(contents('POST /lamps/readings')).toEqual([['text/plain', ['lamp,room=hall level=3 1463683075']]]);
    expect(operation(read, 'POST /lamps/readings').requestBody?.content[0]?.schema?.kind).toBe('string');
  });

  it('should read data of no JSON as the text type the command states, else as text/plain', () => {
    expect(contents('POST /lamps/notes')).toEqual([['text/csv', ['l1,dim']]]);
    expect(contents('POST /lamps/marks')).toEqual([['text/plain', ['hall dim 3']]]);
  });

  it('should read a fence of curl’s body options alone as the form they send, no JSON beside it', () => {
    expect(contents('POST /lamps/search')).toEqual([['application/x-www-form-urlencoded', []]]);
  });

  it('should take no JSON object for a text sample under a text type the command states', () => {
    expect(contents('POST /lamps/labels')).toEqual([]);
  });
});
