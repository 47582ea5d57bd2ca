/**
 * openapi-generator's static HTML docs (`-g html`): each operation a `<div class="method">` of
 * small parts under `<h3 class="field-label">` titles, each parameter a `<div class="param">` over
 * its `<div class="param-desc">`, the models a `<div class="model">` each. The page is rewritten in
 * its HTML tree as a markdown reference writes the same:
 *
 *     <pre class="post"><code><span class="http-method">post</span> /plants</code></pre>
 *     <div class="method-summary">Add a plant (<span class="nickname">createPlant</span>)</div>
 *                                                           → <h2>Add a plant — POST /plants</h2>
 *     <h3 class="field-label">Path parameters</h3>
 *     <div class="param">plantId (required)</div>
 *     <div class="param-desc"><span class="param-type">Path Parameter</span> — The ID. default: 3 format: int64</div>
 *                                                           → | plantId | integer | yes | 3 | The ID. ⏎ Format: int64 |
 *     <h3 class="field-label">Request body</h3>
 *     <div class="param">NewPlant <a href="#NewPlant">NewPlant</a> (required)</div>   → ### Request body: NewPlant
 *     <h3 class="field-label">Responses</h3>
 *     <h4 class="field-label">201</h4> Added <a href="#Plant">Plant</a>              → | 201 | Added | Plant |
 *     <h3 class="field-label">Example data</h3> <pre class="example">…</pre>        → Example response: ⏎ the JSON
 *     <div class="model"><h3><a name="Plant"><code>Plant</code> - </a></h3>
 *       <div class="param">status (optional)</div><div class="param-desc">…String… How it is.</div>
 *       <div class="param-enum">thriving</div>…          → ### Plant ⏎ | status | String | no | How it is. One of: `thriving`, … |
 *
 * A primitive parameter's type is stated only by its format (`format: int64`): an integer's
 * format types it an integer, a number's a number, any other goes on the description's
 * `Format:` line alone. A model's field without `(optional)` is required, as the generator marks
 * only the optional ones. The table of contents' routes (links to the operations) and the
 * `Consumes`/`Produces` lists are no part of an operation.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { element, find, madeTable, text, textOf } from './made-hast.js';
import { hasClass } from './style-classes.js';

/** Cheap test of a page the generator wrote. */
export const GENERATOR_HTML_PAGE = 'class="param-desc"';

const PARAMETER_HEADER = ['Name', 'Type', 'Required', 'Default', 'Description'];
const INTEGER_FORMATS = new Set(['int32', 'int64']);
const NUMBER_FORMATS = new Set(['float', 'double']);
/** `Path Parameter — The ID. default: 3 format: int64`: the words, then the default and format the template appends. */
const DESCRIPTION = /^(.*?)(?:\s+default:\s*(\S+))?(?:\s*format:\s*(\S+))?\s*$/s;

export function convertGeneratorHtml(tree: HastRoot): void {
  const visit = (node: HastRoot | Element): void => {
    node.children = node.children.flatMap((child): Array<typeof child> => {
      if (child.type !== 'element') return [child];
      if (hasClass(child, 'method')) return methodParts(child);
      if (hasClass(child, 'model')) return modelParts(child);
      if (child.tagName === 'ul' && isRouteIndex(child)) return [];
      visit(child);
      return [child];
    }) as typeof node.children;
  };
  visit(tree);
}

/**
 * Once the tree is markdown's: a parameter's empty type cell in the tables made here states no type
 * (a string parameter the template writes no format of), as a made table's unstated cell.
 */
export function markUnstatedTypes(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table' || node.children[0]?.children.map((cell) => plainText(cell)).join('|') !== PARAMETER_HEADER.join('|'))
      continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[1];
      if (cell && plainText(cell).trim() === '') cell.data = { ...cell.data, unstated: true };
    }
  }
}

/** The table of contents' list: every item a link to an operation holding its method badge. */
function isRouteIndex(list: Element): boolean {
  const items = elements(list.children);
  return items.length > 0 && items.every((item) => find(item, (node) => hasClass(node, 'http-method')) !== undefined);
}

