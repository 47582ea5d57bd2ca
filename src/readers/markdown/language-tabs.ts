/**
 * Slate's pages (and Shins' and Widdershins' after them) name their code tabs in the front matter
 * (`language_tabs:` ⏎ `  - shell` ⏎ `  - ruby` ⏎ `  - python: Python`) and show each call in every
 * tab's language, in fences right under the operation's heading. A fence in a tab's program
 * language whose call no client the reader knows makes (`api.lamps.get` in Ruby) is a code sample
 * of the call, no words of its description: it is set aside. Shell, HTTP and data fences stay (a
 * curl command is the request's sample, JSON the answer's), and so does a fence whose call is read.
 */
import type { Root, RootContent } from 'mdast';
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
