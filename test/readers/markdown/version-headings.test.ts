/**
 * A heading that states a release alone under a response's title (`### Result` ⏎ `#### Since 1.4.0`,
 * `#### As of v2`): the answer of that release, the response's part still, its sample and its table
 * of fields the response's; `#### Before 1.4.0` titles an older answer, set aside, its table no
 * parameters. The fixtures are made-up APIs written by us.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = [
  '# Lamps',
  '## getLamp',
  '```\nGET /rest/getLamp\n```',
  'Returns a lamp.',
  '### Parameters',
  '| Parameter | Req. | Comment |\n| --- | --- | --- |\n| `id` | **Yes** | The lamp ID. |',
  '### Result',
  '#### Since [1.4.0](../versions)',
  'A response with a nested `lamp` element on success.',
  '```json\n{"lamp": {"id": "1", "room": "hall"}}\n```',
  '| Field | Type | Req. | Details |\n| --- | --- | --- | --- |\n| `lamp` | `lamp` | **Yes** | The lamp. |',
  '#### Before [1.4.0](../versions)',
  'An empty response on success.',
  '| Field | Type | Req. | Details |\n| --- | --- | --- | --- |\n| `status` | string | **Yes** | Always `ok`. |',
  '## getShade',
  '```\nGET /rest/getShade\n```',
  '### Response',
  '#### As of v2',
  '| Field | Type | Details |\n| --- | --- | --- |\n| `colour` | string | The shade colour. |',
].join('\n\n');

describe('general reader: release headings under a response', () => {
  it("should read a `Since` heading's sample and fields as the response's, and set a `Before` heading's aside", () => {
    const read = readGeneral(page);
    const lamp = operation(read, 'GET /rest/getLamp');
    // (Before, `lamp` and `status` were required query parameters and the response was lost.)
    expect(parameterNames(lamp)).toEqual(['query:id*']);
    expect(lamp.responses).toHaveLength(1);
    const body = lamp.responses[0]?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['lamp']);
    expect(lamp.responses[0]?.content[0]?.examples?.length ?? 0).toBeGreaterThan(0);
    const shade = operation(read, 'GET /rest/getShade');
    expect(parameterNames(shade)).toEqual([]);
    const shadeBody = shade.responses[0]?.content[0]?.schema;
    expect(shadeBody?.kind === 'object' ? shadeBody.properties.map((p) => p.name) : []).toEqual(['colour']);
  });
});
