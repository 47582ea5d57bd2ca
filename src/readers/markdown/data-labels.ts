/**
 * The API-docs template's labels of a body's type (the references written from it: a page per
 * endpoint with `**URL** :`, `**Method** :`, `## Success Response`, `**Code** : `200 OK``):
 *
 *     **Data type**: [`User`](user.md)            → the request body is a User (before any response)
 *     **Data content** : [`Word`](word.md)        → after `**Code** : `200 OK``, that status's body
 *     **Data Content** : [`Project`](p.md)`[]`    → a list of Project
 *     **Data type**: [User]                       → a User (the link left out, the name bracketed)
 *     **Data type**: `[User]`, `User[]`, List of [User](#user)   → a list of User
 *
 * The words are a type name (a capitalised identifier), linked or not; anything else (`id: string`,
 * a sentence, a `<pre>` sketch) states no type here and stays prose.
 *
 * After `**Code** :`, the template captions that answer's sample (`contentCaption`):
 *
 *     **Content example** ⏎ ```json {…}```   → the sample below is that status's; the caption no prose
 *     **Content** : `{}`                     → the answer's body is empty, as the template writes it: no prose
 *
 * and that answer's headers (`headersCaption`, `answerHeadersTable`):
 *
 *     **Headers** : `Location: /api/lamps/123/`     → 303's header `Location`; the line no prose
 *     **Headers** ⏎ ``` ⏎ X-Request-Id: 7f3a ⏎ ```   → the fence's headers, a `Name: value` a line (never `Content-Type`:
 *                                                   the sample's media type is no header of the answer)
 *
 * and before it, the condition the answer is given on (`conditionLabel`):
 *
 *     **Condition** : If the member does not exist. ⏎ **Code** : `404 NOT FOUND`   → 404's description
 */
import type { Paragraph, PhrasingContent, Table } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { labelParts } from '../shared/trim.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';

export interface DataLabel {
  /** `Data type` (the request's body before the responses, else the response's) or `Data content` (the response's). */
  label: 'type' | 'content';
  /** `User`, `array of User`. */
  typeText: string;
}

const LABEL = /^(?:data\s+(type|content)|(content))\s*:?$/i;
const NAME = /^[A-Z][\w.]*$/;
const LIST = /^(?:list|array|collection)\s+of\s+$/i;

/** The type a `**Data type**: …` / `**Data content**: …` paragraph states, or undefined. */
export function dataLabel(node: Paragraph): DataLabel | undefined {
  const parts = labelParts(node.children);
  const [head, ...rest] = parts;
  if (head?.type !== 'strong') return undefined;
  const words = LABEL.exec(plainText(head).trim());
  if (!words) return undefined;
  const label = (words[1] ?? words[2])!.toLowerCase() === 'type' ? 'type' : 'content';
  const typeText = typeOf(rest.map(trimLeadingColon));
  return typeText ? { label, typeText } : undefined;
}

const CAPTION = /^content(?:\s+examples?)?\s*:?$/i;
const EMPTY = /^(?:\{\s*\}|\[\s*\])$/;

/**
 * `sample` for `**Content example**` / `**Content** :` alone (the sample below is the answer's),
 * `empty` for `**Content** : `{}`` (an empty body written out), else undefined.
 */
export function contentCaption(node: Paragraph): 'sample' | 'empty' | undefined {
  const parts = labelParts(node.children);
  const [head, ...rest] = parts;
  if (head?.type !== 'strong' || !CAPTION.test(plainText(head).trim())) return undefined;
  if (rest.length === 0) return 'sample';
  const [value] = rest;
  return rest.length === 1 && value?.type === 'inlineCode' && EMPTY.test(value.value.trim()) ? 'empty' : undefined;
}

const HEADERS = /^headers?\s*:?$/i;
/** `X-Request-Id: 7f3a`: a header's name and its value. */
const HEADER_LINE = /^([A-Za-z][\w-]{0,80})[ \t]*:[ \t]*\S/;

