import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/**
 * A response sample titled by its status's reason phrase alone, as HashiCorp's pages title the
 * answer to a conflict below the success's: `### Sample Response for Conflict`.
 */
describe('general reader: a response sample titled by its reason phrase', () => {
  it("should give the sample the status whose reason phrase its title names, not the success's", () => {
    const read = readGeneral(
      [
        '## Update Lamp',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/lamps/:lamp` |',
        '### Sample Response',
        '```json\n{ "Name": "desk", "Glow": 3 }\n```',
        '### Sample Response for Conflict',
        'Where the lamp changed since, the answer shows the lamp as it is:',
        '```json\n{ "Name": "desk", "Glow": 4, "Index": 9 }\n```',
        '## Read Lamp',
        '| Method | Path |\n| :----- | :--- |\n| `GET` | `/lamps/:lamp` |',
        '### Sample Response',
        '```json\n{ "Name": "desk", "Glow": 3 }\n```',
        '### Example response (Not Found)',
        '```json\n{ "Error": "no such lamp" }\n```',
        '### Sample Response for Lamps',
        '```json\n{ "Name": "floor", "Glow": 1 }\n```',
      ].join('\n\n'),
    );
    const update = operation(read, 'PUT /lamps/{lamp}');
    expect(update.responses.map((r) => r.status)).toEqual(['2XX', '409']);
    expect(update.responses[1]?.content[0]?.examples.map((e) => e.value)).toEqual([{ Name: 'desk', Glow: 4, Index: 9 }]);
    // The success's sample is its own: no field of the conflict's.
    expect(update.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ Name: 'desk', Glow: 3 }]);
    const get = operation(read, 'GET /lamps/{lamp}');
    // `Not Found` is 404's; "Lamps" is no reason phrase, that sample the success's.
    expect(get.responses.map((r) => r.status)).toEqual(['2XX', '404']);
    expect(get.responses[1]?.content[0]?.examples.map((e) => e.value)).toEqual([{ Error: 'no such lamp' }]);
  });
});
