/**
 * Laravel Scribe's HTML pages (`public/docs/index.html`): under each `fancy-heading-panel` heading
 * (`URL Parameters`, `Query Parameters`, `Body Parameters`, `Headers`, `Response Fields`) a field
 * is a block of its own, its name in bold code, its type small, `optional` in italics, its words
 * after a line break; a field with fields of its own folds them in a `<details>` under its summary.
 * The run of blocks is the table it shows, a row a field, so that the page reads as a markdown
 * reference's tables do.
 *
 *     <h4 class="fancy-heading-panel"><b>Body Parameters</b></h4>
 *     <div style="padding-left: 28px; clear: unset;">
 *       <b><code>count</code></b>&nbsp;&nbsp;<small>integer</small>&nbsp;<i>optional</i> &nbsp;
 *       <input type="number" name="count" value="2" …>                → | `count` | integer | no | How many birds. Example: `2` |
 *       <br><p>How many birds. Example: <code>2</code></p>
 *     </div>
 *     <div …><details><summary>
 *       <b><code>items</code></b> <small>object[]</small> <br><p>…</p>   → | `items` | object[] | yes | … |
 *     </summary><div style="margin-left: 14px; …">
 *       <b><code>sku</code></b> <small>string</small> …               → | `items[].sku` | string | yes | … |
 *     </div></details></div>
 *
 * Scribe writes `optional` on every input it does not require: an input without it is required. It
 * writes no such word on a response's field, whose table then has no `Required` column. A field
 * named `*` is the items of the array it is in, no row of its own. The hidden inputs of the page's
 * "Try it out" form are no words of a field. Scribe's badge of an authenticated endpoint (`requires
 * authentication`) is no summary of it, and is dropped.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { element, madeTable, text, textOf } from './made-hast.js';
import { BADGE } from './scribe-security.js';
import { classesOf } from './style-classes.js';

/** Cheap test of a page Scribe wrote. */
export const SCRIBE_PAGE = 'fancy-heading-panel';

interface Field {
  name: string;
  type: string;
  optional: boolean;
  description: ElementContent[];
  position: Position | undefined;
}

type Parent = Root | Element;
type Child = Root['children'][number];

export function convertScribeFields(tree: Root): void {
  const visit = (node: Parent): void => {
    node.children = withTables(node.children) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
}

/** The children, each panel heading's run of field blocks one table; the authentication badge's paragraph dropped. */
function withTables(children: readonly Child[]): Child[] {
  const out: Child[] = [];
  let index = 0;
  while (index < children.length) {
    const child = children[index]!;
    index++;
    // The badge is no words: a comment of where it stood, which the markdown tree keeps (scribe-security.ts).
    if (child.type === 'element' && isAuthBadge(child)) {
      out.push({ type: 'comment', value: BADGE.slice(4, -3), ...(child.position ? { position: child.position } : {}) });
      continue;
    }
    out.push(child);
    if (child.type !== 'element' || !isPanelHeading(child)) continue;
    const run = fieldRun(children, index, '');
    if (run.fields.length === 0) continue;
    out.push(tableOf(run.fields, !/response/i.test(textOf(child))));
    index = run.end;
  }
  return out;
}

/**
 * The fields of the blocks from `from` on, up to the first that is none, and where that run ends.
 * Scribe 3 set each field in a `<p>` and its words in another inside it, which the parser closes
 * the first at (`<p><b><code>id</code></b> … <br><p>The ID.</p></p>`): a paragraph after a field
 * without words is its words, and the empty paragraph the stray end tag opens is none of the run's.
 */
function fieldRun(children: readonly Child[], from: number, prefix: string): { fields: Field[]; end: number } {
  const fields: Field[] = [];
  let end = from;
  let open: Field | undefined;
  for (let at = from; at < children.length; at++) {
    const next = children[at]!;
    if (next.type !== 'element') {
      if (next.type === 'comment' || (next.type === 'text' && next.value.trim() === '')) continue;
      break;
    }
    const read = fieldsOf(next, prefix);
    if (read) {
      fields.push(...read);
      open = read.length === 1 && read[0]!.description.length === 0 ? read[0] : undefined;
    } else if (next.tagName === 'p' && significant(next.children).length === 0) {
      // The stray end tag's paragraph.
    } else if (open && next.tagName === 'p') {
      open.description = next.children;
      open = undefined;
    } else break;
    end = at + 1;
  }
  return { fields, end };
}

function isPanelHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName) && classesOf(node).includes(SCRIBE_PAGE);
}

/** Scribe's markdown's badge paragraph, `<small class="badge badge-darkred">requires authentication</small>`. */
export function isAuthBadgeParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [open, words, close] = node.children;
  return (
    node.children.length === 3 &&
    open?.type === 'html' &&
    /^<small class="badge\b/.test(open.value) &&
    close?.type === 'html' &&
    /^requires authentication$/i.test(plainText(words!).trim())
  );
}

/** `<p><small class="badge badge-darkred">requires authentication</small></p>`. */
function isAuthBadge(node: Element): boolean {
  if (node.tagName !== 'p') return false;
  const elements = significant(node.children);
  const [badge] = elements;
  return (
    elements.length === 1 &&
    badge?.type === 'element' &&
    classesOf(badge).includes('badge') &&
    /^requires authentication$/i.test(textOf(badge).trim())
  );
}

/**
 * The fields a block shows: its own, then those its `<details>` folds (named after it: `parent.child`,
 * `parent[].child` in an array); undefined where the block is no field.
 */
