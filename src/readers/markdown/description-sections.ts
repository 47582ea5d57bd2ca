/**
 * An operation's own `### Description` (`#### Description`) section: its words are the
 * operation's description, and its heading's title the summary (as Swagger2Markup's `Description`
 * heading is read), whatever prose stands between the heading and it.
 *
 *     # Get Ticker Information              → summary "Get Ticker Information"
 *     Frequency limit: 20 times/1s (IP)     → description, after the Description's words
 *     ### Description
 *     Get Ticker Information, single and    → description, first
 *     batch queries
 *     ### HTTP Request
 *
 * The `Description` title is no part of the description; a paragraph that only says the title
 * again (`Get Merge Depth` under `# Get Merge Depth`) is the summary already, not said twice.
 *
 * Under a heading that names no title (a method heading under a path heading, swagger-markdown's
 * `#### GET` or `##### ***GET***`), the words stay where they stand, after the summary's, and only
 * the titles go: `##### Description` (the heading), `**Description:**` and `**Summary:**` (labels).
 *
 *     ##### ***GET***                       → GET /dogs/{dogId}
 *     **Summary:** Get a dog                → summary "Get a dog"
 *     **Description:** Returns one dog.     → description "Returns one dog."
 *
 * A bold label says the same as the heading: `**Description**` (`**Description:**`) alone in its
 * paragraph, its words the paragraphs after it up to the next heading or bold label, or
 * `**Description:** Get Shelf Depth` with its words beside it. Only in the operation's own prose
 * (no part's heading or label before it): under `**Parameters**` it is a part's words.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/**
 * Moves the first `Description` section of a region's laid-out nodes (`out`) to `at` (right after
 * its request lines, where its words lead the operation's prose), its title dropped; true when
 * there was one.
 */
export function leadWithDescription(out: RootContent[], at: number, title: string): boolean {
  return leadWithHeading(out, at, title) || leadWithLabel(out, at, title);
}

/** Drops the `Summary` and `Description` titles of an untitled operation's prose, their words where they stand. */
export function untitledDescription(out: RootContent[], at: number): void {
  for (let index = at; index < out.length; index++) {
    const node = out[index]!;
    if (node.type === 'heading') {
      if (node.data?.section !== 'notes' || !DESCRIPTION.test(plainText(node).trim())) break;
      out.splice(index--, 1);
    } else if (node.type === 'paragraph' && node.position !== undefined && labelled(node, UNTITLED)) {
      const beside = besideLabel(node);
      if (beside) out[index] = beside;
      else out.splice(index--, 1);
    }
  }
}

const UNTITLED = /^(?:summary|description):?$/i;

function leadWithHeading(out: RootContent[], at: number, title: string): boolean {
  const start = out.findIndex(
    (node, index) =>
      index >= at &&
      node.type === 'heading' &&
      node.position !== undefined &&
      node.data?.section === 'notes' &&
      DESCRIPTION.test(plainText(node).trim()),
  );
  if (start < 0) return false;
  let end = start + 1;
  while (end < out.length && out[end]!.type !== 'heading') end++;
  const words = out.slice(start + 1, end).filter((node) => !(node.type === 'paragraph' && same(plainText(node), title)));
  out.splice(start, end - start);
  out.splice(at, 0, ...words);
  return true;
}

/** Chinese and Japanese references title it `接口说明` (`接口描述`, `功能说明`, `说明`, `描述`, `简介`, `概述`), `説明`, `概要`; Korean ones `설명` (`API 설명`, `기능 설명`, `개요`). */
const DESCRIPTION =
  /^(?:description|接口说明|接口描述|功能说明|功能描述|说明|描述|简介|概述|説明|概要|설명|API 설명|기능 설명|상세 설명|개요)[:：]?$/i;

/** The `**Description**` label in the operation's prose (before any heading), alone or over its words. */
function leadWithLabel(out: RootContent[], at: number, title: string): boolean {
  let start = -1;
  for (let index = at; index < out.length && out[index]!.type !== 'heading'; index++) {
    const node = out[index]!;
    if (node.type === 'paragraph' && node.position !== undefined && labelled(node)) {
      start = index;
      break;
    }
  }
  if (start < 0) return false;
  const label = out[start] as Paragraph;
  const beside = besideLabel(label);
  let end = start + 1;
  if (beside === undefined)
    while (end < out.length && out[end]!.type !== 'heading' && !(out[end]!.type === 'paragraph' && boldOnly(out[end] as Paragraph))) end++;
  const words = beside ? [beside] : out.slice(start + 1, end);
  const kept = words.filter((node) => !(node.type === 'paragraph' && same(plainText(node), title)));
  out.splice(start, end - start);
  out.splice(at, 0, ...kept);
  return true;
}

/** A paragraph that opens with `Description` in bold: alone (`**Description**`, `**Description:**`) or before its words. */
function labelled(node: Paragraph, title = DESCRIPTION): boolean {
  const first = node.children[0];
  if (first?.type !== 'strong' || !title.test(plainText(first).trim())) return false;
  const rest = node.children.slice(1);
  if (rest.every((child) => child.type === 'text' && /^[\s:]*$/.test(child.value))) return true;
  return besideLabel(node) !== undefined;
}

/** `**Description:** Get Shelf Depth` → a paragraph of `Get Shelf Depth`; undefined where the label stands alone. */
function besideLabel(node: Paragraph): Paragraph | undefined {
  const rest = node.children.slice(1);
  const head = rest[0];
  // The colon ASCII or full-width (`**接口说明：** 获取订单列表`).
  const colon = /[:：]\s*$/.test(plainText(node.children[0]!)) || (head?.type === 'text' && /^\s*[:：]/.test(head.value));
  if (!colon || head?.type === 'break') return undefined;
  const children: PhrasingContent[] =
    head?.type === 'text' ? [after(head, /^\s*[:：]?\s*/.exec(head.value)![0].length), ...rest.slice(1)] : rest;
  const words = children.filter((child) => !(child.type === 'text' && child.value === ''));
  if (words.length === 0 || plainText({ type: 'paragraph', children: words }).trim() === '') return undefined;
  // The words' own place in the page, the label's left out.
  const start = words[0]!.position?.start;
  return start && node.position ? { ...node, children: words, position: { start, end: node.position.end } } : { ...node, children: words };
}

/** A text node without its first `skip` characters (on its first line), its place moved with them. */
function after(text: Extract<PhrasingContent, { type: 'text' }>, skip: number): PhrasingContent {
  const value = text.value.slice(skip);
  const start = text.position?.start;
  if (!start || !text.position || text.value.slice(0, skip).includes('\n')) return { type: 'text', value };
  const moved = { line: start.line, column: start.column + skip, ...(start.offset === undefined ? {} : { offset: start.offset + skip }) };
  return { type: 'text', value, position: { start: moved, end: text.position.end } };
}

/** A paragraph that is bold words alone: a label (`**HTTP Request**`, `**Parameters:**`). */
function boldOnly(node: Paragraph): boolean {
  return (
    node.children.some((child) => child.type === 'strong') &&
    node.children.every((child) => child.type === 'strong' || (child.type === 'text' && /^[\s:]*$/.test(child.value)))
  );
}

/** The same words, case, spaces and a closing full stop aside. */
function same(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[.:]\s*$/, '')
      .trim()
      .toLowerCase();
  return plain(a) === plain(b);
}
