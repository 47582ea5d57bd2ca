import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { importFixture, importTexts, withoutSources } from './helpers.js';

const HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

interface Case {
  name: string;
  files: Record<string, string>;
  /** Diagnostics wanted, as `line:column code` (the first file's, unless the code names another). */
  want: string[];
  /** The spec is still read (undefined: not a spec at all). */
  read: boolean;
}

const cases: Case[] = [
  { name: 'a YAML syntax error', files: { 'a.yaml': `${HEAD}paths:\n  /x: [unclosed\n` }, want: ['5:1 spec-invalid'], read: false },
  {
    name: 'duplicate JSON keys',
    files: { 'a.json': '{"openapi": "3.0.0",\n "openapi": "3.1.0"}' },
    want: ['2:2 spec-invalid'],
    read: false,
  },
  {
    name: 'flow nesting 5000 deep',
    files: { 'a.json': `{"openapi": "3.0.0", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}` },
    want: ['1:1 spec-invalid'],
    read: false,
  },
  {
    name: 'YAML flow nesting 5000 deep',
    files: { 'a.yaml': `${HEAD}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n` },
    want: ['1:1 spec-invalid'],
    read: false,
  },
  {
    name: 'YAML brackets inside double-quoted strings (an escaped quote among them), which nest nothing',
    files: { 'a.yaml': `${HEAD}paths: {}\nx: "\\"${'['.repeat(5000)}"\ny: [a, {b: "]]"}]\n` },
    want: [],
    read: true,
  },
  {
    name: 'block nesting 2000 deep',
    files: { 'a.yaml': `${HEAD}x:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n` },
    want: ['spec-invalid'],
    read: false,
  },
  { name: 'a YAML file that is not a spec', files: { 'a.yaml': 'title: hello\n' }, want: ['1:1 spec-invalid'], read: false },
  {
    name: 'an unknown openapi version',
    files: { 'a.yaml': 'openapi: 4.0.0\ninfo: {title: t, version: "1"}\n' },
    want: ['1:1 spec-invalid'],
    read: false,
  },
  { name: 'a JSON array at the top', files: { 'a.json': '[1, 2]' }, want: ['1:1 spec-invalid'], read: false },
  {
    name: 'a $ref to the prototype',
    files: {
      'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/constructor'}\n    B: {$ref: '#/__proto__/polluted'}\n`,
    },
    want: ['6:9 ref-not-found', '7:9 ref-not-found'],
    read: true,
  },
  {
    name: 'a $ref to a missing file',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: './missing.yaml#/A'}\n` },
    want: ['6:9 ref-not-found'],
    read: true,
  },
  {
    name: 'a $ref to a missing pointer',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/Nope'}\n` },
    want: ['6:9 ref-not-found'],
    read: true,
  },
  {
    name: 'an anchor fragment',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#Pet'}\n` },
    want: ['6:9 ref-not-found'],
    read: true,
  },
  {
    name: 'an unsupported ref scheme',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'ftp://example.com/a.yaml'}\n` },
    want: ['6:9 ref-not-found'],
    read: true,
  },
  {
    name: 'a referenced file that is not valid YAML',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'b.yaml'}\n`, 'b.yaml': 'a: [\n' },
    want: ['b.yaml:2:1 spec-invalid'],
    read: true,
  },
  {
    name: 'a ring of parameter $refs',
    files: {
      'a.yaml': `${HEAD}paths:\n  /x:\n    get:\n      parameters: [{$ref: '#/components/parameters/A'}]\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/A'}\n`,
    },
    want: ['11:9 ref-cycle'],
    read: true,
  },
  {
    name: 'structural nonsense in paths',
    files: {
      'a.yaml': `${HEAD}paths:\n  nope: {}\n  /a:\n    get: 5\n  /b:\n    get:\n      parameters: 7\n      responses: {'2000': {description: x}}\n  /c:\n    get:\n      parameters: [{in: query}, {name: p, in: body}]\n      responses: {}\n`,
    },
    want: [
      '4:3 spec-invalid',
      '6:5 spec-invalid',
      '9:7 spec-invalid',
      '10:19 invalid-status-code',
      '13:20 spec-invalid',
      '13:33 spec-invalid',
    ],
    read: true,
  },
  {
    name: 'a schema that is not an object, and an unknown type',
    files: { 'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: 5\n    B: {type: strin}\n` },
    want: ['6:5 spec-invalid', '7:9 spec-invalid'],
    read: true,
  },
  { name: 'missing info', files: { 'a.yaml': 'openapi: 3.1.0\npaths: {}\n' }, want: ['1:1 spec-invalid'], read: true },
  {
    name: 'a repeated operationId',
    files: { 'a.yaml': `${HEAD}paths:\n  /a: {get: {operationId: x, responses: {}}}\n  /b: {get: {operationId: x, responses: {}}}\n` },
    want: ['5:8 duplicate-operation'],
    read: true,
  },
];

