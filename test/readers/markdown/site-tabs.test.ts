/**
 * Tabbed samples of a whole `.html` page as docs sites render them (html-tabs.ts): ARIA tabs
 * (Docusaurus, Starlight, GitBook, Mintlify's Headless UI) and radio tabs (MkDocs Material's
 * `tabbed-set`, VitePress' code groups) read as the markdown's `=== "Title"` tabs are: each tab's
 * code under its title.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

type Tab = [title: string, language: string, code: string];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ROUTE = 'POST /pets/{pet_id}/toys';
const SAMPLES: Tab[] = [
  ['cURL', 'bash', `curl -X POST https://api.example.com/pets/7/toys \\\n  -d '{"name": "Ball"}'`],
  ['Python', 'python', 'import requests\nrequests.post("https://api.example.com/pets/7/toys", json={"name": "Ball"})'],
  ['Response', 'json', '{"id": 31, "name": "Ball"}'],
];
const STATUSES: Tab[] = [
  ['201 Created', 'json', '{"id": 31, "name": "Ball"}'],
  ['404 Not Found', 'json', '{"error": "no such pet"}'],
];
const pre = (language: string, code: string) => `<pre><code class="language-${language}">${esc(code)}</code></pre>`;

/** A page of one operation whose two tab sets (samples, then statuses) `tabs` renders. */
function page(tabs: (set: Tab[], n: number) => string): string {
  return [
    '<html><body><main>',
    '<h2>Create a toy</h2>',
    '<p>Creates a toy for a pet.</p>',
    pre('http', ROUTE),
    '<h3>Parameters</h3>',
    '<table><thead><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>',
    "<tr><td><code>pet_id</code></td><td>integer</td><td>yes</td><td>The pet's ID.</td></tr>",
    "<tr><td><code>name</code></td><td>string</td><td>yes</td><td>The toy's name.</td></tr>",
    '</tbody></table>',
    '<h3>Examples</h3>',
    tabs(SAMPLES, 1),
    '<h3>Responses</h3>',
    tabs(STATUSES, 2),
    '</main></body></html>',
  ].join('\n');
}

/** The same operation written in markdown, its two tab sets pasted as the HTML `tabs` renders. */
function markdownPage(tabs: (set: Tab[], n: number) => string): string {
  return [
    '## Create a toy',
    '',
    'Creates a toy for a pet.',
    '',
    '```http',
    ROUTE,
    '```',
    '',
    '### Parameters',
    '',
    '| Name | Type | Required | Description |',
    '|---|---|---|---|',
    "| `pet_id` | integer | yes | The pet's ID. |",
    "| `name` | string | yes | The toy's name. |",
    '',
    '### Examples',
    '',
    tabs(SAMPLES, 1),
    '',
    '### Responses',
    '',
    tabs(STATUSES, 2),
    '',
  ].join('\n');
}

/** `[status, example values]` of every response, the request body's examples, the description. */
function readOf(html: string, file = 'api/toys.html') {
  const op = operation(readGeneral(html, file), ROUTE);
  return {
    request: op.requestBody?.content[0]?.examples.map((e) => e.value),
    responses: op.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value) ?? []]),
    description: op.description,
  };
}

const WANT = {
  request: [{ name: 'Ball' }],
  responses: [
    [
      '201',
      [
        { id: 31, name: 'Ball' },
        { id: 31, name: 'Ball' },
      ],
    ],
    ['404', [{ error: 'no such pet' }]],
  ],
  description: undefined,
};

/** Docusaurus' tabs as rendered: the unselected panels `hidden`. */
const docusaurus = (set: Tab[]) =>
  `<div class="tabs-container"><ul role="tablist" class="tabs">${set.map(([title], i) => `<li role="tab" aria-selected="${i === 0}" class="tabs__item">${title}</li>`).join('')}</ul><div class="margin-top--md">${set
    .map(([, language, code], i) => `<div role="tabpanel"${i ? ' hidden=""' : ''}>${pre(language, code)}</div>`)
    .join('')}</div></div>`;
/** MkDocs Material's tabbed-set (pymdownx's alternate style: the labels together, written with no space between). */
const mkdocs = (set: Tab[], n: number) =>
  `<div class="tabbed-set tabbed-alternate">${set.map((_, i) => `<input id="t${n}-${i}" name="set${n}" type="radio" />`).join('')}<div class="tabbed-labels">${set
    .map(([title], i) => `<label for="t${n}-${i}">${title}</label>`)
    .join(
      '',
    )}</div>\n<div class="tabbed-content">\n${set.map(([, language, code]) => `<div class="tabbed-block">${pre(language, code)}</div>`).join('\n')}\n</div></div>`;
