/**
 * Markdown that Widdershins (and Slate/Shins sites built with it) writes from a spec: HTML
 * headings, `> Code samples` quotes over request messages, `Name|In|Type|Required` tables with
 * `integer(int32)` types, status tables whose Schema column names the body, `> 200 Response`
 * labels over the samples, and a `# Schemas` part defining the types.
 */
import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PAGE = [
  '<h1 id="petstore-pets">pets</h1>',
  '## listPets',
  '<a id="opIdlistPets"></a>',
  '> Code samples',
  "```shell\ncurl -X GET http://petstore.example.com/v1/pets \\\n  -H 'Accept: application/json'\n```",
  '```http\nGET http://petstore.example.com/v1/pets HTTP/1.1\nHost: petstore.example.com\nAccept: application/json\n```',
  '`GET /pets`',
  '*List all pets*',
  '<h3 id="listpets-parameters">Parameters</h3>',
  '|Name|In|Type|Required|Description|\n|---|---|---|---|---|\n|limit|query|integer(int32)|false|How many items to return|\n|since|query|string(date-time)|false|none|',
  '> Example responses',
  '> 200 Response',
  '```json\n[{ "id": 0, "name": "string" }]\n```',
  '> default Response',
  '```json\n{ "code": 0, "message": "string" }\n```',
  '<h3 id="listpets-responses">Responses</h3>',
  '|Status|Meaning|Description|Schema|\n|---|---|---|---|\n|200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|A paged array of pets|[Pets](#schemapets)|\n|default|Default|unexpected error|[Error](#schemaerror)|',
  '### Response Headers',
  '|Status|Header|Type|Format|Description|\n|---|---|---|---|---|\n|200|x-next|string||A link to the next page|',
  '# Schemas',
  '<h2 id="tocS_Pet">Pet</h2>',
  '<a id="schemapet"></a>',
  '```json\n{ "id": 0, "name": "string" }\n```',
  '### Properties',
  '|Name|Type|Required|Restrictions|Description|\n|---|---|---|---|---|\n|id|integer(int64)|true|none|none|\n|name|string|true|none|none|',
  '<h2 id="tocS_Pets">Pets</h2>',
  '### Properties',
  '|Name|Type|Required|Restrictions|Description|\n|---|---|---|---|---|\n|*anonymous*|[[Pet](#schemapet)]|false|none|none|',
  '<h2 id="tocS_Error">Error</h2>',
  '### Properties',
  '|Name|Type|Required|Restrictions|Description|\n|---|---|---|---|---|\n|code|integer(int32)|true|none|none|\n|message|string|true|none|none|',
].join('\n\n');

describe('general reader: Widdershins markdown', () => {
  it('should read the route, not the sample request message, with its parameters, responses and samples', () => {
    const read = readGeneral(PAGE, 'api/pets.md');
    expect(read.routes).toEqual(['GET /pets']);
    const list = operation(read, 'GET /pets');
    expect(list.summary).toBe('List all pets');
    // `Response Headers` documents no parameter.
    expect(parameterNames(list)).toEqual(['query:limit', 'query:since']);
    expect(strip(list.parameters.map((p) => p.schema))).toEqual([
      { kind: 'integer', format: 'int32' },
      { kind: 'string', format: 'date-time' },
    ]);
    expect(strip(list.responses.map((r) => [r.status, r.content[0]?.schema, r.content[0]?.examples.length]))).toEqual([
      ['200', { kind: 'ref', name: 'Pets' }, 1],
      ['default', { kind: 'ref', name: 'Error' }, 1],
    ]);
    expect(codes(read).filter((code) => code !== 'path-parameter-undocumented')).toEqual([]);
  });

  it('should define the types of the `# Schemas` part, an `*anonymous*` row being the type itself', () => {
    const read = readGeneral(PAGE, 'api/pets.md');
    const schemas = Object.fromEntries((read.fragment?.schemas ?? []).map((named) => [named.name, strip(named.schema)]));
    expect(schemas.Pets).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Pet' } });
    expect(schemas.Pet).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'integer', format: 'int64' } },
        { name: 'name', required: true, schema: { kind: 'string' } },
      ],
    });
    expect(Object.keys(schemas).sort()).toEqual(['Error', 'Pet', 'Pets']);
  });

  it('should read a page of types alone as its named schemas', () => {
    const read = readGeneral(PAGE.slice(PAGE.indexOf('# Schemas')), 'api/schemas.md');
    expect(read.fragment?.operations).toEqual([]);
    expect(read.fragment?.schemas.map((named) => named.name).sort()).toEqual(['Error', 'Pet', 'Pets']);
  });
});
