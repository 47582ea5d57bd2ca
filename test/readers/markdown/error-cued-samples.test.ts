/**
 * A cue over a sample that speaks of an error: where its own sentence states that error's status
 * alone ("A status code of `404` is returned with the following response body:"), the sample is
 * that status's answer; where it states none ("Here is an answer with errors for the room:"), whose
 * answer it is the page does not say, and it is no success's sample.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Lamp API

## /glow - Light a lamp

\`/glow\` lights one lamp.

### Query parameters

| Parameter | Required | Description |
| --------- | -------- | ----------- |
| \`lamp\`  | Yes      | The lamp's name. |

### Examples

Lighting the porch lamp:

\`\`\`shell
curl -G --data-urlencode "lamp=porch" http://localhost:7000/glow
\`\`\`

A status code of \`200\` is returned with the following response body:

\`\`\`json
{
  "lamp": "porch",
  "lit": true
}
\`\`\`

Lighting a lamp that does not exist:

\`\`\`shell
curl -G --data-urlencode "lamp=attic" http://localhost:7000/glow
\`\`\`

A status code of \`404\` is returned with the following response body:

\`\`\`json
{
  "lamp": "attic",
  "error": "no such lamp"
}
\`\`\`

## /dim - Dim lamps

\`/dim\` dims the lamps of a room.

### Query parameters

| Parameter | Required | Description |
| --------- | -------- | ----------- |
| \`room\`  | Yes      | The room. |

\`\`\`shell
curl -G --data-urlencode "room=hall" http://localhost:7000/dim
\`\`\`

### Response

Here is an answer when the lamps dimmed:

\`\`\`json
{
  "state": "OK",
  "dimmed": 3
}
\`\`\`

Here is an answer with errors for the room:

\`\`\`json
{
  "state": "no such room [room=attic]",
  "code": 17
}
\`\`\`
`;

const read = readGeneral(page, 'api/lamps.md');
const examples = (route: string, status: string) =>
  operation(read, route)
    .responses.find((response) => response.status === status)
    ?.content[0]?.examples.map((example) => example.value);

describe('general reader: a sample under words of an error', () => {
  it('should make the sample under a cue stating one error status that status’s answer', () => {
    expect(operation(read, 'GET /glow').responses.map((response) => response.status)).toEqual(['200', '404']);
    expect(examples('GET /glow', '404')).toEqual([{ lamp: 'attic', error: 'no such lamp' }]);
    expect(examples('GET /glow', '200')).toEqual([{ lamp: 'porch', lit: true }]);
  });

  it('should make no success’s sample of an error the page gives no status', () => {
    expect(operation(read, 'GET /dim').responses.map((response) => response.status)).toEqual(['2XX']);
    expect(examples('GET /dim', '2XX')).toEqual([{ state: 'OK', dimmed: 3 }]);
  });

  it('should read thousands of such cues, and a cue of a long run of blanks, in seconds', () => {
    const cues = Array.from(
      { length: 3000 },
      (_, n) =>
        `A status code of \`404\` is returned with the following response body:\n\n\`\`\`json\n{"n": ${n}}\n\`\`\`\n\nHere is an answer with errors ${n}:\n\n\`\`\`json\n{"e": ${n}}\n\`\`\`\n`,
    );
    const head = '## /lamp - A lamp\n\n```shell\ncurl http://localhost:7000/lamp\n```\n\n### Response\n\n';
    const lots = readGeneral(`# Lamps\n\n${head}${cues.join('\n')}`, 'api/lots.md');
    const answers = operation(lots, 'GET /lamp').responses;
    expect(answers.find((response) => response.status === '404')?.content[0]?.examples).toHaveLength(3000);
    expect(answers.filter((response) => response.status.startsWith('2')).flatMap((response) => response.content)).toEqual([]);
    const blanks = `Here is an answer with errors${' '.repeat(300_000)}x:\n\n${'errors '.repeat(60_000)}:\n\nA status code of${' '.repeat(300_000)}\`404\`${' '.repeat(300_000)}is returned:\n`;
    const long = readGeneral(`# Lamps\n\n${head}${blanks}\n\`\`\`json\n{"e": 1}\n\`\`\`\n`, 'api/long.md');
    expect(long.routes).toEqual(['GET /lamp']);
  }, 90_000);
});
