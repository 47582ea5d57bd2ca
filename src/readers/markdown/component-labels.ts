/**
 * Components that title what they hold: MDX's `<Request title="Example request">`, Docusaurus's
 * `<TabItem value="res" label="Response">`, `<Accordion title="Response">`, and HTML's
 * `<details><summary>Example response</summary>`. Where the title is one a section has (what
 * `sectionOfTitle` knows, the user's titles too), the tag is that label: a paragraph holding the
 * title, placed at its characters, so the fence or table inside is read as under that title.
 *
 *     <Request title="Example request">    → Example request    (the call below is a sample)
 *     <TabItem value="py" label="Python">  → (left as it is: no section's title)
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { pointAt } from './attribute-lists.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** One opening tag of a component, nothing else: `<Request title="Example request">`. */
const OPENING_TAG = /^<[A-Z][\w.]*\b[^<>]*>$/;
const TITLE_ATTRIBUTE = /\s(?:title|label)\s*=\s*(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|\{\s*["'`]([^"'`\n]{1,80})["'`]\s*\})/;
/** `<details>` ⏎ `<summary>Example response</summary>`. */
const SUMMARY = /^(?:<details\b[^<>]*>\s*)?<summary\b[^<>]*>([^<>\n]{1,80})<\/summary>$/i;

export function labelComponents(root: Root, page: string, titles?: TitleVocabulary): void {
  if (!root.children.some((node) => node.type === 'html')) return;
  root.children = root.children.map((node): RootContent => {
    if (node.type !== 'html' || !node.position) return node;
    const value = node.value.trim();
    const attribute = OPENING_TAG.test(value) ? TITLE_ATTRIBUTE.exec(value) : null;
    const summary = attribute ? null : SUMMARY.exec(value);
    const match = attribute ?? summary;
    const title = match ? (match[1] ?? match[2] ?? match[3])?.trim() : undefined;
    if (!match || !title || !sectionOfTitle(title, titles)) return node;
    const at = (node.position.start.offset ?? 0) + node.value.indexOf(value) + match.index + match[0].indexOf(title);
    const position = { start: pointAt(page, at), end: pointAt(page, at + title.length) };
    return { type: 'paragraph', children: [{ type: 'text', value: title, position }], position } satisfies Paragraph;
  });
}
