/**
 * JSON under a GET's title `Example` alone (a label or a heading), no call shown above it, is
 * what the call returns: a GET sends no body, and the title names neither the request nor the
 * answer. Under `Example request`, or after words under the title, it still shows the parameters (no answer), and a POST's JSON
 * under `Example` is still the request's sample. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, typedResponses } from './helpers.js';

const PAGE = `# Lamps

#### GET /api/lamps/&lt;room>

Returns an array of lamps in the room.

Example
\`\`\`json
[
  {
		"name": "desk",
		"watts": 40
	}
]
\`\`\`

#### GET /api/shelves

Returns the shelves.

##### Example

\`\`\`json
{"shelves": [{"id": 1}]}
\`\`\`

#### GET /api/notes

Returns the notes.

Example request:

\`\`\`json
{"page": 2}
\`\`\`

#### GET /api/rooms

Returns the rooms.

### Example

Paging works like this:

\`\`\`json
{"batchSize": 20, "offset": 0}
\`\`\`

#### POST /api/lamps

Adds a lamp.

Example
\`\`\`json
{"name": "desk", "watts": 40}
\`\`\`
`;

describe('general reader: JSON under a GET title `Example` alone', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should read the JSON under a label `Example` as the answer of a GET', () => {
    const lamps = operation(read, 'GET /api/lamps/{room}');
    expect(lamps.responses.map((response) => response.status)).toEqual(['2XX']);
    expect(lamps.description ?? '').not.toContain('desk');
  });

  it('should read the JSON under a heading `Example` as the answer of a GET', () => {
    expect(typedResponses(operation(read, 'GET /api/shelves').responses)).toHaveLength(1);
    expect(operation(read, 'GET /api/shelves').responses[0]?.content).toHaveLength(1);
  });

  it('should read no answer from JSON under `Example request` or after words under `Example`, and a POST body from its `Example`', () => {
    expect(operation(read, 'GET /api/notes').responses.every((response) => response.content.length === 0)).toBe(true);
    expect(operation(read, 'GET /api/rooms').responses.every((response) => response.content.length === 0)).toBe(true);
    const post = operation(read, 'POST /api/lamps');
    expect(post.requestBody?.content.length).toBe(1);
    expect(post.responses.every((response) => response.content.length === 0)).toBe(true);
  });

  it('should read 3,000 such calls and a title of 300,000 blanks and 60,000 colons in seconds', () => {
    const calls = Array.from(
      { length: 3000 },
      (_, at) => `#### GET /api/lamps${at}\n\nReturns lamp ${at}.\n\nExample\n\`\`\`json\n{"id": ${at}}\n\`\`\`\n`,
    ).join('\n');
    const odd = `#### GET /api/odd\n\nReturns it.\n\n${' '.repeat(300_000)}Example${':'.repeat(60_000)}\n\n\`\`\`json\n{"id": 1}\n\`\`\`\n`;
    const big = readGeneral(`# Lamps\n\n${calls}\n${odd}`, 'api/lamps.md');
    expect(big.routes).toHaveLength(3001);
    expect(operation(big, 'GET /api/lamps2999').responses[0]?.content).toHaveLength(1);
  });
});
