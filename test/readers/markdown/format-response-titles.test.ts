/**
 * A response's title that names the format its samples are written in (`#### JSON response`,
 * `### XML response example`): the response's part, as `Response` is, its samples of that
 * format's media type; before, the title named no part and its samples were set aside.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Lamp API

## /dim - Dim lamps

\`/dim\` dims the lamps of a room.

### Query parameters

| Parameter | Required | Description |
| --------- | -------- | ----------- |
| \`room\`  | Yes      | The room. |
| \`fmt\`   | No       | \`json\` for an answer in JSON. |

\`\`\`shell
curl -G --data-urlencode "room=hall" http://localhost:7000/dim
\`\`\`

#### JSON response

Set \`fmt=json\` to get the answer as JSON.

Here is an answer when the lamps dimmed:

\`\`\`json
{
  "state": "OK",
  "dimmed": 3
}
\`\`\`

## /shine - Shine lamps

\`\`\`shell
curl -G --data-urlencode "room=hall" http://localhost:7000/shine
\`\`\`

### XML response example

\`\`\`xml
<shine><room>hall</room></shine>
\`\`\`
`;

const read = readGeneral(page, 'api/lamps.md');
const answers = (route: string) =>
  operation(read, route).responses.map((response) => [
    response.status,
    response.content.map((content) => [content.mediaType, content.examples.length]),
  ]);

describe('general reader: a response title naming its format', () => {
  it('should read the samples under `JSON response` as the answer’s, in JSON', () => {
    expect(answers('GET /dim')).toEqual([['2XX', [['application/json', 1]]]]);
    expect(operation(read, 'GET /dim').responses[0]?.content[0]?.examples[0]?.value).toEqual({ state: 'OK', dimmed: 3 });
  });

  it('should read the sample under `XML response example` as the answer’s, in XML', () => {
    expect(answers('GET /shine')).toEqual([['2XX', [['application/xml', 1]]]]);
  });

  it('should read thousands of such titles, and one of a long run of blanks, in seconds', () => {
    const blocks = Array.from(
      { length: 2000 },
      (_, n) =>
        `## /lamp${n} - Lamp ${n}\n\n\`\`\`shell\ncurl http://localhost:7000/lamp${n}\n\`\`\`\n\n#### JSON response\n\n\`\`\`json\n{"n": ${n}}\n\`\`\`\n`,
    );
    const lots = readGeneral(`# Lamps\n\n${blocks.join('\n')}`, 'api/lots.md');
    expect(lots.routes).toHaveLength(2000);
    const long = readGeneral(
      `# Lamps\n\n${blocks[0]}\n#### JSON${' '.repeat(300_000)}response\n\n#### ${'json '.repeat(60_000)}response\n\n#### JSON response${' '.repeat(300_000)}x\n`,
      'api/long.md',
    );
    expect(long.routes).toEqual(['GET /lamp0']);
  }, 90_000);
});
