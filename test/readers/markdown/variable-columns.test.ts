import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: a `Variable` column names the rows', () => {
  it('should read `| Variable | Type | Description |` rows as the query parameters of a GET and the body fields of a POST', () => {
    const read = readGeneral(
      [
        '## Lamp API',
        '### Search lamps',
        '```\nGET api/v1/<room id>/lamps?query=desk\n```',
        '#### Path variable',
        '| Variable | Description |\n| --- | --- |\n| `room id` | The room id |',
        '#### Parameters',
        '| Variable | Type | Description | Default value |\n| --- | --- | --- | --- |\n| `query` | `String` | Words to look for | |\n| `max_hits` | `Integer` | How many lamps at most | `20` |',
        '### Add a lamp',
        '```\nPOST api/v1/<room id>/lamps\n```',
        '#### POST payload',
        "| Variable | Type | Description |\n| --- | --- | --- |\n| `name` | `String` | The lamp's name |\n| `watts` | `Integer` | Its power |",
      ].join('\n\n'),
    );
    const search = operation(read, 'GET /api/v1/{room_id}/lamps');
    expect(parameterNames(search)).toEqual(['path:room_id*', 'query:query', 'query:max_hits']);
    expect(search.parameters.find((p) => p.name === 'max_hits')?.schema).toMatchObject({ kind: 'integer' });
    const add = operation(read, 'POST /api/v1/{room_id}/lamps');
    const body = add.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name', 'watts']);
  });

  it('should read `Variable name` as the name column too', () => {
    const read = readGeneral(
      [
        '## List lamps',
        '`GET /v1/lamps`',
        '### Query parameters',
        '| Variable name | Type | Description |\n| --- | --- | --- |\n| `room` | string | The room |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /v1/lamps'))).toEqual(['query:room']);
  });
});