function methodParts(method: Element): ElementContent[] {
  const out: ElementContent[] = [];
  const path = find(method, (node) => hasClass(node, 'method-path'));
  const code = path && find(path, (node) => node.tagName === 'code');
  const summary = find(method, (node) => hasClass(node, 'method-summary'));
  const nickname = summary && find(summary, (node) => hasClass(node, 'nickname'));
  const line = code ? textOf(code).replace(/\s+/g, ' ').trim() : '';
  const request = /^([a-z]+) (\S+)$/i.exec(line);
  if (!code || !request) return [method];
  const title = summary
    ? textOf(summary)
        .replace(/\(\s*[\w$]+\s*\)\s*$/, '')
        .trim()
    : '';
  const name = title || (nickname ? textOf(nickname).trim() : '');
  const route = `${request[1]!.toUpperCase()} ${request[2]!}`;
  // `Add a plant — POST /plants`: the request line and the operation's summary, as the markdown Blueprint's heading.
  out.push(element('h2', [text(name ? `${name} — ${route}` : route)], summary?.position ?? code.position));
  const notes = find(method, (node) => hasClass(node, 'method-notes'));
  if (notes && textOf(notes).trim()) out.push(element('p', notes.children, notes.position));
  const parts = method.children;
  // `Return type` ⏎ `array[<a href="#Plant">Plant</a>]`: the success's type, where its status names none.
  const returnType = find(method, (node) => hasClass(node, 'return-type'));
  const returned = returnType ? textOf(returnType).replace(/\s+/g, '') : '';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.type !== 'element' || !(part.tagName === 'h3' && hasClass(part, 'field-label'))) continue;
    const label = textOf(part).trim();
    const after = parts.slice(index + 1);
    const next = elements(after)[0];
    if (/parameters$/i.test(label) && next && hasClass(next, 'field-items')) out.push(part, parameterTable(next, false));
    else if (/^request body$/i.test(label) && next && hasClass(next, 'field-items')) out.push(...requestBody(part, next));
    else if (/^responses$/i.test(label)) out.push(...responses(part, after, returned));
    else if (/^example data$/i.test(label)) out.push(...exampleData(part, elements(after)));
  }
  return out;
}

/** `<div class="param">NewPlant <a href="#NewPlant">NewPlant</a> (required)</div>` → `### Request body: NewPlant` and its words. */
function requestBody(label: Element, items: Element): ElementContent[] {
  const param = find(items, (node) => hasClass(node, 'param'));
  const type = param && find(param, (node) => node.tagName === 'a');
  const heading = element('h3', [text(type ? `Request body: ${textOf(type).trim()}` : 'Request body')], label.position);
  const desc = find(items, (node) => hasClass(node, 'param-desc'));
  const words = desc ? DESCRIPTION.exec(afterDash(desc))?.[1]?.trim() : undefined;
  return words ? [heading, element('p', [text(words)], desc!.position)] : [heading];
}

/** `<h4 class="field-label">201</h4> Added <a href="#Plant">Plant</a>` … → a `Status | Description | Schema` table. */
function responses(label: Element, after: readonly ElementContent[], returned: string): ElementContent[] {
  const rows: Element[] = [];
  let success = false;
  let row: { status: Element; words: string[]; link?: string } | undefined;
  const close = (): void => {
    if (!row) return;
    const where = row.status.position;
    const status = textOf(row.status).trim();
    const first = !success && /^2/.test(status);
    if (first) success = true;
    const type = row.link ?? (first && returned ? returned : undefined);
    const link = type ? [element('a', [text(type)], where, { href: `#${type}` })] : [];
    const cells = [text(status), text(row.words.join(' ').replace(/\s+/g, ' ').trim())];
    rows.push(element('tr', [...cells.map((cell) => element('td', [cell], where)), element('td', link, where)], where));
  };
  for (const node of after) {
    if (node.type === 'element' && node.tagName === 'h4' && /^(?:[1-5]\d\d|default)$/i.test(textOf(node).trim())) {
      close();
      row = { status: node, words: [] };
    } else if (node.type === 'text' && row) row.words.push(node.value);
    else if (node.type === 'element' && node.tagName === 'a' && row) {
      const name = textOf(node).trim();
      if (name) row.link = name;
    } else if (node.type === 'element') break;
  }
  close();
  if (rows.length === 0) return [];
  return [element('h3', [text('Responses')], label.position), madeTable(['Status', 'Description', 'Schema'], rows, label.position)];
}

