import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A monitoring API's reference: parameters every call takes, then calls whose example URLs show one of them. */
const PAGE = [
  '# Lamp API',
  '## Introduction',
  'Each URL is prefixed with the API version (currently "/v2").',
  '### Global Parameters',
  'Name | Description\n-----|-------------\nindent | Indent the JSON answer.\ntrace | Add debug details to the answer.',
  'Example as URL parameter:',
  '```\n/v2/lamps?indent=1\n```',
  '## Lamp status',
  'Send a `GET` request to the URL endpoint `/v2/status` to read the status of every lamp.',
  "```bash\ncurl -k -u root:secret 'https://localhost:7700/v2/status?indent=1&room=hall'\n```",
  '```json\n{ "results": [ { "name": "hall", "on": true } ] }\n```',
  '## Lamp types',
  'Send a `GET` request to the URL endpoint `/v2/types` to list the lamp types.',
  "```bash\ncurl -k -u root:secret 'https://localhost:7700/v2/types'\n```",
].join('\n\n');

describe('general reader: a section of the parameters every call takes (`### Global Parameters`)', () => {
  it("should give no call a global parameter because its example URL shows one, and keep the example's other keys", () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /v2/status', 'GET /v2/types']);
    // Before, `indent` was a parameter of GET /v2/status alone (its example URL's), none of GET /v2/types.
    expect(parameterNames(operation(read, 'GET /v2/status'))).toEqual(['query:room']);
    expect(parameterNames(operation(read, 'GET /v2/types'))).toEqual([]);
  });

  it('should read a global-parameters table of hostile names, and thousands of its rows, without a crash', () => {
    const rows = Array.from({ length: 3_000 }, (_, index) => `p${index} | Row ${index}.`).join('\n');
    const text = [
      '### Common query parameters',
      `Name | Description\n-----|-------------\n\`__proto__\` | A hostile name.\n\`*/\` | Another.\n${rows}`,
      '## Lamp status',
      'Send a `GET` request to the URL endpoint `/v2/status` to read the status.',
      "```bash\ncurl 'https://localhost:7700/v2/status?__proto__=1&p2999=2&toString=3'\n```",
    ].join('\n\n');
    const read = readGeneral(text);
    expect(parameterNames(operation(read, 'GET /v2/status'))).toEqual(['query:toString']);
  });
});
