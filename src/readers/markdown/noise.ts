/**
 * Site-generator noise → blanks, before parsing:
 *
 *     {% hint style="info" %} … {% endhint %}     Liquid / GitBook / Jekyll tags
 *     {{< note >}} … {{< /note >}}                Hugo shortcodes (one that states an endpoint by its
 *                                                 `method` and `endpoint`/`path` attributes becomes that request line)
 *     [!INCLUDE [title](../includes/x.md)]        DocFX includes
 *     @include 'partials/x.mdx'                   include lines alone on their line: MDX partials (HashiCorp's),
 *     !include shared/x.md  /  --8<-- "x.md"       markdown-include / markdown-pp, pymdownx snippets, and a
 *     --8<-- ⏎ a.md ⏎ b.md ⏎ --8<--                 snippets block (its file lines up to the closing `--8<--`)
 *     Namespace: microsoft.graph                  a page's namespace line alone (Microsoft Graph's, under its title)
 *     <!-- comment -->                            HTML comments
 *     [![build](https://img.shields.io/…)](…)      badges (a linked image)
 *     ::: tip  /  :::                             container fences (VuePress, docusaurus)
 *     /// details | Title  /  ///                 pymdownx blocks (MkDocs), and their indented options (`    open: True`)
 *     # [HTTP](#tab/http)                          DocFX tab headings
 *     <a id="opIdlistPets"></a>                     empty anchors (Widdershins, Slate)
 *     {:.indent}                                   kramdown block attribute lists alone on their line (Jekyll)
 *     Introduced 1.0 ⏎ {: .label .label-purple }     and the one-line paragraph such a list makes a label or
 *                                                 badge of (Just the Docs' version labels): no summary
 *     <Note>  /  <Callout type="info">  /  </Note>  MDX admonition components' tags alone on their line
 *     {{ page.lamp_fields }}                       Liquid outputs of a page's variable alone on their line (Jekyll)
 *
 * A Liquid code block (`{% highlight json %}` … `{% endhighlight %}`, Jekyll's) is no noise: its
 * tags, each alone on its line, become the fence they stand for (```` ```json ````, padded). So do
 * Hugo's code shortcodes: `{{< highlight json >}}` … `{{< /highlight >}}`, and a Docsy tab that names
 * its language, `{{< tab header="Answer" lang="json" >}}` … `{{< /tab >}}` (a tab without `lang`
 * holds markdown, and stays the words it holds).
 *
 * Each is replaced by spaces (line breaks kept), so every position still points at the page and
 * no description quotes a directive. The words between paired tags (`Permission required: …`)
 * are kept, and so is the one word of a marker that says a parameter is required or optional, or a
 * value nullable (Hugo's `{{<required>}}`, `{{<nullable>}}`, MDX's `<Required />`): it becomes
 * that word, padded with spaces.
 */

import { COMPONENT_TAG_LINE } from './admonitions.js';

/** Paired delimiters, found by `indexOf` (linear even when a page opens many and closes none). */
const PAIRS: ReadonlyArray<[string, string]> = [
  ['{{<', '>}}'],
  ['{{%', '%}}'],
  ['{%', '%}'],
  ['<!--', '-->'],
];

/**
 * One-line patterns (no nested quantifiers: linear), each with a string every match holds: a page
 * without it is not searched (most pages hold none of these, and the lookbehind is slow to fail).
 */
