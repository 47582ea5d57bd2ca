/**
 * Answers of a response named under its title (`### Sample Response` ⏎ `#### Summary Response` ⏎
 * its JSON ⏎ `#### Names Response` ⏎ …): each still the response's part (before, set aside, its
 * sample lost); and a cue that says its answer is a query parameter's variant ("When using the
 * `?names` query parameter, … may return:") sets that sample aside: the call as documented does
 * not answer so (before, the variant was the only sample kept).
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Lamp Endpoints

## Read Lamps

This endpoint returns the lamps of a room.

| Method | Path           | Produces           |
| ------ | -------------- | ------------------ |
| \`GET\`  | \`/lamps/:room\` | \`application/json\` |

### Parameters

- \`names\` \`(bool: false)\` - Specifies to return only the lamps' names. This is specified as part of the URL as a query parameter.

### Sample Request

\`\`\`shell-session
$ curl http://127.0.0.1:7000/v1/lamps/hall
\`\`\`

### Sample Response

#### Summary Response

\`\`\`json
[
  {
    "Name": "porch",
    "Watts": 40
  }
]
\`\`\`

#### Names Response

When using the \`?names\` query parameter, the answer changes to an array of strings.
Listing the hall may return:

\`\`\`json
["porch", "desk"]
\`\`\`
`;

const read = readGeneral(page, 'api/lamps.mdx');

describe('general reader: named answers under a response title', () => {
  it('should read the sample under a named answer as the response’s, and set a query variant’s aside', () => {
    const answers = operation(read, 'GET /lamps/{room}').responses;
    expect(answers.map((answer) => answer.status)).toEqual(['2XX']);
    expect(answers[0]?.content[0]?.examples.map((example) => example.value)).toEqual([[{ Name: 'porch', Watts: 40 }]]);
  });

  it('should read thousands of named answers, and titles of long runs, in seconds', () => {
    const named = Array.from({ length: 3000 }, (_, n) => `#### Kind${n} Response\n\n\`\`\`json\n{"n": ${n}}\n\`\`\`\n`).join('\n');
    const head = '## Read\n\n`GET /lamps`\n\n### Sample Response\n\n';
    const lots = readGeneral(`# Lamps\n\n${head}${named}`, 'api/lots.md');
    expect(operation(lots, 'GET /lamps').responses[0]?.content[0]?.examples).toHaveLength(3000);
    const long = readGeneral(
      `# Lamps\n\n${head}#### Kind${' '.repeat(300_000)}Response\n\n#### ${'a'.repeat(60_000)} response\n\nWhen using the ${'?a'.repeat(30_000)}x, the response:\n\nWhen${' '.repeat(300_000)}?x the response:\n`,
      'api/long.md',
    );
    expect(long.routes).toEqual(['GET /lamps']);
  }, 90_000);
});
