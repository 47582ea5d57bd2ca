import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: `(mandatory)` in a description', () => {
  it('should read a description holding `(mandatory)` as the row being required, as `(required)` is', () => {
    const read = readGeneral(
      [
        '### Search lamps',
        '```\nGET api/v1/lamps/search\n```',
        '#### Parameters',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `query` | `String` | Words to look for. See the [query doc](query.md) (mandatory) |\n| `room` | `String` | The room (Mandatory) |\n| `max_hits` | `Integer` | How many lamps at most, mandatory for big rooms |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /api/v1/lamps/search'))).toEqual(['query:query*', 'query:room*', 'query:max_hits']);
  });
});