const LINES: ReadonlyArray<[RegExp, string]> = [
  [/^#{1,6}[ \t]*\[[^\]\n]*\]\(#tab\/[^)\n]*\)[ \t]*$/gm, '](#tab/'],
  [/\[!INCLUDE\s*\[[^\]\n]*\]\([^)\n]*\)\]/gi, '[!'],
  // An include line: `@include 'x.mdx'` (MDX partials), `!include x.md` / `!INCLUDE "x.md"`, `--8<-- "x.md"` (snippets).
  [/^[ \t]*@include[ \t]+(?:'[^'\n]*'|"[^"\n]*")[ \t]*$/gm, '@include'],
  [/^[ \t]*!include\b[ \t]*(?:\([^)\n]*\)|[^\s(][^\n]*)[ \t]*$/gim, '!'],
  [/^[ \t]*;?--8<--[ \t]+(?:'[^'\n]*'|"[^"\n]*")[ \t]*$/gm, '--8<--'],
  [/^Namespace:[ \t]+[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[ \t]*$/gm, 'Namespace:'],
  [/\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)/g, '[!['],
  [/^[ \t]*:::.*$/gm, ':::'],
  // A pymdownx block's options, indented under its opening line (`    open: True`): read as code else.
  [/(?<=^[ \t]*\/\/\/[ \t]+[\w-]+(?:[ \t]*\|[^\n]*)?\n)(?:[ \t]+[\w-]+:[^\n]*(?:\n|$))+/gm, '///'],
  [/^[ \t]*\/\/\/(?:[ \t]+[\w-]+(?:[ \t]*\|.*)?)?[ \t]*$/gm, '///'],
  [/<a\s+(?:id|name)="[^"\n]*"\s*>\s*<\/a>/gi, '="'],
  // A kramdown block attribute list alone on its line (`{:.indent}` over a table, Kong's).
  [/^[ \t]*\{:[^{}\n]*\}[ \t]*$/gm, '{:'],
  // An MDX admonition's tag alone on its line (`<Note>`, `<Callout type="info">`, `</Note>`): its words are a note (admonitions.ts).
  [COMPONENT_TAG_LINE, '<'],
  // A Liquid output of a page's or site's variable alone on its line (`{{ page.lamp_fields }}`,
  // Jekyll's): the site fills it in, the page holds no words of it.
  [/^[ \t]*\{\{-?[ \t]*(?:page|site|include|layout)\.[\w.-]+[ \t]*-?\}\}[ \t]*$/gm, '{{'],
];

/** A shortcode or component that only marks a parameter required or optional, or a value nullable. */
const MARKERS = /\{\{[<%]\s*(required|optional|nullable)\s*\/?\s*[>%]\}\}|<(required|optional)\s*\/>/gi;

/** A shortcode on one line (`{{< api-endpoint method="get" endpoint="…" >}}`). */
const SHORTCODE = /\{\{[<%][^{}\n]*[>%]\}\}/g;
const METHOD_ATTRIBUTE = /\smethod\s*=\s*["']([A-Za-z]+)["']/i;
const ROUTE_ATTRIBUTE = /\s(?:endpoint|path|url|route)\s*=\s*["']([^"'\s]+)["']/i;

/**
 * A shortcode that states an endpoint by its attributes (InfluxData's `{{< api-endpoint
 * method="get" endpoint="http://localhost:8086/api/v2/buckets" >}}`) → the request line it states,
 * padded to its length: a signature, where any other shortcode is noise.
 */
function endpointShortcode(match: string): string {
  const method = METHOD_ATTRIBUTE.exec(match)?.[1];
  const route = ROUTE_ATTRIBUTE.exec(match)?.[1];
  return method && route ? `${method.toUpperCase()} ${route}`.padEnd(match.length, ' ') : match;
}

/** Jekyll's `{% highlight json linenos %}` alone on its line, and the `{% endhighlight %}` that closes it. */
const HIGHLIGHT = /^([ \t]*)\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)[^%\n]*-?%\}[ \t]*$/gm;
const END_HIGHLIGHT = /^([ \t]*)\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/gm;

/**
 * Hugo's `{{< highlight json "linenos=table" >}}` and Docsy's `{{< tab header="…" lang="json" >}}`
 * alone on their line, and the `{{< /highlight >}}` or `{{< /tab >}}` that closes each. The
 * language's name ends where a word character could not go on (no two ways to split a long line).
 * A self-closing tab (`{{< tab header="Example:" disabled=true />}}`) opens none.
 */
