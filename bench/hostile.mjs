#!/usr/bin/env node
/**
 * npm run bench:hostile — how long `generate` takes on pages built to hurt a reader: thousands of
 * directives, comments, code blocks, code tabs and status sentences opened and never closed, a
 * long attribute list with a huge broken sample, one route documented twice with 10,000 parameters. Each page runs in its own process (`generate
 * --no-cache`), beside a bare remark-parse + remark-gfm parse of the same page, median of --runs.
 * Target: each page under 5 s (no scan quadratic in the page). The tests check that these pages
 * are read correctly; how soon is this benchmark's (a benchmark, not a test: prints PASS/FAIL,
 * exits 0).
 *
 *   node bench/hostile.mjs [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const TARGET_MS = 5000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist', 'cli.js');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(args.runs));

const pages = {
  'open directives and comments': `## Get\n\n\`GET /items\`\n\n${'{% tag '.repeat(20_000)}\n\n${'<!-- '.repeat(20_000)}\n`,
  'open code blocks, code tabs and status sentences': [
    '## Get\n\n`GET /items`',
    '{% highlight json %}\n{}\n'.repeat(5_000),
    '<!--DOCUSAURUS_CODE_TABS-->\n<!--200 OK-->\n'.repeat(5_000),
    '<pre><code class="language-json">{'.repeat(2_000),
    `It returns ${'`200`, '.repeat(300)} or ${'returns HTTP 404 '.repeat(300)}.`,
  ].join('\n\n'),
  'a long attribute list and a huge broken sample': `## Make\n\n\`POST /things\`\n\n${Array.from(
    { length: 3_000 },
    (_, i) => `- \`field_${i}\` (optional) - Field ${i}`,
  ).join('\n')}\n\nExample response:\n\n\`\`\`json\n{"a": "${'x/'.repeat(100_000)}\n\`\`\`\n`,
  'name cells and labels of a long run of spaces': [
    '## Get\n\n`GET /items/:id`\n\n### Path parameters',
    `| Name | Type | Description |\n|---|---|---|\n| id${' '.repeat(100_000)}x | string | The id |`,
    `|Name|Type|Required|Description|\n|---|---|---|---|\n|data|object|false|d|\n|»${' '.repeat(100_000)}x|string|false|d|`,
    `| Accepted${' '.repeat(100_000)}types | application/json |`,
  ].join('\n\n'),
  'labels, a colon and titles holding a long run of spaces': [
    '## Get\n\n`GET /items`',
    `**Data constraints**${' '.repeat(100_000)}x\n\n**Data Params**${' '.repeat(100_000)}:${' '.repeat(100_000)}None x`,
    `Status Code${' '.repeat(100_000)}**200** x\n\n|Name|Type|\n|---|---|\n|*anonymous*|[object]|\n|» f|string|`,
    `### Shelves${' '.repeat(100_000)}&${' '.repeat(100_000)}x books`,
  ].join('\n\n'),
  // Each parameter looked up among the route's others (extract/parameters.ts, merge/same-route.ts): quadratic before.
  'one route documented twice, 10,000 query parameters each': ['a', 'b']
    .map(
      (tag) =>
        `## List items (${tag})\n\n\`GET /items\`\n\n### Query parameters\n\n| Name | Type | Description |\n|---|---|---|\n${Array.from(
          { length: 10_000 },
          (_, i) => `| p${i} | string | Filter ${tag} ${i} |`,
        ).join('\n')}`,
    )
    .join('\n\n'),
  'alternating setext headings, thematic breaks and paragraphs': `## Get\n\n\`GET /items\`\n\n${'-----\na b\n-- --\nx y\n'.repeat(4_000)}`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(path.join(os.tmpdir(), 'specdown-hostile-'));
let failed = 0;
try {
  for (const [name, text] of Object.entries(pages)) {
    const input = path.join(dir, 'page.md');
    writeFileSync(input, text);
    const parse = [];
    const whole = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      unified().use(remarkParse).use(remarkGfm).parse(text);
      parse.push(performance.now() - started);
      const out = path.join(dir, `out-${run}`);
      const t0 = performance.now();
      const child = spawnSync(process.execPath, [cli, 'generate', '--input', input, '--out', out, '--no-cache', '-q'], {
        encoding: 'utf8',
      });
      whole.push(performance.now() - t0);
      if (child.status !== 0 && child.status !== 1) throw new Error(`generate crashed on "${name}": ${child.stderr}`);
    }
    const ms = median(whole);
    const ok = ms < TARGET_MS;
    if (!ok) failed++;
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${name}: ${(text.length / 1e6).toFixed(2)} MB, generate ${ms.toFixed(0)} ms (bare remark parse ${median(parse).toFixed(0)} ms, ×${(ms / median(parse)).toFixed(1)}), target < ${TARGET_MS} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'PASS: every hostile page under the target' : `FAIL: ${failed} page(s) over the target`);
