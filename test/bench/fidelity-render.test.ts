/**
 * bench/fidelity/render.mjs: markdown pages rendered as a static docs site renders them (HTML in a
 * site layout, or the text a browser copies from it), so that bench:fidelity --render scores the
 * general reader on them. Pages written here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../bench/fidelity/corpora.mjs';
import { renderCorpus } from '../../bench/fidelity/render.mjs';
import { type GenerateLike, runFidelity } from '../../bench/fidelity/run.mjs';
import { scorerPath } from '../../bench/fidelity/scorer.mjs';
import { REPO_ROOT, SHARED_DIR, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const USERS = [
  '---',
  'title: Users API',
  '---',
  '# Users',
  '',
  '## List users',
  '',
  'See [members](sub/members.md#list-members).',
  '',
  '```plaintext',
  'GET /users',
  '```',
  '',
  '| Attribute | Type | Required | Description |',
  '| --- | --- | --- | --- |',
  '| `page` | integer | no | The page |',
  '',
  '<table><tr><th>Key</th><th>Description</th></tr><tr><td><code>sort</code></td><td>Order</td></tr></table>',
  '',
  '### Example response',
  '',
  '```json',
  '{"id": 1}',
  '```',
  '',
].join('\n');

function docs(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'users.md'), USERS);
  writeFileSync(path.join(dir, 'sub/members.md'), '# Members\n\n## List members\n\n`GET /members`\n');
  writeFileSync(path.join(dir, 'sub/notes.txt'), 'kept as it is\n');
  return dir;
}

describe('renderCorpus', () => {
  it('should render each page as a whole site page: layout, heading anchors, highlighted code, copy buttons, raw tables kept', () => {
    const out = path.join(tempDir(), 'html');
    expect(renderCorpus(docs(), out, 'html')).toBe(2);
    expect(readFileSync(path.join(out, 'sub/notes.txt'), 'utf8')).toBe('kept as it is\n');
    const html = readFileSync(path.join(out, 'users.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<title>Users | ');
    expect(html).not.toContain('title: Users API');
    expect(html).toContain('<h2 id="list-users"><a class="anchor" aria-hidden="true" tabindex="-1" href="#list-users">');
    expect(html).toContain('<code class="hljs language-json"><span class="hljs-punctuation">{</span><span class="hljs-attr">"id"</span>');
    expect(html).toMatch(/<\/pre><button class="copy-button" type="button"[^>]*><span class="copy-label">Copy<\/span><\/button><\/div>/);
    expect(html).toContain('<table><tr><th>Key</th><th>Description</th></tr><tr><td><code>sort</code></td><td>Order</td></tr></table>');
    expect(html).toContain('<td><code>page</code></td>');
    // Sidebar: every page, linked relatively; the page's own marked; links to markdown pages rewritten.
    expect(html).toContain('<li class="active"><a href="users.html">Users</a></li>');
    expect(html).toContain('<a href="sub/members.html">Members</a>');
    expect(html).toContain('href="sub/members.html#list-members"');
    expect(html).toMatch(
      /<nav class="toc" aria-label="On this page"><p class="toc-title">On this page<\/p><ul><li><a class="toc-link" href="#list-users">List users<\/a><ul><li><a class="toc-link" href="#example-response">/,
    );
    expect(html).toContain('<footer class="site-footer">');
    expect(readFileSync(path.join(out, 'sub/members.html'), 'utf8')).toContain('<a href="../users.html">Users</a>');
  });

  it('should render the same bytes every time', () => {
    const pages = docs();
    const [a, b] = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    renderCorpus(pages, a, 'html');
    renderCorpus(pages, b, 'html');
    for (const file of ['users.html', 'sub/members.html'])
      expect(readFileSync(path.join(a, file), 'utf8')).toBe(readFileSync(path.join(b, file), 'utf8'));
  });

  it("should render the text a browser copies: the body's words, tables as tab-separated lines, code as plain text", () => {
    const out = path.join(tempDir(), 'text');
    renderCorpus(docs(), out, 'text');
    expect(readdirSync(out).sort()).toEqual(['sub', 'users.txt']);
    const text = readFileSync(path.join(out, 'users.txt'), 'utf8');
    // (hast-util-to-text breaks no line after a table's last row where another table follows: `The page Key`.)
    expect(text).toContain('\nAttribute\tType\tRequired\tDescription\npage\tinteger\tno\tThe page');
    expect(text).toContain('Key\tDescription\nsort\tOrder\n');
    expect(text).toContain('\nGET /users\n');
    expect(text).toContain('\n{"id": 1}\n');
    expect(text).not.toMatch(/<|```|\| ---/);
  });

  it('should refuse a rendering it does not know', () => {
    expect(() => renderCorpus(docs(), tempDir(), 'pdf' as 'html')).toThrow('--render must be one of html, text');
  });
});

const scorer = scorerPath(SHARED_DIR);

describe.skipIf(!existsSync(scorer))('runFidelity --render (shared scorer)', () => {
  it('should generate from the rendered pages and score against the same truth', async () => {
    const inputs: string[] = [];
    const generate: GenerateLike = async ({ input }) => {
      inputs.push(input);
      return {
        document: {},
        outputs: [{ path: 'openapi.json', contents: '{"openapi":"3.1.0","paths":{}}' }],
        diagnostics: [],
        failed: false,
      };
    };
    const corpus: Corpus = {
      id: 'generic/example',
      kind: 'generic',
      docs: docs(),
      truth: path.join(REPO_ROOT, 'test/fixtures/example-api/truth.json'),
      options: { stripPrefix: [], onlyOps: false, dropResponses: false },
      notes: [],
    };
    const workDir = tempDir();
    const run = await runFidelity(corpus, { generate }, { scorer, workDir, render: 'html' });
    expect(inputs).toEqual([path.join(workDir, 'rendered-html')]);
    expect(readdirSync(inputs[0]!).sort()).toEqual(['sub', 'users.html']);
    expect(run).toMatchObject({ rendered: 'html', docs: inputs[0] });
    expect(run.score.categories.operations!.overall).toMatchObject({ truth: 10, generated: 0 });
  });
});
