/**
 * A whole request message (`POST /notes/pin HTTP/1.1` ⏎ headers ⏎ a blank line ⏎ its JSON, or
 * `POST /notes/drop -d '` ⏎ its data ⏎ `'`) states all the call sends: a JSON fence after it, with no
 * label between, is no more of that body but its answer, as after a curl command. Before, its fields
 * were read as more request-body fields (the answer's `pinned` sent by the call). A request message
 * of headers alone still takes the JSON after it as its body. The fixture is an API of ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures/whole-request-answers/notes.md'), 'utf8');
const requestSamples = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).requestBody?.content.flatMap((c) => c.examples.map((e) => e.value));
const responseSamples = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)));

describe('general reader: the JSON after a whole request message', () => {
  const read = readGeneral(fixture, 'api/notes.md');

  it('should read every call of the page', () => {
    expect(read.routes).toEqual(['POST /notes/pin', 'POST /notes/drop', 'POST /notes/tag']);
  });

  it("should read the JSON after a message that sends its body as the call's answer, none of its body", () => {
    expect(requestSamples(read, 'POST /notes/pin')).toEqual([{ shelf: 'kitchen', note: 7 }]);
    expect(responseSamples(read, 'POST /notes/pin')).toEqual([{ pinned: true, pins: 3 }]);
  });

  it("should read the JSON after a request line with curl's data flag, prose between, as its answer", () => {
    expect(requestSamples(read, 'POST /notes/drop')).toEqual([{ shelf: 'hall', note: 2 }]);
    expect(responseSamples(read, 'POST /notes/drop')).toEqual([{ dropped: 1, left: 4 }]);
  });

  it('should still read the JSON after a message of headers alone as the body it sends', () => {
    expect(requestSamples(read, 'POST /notes/tag')).toEqual([{ note: 7, tag: 'urgent' }]);
    expect(responseSamples(read, 'POST /notes/tag')).toEqual([]);
  });
});

describe('general reader: hostile whole request messages', () => {
  it('should read thousands of messages and their answers, and messages over long runs of blanks, in seconds', () => {
    const calls = Array.from(
      { length: 2_000 },
      (_, i) =>
        `## Pin ${i}\n\n\`\`\`\nPOST /pins/p${i} HTTP/1.1\nContent-Type: application/json\n\n{"n": ${i}}\n\`\`\`\n\n\`\`\`json\n{"ok": true}\n\`\`\``,
    );
    const blanks = ' '.repeat(300_000);
    const text = [
      '# Pins',
      ...calls,
      `## Wide\n\n\`\`\`\nPOST /wide HTTP/1.1${blanks}\nContent-Type: application/json\n${blanks}\n{"n": 1}${blanks}\n\`\`\`\n\n\`\`\`json\n{"ok": true}\n\`\`\``,
      `## Dashes\n\n\`\`\`\nPOST /dashes -d '${blanks}\n${'-'.repeat(60_000)}'\n\`\`\`\n\n\`\`\`json\n{"ok": true}\n\`\`\``,
    ].join('\n\n');
    const read = readGeneral(text, 'api/pins.md');
    expect(read.routes.length).toBeGreaterThanOrEqual(2_000);
    expect(responseSamples(read, 'POST /pins/p1999')).toEqual([{ ok: true }]);
    expect(requestSamples(read, 'POST /pins/p1999')).toEqual([{ n: 1999 }]);
  });
});
