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
 * set aside so. A fence outside a set stays as written.
 */
import type { Code, Root, RootContent } from 'mdast';
import { closedComponents } from './component-spans.js';
import { isSampleCall } from './part-state.js';

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
