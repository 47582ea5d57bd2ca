/**
 * A page that opens with a table of its routes (`| Method | Endpoint | Description |`), then a
 * section per route under a `#### POST /api/lamps` heading, the sections parted by rules
 * (`______`):
 * - a row whose section names its parameter otherwise (`{lamp_id}` in the row, `{lamps_id}` in the
 *   heading: one template) is that section's route, no second operation;
 * - a row no section states again is an operation of its own, its Description cell its summary (not
 *   the page's title), the rule after the table none of its words;
 * - a rule closing a section's words is no description.
 * The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const RULE = '_'.repeat(70);

const PAGE = `# API / Lamps

| Method | Endpoint                                   | Description                 |
|:-------|:-------------------------------------------|:----------------------------|
| GET    | [/api/lamps](#get-apilamps)                | Retrieve every lamp.        |
| POST   | [/api/lamps/{lamp_id}/dim](#post-dim)      | Dim a lamp.                 |
| POST   | /api/lamps/flash                           | Flash every lamp at once.   |
| PUT    | [/api/lamps/{lamp_id}](#put-apilamps)      | Replace a lamp.             |

${RULE}

#### GET /api/lamps

Retrieve the lamps.

##### Example Response

\`\`\`json
{"data": [{"id": 1, "watts": 40}]}
\`\`\`

${RULE}

#### POST /api/lamps/{lamps_id}/dim

Dims the lamp to its night level.

##### Example Response

\`\`\`json
{"data": true}
\`\`\`

${RULE}

#### PUT /api/lamps/{lamp_id}

Replace a lamp.

> Send the same fields as when a lamp is made.

${RULE}
`;

describe('general reader: a table of the page routes over a section per route', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should read a row whose section names its parameter otherwise as that section, once', () => {
    expect(read.routes.filter((route) => route.includes('/dim'))).toEqual(['POST /api/lamps/{lamps_id}/dim']);
    expect(operation(read, 'POST /api/lamps/{lamps_id}/dim').summary).toBe('Dims the lamp to its night level.');
  });

  it('should summarise a row no section states by its Description cell, no rule as its description', () => {
    const flash = operation(read, 'POST /api/lamps/flash');
    expect(flash.summary).toBe('Flash every lamp at once.');
    expect(flash.description).toBeUndefined();
  });

  it('should keep no rule closing a section in its description', () => {
    const put = operation(read, 'PUT /api/lamps/{lamp_id}');
    expect(put.summary).toBe('Replace a lamp.');
    expect(put.description).toBe('> Send the same fields as when a lamp is made.');
  });

  it('should read 2,000 rows and 300,000 blanks around a rule in seconds, each row once', () => {
    const rows = Array.from({ length: 2000 }, (_, at) => `| POST | /api/lamps/{lamp_id}/step${at} | Step ${at}. |`).join('\n');
    const sections = Array.from({ length: 2000 }, (_, at) => `#### POST /api/lamps/{id}/step${at}\n\nStep ${at}.\n\n${RULE}\n`).join('\n');
    const blanks = ' '.repeat(300_000);
    const text = `# Lamps\n\n| Method | Endpoint | Description |\n|---|---|---|\n${rows}\n| GET | /api/flashes | ${'{'.repeat(60_000)} |\n\n${blanks}${RULE}${blanks}\n\n${sections}`;
    const big = readGeneral(text, 'api/lamps.md');
    expect(big.routes.length).toBe(2001);
    expect(big.routes.filter((route) => route.includes('{lamp_id}'))).toEqual([]);
  });
});
