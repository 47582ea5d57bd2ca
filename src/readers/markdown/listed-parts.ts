/**
 * A part titled in a list item, its rows the list nested under it (Pleroma's and many READMEs'
 * way of writing an endpoint as one bullet list):
 *
 *     * Method `GET`                      → (left as a list)
 *     * Params:                           → the label `Params:`
 *         * `id`: the id of the loan      → the list, read under that label
 *         * `limit`: optional, how many
 *     * Response: JSON                    → (left as a list)
 *
 * A table nested under such a title is lifted the same way (a REST reference's list of the
 * request's parts, each item a title over its table; the title needs no colon there):
 *
 *     - No path parameters required       → (left as a list)
 *     - Header parameters                 → the label `Header parameters`
 *
 *         | Parameter | Description |     → the table, read under that label
 *         |-----------|-------------|
 *
 * A sample's fence nested under a sample's or a response's title (`* Response:` ⏎ an indented
 * fence of `HTTP/1.1 204 No Content`) is lifted likewise: the fence is read as it is under a label.
 *
 * The item is lifted out of its list: the title becomes a label paragraph and the nested list (or
 * table, or fence) a block of its own after it, the items around them lists as before. Only a title a section
 * has (parameters, body, response fields) over a list or a table, and nothing else in the item.
 * The lifted list names that part's fields even where each item is a name alone (`* Params:` ⏎
 * `` * `nicknames` ``).
 */
import type { Code, List, Paragraph, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { FIELD_PARTS, sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { STATUS_CODE } from './status-words.js';

/** Parts lifted too whose list is no fields: the statuses (`* Status code:` ⏎ `+ `404 Not Found` When …`). */
const LIFTED_KINDS = new Set([...FIELD_PARTS, 'responses']);

/** The lists lifted out from under a part's title: their items are that part's, a bare `` `name` `` too. */
const LISTED = new WeakSet<List>();

export function isListedPart(list: List): boolean {
  return LISTED.has(list);
}

export function liftListedParts(root: Root, titles?: TitleVocabulary): void {
  if (
    !root.children.some(
      (node) =>
        node.type === 'list' && node.children.some((item) => titledList(item.children, titles) || titledParts(item.children, titles)),
    )
  )
    return;
  root.children = root.children.flatMap((node): RootContent[] => (node.type === 'list' ? lifted(node, titles) : [node]));
}

function titledList(children: readonly RootContent[], titles?: TitleVocabulary, response = false): boolean {
  const kind = titleKind(children, titles);
  return (kind !== undefined && LIFTED_KINDS.has(kind)) || (response && headerStatuses(children)) || titledFence(children, titles);
}

/** The parts whose fence may be nested under their title in a list item. */
const FENCED_KINDS = new Set(['sample-request', 'sample-response', 'request-body', 'response-body', 'responses']);

/**
 * A sample titled in a list item, its fence nested under it (`* Response:` ⏎ an indented fence of
 * `HTTP/1.1 204 No Content` or of the JSON): the title a label, the fence read under it.
 */
function titledFence(children: readonly RootContent[], titles?: TitleVocabulary): boolean {
  const [title, block, ...rest] = children;
  if (rest.length > 0 || title?.type !== 'paragraph' || block?.type !== 'code') return false;
  const text = plainText(title).trim();
  return /:$/.test(text) && text.length <= 60 && !text.includes('\n') && FENCED_KINDS.has(sectionOfTitle(text, titles)?.kind ?? '');
}

/** The titles of a response's parts: a `Header:` item under them may list its statuses. */
const RESPONSE_KINDS = new Set(['response-body', 'responses', 'sample-response']);

/** A status in code or bold opening an item: `` `200 OK` ``, `` `404 Not Found` When … ``, `**201**`. */
const ITEM_STATUS = new RegExp(String.raw`^(?:HTTP\s+)?${STATUS_CODE}\b`, 'i');

/**
 * `- Header:` over statuses alone (Nextcloud Talk's older pages: `* Response:` ⏎ `- Header:` ⏎
 * `` + `200 OK` `` ⏎ `` + `404 Not Found` When … ``): the status line is the message's head, the
 * list the response's statuses, as under `- Status code:`.
 */
function headerStatuses(children: readonly RootContent[]): boolean {
  const [title, block, ...rest] = children;
  if (rest.length > 0 || title?.type !== 'paragraph' || block?.type !== 'list' || !/^headers?:$/i.test(plainText(title).trim()))
    return false;
  return block.children.every((item) => {
    const first = item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
    return (first?.type === 'inlineCode' || first?.type === 'strong') && ITEM_STATUS.test(plainText(first).trim());
  });
}

/** The part a list item's title names over the one list or table that is the rest of the item. */
function titleKind(children: readonly RootContent[], titles?: TitleVocabulary): string | undefined {
  const [title, block, ...rest] = children;
  if (rest.length > 0 || title?.type !== 'paragraph' || (block?.type !== 'list' && block?.type !== 'table')) return undefined;
  const text = plainText(title).trim();
  // Over a list the title ends in a colon (`Params:`); over a table its words are title enough.
  if ((block.type === 'list' && !/:$/.test(text)) || text.length > 60 || text.includes('\n')) return undefined;
  return sectionOfTitle(text, titles)?.kind;
}

/**
 * A part's title over a list of parts titled in their turn (`* Response:` ⏎ `- Status code:` ⏎
 * `+ `201 Created``, `- Data:` …): the title is a label, the list under it lifted as a list of the page.
 */
function titledParts(children: readonly RootContent[], titles?: TitleVocabulary): boolean {
  const block = children[1];
  const kind = titleKind(children, titles);
  return (
    kind !== undefined &&
    block?.type === 'list' &&
    block.children.some((item) => titledList(item.children, titles, RESPONSE_KINDS.has(kind)) || titledParts(item.children, titles))
  );
}

function lifted(list: List, titles?: TitleVocabulary, response = false): RootContent[] {
  const out: RootContent[] = [];
  let run: List['children'] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!.position;
    const last = run[run.length - 1]!.position;
    out.push({ ...list, children: run, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) });
    run = [];
  };
  for (const item of list.children) {
    if (titledParts(item.children, titles)) {
      flush();
      const kind = titleKind(item.children, titles);
      out.push(item.children[0] as Paragraph, ...lifted(item.children[1] as List, titles, kind !== undefined && RESPONSE_KINDS.has(kind)));
      continue;
    }
    if (!titledList(item.children, titles, response)) {
      run.push(item);
      continue;
    }
    flush();
    const block = item.children[1]!;
    // `- Header:` over statuses: the list read as the response's statuses, its title no prose of the call.
    if (response && headerStatuses(item.children)) {
      out.push(block as List);
      continue;
    }
    if (block.type === 'list' && FIELD_PARTS.has(titleKind(item.children, titles) ?? '')) LISTED.add(block);
    out.push(item.children[0] as Paragraph, item.children[1] as List | Table | Code);
  }
  flush();
  return out;
}
