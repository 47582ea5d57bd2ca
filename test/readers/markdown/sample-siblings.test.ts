/**
 * A fence that shows one call twice, by a sample id and by another sample value where the id stood
 * (`GET /v1/lamps/270` ⏎ `GET /v1/lamps/desk`, a comment line over each), states no route: the second
 * line is a sample name, no literal route `/v1/lamps/desk`. A line that differs elsewhere, or by its
 * method, keeps its route. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const PAGE = `# Lamps

## Get Lamp

Request:

    # Get lamp by lamp ID
    GET /v1/lamps/270

    # Get lamp by its name
    GET /v1/lamps/desk

Response:

\`\`\`json
{"id": 270, "name": "desk"}
\`\`\`

## Lamp overview

Request:

    GET /v1/lamps/270
    GET /v1/lamps/overview/all

Response:

\`\`\`json
{"count": 2}
\`\`\`

## Dim Lamp

Request:

    PUT /v1/lamps/270
    POST /v1/lamps/dim

Response:

\`\`\`json
{"dimmed": true}
\`\`\`
`;

describe('general reader: a request line beside a sample-id line of the same call', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should read no literal route of a sample name where another line shows a sample id', () => {
    expect(read.routes).not.toContain('GET /v1/lamps/desk');
  });

  it('should keep a line that differs in more than the sample segment, or by method', () => {
    expect(read.routes).toContain('GET /v1/lamps/overview/all');
    expect(read.routes).toContain('POST /v1/lamps/dim');
  });

  it('should read 3,000 such pairs and 60,000 segments in seconds', () => {
    const pairs = Array.from({ length: 3000 }, (_, at) => `    GET /v1/lamps${at}/27${at}\n    GET /v1/lamps${at}/desk`).join('\n');
    const long = `    GET /v1/${'a/'.repeat(60_000)}270\n    GET /v1/${'a/'.repeat(60_000)}desk${' '.repeat(300_000)}`;
    const big = readGeneral(`# Lamps\n\n## Get lamps\n\nRequest:\n\n${pairs}\n${long}\n\nResponse:\n\n\`\`\`json\n{"id": 1}\n\`\`\`\n`);
    expect(big.routes.filter((route) => route.endsWith('/desk'))).toEqual([]);
  });
});