const HUGO_HIGHLIGHT = /^([ \t]*)\{\{[<%][ \t]*highlight[ \t]+([\w+#.-]+)(?![\w+#.-])[^{}\n]*[>%]\}\}[ \t]*$/gm;
const HUGO_END_HIGHLIGHT = /^([ \t]*)\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/gm;
const DOCSY_TAB = /^([ \t]*)\{\{[<%][ \t]*tab[ \t]([^{}\n]*)[>%]\}\}[ \t]*$/gm;
const DOCSY_END_TAB = /^([ \t]*)\{\{[<%][ \t]*\/[ \t]*tab[ \t]*[>%]\}\}[ \t]*$/gm;
const LANG_ATTRIBUTE = /(?:^|\s)lang\s*=\s*["']([\w+#.-]+)["']/i;

/** The language a Docsy tab's opening line names, where it does not close itself. */
function tabLanguage(open: RegExpExecArray | RegExpMatchArray): string | undefined {
  const attributes = open[2]!;
  return attributes.trimEnd().endsWith('/') ? undefined : LANG_ATTRIBUTE.exec(attributes)?.[1];
}

/** Each Liquid code block → a fence of its language, the tags' lines padded to their length. */
function highlightFences(text: string): string {
  return codeFences(text, HIGHLIGHT, END_HIGHLIGHT, (open) => open[2]);
}

/** Each Hugo code shortcode pair → a fence of its language (a Docsy tab of none stays as it is). */
function hugoFences(text: string): string {
  let out = text.includes('highlight') ? codeFences(text, HUGO_HIGHLIGHT, HUGO_END_HIGHLIGHT, (open) => open[2]) : text;
  if (out.includes('lang')) out = codeFences(out, DOCSY_TAB, DOCSY_END_TAB, tabLanguage);
  return out;
}

/**
 * Each block between an `opener` line of a language and the next `closer` line → a fence of that
 * language, the tags' lines padded to their length. One pass: an opener of no language is passed
 * by, and the first one left unclosed ends the search (no later closer can follow it).
 */
function codeFences(text: string, opener: RegExp, closer: RegExp, language: (open: RegExpMatchArray) => string | undefined): string {
  let out = '';
  let done = 0;
  for (const open of text.matchAll(opener)) {
    if (open.index < done) continue;
    const lang = language(open);
    if (lang === undefined) continue;
    const from = open.index + open[0].length;
    closer.lastIndex = from;
    const close = closer.exec(text);
    if (!close) break;
    const body = text.slice(from, close.index);
    // A fence longer than any run of backticks the code holds.
    const runs = body.match(/`{3,}/g) ?? [];
    const fence = '`'.repeat(Math.max(3, ...runs.map((run) => run.length + 1)));
    const opening = `${open[1]}${fence}${lang}`;
    const closing = `${close[1]}${fence}`;
    if (opening.length > open[0].length || closing.length > close[0].length) continue;
    out += text.slice(done, open.index) + opening.padEnd(open[0].length, ' ') + body + closing.padEnd(close[0].length, ' ');
    done = close.index + close[0].length;
  }
  return done === 0 ? text : out + text.slice(done);
}

export function blankNoise(page: string): string {
  const liquid = page.includes('highlight') && page.includes('{%') ? highlightFences(page) : page;
  const text = liquid.includes('{{') ? hugoFences(liquid) : liquid;
  let result = text.replace(MARKERS, (match: string, hugo?: string, mdx?: string) =>
    (hugo ?? mdx ?? '').toLowerCase().padEnd(match.length, ' '),
  );
  if (result.includes('{{')) result = result.replace(SHORTCODE, endpointShortcode);
  for (const [open, close] of PAIRS) result = blankPairs(result, open, close);
  if (result.includes('{:')) result = blankLabels(result);
  for (const [pattern, held] of LINES) if (result.includes(held)) result = result.replace(pattern, blank);
  if (result.includes('--8<--')) result = blankSnippetBlocks(result);
  return unindentTagLines(text, result);
}

/** A kramdown block attribute list alone on its line that classes its block a label or badge (`{: .label .label-purple }`). */
const LABEL_LIST = /^[ \t]*\{:[^{}\n]*\.(?:label|badge)\b[^{}\n]*\}[ \t]*$/gm;
/** A line that opens another block than a paragraph: a heading, quote, list item, table row, fence or tag. */
const BLOCK_LINE = /^[ \t]*(?:#|>|[-*+][ \t]|\d+[.)][ \t]|\||`{3}|~{3}|<)/;

/**
 * `Introduced 1.0` ⏎ `{: .label .label-purple }` (Just the Docs' version labels, Jekyll): the
 * one-line paragraph right above such a list is a label, no words of the page; blanked where a
 * blank line, a heading or the page's start comes before it (a paragraph of one line).
 */
function blankLabels(text: string): string {
  let out = '';
  let done = 0;
  for (const match of text.matchAll(LABEL_LIST)) {
    const end = match.index - 1;
    if (end < done) continue;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const before = start === 0 ? '' : text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
    if (line.trim() === '' || BLOCK_LINE.test(line)) continue;
    if (before.trim() !== '' && !/^[ \t]{0,3}#{1,6}(?:[ \t]|$)/.test(before)) continue;
    out += text.slice(done, start) + blank(line);
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** A line that opens with a tag (`{% swagger-description %}Lends a book.`, `<a name="pet"></a>**Pet**`), and its words after it. */
const TAG_LINE = /^[ \t]*(?:\{\{[<%]|\{%|<!--|<a\s)[^\n]*$/gm;

/**
 * A line that opens with a tag and goes on with words: blanked, the tag would indent them into a
 * code block (four spaces or more). Its words move to where the tag started (the rest of the line
 * padded), so they read as the paragraph they are; only their columns on that line move.
 */
function unindentTagLines(text: string, blanked: string): string {
  if (!text.includes('{%') && !text.includes('{{') && !text.includes('<!--') && !text.includes('<a')) return blanked;
  let out = '';
  let done = 0;
  for (const match of text.matchAll(TAG_LINE)) {
    const start = match.index;
    const line = blanked.slice(start, start + match[0].length);
    const words = line.trimStart();
    const indent = line.length - words.length;
    // A line the page itself indents four spaces is code (or a list's content) as written.
    if (indent < 4 || words === '' || /^[ \t]{4}/.test(match[0])) continue;
    out += blanked.slice(done, start) + words.padEnd(line.length, ' ');
    done = start + line.length;
  }
  return done === 0 ? blanked : out + blanked.slice(done);
}

/** A snippets block's delimiter: `--8<--` alone on its line. */
const SNIPPETS = /^[ \t]*--8<--[ \t]*\r?$/;

/**
 * pymdownx snippets' block form, `--8<--` ⏎ `a.md` ⏎ `b.md` ⏎ `--8<--`: the delimiters and the file
 * lines between them blanked, where no blank line comes before the closing one (else the opener
 * alone is). One pass: a search stops at the first blank line or delimiter, and goes on after it.
 */
function blankSnippetBlocks(text: string): string {
  const lines = text.split('\n');
  for (let at = 0; at < lines.length; at++) {
    if (!SNIPPETS.test(lines[at]!)) continue;
    let end = at + 1;
    while (end < lines.length && lines[end]!.trim() !== '' && !SNIPPETS.test(lines[end]!)) end++;
    const closed = end < lines.length && SNIPPETS.test(lines[end]!);
    const last = closed ? end : at;
    for (let line = at; line <= last; line++) lines[line] = blank(lines[line]!);
    at = last;
  }
  return lines.join('\n');
}

function blankPairs(text: string, open: string, close: string): string {
  let at = text.indexOf(open);
  if (at < 0) return text;
  let out = '';
  let done = 0;
  while (at >= 0) {
    const end = text.indexOf(close, at + open.length);
    if (end < 0) break;
    out += text.slice(done, at) + blank(text.slice(at, end + close.length));
    done = end + close.length;
    at = text.indexOf(open, done);
  }
  return out + text.slice(done);
}

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}

/** The ESM lines an MDX page opens with (after its front matter): `import { Note } from '/snippets/note.mdx'`. */
const MDX_ESM = /^(?:import|export)\s[^\n]*$/;

/** `text` with the `import`/`export` lines at the top of an MDX page blanked (never those of code samples further down). */
export function blankMdxEsm(text: string): string {
  const lines = text.split('\n');
  let index = 0;
  if (/^\uFEFF?---\r?$/.test(lines[0] ?? '')) {
    index = lines.findIndex((line, at) => at > 0 && /^---\r?$/.test(line)) + 1;
    if (index === 0) return text;
  }
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (!MDX_ESM.test(line)) break;
    lines[index] = blank(line);
  }
  return lines.join('\n');
}