function fieldsOf(block: Element, prefix: string): Field[] | undefined {
  const inside = significant(block.children);
  const only = inside.length === 1 && inside[0]!.type === 'element' ? inside[0] : undefined;
  const folded = block.tagName === 'details' ? block : only?.tagName === 'details' ? only : undefined;
  if (!folded) return block.tagName === 'div' || block.tagName === 'p' ? maybe(headOf(block, prefix)) : undefined;
  if (block.tagName !== 'details' && block.tagName !== 'div' && block.tagName !== 'p') return undefined;
  const summary = folded.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
  const head = summary ? headOf(summary, prefix, block.position) : undefined;
  if (!head) return undefined;
  // `*`: the items of the array it is in, its fields theirs.
  const items = head.name.endsWith('*');
  const inner = items ? prefix : `${head.name}${head.type.endsWith('[]') ? '[]' : ''}.`;
  const rest = folded.children.filter((child) => child !== summary);
  return [...(items ? [] : [head]), ...fieldRun(rest, 0, inner).fields];
}

function maybe(field: Field | undefined): Field[] | undefined {
  return field ? [field] : undefined;
}

/** `<b><code>name</code></b> <small>type</small> <i>optional</i> … <br> words`: the field a block or summary opens with. */
function headOf(node: Element, prefix: string, at: Position | undefined = node.position): Field | undefined {
  const children = significant(node.children);
  const first = children[0];
  if (first?.type !== 'element' || !isFieldName(first)) return undefined;
  const name = textOf(first).trim();
  if (!name || /\s/.test(name)) return undefined;
  // Scribe 3 wrote a nested field's whole name (`extras[].name`), Scribe 4 its own (`name`).
  const whole = name.startsWith(prefix) ? name : `${prefix}${name}`;
  const field: Field = { name: whole, type: '', optional: false, description: [], position: at };
  let described = false;
  for (const child of children.slice(1)) {
    if (child.type !== 'element') {
      if (described && child.type === 'text') field.description.push(child);
      continue;
    }
    if (described) field.description.push(...wordsOf(child));
    else if (child.tagName === 'br') described = true;
    else if (child.tagName === 'small') field.type = textOf(child).trim();
    else if (child.tagName === 'i' && /^optional$/i.test(textOf(child).trim())) field.optional = true;
  }
  return field;
}

/** `<b><code>name</code></b>`, or Scribe 2.0's `<code><b>name</b></code>`. */
function isFieldName(node: Element): boolean {
  const inner = significant(node.children);
  const only = inner.length === 1 && inner[0]!.type === 'element' ? inner[0] : undefined;
  if (!only) return false;
  if (['b', 'strong'].includes(node.tagName)) return only.tagName === 'code';
  return node.tagName === 'code' && ['b', 'strong'].includes(only.tagName);
}

/**
 * Scribe 2.0's markdown: each field a paragraph of its own, no `<p>` around it (the first in the
 * panel heading's HTML block, the others paragraphs after it), read as one HTML fragment whose
 * root holds the fields' phrasing in a run. Each field's run, from its name to the next, is set in
 * a `<p>`, as Scribe's later pages set it, so that the panel reads as theirs do.
 *
 *     <h4 class="fancy-heading-panel"><b>Query Parameters</b></h4>
 *     <code><b>floor</b></code>&nbsp; <small>integer</small>  <i>optional</i>  <br>    → <p><code><b>floor</b></code> … </p>
 *         Only the shelves of this floor.
 */
export function groupFieldLines(tree: Root): void {
  const out: Child[] = [];
  let open: Element | undefined;
  for (const child of tree.children) {
    const head = child.type === 'element' && isFieldName(child);
    if (head || (open && !isBlock(child))) {
      if (head) {
        open = element('p', [], undefined);
        out.push(open);
      }
      open!.children.push(child as ElementContent);
      const start = open!.children[0]!.position?.start;
      const end = child.position?.end;
      if (start && end && (child.type !== 'text' || child.value.trim() !== '')) open!.position = { start, end };
      continue;
    }
    open = undefined;
    out.push(child);
  }
  tree.children = out;
}

function isBlock(node: Child): boolean {
  return node.type === 'element' && /^(?:h[1-6]|p|div|form|table|ul|ol|dl|details|pre|blockquote|section)$/.test(node.tagName);
}

/** A description's block as phrasing: a paragraph's words, a list's items (`Must be one of:` `a`, `b`). */
function wordsOf(node: Element): ElementContent[] {
  if (node.tagName === 'input' || node.tagName === 'label') return [];
  if (node.tagName !== 'ul' && node.tagName !== 'ol') return [space(), ...node.children];
  const items = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.flatMap((item, index) => [space(index === 0 ? ' ' : ', '), ...item.children]);
}

function tableOf(fields: readonly Field[], input: boolean): Element {
  const header = input ? ['Name', 'Type', 'Required', 'Description'] : ['Name', 'Type', 'Description'];
  const rows = fields.map((field) => {
    const cells: Element[] = [
      element('td', [element('code', [text(field.name)], field.position)], field.position),
      element('td', [text(field.type)], field.position),
    ];
    if (input) cells.push(element('td', [text(field.optional ? 'no' : 'yes')], field.position));
    cells.push(element('td', field.description, field.position));
    return element('tr', cells, field.position);
  });
  const start = fields[0]?.position?.start;
  const end = fields.at(-1)?.position?.end;
  const at = start && end ? { start, end } : undefined;
  return madeTable(header, rows, at);
}

function space(value = ' '): Text {
  return text(value);
}

/** Children other than blank text and comments. */
function significant(children: readonly ElementContent[]): ElementContent[] {
  return children.filter((child) => child.type !== 'comment' && (child.type !== 'text' || child.value.trim() !== ''));
}
