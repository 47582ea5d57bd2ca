/**
 * A docs site's marks around a whole `.html` page's words (html-site-marks.ts): an admonition's
 * title that names its kind and a permalink beside (or in) a heading are no title, name or
 * description; the admonition's words stay.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const ROUTE = 'GET /pets/{pet_id}/toys';

/** A page of one operation: `heading(text)` renders its headings, `note(words)` the admonition under its summary. */
function page(heading: (text: string, level: number) => string, note: (words: string) => string): string {
  return [
    '<html><body><main>',
    heading('List toys', 2),
    '<p>Lists the toys of a pet.</p>',
    note('Toys are sold separately.'),
    `<pre><code class="language-http">${ROUTE}</code></pre>`,
    heading('Parameters', 3),
    '<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>',
    "<tr><td><code>pet_id</code></td><td>integer</td><td>The pet's ID.</td></tr>",
    '<tr><td><code>limit</code></td><td>integer</td><td>How many toys.</td></tr>',
    '</tbody></table>',
    '</main></body></html>',
  ].join('\n');
}

function expectRead(html: string): void {
  const read = readGeneral(html, 'api/toys.html');
  expect(read.routes).toEqual([ROUTE]);
  const op = operation(read, ROUTE);
  expect([op.summary, op.description]).toEqual(['Lists the toys of a pet.', 'Toys are sold separately.']);
  expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:pet_id', 'query:limit']);
  expect(JSON.stringify(read.fragment)).not.toMatch(/Section titled|Permalink|\u200b|"(?:Note|note|TIP|Warning)"/);
}

const plain = (text: string, level: number) => `<h${level}>${text}</h${level}>`;

describe('general reader: admonitions and permalinks as docs sites render them (HTML pages)', () => {
  it("should drop an admonition's title that names its kind (Sphinx/MkDocs, Docusaurus, VitePress, Starlight, Docsy, GitHub, <details>)", () => {
    const notes = [
      (w: string) => `<div class="admonition note"><p class="admonition-title">Note</p><p>${w}</p></div>`,
      (w: string) =>
        `<div class="theme-admonition theme-admonition-note alert alert--secondary"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"></svg></span>note</div><div class="admonitionContent_BuS1"><p>${w}</p></div></div>`,
      (w: string) => `<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${w}</p></div>`,
      (w: string) =>
        `<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24"></svg>Note</p><div class="starlight-aside__content"><p>${w}</p></div></aside>`,
      // Docsy's title is an <h4>: no heading of the page (it would end the operation's words).
      (w: string) => `<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4><p>${w}</p></div>`,
      (w: string) => `<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title"><svg></svg>Note</p><p>${w}</p></div>`,
      (w: string) => `<details class="note"><summary>Note</summary><p>${w}</p></details>`,
    ];
    for (const note of notes) expectRead(page(plain, note));
  });

  it('should keep a title of other words as the label it is', () => {
    const read = readGeneral(
      page(plain, () => '').replace(
        '</table>',
        '</table>\n<div class="admonition example"><p class="admonition-title">Example response</p><pre><code class="language-json">[{"id": 31}]</code></pre></div>',
      ),
      'api/toys.html',
    );
    expect(operation(read, ROUTE).responses.map((r) => r.content[0]?.examples.map((e) => e.value))).toEqual([[[{ id: 31 }]]]);
  });

  it('should drop a permalink beside its heading (Starlight, GitHub) or in it (Docusaurus, VitePress: a zero-width space)', () => {
    const headings = [
      (t: string, l: number) =>
        `<div class="sl-heading-wrapper level-h${l}"><h${l} id="${t.toLowerCase()}">${t}</h${l}><a class="sl-anchor-link" href="#${t.toLowerCase()}"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only">Section titled “${t}”</span></a></div>`,
      (t: string, l: number) =>
        `<div class="markdown-heading"><h${l} class="heading-element">${t}</h${l}><a id="user-content-${t.toLowerCase()}" class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase()}"><svg class="octicon octicon-link"></svg></a></div>`,
      (t: string, l: number) =>
        `<h${l} class="anchor" id="${t.toLowerCase()}">${t}<a href="#${t.toLowerCase()}" class="hash-link" aria-label="Direct link to ${t}">\u200b</a></h${l}>`,
      (t: string, l: number) =>
        `<h${l} id="${t.toLowerCase()}" tabindex="-1">${t} <a class="header-anchor" href="#${t.toLowerCase()}">\u200b</a></h${l}>`,
    ];
    for (const heading of headings) expectRead(page(heading, (w) => `<p>${w}</p>`));
  });
});