describe('importSpec on malformed and hostile input', () => {
  it.each(cases)('should report $name, never throw', async ({ files, want, read }) => {
    const { spec, diagnostics } = await importTexts(files);
    const first = Object.keys(files)[0]!;
    const got = diagnostics.items
      .filter((item) => item.severity !== 'info')
      .map(
        (item) =>
          `${item.source.file === first ? '' : `${item.source.file}:`}${item.source.start.line}:${item.source.start.column} ${item.code}`,
      );
    if (want.length === 1 && !want[0]!.includes(':')) {
      expect(got.length).toBeGreaterThan(0);
      expect(new Set(got.map((line) => line.split(' ')[1]))).toEqual(new Set(want));
    } else expect(got).toEqual(want);
    expect(spec !== undefined).toBe(read);
  });

  const bomb = (depth: number) => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < depth; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    return `${HEAD}paths: {}\nx-bomb:\n${levels.map((line) => `  ${line}`).join('\n')}\ncomponents:\n  schemas:\n    A:\n      type: object\n      example: *l${depth - 1}\n`;
  };

  it('should refuse a billion-laughs alias bomb without expanding it', async () => {
    const { spec, lines } = await importTexts({ 'a.yaml': bomb(9) });
    expect(spec).toBeUndefined();
    expect(lines).toEqual(["a.yaml:1:1 error The document's aliases expand to more than 5000000 nodes; it was not read. (spec-invalid)"]);
  });

  it('should read aliases that expand to a reasonable size', async () => {
    const { spec, lines } = await importTexts({ 'a.yaml': bomb(3) });
    expect(lines).toEqual([]);
    const examples = spec!.fragment.schemas[0]!.schema.examples as unknown[][][];
    expect(examples[0]).toHaveLength(10);
    expect(examples[0]![9]).toHaveLength(10);
  });

  it('should report an unreadable entry file', async () => {
    const { spec, lines } = await importFixture('does-not-exist.yaml');
    expect(spec).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^does-not-exist\.yaml:1:1 error .*\(input-unreadable\)$/);
  });

  it('should fetch a remote $ref when the user allows it', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/thing.yaml') response.end('Thing:\n  type: object\n  properties:\n    id: {type: integer}\n');
      else if (request.url === '/evil.yaml') response.end("Evil: {$ref: 'file:///etc/passwd#/x'}\n");
      else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const files = {
        'a.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '${base}/thing.yaml#/Thing'}\n    B: {$ref: '${base}/missing.yaml'}\n    C: {$ref: '${base}/evil.yaml#/Evil'}\n`,
      };
      const dir = makeTempDir('specdown-remote-');
      writeFileSync(path.join(dir, 'a.yaml'), files['a.yaml']);
      const { spec, diagnostics } = await importFixture('a.yaml', { rootDir: dir, allowRemoteRefs: true });
      expect(withoutSources(spec!.fragment.schemas.find((named) => named.name === 'A')!.schema)).toEqual({
        kind: 'object',
        properties: [{ name: 'id', required: false, schema: { kind: 'integer' } }],
      });
      expect(diagnostics.items.map((item) => `${item.code} ${item.source.file}`)).toEqual([
        'ref-not-found a.yaml',
        `ref-not-found ${base}/evil.yaml`,
      ]);
      expect(diagnostics.items[0]!.message).toContain('HTTP 404');
      expect(diagnostics.items[1]!.message).toContain('scheme that is not supported');
    } finally {
      server.close();
    }
  });
});
