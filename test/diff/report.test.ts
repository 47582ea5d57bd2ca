import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../src/diff/format-markdown.js';
import { type Change, type DiffResult, exitCodeFor, formatDiff } from '../../src/diff/index.js';

const change = (over: Partial<Change>): Change => ({
  id: 'response-property-removed',
  level: 'breaking',
  operation: 'GET /pets',
  path: 'responses/200/content/application~1json/schema/properties/tag',
  message: 'response property `tag` removed',
  params: { in: 'response property', name: 'tag' },
  ...over,
});

const result: DiffResult = {
  changes: [
    change({ location: { base: { file: 'a.yaml', line: 3, column: 5, pointer: '/x' } } }),
    change({
      id: 'response-property-enum-value-added',
      level: 'warning',
      message: 'response property `kind` may return new value `dog`',
      params: { in: 'response property', name: 'kind', value: 'dog' },
    }),
    change({ id: 'endpoint-added', level: 'info', operation: 'POST /pets', path: undefined, message: 'operation added', params: {} }),
    change({
      id: 'security-scheme-removed',
      level: 'info',
      operation: undefined,
      path: 'components/securitySchemes/k',
      message: 'security scheme `k` removed',
      params: { name: 'k' },
    }),
  ],
  diagnostics: [],
};

describe('formatDiff', () => {
  it('should write JSON with a fixed key order and null for absent fields', () => {
    const json = JSON.parse(formatDiff(result, 'json', {})) as { changes: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['changes']);
    expect(json.changes.map((c) => Object.keys(c))).toEqual(
      Array(4).fill(['id', 'level', 'operation', 'path', 'message', 'location', 'component', 'operations', 'places']),
    );
    expect(json.changes[0]).toEqual({
      id: 'response-property-removed',
      level: 'breaking',
      operation: 'GET /pets',
      path: 'responses/200/content/application~1json/schema/properties/tag',
      message: 'response property `tag` removed',
      location: { base: { file: 'a.yaml', line: 3, column: 5, pointer: '/x' }, revision: null },
      component: null,
      operations: 1,
      places: [{ operation: 'GET /pets', path: 'responses/200/content/application~1json/schema/properties/tag' }],
    });
    expect(json.changes[2]).toMatchObject({ operation: 'POST /pets', path: null, location: null });
    expect(json.changes[3]).toMatchObject({ operation: null });
  });

  it('should write a markdown verdict, counts, a summary table, and the details collapsed per level', () => {
    const md = formatDiff(result, 'markdown', {});
    expect(md.split('\n')[0]).toBe('### ❌ 1 breaking change');
    expect(md).toContain('🔴 1 breaking · 🟡 1 warning · 🔵 2 info');
    expect(md).toContain(
      '| | Change | Where | Reaches |\n| --- | --- | --- | --- |\n| 🔴 | response property `tag` removed `response-property-removed` | `GET /pets` |  |',
    );
    expect(md.indexOf('| 🔴 |')).toBeLessThan(md.indexOf('<details>'));
    const details = md.slice(md.indexOf('<details><summary>Other changes (2)</summary>'));
    expect(details).toContain('#### `POST /pets`');
    expect(details).toContain('#### Document');
    expect(formatDiff({ changes: [], diagnostics: [] }, 'markdown', {})).toBe(
      '### ✅ No changes\n\n🔴 0 breaking · 🟡 0 warnings · 🔵 0 info\n',
    );
    expect(formatDiff({ changes: [result.changes[1]!], diagnostics: [] }, 'markdown', {}).split('\n')[0]).toBe(
      '### ✅ No breaking changes',
    );
  });

  it('should keep hostile spec text inside its table cell', () => {
    const evil = change({ params: { in: 'response property', name: 'a|b`c<script>alert(1)</script>\n| x |' } });
    const md = formatDiff({ changes: [evil], diagnostics: [] }, 'markdown', {});
    const row = md.split('\n').find((l) => l.startsWith('| 🔴'))!;
    expect(row).toBe(
      '| 🔴 | response property ``a\\|b`c<script>alert(1)</script> \\| x \\|`` removed `response-property-removed` | `GET /pets` |  |',
    );
    // Unescaped pipes: only the five cell borders.
    expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(5);
  });

  it('should stay under the PR comment size limit, saying what it left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) => change({ operation: `GET /pets/${i}`, location: undefined }));
    const md = formatDiff({ changes: many, diagnostics: [] }, 'markdown', {});
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/…and \d+ more breaking changes not shown here/);
    expect(md.split('\n')[0]).toBe('### ❌ 3000 breaking changes');
  });

  it('should keep a 700-change report readable: every breaking change named up front, the rest collapsed', () => {
    const levels = ['breaking', 'warning', 'info', 'info', 'info', 'info', 'info'] as const;
    const many = Array.from({ length: 700 }, (_, i) =>
      change({
        level: levels[i % levels.length]!,
        operation: `GET /things/${i}`,
        message: `response property \`p${i}\` removed`,
        params: { in: 'response property', name: `p${i}` },
        ...(i % 10 === 0
          ? {
              component: `Thing${i}`,
              places: [
                { operation: `GET /things/${i}`, path: 'x' },
                { operation: 'GET /all', path: 'y' },
              ],
              operationCount: 2,
            }
          : {}),
      }),
    );
    const md = formatDiff({ changes: many, diagnostics: [] }, 'markdown', {});
    expect(md.length).toBeLessThan(65_536);
    const summary = md.slice(0, md.indexOf('<details>'));
    for (const c of many.filter((x) => x.level === 'breaking')) expect(summary).toContain(`\`p${c.params.name!.slice(1)}\``);
    expect(summary).toContain(
      '| 🔴 | response property `p0` removed `response-property-removed` | schema `Thing0` | `GET /things/0`, `GET /all` |',
    );
    expect(summary).not.toContain('| 🔵 |');
    expect(md).toContain('<details><summary>Other changes (500)</summary>');
  });

  it('should size code spans to the backticks inside', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge')).toBe('`` `edge ``');
  });

  it('should group text output by operation and colour it only when asked', () => {
    const plain = formatDiff(result, 'text', { color: false });
    expect(plain).not.toContain('\u001b[');
    expect(plain.split('\n').slice(0, 6)).toEqual([
      'GET /pets',
      '  ✖ breaking response property `tag` removed [response-property-removed]',
      '      responses/200/content/application~1json/schema/properties/tag (a.yaml:3:5)',
      '  ⚠ warning  response property `kind` may return new value `dog` [response-property-enum-value-added]',
      '      responses/200/content/application~1json/schema/properties/tag',
      '',
    ]);
    expect(plain.trimEnd().split('\n').at(-1)).toBe('1 breaking, 1 warning, 2 info.');
    expect(formatDiff(result, 'text', { color: true })).toContain('\u001b[31m✖ breaking');
  });

  it('should not let control characters from spec text reach the terminal', () => {
    const text = formatDiff({ changes: [change({ message: 'x\u001b[2Jy' })], diagnostics: [] }, 'text', {});
    expect(text).toContain('x\\u001b[2Jy');
  });

  it('should write a changelog with a section per level', () => {
    expect(formatDiff(result, 'changelog', {})).toBe(
      [
        '## API changes',
        '',
        '### Breaking changes',
        '',
        '- `GET /pets`: response property `tag` removed',
        '',
        '### Changes that may affect clients',
        '',
        '- `GET /pets`: response property `kind` may return new value `dog`',
        '',
        '### Other changes',
        '',
        '- `POST /pets`: operation added',
        '- security scheme `k` removed',
        '',
      ].join('\n'),
    );
  });
});

describe('exitCodeFor', () => {
  it.each([
    ['breaking', [result.changes[0]!], 1],
    ['breaking', [result.changes[1]!], 0],
    ['warning', [result.changes[1]!], 1],
    ['warning', [result.changes[2]!], 0],
    ['never', result.changes, 0],
    ['breaking', [], 0],
  ] as const)('should fail on %s for the given changes', (failOn, changes, code) => {
    expect(exitCodeFor({ changes: [...changes], diagnostics: [] }, failOn)).toBe(code);
  });
});
