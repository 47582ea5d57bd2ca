/**
 * A curl command whose quoted data runs over lines (`--data "[` ⏎ `  {` ⏎ … ⏎ `]"`, `-d '[` ⏎ `{`
 * ⏎ … ⏎ `]'`): the lines inside the quotes are the command's data, never output it printed, even
 * where one of them opens with `{` or `[` as an answer's JSON does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const read = (name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/quoted-data-lines', name), 'utf8'), `api/${name}`);

describe('general reader: curl data quoted over lines', () => {
  it("should read the data inside a quote left open at a line's end as the request's, no answer of it", () => {
    const page = read('lamp-rules.md');
    const rules = operation(page, 'POST /lamps/{lamp_id}/rules');
    expect(rules.requestBody?.content[0]?.examples[0]?.value).toEqual([{ kind: 'dim', level: 2 }, { kind: 'off' }]);
    // Before, the lines after `--data "[` were the command's output: the 200's sample, the request message's body too.
    expect(rules.responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
    const bulk = operation(page, 'POST /shelves/bulk');
    expect(bulk.requestBody?.content[0]?.examples[0]?.value).toEqual([{ label: 'Poetry' }]);
    expect(bulk.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { created: 1 }]]);
    expect(codes(page)).not.toContain('invalid-sample');
  });
});
