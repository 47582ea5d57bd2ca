/**
 * A sentence naming the callback over the table of what it sends ("We send a `POST` to your
 * `callback_url`:", as BigBlueButton's pages write it under a callback's section): the callback's
 * request, set aside as the section is, no field of the call's own body. The fixture is ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = `# Greenhouse

## open

Opens the greenhouse.

\`\`\`
POST /glass/open
\`\`\`

**Parameters:**

| Name | Type | Required | Description |
|---|---|---|---|
| house_id | String | Yes | The house to open. |
| callback_url | String | No | An address we call when the house closes. |

**Example Response:**

\`\`\`json
{"opened": true}
\`\`\`

### Callback

We send a \`POST\` to your \`callback_url\`:

| Field | Type | Description |
|---|---|---|
| house | String | The house that closed. |
| closed_at | Integer | When it closed. |

\`\`\`json
{"house": "h1", "closed_at": 12}
\`\`\`

## water

Waters the greenhouse.

\`\`\`
POST /glass/water
\`\`\`

When it is done we send a \`POST\` to your callback URL:

| Field | Type | Description |
|---|---|---|
| litres | Integer | How much was poured. |

## shade

Shades the greenhouse.

\`\`\`
POST /glass/shade
\`\`\`

The request takes the following fields:

| Field | Type | Description |
|---|---|---|
| level | Integer | How dark. |
`;

const fields = (read: ReturnType<typeof readGeneral>, route: string): string[] => {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : [];
};

describe('general reader: a callback’s request cue', () => {
  const read = readGeneral(page, 'api/greenhouse.md');

  it('should keep the table a callback sends out of the call’s body', () => {
    expect(read.routes).toEqual(['POST /glass/open', 'POST /glass/water', 'POST /glass/shade']);
    expect(fields(read, 'POST /glass/open')).toEqual(['house_id', 'callback_url']);
    expect(parameterNames(operation(read, 'POST /glass/open'))).toEqual([]);
  });

  it('should set aside a callback’s cue in the call’s own prose too', () => {
    expect(fields(read, 'POST /glass/water')).toEqual([]);
  });

  it('should still read a request’s own cue as its body', () => {
    expect(fields(read, 'POST /glass/shade')).toEqual(['level']);
  });

  it('should read thousands of callback cues, and cues of long runs of blanks', () => {
    const sections = Array.from(
      { length: 3_000 },
      (_, i) => `### Callback ${i}\n\nWe send a \`POST\` to your callback URL:\n\n| Field | Type |\n| --- | --- |\n| f${i} | String |\n`,
    ).join('\n');
    const odd = `We send${' '.repeat(300_000)}a callback URL:\n\n${'callback '.repeat(60_000)}URL:\n\nWe send a \`POST\` to your callback${' '.repeat(300_000)}URL:\n\n| Field | Type |\n| --- | --- |\n| g | String |\n`;
    const text = `## Open\n\n\`POST /v1/open\`\n\n| Field | Type |\n| --- | --- |\n| name | String |\n\n${sections}\n${odd}`;
    const lots = readGeneral(text, 'api/hostile.md');
    expect(fields(lots, 'POST /v1/open')).toEqual(['name']);
  }, 60_000);
});
