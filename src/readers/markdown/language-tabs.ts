/**
 * Slate's pages (and Shins' and Widdershins' after them) name their code tabs in the front matter
 * (`language_tabs:` ⏎ `  - shell` ⏎ `  - ruby` ⏎ `  - python: Python`) and show each call in every
 * tab's language, in fences right under the operation's heading. A fence in a tab's program
 * language whose call no client the reader knows makes (`api.lamps.get` in Ruby) is a code sample
 * of the call, no words of its description: it is set aside. Shell, HTTP and data fences stay (a
 * curl command is the request's sample, JSON the answer's), and so does a fence whose call is read.
 *
 * A set of code tabs written as components holds such fences too, on any page (Typesense's and
 * other VuePress sites' `<Tabs :tabs="['JavaScript','Ruby','Shell']">` ⏎ `<template
 * v-slot:Ruby>` ⏎ a fence, Docusaurus' `<Tabs>` ⏎ `<TabItem value="py">`, Mintlify's `<CodeGroup>`):
 * a fence between the set's opening tag and its closing one, in a program's language, of no call
 * the reader reads and no data (a JSON object in a `javascript` fence stays the sample it is), is
 * set aside so. A fence outside a set stays as written. So is such a fence of a Slate include, a
 * page of that layout with no front matter of its own, between a call's heading and its
 * `#### HTTP Request` title (withoutIncludeSamples).
 */
import type { Code, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { closedComponents } from './component-spans.js';
import { isSampleCall } from './part-state.js';
import { isRequestMessage } from './signatures.js';

/** The `language_tabs:` key and its list, a line an item. */
const TABS = /^language_tabs[ \t]*:[ \t]*\r?\n((?:[ \t]*-[^\n]*(?:\n|$))*)/m;
/** An item's language: `- ruby`, `- python: Python`, `- 'javascript--nodejs': Node.JS`. */
const TAB = /^[ \t]*-[ \t]*['"]?([\w#+.-]+)/;
/** Fences the reader reads whatever tab shows them: commands, messages, data, text. */
const READ = /^(?:shell|bash|sh|zsh|console|shell-session|curl|http|https|json|json5|jsonc|xml|yaml|yml|text|plaintext|txt|html)$/i;

/** The languages the page's front matter names as its code tabs (`javascript--nodejs` also as `javascript`), lower-case. */
export function tabLanguages(root: Root): Set<string> {
  const tabs = new Set<string>();
  const yaml = root.children.find((node) => node.type === 'yaml');
  const list = yaml?.type === 'yaml' ? TABS.exec(yaml.value)?.[1] : undefined;
  for (const line of list?.split('\n') ?? []) {
    const id = TAB.exec(line)?.[1]?.toLowerCase();
    if (!id) continue;
    tabs.add(id);
    tabs.add(id.split('--')[0]!);
  }
  return tabs;
}

/** `nodes` without the fences that are a tab's code sample of no call the reader reads. */
export function withoutTabSamples(nodes: RootContent[], tabs: ReadonlySet<string>): RootContent[] {
  return nodes.filter((node) => {
    if (node.type !== 'code') return true;
    const lang = (node.lang ?? '').toLowerCase();
    return !tabs.has(lang) || READ.test(lang) || isSampleCall(node);
  });
}

/** A cheap test of the page's text: it may title a call's request line as Slate does. */
export const MAY_TITLE_REQUESTS = /http request/i;
/** Slate's title over a call's request line: `### HTTP Request` (`#### HTTP Request` under a `###` call). */
const HTTP_REQUEST_TITLE = /^http request$/i;
/** Fences of TypeScript declarations, read as the types they state (ts-declarations.ts), whatever the layout. */
const DECLARATIONS = /^(?:ts|typescript|tsx)$/i;

/**
 * A page of Slate's layout with no `language_tabs:` of its own (an include, `source/includes/_lamps.md`,
 * whose tabs the index page including it lists) shows each call in the tabs' languages all the same:
 * in fences right under the call's heading, over its words and its `#### HTTP Request` title. A fence
 * between a call's heading and that title, in a program's language, of no call the reader reads, no
 * request message and no data (`php` ⏎ `$lamp = $lampApi->get($id);`), is a code sample, no words of
 * the description. A fence after the title (a DocFX page's `## HTTP request` ⏎ … ⏎ `## Example`)
 * stays as written, and so does every fence of a page with no such title.
 *
 *     ### Get lamp            ← the call's heading (any heading above the title's level)
 *     ```php                  ← set aside
 *     $lamp = $lampApi->get($id);
 *     ```
 *     Gets one lamp.
 *     #### HTTP Request       ← the title
 */
export function withoutIncludeSamples(nodes: RootContent[]): RootContent[] {
  const aside = new Set<RootContent>();
  nodes.forEach((node, at) => {
    if (node.type !== 'heading' || !HTTP_REQUEST_TITLE.test(plainText(node).trim())) return;
    // Back to the call's heading: a heading as high as the title's or higher ends the walk (so each node is walked once a level).
    for (let back = at - 1; back >= 0; back -= 1) {
      const before = nodes[back]!;
      if (before.type === 'heading' && before.depth <= node.depth) break;
      if (before.type === 'code' && !DECLARATIONS.test(before.lang ?? '') && !isRequestMessage(before) && isProgramSample(before))
        aside.add(before);
    }
  });
  return aside.size === 0 ? nodes : nodes.filter((node) => !aside.has(node));
}

/** A cheap test of the page's text: it may hold a set of code tabs written as components. */
export const MAY_HOLD_CODE_TABS = /<(?:Tabs|CodeGroup)\b/;
/** A code tab set's opening tag alone on its line: `<Tabs :tabs="[…]">`, `<Tabs groupId="…">`, `<CodeGroup>`. */
const SET_OPENING = /^[ \t]*<(Tabs|CodeGroup)(?:[ \t][^<>\n]*)?>[ \t]*$/gm;

/** `nodes` without the fences a code tab set of the page holds that are a program's code sample of no call the reader reads. */
export function withoutCodeTabSamples(nodes: RootContent[], page: string): RootContent[] {
  const spans = setSpans(page);
  if (spans.length === 0) return nodes;
  let at = 0;
  return nodes.filter((node) => {
    const start = node.position?.start.offset;
    if (node.type !== 'code' || start === undefined) return true;
    while (at < spans.length && spans[at]!.to <= start) at += 1;
    const span = spans[at];
    return !(span && span.from <= start && isProgramSample(node));
  });
}

/** Where each code tab set runs: from its opening tag's end to its closing tag of the same name. */
function setSpans(page: string): Array<{ from: number; to: number }> {
  // A set never closed marks nothing, nor does any later one of its name.
  return closedComponents(page, SET_OPENING).map(({ from, to }) => ({ from, to }));
}

/** A fence in a program's language (`rb`, `go Go`), of no call the reader reads and no data. */
function isProgramSample(node: Code): boolean {
  const lang = (node.lang ?? '').toLowerCase();
  return lang !== '' && !READ.test(lang) && !isSampleCall(node) && !/^[[{]/.test(node.value.trimStart());
}
