/**
 * "The response is an array of `Lamp`, and the content type is …" / "The response is a `Lamp`."
 * under a call's Response title: the response names its type in code, and where a page defines that
 * type (`## Lamp object` over its fields) the response is it, or a list of it; a name no page
 * defines types nothing. The page is ours, written in that convention.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral, typedResponses } from './helpers.js';

const PAGE = `# Lamps API

## Lamp object

| Field | Type | Description |
|-------|------|-------------|
| \`uid\` | string | The lamp's id |
| \`lit\` | boolean | Whether the lamp is lit |

## List lamps

\`\`\`
GET api/v1/lamps
\`\`\`

Lists every lamp of the shop.

#### Response

The response is an array of \`Lamp\`, and the content type is \`application/json\`.

## Get a lamp

\`\`\`
GET api/v1/lamps/<lamp id>
\`\`\`

#### Response

The response is a \`Lamp\`.

## Get a bulb

\`\`\`
GET api/v1/bulbs/<bulb id>
\`\`\`

#### Response

The response is a \`Bulb\`.
`;

function typed(route: string): string[] {
  const diagnostics = new DiagnosticBag();
  const doc = mergeFragments([readGeneral(PAGE, 'api/lamps.md').fragment!], diagnostics, { version: '1' });
  const found = doc.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
  if (!found) throw new Error(`no ${route}`);
  return typedResponses(found.responses);
}

describe('general reader: "The response is a `Lamp`." names the response\'s type', () => {
  it('should type the response by the defined type the sentence names, a list of it for "an array of"', () => {
    expect(typed('GET /api/v1/lamps')).toEqual(['2XX: [Lamp]']);
    expect(typed('GET /api/v1/lamps/{lamp_id}')).toEqual(['2XX: Lamp']);
  });

  it('should type nothing where no page defines the name', () => {
    expect(typed('GET /api/v1/bulbs/{bulb_id}')).toEqual([]);
  });
});
