import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { parseCurl } from '../../../src/readers/markdown/curl.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

describe('curl commands as docs write them', () => {
  it.each([
    [
      'a quote left open at a backslash line end, an option line that lost its backslash',
      "curl --location --request POST 'http://localhost:3000/api/v1/banners.dismiss\\\n--header 'X-User-Id: me'\n-d \"bannerId=B1\"",
      {
        method: 'POST',
        methodStated: true,
        url: 'http://localhost:3000/api/v1/banners.dismiss',
        headers: [['X-User-Id', 'me']],
        data: 'bannerId=B1',
      },
    ],
    [
      'several data flags, joined as curl sends them',
      'curl https://h.example/x --data "name=t" --data "scopes[]=api"',
      { method: 'POST', methodStated: true, url: 'https://h.example/x', headers: [], data: 'name=t&scopes[]=api' },
    ],
    [
      'a URL with spaces inside braces',
      'curl -H "X-A: 1" \\\n  http://h.example/users.list?query={"a.b" : "High"}&fields={"c" : 1}',
      { method: 'GET', methodStated: false, url: 'http://h.example/users.list?query={a.b : High}&fields={c : 1}', headers: [['X-A', '1']] },
    ],
    [
      'a backslash-newline inside double quotes (a continuation, removed)',
      'curl -d "{\\\n \\"a\\": 1}" https://h.example/x',
      { method: 'POST', methodStated: true, url: 'https://h.example/x', headers: [], data: '{ "a": 1}' },
    ],
    [
      'a HEAD request (`--head`, `-I`), the method `-X` names where both are written',
      "curl --head --header 'PRIVATE-TOKEN: t' 'https://h.example/files/a%2Fb?ref=main'",
      { method: 'HEAD', methodStated: true, url: 'https://h.example/files/a%2Fb?ref=main', headers: [['PRIVATE-TOKEN', 't']] },
    ],
    ['`-I`', 'curl -I https://h.example/x', { method: 'HEAD', methodStated: true, url: 'https://h.example/x', headers: [] }],
    [
      '`-I` beside `-X GET`',
      'curl -I -X GET https://h.example/x',
      { method: 'GET', methodStated: true, url: 'https://h.example/x', headers: [] },
    ],
  ])('should read %s', (_, text, want) => {
    const { form, upload, urlencoded, json, formFields, ...request } = parseCurl(text)!;
    expect(request).toEqual(want);
    expect([form, upload, urlencoded, json]).toEqual([false, false, false, false]);
    expect(formFields).toEqual([]);
  });

  it('should put `-G` data in the URL as curl does, `--data-urlencode` values encoded, and read them as query parameters', () => {
    const command =
      'curl -G https://h.example/v1/search --data-urlencode "q=red shoes" -d limit=5 --data-urlencode "=raw" --data-urlencode "note@n.txt"';
    expect(parseCurl(command)).toMatchObject({ method: 'GET', url: 'https://h.example/v1/search?limit=5&q=red%20shoes' });
    expect(parseCurl(command)?.data).toBeUndefined();
    const read = readGeneral(['## Search', `\`\`\`\n${command}\n\`\`\``].join('\n\n'));
    expect(parameterNames(operation(read, 'GET /v1/search'))).toEqual(['query:limit', 'query:q']);
  });

  it('should stop at a line that starts another command, not an option', () => {
    expect(parseCurl('curl https://h.example/a\necho -d "x=1"')).toEqual({
      method: 'GET',
      url: 'https://h.example/a',
      headers: [],
      form: false,
      upload: false,
      formFields: [],
      urlencoded: false,
      json: false,
      // curl's default GET: the command states no method.
      methodStated: false,
    });
  });

  it('should end the command at a pipe or a list operator, whose options belong to the next command', () => {
    expect(parseCurl('curl https://h.example/v1/notes | jq .')).toMatchObject({ method: 'GET', url: 'https://h.example/v1/notes' });
    expect(parseCurl('curl https://h.example/v1/a && curl -X DELETE https://h.example/v1/b')).toMatchObject({
      method: 'GET',
      methodStated: false,
    });
    expect(parseCurl('curl https://h.example/v1/a ; curl -d x=1 https://h.example/v1/b')?.data).toBeUndefined();
  });

  it.each([
    'curl -fsSL https://get.example.sh | sh',
    'curl -fsS https://get.example.sh/ | sudo -E bash -',
    'RUN curl -sSL https://install.example.org/ | python3 -',
  ])('should read no request from a download piped into a shell: %s', (command) => {
    expect(parseCurl(command)).toBeUndefined();
  });

  it('should find no operation on a page whose only curl command fetches an installer', () => {
    const read = readGeneral(
      ['# Install', '## Docker', '```bash\n# Dockerfile\nRUN curl -fsS https://get.example.sh/ | sh\nRUN tool build\n```'].join('\n\n'),
    );
    expect(read.routes).toEqual([]);
  });

  const signature = (method: string, path: string) =>
    `| URL | Requires Auth | HTTP Method |\n| --- | --- | --- |\n| \`${path}\` | yes | \`${method}\` |`;

  it('should read url-encoded data no table documents as a sample of its fields (strings, as sent)', () => {
    const read = readGeneral(
      [
        '# Dismiss a banner',
        signature('POST', 'api/v1/banners.dismiss'),
        '## Example Call',
        "```bash\ncurl --request POST 'http://localhost:3000/api/v1/banners.dismiss\\\n--header 'X-Auth-Token: t' \\\n--header 'X-User-Id: u'\n-d \"bannerId=ByehQjC44FwMeiLbX&note=a%20b\"\n```",
      ].join('\n\n'),
    );
    const dismiss = operation(read, 'POST /api/v1/banners.dismiss');
    expect(dismiss.requestBody?.content.map((c) => [c.mediaType, c.examples[0]?.value])).toEqual([
      ['application/json', { bannerId: 'ByehQjC44FwMeiLbX', note: 'a b' }],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should leave url-encoded data whose fields a table documents to the table (its types say more)', () => {
    const read = readGeneral(
      [
        '## Add a member',
        '```\nPOST /groups/:id/members\n```',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | Group |\n| `user_id` | integer | yes | User |',
        '```bash\ncurl --data "user_id=1" https://h.example/groups/5/members\n```',
      ].join('\n\n'),
    );
    const add = operation(read, 'POST /groups/{id}/members');
    expect(add.requestBody?.content[0]?.examples).toEqual([]);
    expect(bodySchema(add)).toMatchObject({ kind: 'object', properties: [{ name: 'user_id', schema: { kind: 'integer' } }] });
    expect(codes(read)).toEqual([]);
  });

  it('should give a media type only a command shows (a JSON call beside a documented upload) the schema its sample shows', () => {
    const read = readGeneral(
      [
        '# Set avatar',
        signature('POST', '/api/v1/users.setAvatar'),
        '## Body Parameters',
        '| Key | Example Value | Description |\n| --- | --- | --- |\n| `image`* or `avatarUrl`* | `a.png` | The file, or a URL |',
        '```bash\ncurl -F "image=@a.png" http://h.example/api/v1/users.setAvatar\n```',
        '```bash\ncurl -H "Content-type:application/json" -d \'{"avatarUrl": "http://h.example/a.jpg"}\' http://h.example/api/v1/users.setAvatar\n```',
      ].join('\n\n'),
    );
    const body = operation(read, 'POST /api/v1/users.setAvatar').requestBody!;
    expect(body.content.map((c) => [c.mediaType, c.schema?.kind, c.examples.length])).toEqual([
      ['multipart/form-data', 'object', 0],
      ['application/json', 'unknown', 1],
    ]);
    const filled = fillFromSamples(mergeFragments([read.fragment!], new DiagnosticBag(), { version: '1' }), new DiagnosticBag())
      .operations[0]!.requestBody!.content[1]!.schema;
    expect(filled).toMatchObject({ kind: 'object', properties: [{ name: 'avatarUrl', schema: { kind: 'string' } }] });
  });

  it('should not take the body of a command whose method is not the operation’s', () => {
    const read = readGeneral(
      [
        '# List user teams',
        signature('GET', '/api/v1/users.listTeams'),
        '## Query Parameters',
        '| Key | Example Value | Description |\n| --- | --- | --- |\n| `userId` | `Jx` | The user |',
        '## Example Call',
        '```bash\ncurl --request POST http://localhost:3000/api/v1/users.listTeams -d "userId=Jx"\n```',
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /api/v1/users.listTeams');
    expect(list.requestBody).toBeUndefined();
    expect(parameterNames(list)).toEqual(['query:userId']);
  });

  it("should read a `curl --head` call's query keys as the HEAD operation's, not the GET's beside it", () => {
    const read = readGeneral(
      [
        '## Get a file',
        '```\nGET /files/:file_path\n```',
        'Parameters:\n\n- `file_path` (required) - The path',
        'You can also use `HEAD` to get just the metadata.',
        '```\nHEAD /files/:file_path\n```',
        "```bash\ncurl --head 'https://h.example/api/files/a%2Fb?ref=main'\n```",
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'HEAD /files/{file_path}'))).toEqual(['query:ref', 'path:file_path*']);
    expect(parameterNames(operation(read, 'GET /files/{file_path}'))).toEqual(['path:file_path*']);
  });

  it('should read the query keys of an example URL written with spaces inside braces', () => {
    const read = readGeneral(
      [
        '# Get users list',
        signature('GET', '/api/v1/users.list'),
        '```bash\ncurl -H "X-User-Id: u" \\\n     http://localhost:3000/api/v1/users.list?query={"customFields.clearance" : "High"}&fields={"customFields" : 1}\n```',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /api/v1/users.list'))).toEqual(['query:query', 'query:fields']);
  });

  it('should read a query key whose value is a shell variable (`$SITE_ID`, `$(…)`) as the parameter with no example', () => {
    const read = readGeneral(
      [
        '## Visitors',
        signature('GET', '/api/v1/visitors'),
        '```bash\ncurl "https://h.example/api/v1/visitors?site_id=$SITE_ID&key=$(keyof)&period=30d"\n```',
      ].join('\n\n'),
    );
    const parameters = operation(read, 'GET /api/v1/visitors').parameters;
    expect(parameters.map((p) => [p.name, p.schema.examples])).toEqual([
      ['site_id', undefined],
      ['key', undefined],
      ['period', ['30d']],
    ]);
  });

  it('should not read again a query key a table documents as the second name of a row', () => {
    const read = readGeneral(
      [
        '# Get avatar',
        signature('GET', '/api/v1/users.getAvatar'),
        '| Key | Example Value | Description |\n| --- | --- | --- |\n| `userId`* or `username`* | `B5` or `bob` | The user |',
        '```bash\ncurl http://localhost:3000/api/v1/users.getAvatar?username=bob\n```',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /api/v1/users.getAvatar'))).toEqual(['query:userId', 'query:username']);
    expect(codes(read)).toEqual([]);
  });

  it('should read an example URL’s `name[]` key as the array form of the parameter a table documents as `name`', () => {
    const read = readGeneral(
      [
        '## List jobs',
        '```\nGET /projects/:id/jobs\n```',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | The project |\n| `scope` | string array | no | The states |',
        "```bash\ncurl 'https://h.example/api/v4/projects/1/jobs?scope[]=pending&scope[]=running&tag[]=x'\n```",
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /projects/{id}/jobs'))).toEqual(['path:id*', 'query:scope', 'query:tag[]']);
  });
});