/** `<div class="example-data-content-type">Content-Type: application/json</div><pre class="example">…</pre>` → the success's sample. */
function exampleData(label: Element, after: readonly Element[]): ElementContent[] {
  const type = after[0] && hasClass(after[0], 'example-data-content-type') ? textOf(after[0]) : '';
  const pre = after.find((node) => node.tagName === 'pre');
  if (!pre) return [];
  const json = /json/i.test(type) || /^\s*[[{]/.test(textOf(pre));
  const code = element('code', [text(textOf(pre))], pre.position, json ? { className: ['language-json'] } : {});
  return [element('p', [text('Example response:')], label.position), element('pre', [code], pre.position)];
}

/** `<div class="model">`: the model's heading and the table of its fields. */
function modelParts(model: Element): ElementContent[] {
  const heading = find(model, (node) => /^h[1-6]$/.test(node.tagName));
  const name = heading && find(heading, (node) => node.tagName === 'code');
  const items = find(model, (node) => hasClass(node, 'field-items'));
  if (!heading || !name || !items) return [model];
  const title = textOf(name).trim();
  const out: ElementContent[] = [element('h3', [text(title)], heading.position, { id: title })];
  const description = find(model, (node) => hasClass(node, 'model-description'));
  if (description && textOf(description).trim()) out.push(element('p', description.children, description.position));
  out.push(parameterTable(items, true));
  return out;
}

/**
 * A `field-items` run (`<div class="param">` ⏎ `<div class="param-desc">`, a model's enum values
 * after them) → `Name | Type | Required | Default | Description`.
 */
function parameterTable(items: Element, model: boolean): Element {
  const rows: Element[] = [];
  const enums: Element[][] = [];
  let name: Element | undefined;
  let last: Element[] | undefined;
  for (const child of elements(items.children)) {
    if (hasClass(child, 'param')) name = child;
    else if (hasClass(child, 'param-enum') && last) last.push(element('code', [text(textOf(child).trim())], child.position));
    else if (hasClass(child, 'param-desc') && name) {
      const flag = /\((required|optional)\)\s*$/i.exec(textOf(name).trim())?.[1]?.toLowerCase();
      const key = textOf(name)
        .replace(/\((?:required|optional)\)\s*$/i, '')
        .trim();
      const stated = model ? textOf(find(child, (node) => hasClass(node, 'param-type')) ?? element('span', [], undefined)).trim() : '';
      const [, words = '', fallback = '', format = ''] = DESCRIPTION.exec(model ? wordsAfterType(child) : afterDash(child)) ?? [];
      const type = stated || (INTEGER_FORMATS.has(format) ? 'integer' : NUMBER_FORMATS.has(format) ? 'number' : '');
      const required = model ? flag !== 'optional' : flag === 'required';
      const description: ElementContent[] = [text(words.trim())];
      if (format) description.push(element('br', [], child.position), text(`Format: ${format}`));
      last = [];
      enums.push(last);
      const where = name.position;
      rows.push(
        element(
          'tr',
          [
            element('td', [element('code', [text(key)], where)], where),
            element('td', [text(type)], where),
            element('td', [text(required ? 'yes' : 'no')], where),
            element('td', [text(fallback)], where),
            element('td', description, where),
          ],
          where,
        ),
      );
      name = undefined;
    }
  }
  // The enum's values, once read, close the description (`One of: `a`, `b``).
  for (const [index, row] of rows.entries()) {
    const values = enums[index]!;
    if (values.length === 0) continue;
    const cell = row.children.at(-1) as Element;
    cell.children.push(text(' One of: '), ...values.flatMap((value, index) => (index === 0 ? [value] : [text(', '), value])));
  }
  return madeTable(PARAMETER_HEADER, rows, items.position);
}

/** A `param-desc`'s words after `Path Parameter —`. */
function afterDash(desc: Element): string {
  const words = textOf(desc).replace(/\s+/g, ' ').trim();
  const dash = words.indexOf('—');
  return dash >= 0 ? words.slice(dash + 1).trim() : words;
}

/** A model field's `param-desc` words after its type. */
function wordsAfterType(desc: Element): string {
  return desc.children
    .filter((child) => !(child.type === 'element' && hasClass(child, 'param-type')))
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function elements(children: readonly ElementContent[] | HastRoot['children']): Element[] {
  return children.filter((child): child is Element => child.type === 'element');
}