/** Starlight's tabs, the unselected panels `hidden`. */
const starlightHidden = (set: Tab[], n: number) =>
  `<starlight-tabs><div class="tablist-wrapper"><ul role="tablist">${set.map(([title], i) => `<li role="presentation"><a role="tab" href="#tab-panel-${n}${i}" id="tab-${n}${i}">${title}</a></li>`).join('')}</ul></div>${set
    .map(
      ([, language, code], i) =>
        `<div id="tab-panel-${n}${i}" aria-labelledby="tab-${n}${i}" role="tabpanel"${i ? ' hidden' : ''}>${pre(language, code)}</div>`,
    )
    .join('')}</starlight-tabs>`;
/** VitePress' code group: radio inputs and labels together, then every block. */
const vitepress = (set: Tab[], n: number) =>
  `<div class="vp-code-group"><div class="tabs">${set.map(([title], i) => `<input type="radio" name="group-${n}" id="tab-${n}${i}"${i ? '' : ' checked'}><label for="tab-${n}${i}">${title}</label>`).join('')}</div><div class="blocks">${set
    .map(([, language, code], i) => `<div class="language-${language}${i ? '' : ' active'}">${pre(language, code)}</div>`)
    .join('')}</div></div>`;

/** MkDocs Material's tabbed-set, pymdownx's first form: each label right before its panel. */
const mkdocsFirst = (set: Tab[], n: number) =>
  `<div class="tabbed-set">${set.map(([title, language, code], i) => `<input${i ? '' : ' checked'} id="f${n}-${i}" name="first${n}" type="radio" /><label for="f${n}-${i}">${title}</label><div class="tabbed-content">${pre(language, code)}</div>`).join('')}</div>`;

/** A panel no tab controls: the tabs are paired with theirs by id, not by place. */
const EXTRA = '<div role="tabpanel" id="panel-other"></div>';

describe('general reader: tabbed samples as docs sites render them (HTML pages)', () => {
  it("should read ARIA tabs by their panels' places (Docusaurus), `aria-labelledby` (Starlight) and `aria-controls` (GitBook)", () => {
    const docusaurus = page(
      (set) =>
        `<div class="tabs-container"><ul role="tablist" class="tabs">${set.map(([title], i) => `<li role="tab" aria-selected="${i === 0}" class="tabs__item">${title}</li>`).join('')}</ul><div class="margin-top--md">${set
          .map(([, language, code], i) => `<div role="tabpanel"${i ? ' hidden=""' : ''}>${pre(language, code)}</div>`)
          .join('')}</div></div>`,
    );
    const starlight = page(
      (set, n) =>
        `<starlight-tabs><div class="tablist-wrapper"><ul role="tablist">${set.map(([title], i) => `<li role="presentation"><a role="tab" href="#tab-panel-${n}${i}" id="tab-${n}${i}">${title}</a></li>`).join('')}</ul></div>${set
          .map(
            ([, language, code], i) =>
              `<div id="tab-panel-${n}${i}" aria-labelledby="tab-${n}${i}" role="tabpanel">${pre(language, code)}</div>`,
          )
          .join('')}${EXTRA}</starlight-tabs>`,
    );
    const gitbook = page(
      (set, n) =>
        `<div><div role="tablist">${set.map(([title], i) => `<button role="tab" aria-controls="panel-${n}-${i}">${title}</button>`).join('')}</div>${set
          .map(([, language, code], i) => `<div role="tabpanel" id="panel-${n}-${i}">${pre(language, code)}</div>`)
          .join('')}${EXTRA}</div>`,
    );
    expect(readOf(docusaurus)).toEqual(WANT);
    expect(readOf(starlight)).toEqual(WANT);
    expect(readOf(gitbook)).toEqual(WANT);
  });

  it("should title only the panels a page holds (Headless UI's, Mintlify's, renders the selected one) and drop the tab list's words (`Copy`)", () => {
    const mintlify = page(
      (set, n) =>
        `<div class="code-group"><div role="tablist" aria-orientation="horizontal"><div>${set.map(([title], i) => `<button id="tab-${n}${i}" role="tab" type="button" aria-controls="panel-${n}${i}"><div><div class="z-10">${title}</div></div></button>`).join('')}</div><div class="group"><button><svg></svg></button><div class="hidden group-hover:block">Copy</div></div></div><div>${set
          .map(([, language, code], i) =>
            i === 0
              ? `<div id="panel-${n}${i}" role="tabpanel" aria-labelledby="tab-${n}${i}">${pre(language, code)}</div>`
              : `<span id="panel-${n}${i}" role="tabpanel" aria-labelledby="tab-${n}${i}" style="position: fixed"></span>`,
          )
          .join('')}</div></div>`,
    );
    expect(readOf(mintlify)).toEqual({
      request: [{ name: 'Ball' }],
      responses: [['201', [{ id: 31, name: 'Ball' }]]],
      description: undefined,
    });
  });

  it("should read radio tabs: MkDocs Material's `tabbed-set` (both forms) and VitePress' code groups", () => {
    const radios = (set: Tab[], n: number) =>
      set.map(
        ([title], i) =>
          `<input${i ? '' : ' checked'} id="t${n}-${i}" name="set${n}" type="radio" /><label for="t${n}-${i}">${title}</label>`,
      );
    const alternate = page(
      (set, n) =>
        `<div class="tabbed-set tabbed-alternate">${set.map((_, i) => `<input id="t${n}-${i}" name="set${n}" type="radio" />`).join('')}<div class="tabbed-labels">${set
          .map(([title], i) => `<label for="t${n}-${i}">${title}</label>`)
          .join(
            '',
          )}</div>\n<div class="tabbed-content">\n${set.map(([, language, code]) => `<div class="tabbed-block">${pre(language, code)}</div>`).join('\n')}\n</div></div>`,
    );
    const first = page(
      (set, n) =>
        `<div class="tabbed-set">${radios(set, n)
          .map((tab, i) => `${tab}<div class="tabbed-content">${pre(set[i]![1], set[i]![2])}</div>`)
          .join('')}</div>`,
    );
    const vitepress = page(
      (set, n) =>
        `<div class="vp-code-group"><div class="tabs">${radios(set, n).join('')}</div><div class="blocks">${set
          .map(([, language, code]) => `<div class="language-${language}">${pre(language, code)}</div>`)
          .join('')}</div></div>`,
    );
    expect(readOf(alternate)).toEqual(WANT);
    expect(readOf(first)).toEqual(WANT);
    expect(readOf(vitepress)).toEqual(WANT);
  });
});

