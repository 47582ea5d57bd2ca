/**
 * Request samples written in other tools and languages than curl (HTTPie, wget, PowerShell,
 * JavaScript's fetch and axios, Python's requests) are read as curl commands are: the call's route
 * where the page states none, its literal JSON body the request's sample, the JSON after it the
 * answer. A program's call that a tutorial makes is no API. The fixtures are made-up APIs written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOfLiteral } from '../../../src/readers/markdown/script-literals.js';
import { readPage } from '../../../src/run/read-page.js';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/client-calls', name), 'utf8');
const requestSamples = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).requestBody?.content.flatMap((c) => c.examples.map((e) => e.value));
const responseSamples = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)));

describe('general reader: request samples in other tools and languages than curl', () => {
  const read = readGeneral(fixture('kites.md'), 'api/kites.md');

  it("should read each call's route where the page states none, its host and base placeholder stripped", () => {
    expect(read.routes).toEqual([
      'POST /v1/kites',
      'POST /v1/reels',
      'POST /v1/spools',
      'POST /v1/kites/{kiteId}/tails',
      'PATCH /v1/tails/{tail_id}',
      'POST /v1/ponds',
    ]);
    expect(read.fragment?.servers).toEqual(['http://api.kites.example', 'https://api.kites.example']);
  });

  it("should read each call's literal body as the request's sample and the JSON after it as the answer", () => {
    expect(requestSamples(read, 'POST /v1/kites')).toEqual([{ name: 'Delta', span: 3, tags: ['box'] }]);
    expect(requestSamples(read, 'POST /v1/reels')).toEqual([{ title: 'Morning', length_m: 40 }]);
    expect(requestSamples(read, 'POST /v1/spools')).toEqual([{ colour: 'red', turns: 40, waxed: true }]);
    expect(requestSamples(read, 'POST /v1/kites/{kiteId}/tails')).toEqual([{ length: 7.5, bows: ['red', 'blue'] }]);
    expect(requestSamples(read, 'PATCH /v1/tails/{tail_id}')).toEqual([{ length: 8 }]);
    // Python's True and None are JSON's true and null.
    expect(requestSamples(read, 'POST /v1/ponds')).toEqual([{ name: 'Lily', deep: true, fish: null }]);
    expect(responseSamples(read, 'POST /v1/ponds')).toEqual([{ id: 2, name: 'Lily', deep: true, fish: null }]);
    expect(responseSamples(read, 'POST /v1/spools')).toEqual([{ id: 5, colour: 'red', turns: 40, waxed: true }]);
    // The calls are samples, no words of the operations.
    expect(read.fragment?.operations.map((o) => o.description)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('should say which client gave the request lines', () => {
    const text =
      '## Create a pond\n\n```python\nrequests.post("https://h.example/v1/ponds", json={"a": 1})\n```\n\n```json\n{"id": 1}\n```\n';
    const one = readPage({ file: 'api/ponds.md', text });
    expect(one.fragment?.operations.map((o) => o.path)).toEqual(['/v1/ponds']);
    expect(one.reader?.reason).toContain('1 request line from a call with requests; 1 request sample (1 from another client');
  });
});

describe('general reader: other clients beside a route the page states', () => {
  const read = readGeneral(fixture('tabs.md'), 'api/bells.md');

  it("should read a curl command's sample only, the other languages' tabs showing the same call again", () => {
    expect(read.routes).toEqual(['POST /v1/bells', 'POST /v1/bells/{bell_id}/rings', 'GET /v1/bells/{bell_id}']);
    expect(requestSamples(read, 'POST /v1/bells')).toEqual([{ tone: 'C', weight_kg: 12 }]);
    // The JSON after the Python tab answers the call (before, it was a second request sample).
    expect(responseSamples(read, 'POST /v1/bells')).toEqual([{ id: 4, tone: 'C', weight_kg: 12 }]);
  });

  it('should read one sample of a call shown alike in two other clients', () => {
    expect(requestSamples(read, 'POST /v1/bells/{bell_id}/rings')).toEqual([{ times: 3 }]);
    expect(responseSamples(read, 'POST /v1/bells/{bell_id}/rings')).toEqual([{ rung: 3 }]);
  });

  it("should read a GET's Python call as its sample call, no words, the JSON after it its answer", () => {
    const get = operation(read, 'GET /v1/bells/{bell_id}');
    expect(get.description).toBeUndefined();
    expect(responseSamples(read, 'GET /v1/bells/{bell_id}')).toEqual([{ id: 7, tone: 'C', weight_kg: 12 }]);
  });
});

describe("general reader: HTTPie's forms", () => {
  const mediaTypes = (read: ReturnType<typeof readGeneral>, route: string) =>
    operation(read, route).requestBody?.content.map((c) => c.mediaType);
  const read = readGeneral(
    [
      '## Create a lamp',
      '`POST /v1/lamps`',
      '```bash\nhttp -f POST https://api.example.com/v1/lamps name=Desk colour=red\n```',
      '## Add a bulb',
      '`POST /v1/lamps/{id}/bulbs`',
      '```bash\nhttp --form POST https://api.example.com/v1/lamps/4/bulbs kind=led\n```',
      '## Caption a photo',
      '`POST /v1/lamps/{id}/photo`',
      '```bash\nhttp --multipart POST https://api.example.com/v1/lamps/4/photo caption=Lit\n```',
      '## Attach a manual',
      '`POST /v1/lamps/{id}/manual`',
      '```bash\nhttp -f POST https://api.example.com/v1/lamps/4/manual title=Guide file@/path/manual.pdf\n```',
      '## Rename a lamp',
      '`PUT /v1/lamps/{id}`',
      '```bash\nhttp PUT https://api.example.com/v1/lamps/4 name=Desk watts:=40\n```',
    ].join('\n\n'),
  );

  it('should read `-f` and `--form` as a url-encoded form, `--multipart` and a file field as a multipart one, plain items as JSON', () => {
    expect(mediaTypes(read, 'POST /v1/lamps')).toEqual(['application/x-www-form-urlencoded']);
    expect(mediaTypes(read, 'POST /v1/lamps/{id}/bulbs')).toEqual(['application/x-www-form-urlencoded']);
    // `--multipart` sends multipart/form-data whether or not a file is among the fields (before, url-encoded).
    expect(mediaTypes(read, 'POST /v1/lamps/{id}/photo')).toEqual(['multipart/form-data']);
    expect(requestSamples(read, 'POST /v1/lamps/{id}/photo')).toEqual([{ caption: 'Lit' }]);
    expect(mediaTypes(read, 'POST /v1/lamps/{id}/manual')).toEqual(['multipart/form-data']);
    expect(mediaTypes(read, 'PUT /v1/lamps/{id}')).toEqual(['application/json']);
    expect(requestSamples(read, 'PUT /v1/lamps/{id}')).toEqual([{ name: 'Desk', watts: 40 }]);
  });
});

describe('general reader: code that calls no documented API', () => {
  it("should read no operation of a tutorial's fetch inside a component, nor of a page of code and prose only", () => {
    const nested = readGeneral(
      '# Loading data\n\n## Fetch the list\n\n```javascript\nuseEffect(() => {\n  fetch("https://api.todo.example/todos").then((r) => r.json()).then(setTodos);\n}, []);\n```\n\nThen render the list.\n',
    );
    expect(nested.routes).toEqual([]);
    const topLevel = readGeneral(
      '# Getting data\n\n## Fetch the list\n\n```js\nfetch("https://api.todo.example/todos")\n  .then((r) => r.json())\n  .then(console.log);\n```\n',
    );
    expect(topLevel.routes).toEqual([]);
    const scraping = readGeneral(
      '# Scraping\n\n```python\nimport requests\npage = requests.get("https://www.example.com/index.html")\nprint(page.text)\n```\n',
    );
    expect(scraping.routes).toEqual([]);
    // An indented call is a function's, no sample, even on a page that documents a call.
    const indented = readGeneral(
      '## Create a pond\n\n```python\ndef make():\n    requests.post("https://h.example/v1/ponds", json={"a": 1})\n```\n\n```json\n{"id": 1}\n```\n',
    );
    expect(indented.routes).toEqual([]);
  });

  it('should read no operation of a download', () => {
    for (const command of [
      'wget https://downloads.example.com/tool-1.2.tar.gz',
      'http --download https://downloads.example.com/tool.zip',
      'Invoke-WebRequest -Uri https://downloads.example.com/tool.zip -OutFile tool.zip',
    ]) {
      const lang = command.startsWith('Invoke') ? 'powershell' : 'bash';
      expect(readGeneral(`## Install the tool\n\n\`\`\`${lang}\n${command}\n\`\`\`\n`).routes, command).toEqual([]);
    }
  });

  it('should give no sample of a body the code computes', () => {
    const read = readGeneral(
      [
        '## Create a pond',
        '`POST /v1/ponds`',
        '```python\nrequests.post("https://h.example/v1/ponds", json={"name": name, "made": (1, 2)})\n```',
        '## Create a boat',
        '`POST /v1/boats`',
        '```js\nfetch("https://h.example/v1/boats", { method: "POST", body: JSON.stringify({ ...defaults, name }) });\n```',
      ].join('\n\n'),
    );
    expect(requestSamples(read, 'POST /v1/ponds')).toBeUndefined();
    expect(requestSamples(read, 'POST /v1/boats')).toBeUndefined();
  });
});

describe('literals of a request body', () => {
  it('should read JavaScript, Python and PowerShell literals as JSON, and nothing that is code', () => {
    expect(jsonOfLiteral("{ name: 'Wren', n: -1.5e2, ok: true, none: null, list: [1, 2,], }", 'js')).toBe(
      '{"name":"Wren","n":-150,"ok":true,"none":null,"list":[1,2]}',
    );
    expect(jsonOfLiteral("{'a': True, \"b\": None, 'c': [False]}", 'python')).toBe('{"a":true,"b":null,"c":[false]}');
    expect(jsonOfLiteral("@{ a = 'it''s'; b = @(1, 2)\n c = $False }", 'powershell')).toBe('{"a":"it\'s","b":[1,2],"c":false}');
    for (const [text, language] of [
      ['{ name }', 'js'],
      ['{ a: b }', 'js'],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a page's JavaScript, not a template
      ['{ a: `x${y}` }', 'js'],
      ['{ a: f() }', 'js'],
      ['{a: 1}', 'python'],
      ["{'a': (1, 2)}", 'python'],
      ['@{ a = "$name" }', 'powershell'],
      ['@{ a = Get-Date }', 'powershell'],
    ] as const)
      expect(jsonOfLiteral(text, language), text).toBeUndefined();
  });
});
