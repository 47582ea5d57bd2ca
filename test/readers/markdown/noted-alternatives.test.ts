/**
 * Several answers of one call, each a sample whose comments describe its members, under labels that
 * name the answer's form (`**Response BRIEF:**` ⏎ a sample ⏎ `**Response FULL:**` ⏎ a longer one, as
 * Binance's reference shows the forms a request parameter picks): the members of all of them are the
 * answer's, none required, no status invented. Before, the first sample's members were the answer's
 * and the others' warned of as unknown. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

const page = `# Lamps

## Light a lamp

\`\`\`
POST /v1/lamps/light
\`\`\`

| Name | Type | Mandatory | Description |
|---|---|---|---|
| lamp | STRING | YES | |
| answer | ENUM | NO | \`BRIEF\` or \`FULL\`. |

**Response BRIEF:**
\`\`\`javascript
{
  "lamp": "porch",
  "litAt": 1507725176595 // when it was lit
}
\`\`\`

**Response FULL:**
\`\`\`javascript
{
  "lamp": "porch",
  "litAt": 1507725176595, // when it was lit
  "watts": 40,
  "bulbs": [
    {
      "kind": "led", // the bulb's kind
      "hours": 12
    }
  ]
}
\`\`\`
`;

const names = (schema: Schema | undefined): string[] => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []);

describe('general reader: noted samples that are alternatives of one answer', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const answer = operation(read, 'POST /v1/lamps/light').responses;

  it('should read the members of every alternative as the answer’s, none required', () => {
    expect(answer.map((r) => r.status)).toEqual(['2XX']);
    const schema = strip(answer[0]?.content[0]?.schema);
    expect(names(schema)).toEqual(['lamp', 'litAt', 'watts', 'bulbs']);
    expect(schema?.kind === 'object' && schema.properties.some((p) => p.required)).toBe(false);
    expect(schema?.kind === 'object' && schema.properties.find((p) => p.name === 'litAt')?.description).toBe('when it was lit');
    expect(answer[0]?.content[0]?.examples).toHaveLength(2);
  });

  it('should read thousands of alternatives, and a sample of long runs of blanks', () => {
    const many = Array.from(
      { length: 3_000 },
      (_, n) => `**Response F${n}:**\n\`\`\`javascript\n{\n  "f${n}": 1 // note ${n}\n}\n\`\`\`\n`,
    ).join('\n');
    const odd = `**Response ODD:**\n\`\`\`javascript\n{\n  "odd": 1 //${' '.repeat(300_000)}x\n  ${'/'.repeat(60_000)}\n}\n\`\`\`\n`;
    const lots = readGeneral(`## Light\n\n\`\`\`\nPOST /v1/lamps/light\n\`\`\`\n\n${many}\n${odd}`, 'api/lots.md');
    const schema = operation(lots, 'POST /v1/lamps/light').responses[0]?.content[0]?.schema;
    expect(names(schema)).toHaveLength(3_000);
  }, 60_000);
});
