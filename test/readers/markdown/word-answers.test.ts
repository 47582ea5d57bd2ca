/**
 * A bare word alone in a fence declared json (```` ```json ```` ⏎ `ok` ⏎ ```` ``` ````) where the
 * call's answer stands: no JSON (`"OK"` is), the answer's text, as a plain-text answer's fence is;
 * so in a text fence or one of no info string. The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/word-answers/status.md'), 'utf8');
const LAMPS = readFileSync(path.join(import.meta.dirname, 'fixtures/word-answers/lamps.md'), 'utf8');

const answers = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.map((r) => [
    r.status,
    r.content.map((c) => [c.mediaType, c.schema?.kind, c.examples[0]?.raw ?? c.examples[0]?.value]),
  ]);

describe('general reader: a bare word in a json fence under a response is a text answer', () => {
  const read = readGeneral(PAGE, 'status/rest.md');
  const invalid = read.diagnostics.items.filter((d) => d.code === 'invalid-sample');

  it('should read `ok` under "Example response:" as the response’s text/plain sample, with no warning', () => {
    expect(answers(read, 'GET /api/ping')).toEqual([['2XX', [['text/plain', 'string', 'ok']]]]);
    expect(invalid.map((d) => d.source.start.line)).not.toContain(10);
  });

  it('should give the word the status stated above it, and read it after a curl command', () => {
    expect(answers(read, 'POST /api/cache/flush')).toEqual([['200', [['text/plain', 'string', 'Success']]]]);
    expect(answers(read, 'DELETE /api/sessions/{id}')).toEqual([['2XX', [['text/plain', 'string', 'deleted']]]]);
  });

  it('should keep a JSON string a JSON sample, and warn of longer text that does not parse, as before', () => {
    const quote = operation(read, 'GET /api/quote').responses[0]?.content[0];
    expect([quote?.mediaType, quote?.examples[0]?.value]).toEqual(['application/json', 'OK']);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.source.start.line).toBe(54);
  });

  it('should leave a word in the operation’s prose, under no response, as its prose', () => {
    const motd = operation(read, 'GET /api/motd');
    expect(motd.responses).toEqual([]);
    expect(motd.description).toContain('welcome');
  });
});

describe('general reader: a bare word in a text fence under a response is a text answer', () => {
  const read = readGeneral(LAMPS, 'lamps/rest.md');

  it('should read `ok` in a `text` fence under "**Sample response**" as the response’s text/plain sample', () => {
    expect(answers(read, 'DELETE /api/lamps/{id}')).toEqual([['2XX', [['text/plain', 'string', 'ok']]]]);
  });

  it('should read a word in a fence of no info string so, and leave one in the prose as prose', () => {
    expect(answers(read, 'POST /api/lamps/{id}/off')).toEqual([['2XX', [['text/plain', 'string', 'done']]]]);
    const state = operation(read, 'GET /api/lamps/{id}/state');
    expect(state.responses).toEqual([]);
    expect(state.description).toContain('dimmed');
  });
});