/**
 * `fence` for `**Headers**` alone (the fence below is the answer's headers), the headers' names for
 * `**Headers** : `Location: …`` (each line in code a header), else undefined.
 */
export function headersCaption(node: Paragraph): 'fence' | string[] | undefined {
  const [head, ...rest] = labelParts(node.children);
  if (head?.type !== 'strong' || !HEADERS.test(plainText(head).trim())) return undefined;
  if (rest.length === 0) return 'fence';
  if (
    !rest.every((part) => part.type === 'inlineCode' || (part.type === 'text' && /^\s*[:,]?\s*$/.test(part.value)) || part.type === 'break')
  )
    return undefined;
  return headerNames(rest.flatMap((part) => (part.type === 'inlineCode' ? [part.value] : [])));
}

/** The names of `Name: value` lines, the sample's `Content-Type` left out; undefined where any line is something else. */
export function headerNames(lines: readonly string[]): string[] | undefined {
  const names = new Map<string, string>();
  for (const line of lines) {
    const name = HEADER_LINE.exec(line.trim())?.[1];
    if (!name) return undefined;
    if (!/^content-type$/i.test(name) && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return lines.length > 0 ? [...names.values()] : undefined;
}

/** `| Name | Status |`: the headers the answer of `status` carries, placed where the page states them. */
export function answerHeadersTable(names: readonly string[], status: string, position: Position): Table {
  return markOrigin(
    madeTable(
      ['Name', 'Status'],
      names.map((name) => textRow([name, status], position)),
      position,
    ),
    'reader',
  );
}

const CONDITION = /^conditions?\s*:?$/i;

/** The words of `**Condition** : If …` (a status's description where a `**Code**` label follows), else undefined. */
export function conditionLabel(node: Paragraph): string | undefined {
  const [head, ...rest] = node.children;
  if (head?.type !== 'strong' || !CONDITION.test(plainText(head).trim()) || rest.length === 0) return undefined;
  const words = plainText({ type: 'paragraph', children: rest })
    .replace(/^\s*:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words || undefined;
}

/** `: [User]` after the label: the separating colon is no part of the words. */
function trimLeadingColon(node: PhrasingContent, index: number): PhrasingContent {
  return index === 0 && node.type === 'text' ? { ...node, value: node.value.replace(/^\s*:\s*/, '') } : node;
}

function typeOf(nodes: readonly PhrasingContent[]): string | undefined {
  let list = false;
  let rest = nodes;
  // `List of ` before the name.
  const [first] = rest;
  if (first?.type === 'text' && LIST.test(first.value.trimStart()) && rest.length > 1) {
    list = true;
    rest = rest.slice(1);
  }
  const [name, suffix, ...more] = rest;
  if (!name || more.length > 0) return undefined;
  // `` [`Project`](…)`[]` ``: a list of the linked type.
  if (suffix) {
    if (list || name.type !== 'link' || !((suffix.type === 'inlineCode' || suffix.type === 'text') && suffix.value.trim() === '[]'))
      return undefined;
    list = true;
  }
  const written = plainText(name).trim();
  let typeName: string | undefined;
  if (name.type === 'link' || name.type === 'linkReference') typeName = written;
  else if (name.type === 'text') {
    // `[User]` with no link: the name in brackets; `User`, `User[]` as written.
    const bracketed = /^\[([^\]]+)\]$/.exec(written)?.[1];
    typeName = bracketed ?? written;
  } else if (name.type === 'inlineCode') {
    // In code, `[User]` and `User[]` are lists of User.
    const listed = /^\[([^\]]+)\]$/.exec(written)?.[1] ?? /^(.+)\[\]$/.exec(written)?.[1];
    if (listed) list = true;
    typeName = listed ?? written;
  }
  const arrayed = typeName ? /^(.+)\[\]$/.exec(typeName)?.[1] : undefined;
  if (arrayed) {
    if (list) return undefined;
    list = true;
    typeName = arrayed;
  }
  if (!typeName || !NAME.test(typeName)) return undefined;
  return list ? `array of ${typeName}` : typeName;
}
