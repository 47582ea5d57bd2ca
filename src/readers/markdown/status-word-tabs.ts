/**
 * Docusaurus' response tabs titled by words, under a response's title: each tab holds the answer
 * its words name, never one more sample of the first status.
 *
 *     ### Response
 *     <Tabs>
 *     <TabItem value="200" label="OK">          → Response 200   (the value a status, the label its words)
 *     <TabItem value="bad" label="Bad Request"> → Response 400   (a reason phrase alone names its status)
 *     <TabItem value="ok" label="Success">      → Response       (back to the title's: the success it is)
 *     <TabItem value="x" label="Limit Error">   → Error          (an error of no status: no sample of a success)
 *     <TabItem value="py" label="Single lamp">  → (left as it is: the title's sample, as before)
 *     </Tabs>                                   → Response       (the title's again, after a tab this changed)
 *
 * Only under a heading or label of a response (`### Response`, `**Sample Response**`): tabs titled
 * "Success" and "Canceled" under `#### Sample Callback Request` are that request's samples. A tab
 * whose value is one status and whose label names another (`value="200" label="Not Found"`) states
 * none: it is left as it is. The tags are each alone on their lines (markdown reads a run of them
 * with no blank line between as one HTML block: its last tab is the one opened).
 */
import type { Html, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { statusOfReason } from '../../ir/status-text.js';
import { withoutColon } from '../shared/trim.js';
import { pointAt } from './attribute-lists.js';
import { label, TITLE_ATTRIBUTE } from './component-labels.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** The sections whose samples are a response's. */
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['responses', 'response-body', 'sample-response']);
/** A line holding one tag alone (`<Tabs>`, `</TabItem>`, `<TabItem value="200" label="OK" default>`). */
const TAG_LINE = /^[ \t]*<\/?[A-Za-z][\w.]*(?:[ \t][^<>\n]*)?>[ \t]*$/;
/** A tab's opening tag alone on its line; group: its attributes. */
const TAB_OPENING = /^[ \t]*<(?:TabItem|Tab)\b([^<>\n]*)>[ \t]*$/;
const TABS_CLOSING = /^[ \t]*<\/Tabs[ \t]*>[ \t]*$/;
const VALUE_ATTRIBUTE = /(?:^|\s)value\s*=\s*(?:"([^"\n]{1,80})"|'([^'\n]{1,80})')/;
/** Words titling a sample besides its status's (`Success Example`, `Error response`). */
const SAMPLE_WORDS: ReadonlySet<string> = new Set(['example', 'examples', 'sample', 'samples', 'response', 'responses']);
const SUCCESS_WORDS = /^(?:success|successful|succeeded|successful request)$/i;
/** Words of an answer that is an error (`Limit Error`, `Bad Creds`, `Failed`, `Invalid token`). */
const ERROR_WORDS =
  /\b(?:errors?|fail|fails|failed|failure|invalid|bad|denied|unauthori[sz]ed|forbidden|exceeded|rejected|declined|insufficient|missing|conflict|timeout)\b/i;

export function labelStatusWordTabs(root: Root, page: string, titles?: TitleVocabulary): void {
  if (!page.includes('<Tab')) return;
  /** The title of the response the tabs are under; undefined outside one. */
  let response: string | undefined;
  /** Whether a tab of the group was labelled, so the group's end gives the title back. */
  let changed = false;
  root.children = root.children.flatMap((node): RootContent[] => {
    if (node.type === 'heading' || (node.type === 'paragraph' && isTitleLike(node))) {
      const text = withoutColon(plainText(node).trim());
      const kind = sectionOfTitle(text, titles)?.kind;
      if (node.type === 'heading' || kind) {
        response = kind && RESPONSE_KINDS.has(kind) ? text : undefined;
        changed = false;
      }
      return [node];
    }
    if (node.type !== 'html' || response === undefined || !node.position) return [node];
    const tab = lastTab(node);
    if (tab === 'closed') {
      if (!changed) return [node];
      changed = false;
      return [node, label(response, endOf(node.position), false)];
    }
    if (!tab) return [node];
    const words = tabWords(tab);
    if (!words) return [node];
    const title = words.title === undefined ? undefined : titleOf(node, page, words.title);
    const position = title ?? endOf(node.position);
    if (words.status) {
      changed = true;
      return [node, label(`Response ${words.status}`, position, false)];
    }
    if (words.error) {
      changed = true;
      return [node, label('Error', position, false)];
    }
    return changed ? [node, label(response, position, false)] : [node];
  });
}

/** A short paragraph of one line: a label (`**Sample Response**`, `Response:`), not prose. */
function isTitleLike(node: Paragraph): boolean {
  const text = plainText(node).trim();
  return text.length > 0 && text.length <= 80 && !text.includes('\n');
}

/** The attributes of the last tab a block of tags alone opens; `closed` where it closes the tabs after it. */
function lastTab(node: Html): string | 'closed' | undefined {
  let tab: string | 'closed' | undefined;
  for (const line of node.value.split('\n')) {
    if (line.trim() === '') continue;
    if (!TAG_LINE.test(line)) return undefined;
    const opening = TAB_OPENING.exec(line);
    if (opening) tab = opening[1] ?? '';
    else if (TABS_CLOSING.test(line)) tab = 'closed';
  }
  return tab;
}

/** What a tab's label and value state: a status, an error, a success; undefined for other words. */
function tabWords(attributes: string): { title?: string; status?: string; error?: boolean } | undefined {
  const labelled = TITLE_ATTRIBUTE.exec(attributes);
  const title = labelled ? (labelled[1] ?? labelled[2] ?? labelled[3])!.trim() : undefined;
  const valued = VALUE_ATTRIBUTE.exec(attributes);
  const value = valued ? (valued[1] ?? valued[2])!.trim() : undefined;
  const words = title === undefined ? undefined : coreWords(title);
  const named = words ? statusOfReason(words) : undefined;
  if (value !== undefined && /^[1-5]\d\d$/.test(value)) {
    // `value="200" label="Not Found"`: two statuses, none stated.
    return named === undefined || named === value ? { title, status: value } : undefined;
  }
  if (named) return { title, status: named };
  if (!words) return undefined;
  if (SUCCESS_WORDS.test(words)) return { title };
  return ERROR_WORDS.test(words) ? { title, error: true } : undefined;
}

/** A tab's title without the words of a sample around it: `Success Example` → `Success`. */
function coreWords(title: string): string {
  const words = title.split(/\s+/).filter((word) => word.length > 0);
  while (words.length > 1 && SAMPLE_WORDS.has(words[0]!.toLowerCase())) words.shift();
  while (words.length > 1 && SAMPLE_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

/** Where the tab's title is written in the block (its last occurrence there), or undefined. */
function titleOf(node: Html, page: string, title: string): Position | undefined {
  const start = node.position!.start.offset;
  const end = node.position!.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const at = page.lastIndexOf(title, end - title.length);
  return at >= start ? { start: pointAt(page, at), end: pointAt(page, at + title.length) } : undefined;
}

function endOf(position: Position): Position {
  return { start: position.end, end: position.end };
}
