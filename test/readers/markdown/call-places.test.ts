/**
 * Where a list of parameters states no location, the operation's own sample call may: a call that
 * sends a body beside its URL's query sends the query's names there (`curl -X POST --data @x
 * '…/notes?pin=true'`), whatever the method; a call that sends a file of no JSON (`--data
 * @setting`, `-T lamp.bin`) sends bytes, which no listed row is a field of; a call that sends a JSON
 * file (`-d@lamp.json`) whose sample payload holds none of the listed names sends them elsewhere.
 * Before, every such row of a PUT or POST was a body field. A call sending no body, its fields in
 * the URL (`curl --request PUT …/settings?dim=true`), and a JSON file no payload shows say nothing.
 * The pages are a lamp API of ours.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fence = (text: string) => `\`\`\`shell-session\n${text}\n\`\`\``;
const names = (schema: ReturnType<typeof bodySchema>) => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema?.kind);

const RAW = [
  '## Store lamp setting',
  '| Method | Path |\n| --- | --- |\n| `PUT` | `/lamps/:lamp/setting` |',
  '### Parameters',
  [
    '- `lamp` `(string: "")` - The lamp.',
    '- `zone` `(string: "")` - The zone. This is specified as part of the URL as a query parameter.',
    '- `cas` `(int: 0)` - Store only where the setting is at this index.',
    '- `hold` `(string: "")` - A session to hold the setting with.',
  ].join('\n'),
  '### Sample Payload',
  'The payload is stored as sent.',
  '### Sample Request',
  fence('$ curl \\\n    --request PUT \\\n    --data @setting \\\n    http://127.0.0.1:7070/v1/lamps/desk/setting'),
].join('\n\n');

describe('general reader: where a sample call sends the listed parameters', () => {
  it('should read the rows of a call sending a file of no JSON as query parameters, no body', () => {
    const store = operation(readGeneral(RAW), 'PUT /lamps/{lamp}/setting');
    expect(parameterNames(store)).toEqual(['path:lamp*', 'query:zone', 'query:cas', 'query:hold']);
    expect(store.requestBody).toBeUndefined();
  });

  it('should read an uploaded file (`-T`, a PUT unless stated) and `--data-binary @file` so', () => {
    for (const call of [
      '$ curl -T setting.bin http://127.0.0.1:7070/v1/lamps/desk/setting',
      '$ curl -X PUT --data-binary @setting.txt http://127.0.0.1:7070/v1/lamps/desk/setting',
    ]) {
      const store = operation(readGeneral(RAW.replace(/```shell-session[\s\S]*```/, fence(call))), 'PUT /lamps/{lamp}/setting');
      expect(parameterNames(store)).toEqual(['path:lamp*', 'query:zone', 'query:cas', 'query:hold']);
    }
  });

  it("should read rows a JSON file's payload holds none of as query parameters, the body the payload's", () => {
    const page = [
      '## Create lamp',
      '| Method | Path |\n| --- | --- |\n| `PUT` | `/v1/lamp/:name` |',
      '### Parameters',
      '- `room` `(string: "hall")` - The lamp\'s room. If set, it wins over the payload\'s.\n- `cas` `(int: <unset>)` - Create only at this index.',
      '### Sample Request',
      fence('$ curl \\\n    -XPUT -d@lamp.json \\\n    https://localhost:7070/v1/lamp/desk'),
      '### Sample Payload',
      '```json\n{\n  "Room": "hall",\n  "Glow": { "level": 3 }\n}\n```',
    ].join('\n\n');
    const create = operation(readGeneral(page), 'PUT /v1/lamp/{name}');
    expect(parameterNames(create)).toEqual(['query:room', 'query:cas', 'path:name*']);
    // The body is the payload's, its shape inferred from it later (infer/).
    expect(names(bodySchema(create))).toBe('unknown');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ Room: 'hall', Glow: { level: 3 } }]);
  });

  it('should keep the rows of a JSON file as body fields where its payload holds one, or no payload shows it', () => {
    const rows = '- `Room` `(string: "hall")` - The room.\n- `Tint` `(string: "")` - The tint, left out of the sample.';
    const call = fence('$ curl -XPUT -d@lamp.json https://localhost:7070/v1/lamp/desk');
    const shown = [
      '## Create lamp',
      '`PUT /v1/lamp/:name`',
      '### Parameters',
      rows,
      call,
      '### Sample Payload',
      '```json\n{ "Room": "hall" }\n```',
    ];
    expect(names(bodySchema(operation(readGeneral(shown.join('\n\n')), 'PUT /v1/lamp/{name}')))).toEqual(['Room', 'Tint']);
    const unshown = operation(readGeneral(shown.slice(0, 5).join('\n\n')), 'PUT /v1/lamp/{name}');
    expect(parameterNames(unshown)).toEqual(['path:name*']);
    expect(names(bodySchema(unshown))).toEqual(['Room', 'Tint']);
  });

  it("should read the names a call's URL sends beside its body as query parameters, whatever the method", () => {
    const page = [
      '## Add note',
      '`POST /lamps/:lamp/notes`',
      '### Parameters',
      '- `text` (string) - The note.\n- `pin` (boolean) - Pin the note.',
      fence('$ curl -X POST \'http://127.0.0.1:7070/lamps/desk/notes?pin=true\' -d \'{"text": "dusty"}\''),
    ].join('\n\n');
    const add = operation(readGeneral(page), 'POST /lamps/{lamp}/notes');
    expect(parameterNames(add)).toEqual(['query:pin', 'path:lamp*']);
    expect(names(bodySchema(add))).toEqual(['text']);
  });

  it('should leave the rows of a call sending no body, its URL naming them, where the method puts them', () => {
    const page = [
      '## Change settings',
      '`PUT /settings`',
      '| Attribute | Type | Description |\n| --- | --- | --- |\n| `dim` | boolean | Dim every lamp. |\n| `glow` | integer | The glow. |',
      fence('curl --request PUT "https://lamps.example.com/api/v1/settings?dim=true&glow=3"'),
    ].join('\n\n');
    const change = operation(readGeneral(page), 'PUT /settings');
    expect(parameterNames(change)).toEqual([]);
    expect(names(bodySchema(change))).toEqual(['dim', 'glow']);
  });

  it('should read thousands of calls and calls of long runs of blanks and repeated marks in seconds', () => {
    const spaces = ' '.repeat(300_000);
    const calls = Array.from({ length: 3_000 }, (_, i) =>
      fence(`curl -X PUT --data @s${i} 'http://h/v1/lamps/desk/setting?cas=${i}&n${i % 7}=1'`),
    );
    const text = [
      RAW,
      ...calls,
      fence(`curl -X PUT --data @${spaces}x 'http://h/v1/lamps/desk/setting?${'&'.repeat(60_000)}cas=1${spaces}'`),
      fence(`curl -X PUT -d${'@'.repeat(60_000)} -T${spaces} http://h/v1/lamps/desk/setting?${'a='.repeat(30_000)}`),
      fence(`curl -X PUT ${'-d@x '.repeat(20_000)}http://h/v1/lamps/desk/setting?${'cas&'.repeat(20_000)}`),
    ].join('\n\n');
    const result = readPage({ file: 'hostile.md', text });
    const store = result.fragment!.operations.find((o) => o.path === '/lamps/{lamp}/setting')!;
    expect(store.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:lamp', 'query:zone', 'query:cas', 'query:hold']);
    expect(store.requestBody).toBeUndefined();
  }, 60_000);
});
