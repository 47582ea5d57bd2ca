/**
 * Code blocks of a whole `.html` page as docs-site generators render them (html-code-frames.ts):
 * line numbers in a gutter table (Pygments, Chroma) or a row per line (GitHub), inline line
 * numbers, copy controls and a frame's language label; each block one code block of its language.
 */
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SIGNATURE = 'POST /pets/{pet_id}/toys';
const CURL = `curl -X POST https://api.example.com/pets/7/toys \\\n  -d '{"name": "Ball"}'`;
const ANSWER = '{\n  "id": 31,\n  "name": "Ball"\n}';

/** A page of one operation whose three code blocks `code(language, text)` renders. */
function page(code: (language: string, text: string) => string): string {
  return [
    '<html><body><main>',
    '<h2 id="create-a-toy">Create a toy</h2>',
    '<p>Creates a toy for a pet.</p>',
    code('http', SIGNATURE),
    '<h3>Parameters</h3>',
    '<table><thead><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>',
    "<tr><td><code>pet_id</code></td><td>integer</td><td>yes</td><td>The pet's ID.</td></tr>",
    "<tr><td><code>name</code></td><td>string</td><td>yes</td><td>The toy's name.</td></tr>",
    '</tbody></table>',
    '<h3>Example request</h3>',
    code('bash', CURL),
    '<h3>Example response</h3>',
    '<p>HTTP/1.1 201 Created</p>',
    code('json', ANSWER),
    '</main></body></html>',
  ].join('\n');
}

const lines = (text: string) => text.split('\n');

/** What each rendering must give: the operation, its samples, three code blocks (of their languages) and no other table. */
function expectRead(html: string): void {
  const read = readGeneral(html, 'api/toys.html');
  expect(read.routes).toEqual([SIGNATURE]);
  const op = operation(read, SIGNATURE);
  expect(parameterNames(op)).toEqual(['path:pet_id*']);
  expect(op.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Ball' }]);
  expect(op.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)])).toEqual([['201', [{ id: 31, name: 'Ball' }]]]);
  expect(op.summary).toBe('Creates a toy for a pet.');
  expect(op.description).toBeUndefined();
  const codes = read.root.children.filter((node): node is Code => node.type === 'code');
  // (The curl command's code is its body's by then: curl-samples.ts.)
  expect(codes.map((node) => [node.lang, node.value]).filter((_, index) => index !== 1)).toEqual([
    ['http', SIGNATURE],
    ['json', ANSWER],
  ]);
  expect(codes).toHaveLength(3);
  expect(read.root.children.filter((node) => node.type === 'table')).toHaveLength(1);
}

describe('general reader: code blocks as docs-site generators render them (HTML pages)', () => {
  it("should read Pygments' line-number table (Sphinx, `linenos`) as one code block, its language from the wrapper, no digits", () => {
    expectRead(
      page(
        (language, text) =>
          `<div class="highlight-${language} notranslate"><div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">${lines(
            text,
          )
            .map((_, i) => i + 1)
            .join(
              '</span>\n<span class="normal">',
            )}</span></pre></div></td><td class="code"><div><pre><span></span>${lines(text).map(esc).join('\n')}\n</pre></div></td></tr></table></div></div>`,
      ),
    );
  });

  it("should read Hugo/Chroma's `lntable` as one code block of its `data-lang`", () => {
    expectRead(
      page(
        (language, text) =>
          `<div class="highlight"><div class="chroma">\n<table class="lntable"><tr><td class="lntd">\n<pre tabindex="0" class="chroma"><code><span class="lnt">${lines(
            text,
          )
            .map((_, i) => i + 1)
            .join(
              '\n</span><span class="lnt">',
            )}\n</span></code></pre></td>\n<td class="lntd">\n<pre tabindex="0" class="chroma"><code data-lang="${language}"><span class="line"><span class="cl">${lines(
            text,
          )
            .map(esc)
            .join('\n</span></span><span class="line"><span class="cl">')}\n</span></span></code></pre></td></tr></table>\n</div></div>`,
      ),
    );
  });

  it("should read a table of a row per line (GitHub's `blob-num` cells, the number in `data-line-number`) as one code block", () => {
    expectRead(
      page(
        (language, text) =>
          `<div class="highlight highlight-source-${language}"><table class="highlight tab-size js-file-line-container"><tbody>${lines(text)
            .map(
              (line, i) =>
                `<tr><td id="L${i + 1}" class="blob-num js-line-number" data-line-number="${i + 1}"></td><td id="LC${i + 1}" class="blob-code blob-code-inner js-file-line">${esc(line)}</td></tr>`,
            )
            .join('\n')}</tbody></table></div>`,
      ),
    );
  });

  it('should drop inline line numbers (`<span class="linenos">`), a copy control\'s words and a frame\'s language label', () => {
    // Pygments' `linenos="inline"`.
    expectRead(
      page(
        (language, text) =>
          `<div class="highlight-${language} notranslate"><div class="highlight"><pre><span></span>${lines(text)
            .map((line, i) => `<span class="linenos">${String(i + 1).padStart(2)}</span>${esc(line)}`)
            .join('\n')}\n</pre></div></div>`,
      ),
    );
    // A copy control written as words in the block; VitePress' `<span class="lang">` beside it.
    expectRead(
      page(
        (language, text) =>
          `<div class="language-${language} vp-adaptive-theme"><span class="lang">${language}</span><pre class="shiki"><span class="copy-code" role="button">Copy</span><code>${lines(
            text,
          )
            .map((line) => `<span class="line"><span>${esc(line)}</span></span>`)
            .join('\n')}</code></pre><div class="copied">Copied!</div></div>`,
      ),
    );
  });

  it('should keep a table of numbers and words as the table it is', () => {
    const read = readGeneral(
      page((language, text) => `<pre><code class="language-${language}">${esc(text)}</code></pre>`).replace(
        '<h3>Example request</h3>',
        '<h3>Errors</h3><table><tr><td>1</td><td>Out of stock</td></tr><tr><td>2</td><td>No such pet</td></tr></table><h3>Example request</h3>',
      ),
      'api/toys.html',
    );
    expect(read.root.children.filter((node) => node.type === 'table')).toHaveLength(2);
  });
});
