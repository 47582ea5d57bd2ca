import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A reference whose sections are titled by their route, the calls shown only by curl commands under `### Examples`. */
const PAGE = [
  '# Lamp API',
  '## /dim - Dim lamps',
  '`/dim` dims the lamps of a room and returns a JSON response.',
  '### Overview',
  '#### Parameters',
  '`/dim` is expecting an HTTP GET request with following query parameters:',
  '| Parameter | Required | Default | Description |\n| --- | --- | --- | --- |\n| `room` | Yes | | The room. |\n| `level` | No | `50` | How dim. |',
  '#### Headers',
  '| Header | Required | Description |\n| --- | --- | --- |\n| `Lamp-Timeout` | No | How long to wait, in milliseconds. |',
  '### Examples',
  '#### Dim a room:',
  '```shell\ncurl -G \\\n  --data-urlencode "room=kitchen" \\\n  http://localhost:9000/dim\n```',
  'A HTTP status code of `200` is returned with the following response body:',
  '```json\n{\n  "dimmed": 3\n}\n```',
  '#### Dim slowly:',
  '```shell\ncurl -G \\\n  -H "Lamp-Timeout: 2000" \\\n  --data-urlencode "room=hall" \\\n  http://localhost:9000/dim\n```',
  '## /glow - Make lamps glow',
  '### Overview',
  '`/glow` is expecting an HTTP GET request with following parameters:',
  '| Parameter | Required | Description |\n| --- | --- | --- |\n| `room` | Yes | The room. |\n| `hue` | No | The colour. |',
  '### Examples',
  '#### Glow in the den',
  '```shell\ncurl -G --data-urlencode "room=den" http://localhost:9000/glow\n```',
].join('\n\n');

describe('general reader: a heading titled by its route over the calls of it', () => {
  it("should read the parameters under `## /dim - Dim lamps` as the call's whose curl commands stand in its examples", () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /dim', 'GET /dim', 'GET /glow']);
    const [dim] = read.fragment!.operations;
    expect(parameterNames(dim!)).toEqual(['query:room*', 'query:level', 'header:Lamp-Timeout']);
    expect(parameterNames(operation(read, 'GET /glow'))).toEqual(['query:room*', 'query:hue']);
  });

  it('should keep a route heading over calls of another route no heading of theirs', () => {
    const read = readGeneral(
      [
        '# Lamp API',
        '## /dim - Dim lamps',
        '#### Parameters',
        '| Parameter | Required | Description |\n| --- | --- | --- |\n| `room` | Yes | The room. |',
        '### Examples',
        '#### Glow first:',
        '```shell\ncurl -G --data-urlencode "room=den" http://localhost:9000/glow\n```',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /glow'))).toEqual(['query:room']);
  });
});
