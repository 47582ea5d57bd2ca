/**
 * `OR` alone between two samples (`Request body format:` ⏎ a JSON ⏎ `OR` ⏎ another JSON): each is a
 * sample of the same part, the body's fields those of all of them (none required: each sample sends
 * its own); before, the word ended the sample's part and the samples after it were lost.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Shelf API

#### MakeShelf \`POST /v1/shelf\`

Makes a shelf.

Request body format:

\`\`\`json
{
  "label": "Kitchen"
}
\`\`\`

OR

\`\`\`json
{
  "wall": {
    "room": "hall",
    "height": 120
  }
}
\`\`\`

— or —

\`\`\`json
{}
\`\`\`

Makes a shelf with a label, on a wall, or neither.

#### GetShelf \`GET /v1/shelf\`

Returns a shelf.

Example response:

\`\`\`json
{
  "label": "Kitchen"
}
\`\`\`

Or:

\`\`\`json
{
  "label": "Hall",
  "books": 4
}
\`\`\`
`;

const read = readGeneral(page, 'api/shelves.md');

describe('general reader: samples offered as alternatives', () => {
  it('should read each body after `OR` as a sample of the same request', () => {
    const body = operation(read, 'POST /v1/shelf').requestBody;
    expect(body?.content[0]?.examples.map((example) => example.value)).toEqual([
      { label: 'Kitchen' },
      { wall: { room: 'hall', height: 120 } },
      {},
    ]);
  });

  it('should read each answer after `Or:` as a sample of the same response', () => {
    const answer = operation(read, 'GET /v1/shelf').responses[0];
    expect(answer?.content[0]?.examples.map((example) => example.value)).toEqual([{ label: 'Kitchen' }, { label: 'Hall', books: 4 }]);
  });

  it('should keep words that only start with the word as the operation’s prose', () => {
    const other = readGeneral(
      '#### MakeShelf `POST /v1/shelf`\n\nRequest body format:\n\n```json\n{"label": "A"}\n```\n\nOr send nothing at all.\n\n```json\n{"other": 1}\n```\n',
      'api/other.md',
    );
    expect(operation(other, 'POST /v1/shelf').requestBody?.content[0]?.examples.map((example) => example.value)).toEqual([{ label: 'A' }]);
  });

  it('should read thousands of alternatives, and a line of a long run of blanks, in seconds', () => {
    const alternatives = Array.from({ length: 3000 }, (_, n) => `OR\n\n\`\`\`json\n{"f${n}": ${n}}\n\`\`\`\n`).join('\n');
    const lots = readGeneral(
      `#### MakeShelf \`POST /v1/shelf\`\n\nRequest body format:\n\n\`\`\`json\n{"label": "A"}\n\`\`\`\n\n${alternatives}`,
      'api/lots.md',
    );
    expect(operation(lots, 'POST /v1/shelf').requestBody?.content[0]?.examples).toHaveLength(3001);
    const long = readGeneral(
      `#### MakeShelf \`POST /v1/shelf\`\n\nRequest body format:\n\n\`\`\`json\n{"label": "A"}\n\`\`\`\n\nOR${' '.repeat(300_000)}x\n\n${'-'.repeat(60_000)}OR${'-'.repeat(60_000)}\n`,
      'api/long.md',
    );
    expect(long.routes).toEqual(['POST /v1/shelf']);
  }, 90_000);
});