describe('general reader: tab sets pasted as HTML into a markdown page', () => {
  it("should read a markdown page's HTML tab sets (ARIA and radio tabs) as a whole page's are", () => {
    expect(readOf(markdownPage(docusaurus), 'api/toys.md')).toEqual(WANT);
    expect(readOf(markdownPage(mkdocs), 'api/toys.md')).toEqual(WANT);
    // A blank line in a sample cuts the HTML block in CommonMark: the set is still its element's whole extent.
    const spaced = markdownPage((set, n) => mkdocs(set, n).replace('{"error": "no such pet"}', '{\n\n"error": "no such pet"}'));
    expect(readOf(spaced, 'api/toys.md')).toEqual(WANT);
    // A block of HTML that holds no tab set stays as written.
    const plain = readGeneral(
      markdownPage(() => '<div class="note"><p>Toys are chewed.</p></div>'),
      'api/toys.md',
    );
    expect(plain.root.children.some((node) => node.type === 'html' && node.value.includes('Toys are chewed.'))).toBe(true);
  });
});

describe('general reader: tabbed samples in the text a browser copies from a docs site', () => {
  /** The page's text as a browser's copy gives it (hast-util-to-text: innerText, hidden panels no text). */
  const copied = (html: string) => `${toText(fromHtml(html))}\n`;

  it("should read each tab's title over its panel: titles a line each over the selected panel (Docusaurus, Starlight)", () => {
    for (const tabs of [docusaurus, starlightHidden]) {
      const text = copied(page(tabs));
      expect(text).toContain('Responses\n201 Created\n404 Not Found\n{');
      expect(readOf(text, 'api/toys.txt')).toEqual({
        request: [{ name: 'Ball' }],
        responses: [['201', [{ id: 31, name: 'Ball' }]]],
        description: undefined,
      });
    }
  });

  it('should part titles glued on one line (MkDocs Material, VitePress) where as many words open as panels follow', () => {
    for (const tabs of [mkdocs, vitepress]) {
      const text = copied(page(tabs));
      expect(text).toContain('cURLPythonResponse\ncurl -X POST');
      expect(readOf(text, 'api/toys.txt')).toEqual(WANT);
    }
  });

  it("should read a title over each panel (MkDocs Material's first form) under its section's title: the statuses' samples", () => {
    const text = copied(page(mkdocsFirst));
    expect(text).toContain('Responses\n201 Created\n{');
    expect(readOf(text, 'api/toys.txt').responses).toEqual(WANT.responses);
  });
});
