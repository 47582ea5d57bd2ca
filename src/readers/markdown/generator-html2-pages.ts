/**
 * openapi-generator's `-g html2` docs: each operation an `<article data-name="getPlant">` whose
 * route is a `<pre data-type="get"><code>/plants/{plantId}</code></pre>`, its parameters
 * `Name | Description` tables under `methodsubtabletitle` titles, each description cell a
 * `json-schema-view` of the type, words and `Required` mark; its statuses are written by scripts
 * (`var responsePlants200_description = `The plant`;` fills the empty `<h3 id="…-title-200">`).
 * The page is rewritten in its HTML tree as a markdown reference writes the same:
 *
 *     <h1>getPlant</h1><p>Show a plant</p>                → <h2>Show a plant — GET /plants/{plantId}</h2>
 *     <pre data-type="get"><code>/plants/{plantId}</code></pre>
 *     <div class="methodsubtabletitle">Path parameters</div>  → <h3>Path parameters</h3>
 *     <tr><td>plantId*</td><td>…<span class="type">Long</span>
 *       <div class="description">The ID.</div>…Required</td></tr>  → | plantId | Long | yes | The ID. |
 *     <h3 id="examples-Plants-getPlant-title-200"></h3>
 *     <script>var responsePlants200_description = `The plant`;</script>  → | 200 | The plant |
 *
 * The SDK samples' tabs (`Usage and SDK Samples`, a call in each language) are samples of the
 * call, no words of the operation; the curl tab stays, the others are dropped. A body parameter's
 * schema and a response's, written by scripts from JSON, are read from that JSON (html2-bodies.ts).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Position } from 'unist';
import type { JsonObject } from '../shared/json-object.js';
import { html2Body, pageModels, scriptedFields } from './html2-bodies.js';
import { element, find, madeTable, text, textOf } from './made-hast.js';
import { classesOf, hasClass } from './style-classes.js';

/** Cheap test of a page the generator wrote. */
export const GENERATOR_HTML2_PAGE = 'methodsubtabletitle';

/** `var responsePlants200_description = `The plant`;`: a status's words, as the page's script sets them. */
const STATUS_WORDS = /_description\s*=\s*`([^`]*)`/;

export function convertGeneratorHtml2(tree: HastRoot): void {
  let models: JsonObject | undefined;
  const modelsOf = () => {
    models ??= pageModels(tree);
    return models;
  };
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'article' && child.properties.dataName !== undefined) child.children = articleParts(child, modelsOf);
      else visit(child);
    }
  };
  visit(tree);
}

function articleParts(article: Element, models: () => JsonObject): ElementContent[] {
  const pre = find(article, (node) => node.tagName === 'pre' && typeof node.properties.dataType === 'string');
  const method = pre ? String(pre.properties.dataType).toUpperCase() : '';
  const path = pre ? textOf(pre).trim() : '';
  if (!pre || !/^[A-Z]+$/.test(method) || !path.startsWith('/')) return article.children;
  const head = find(article, (node) => hasClass(node, 'pull-left'));
  const summary = head && find(head, (node) => node.tagName === 'p');
  const nickname = head && find(head, (node) => node.tagName === 'h1');
  const name = (summary && textOf(summary).trim()) || (nickname && textOf(nickname).trim()) || '';
  const route = `${method} ${path}`;
  const out: ElementContent[] = [element('h2', [text(name ? `${name} — ${route}` : route)], (head ?? pre).position)];
  const notes = find(article, (node) => node.tagName === 'p' && hasClass(node, 'marked') && node.properties.id === undefined);
  if (notes && textOf(notes).trim()) out.push(element('p', notes.children, notes.position));
  const curl = find(article, (node) => node.tagName === 'code' && classesOf(node).includes('language-bsh'));
  if (curl) out.push(element('pre', [element('code', curl.children, curl.position, { className: ['language-bash'] })], curl.position));
  const statuses: Element[] = [];
  let statusAt: Position | undefined;
  let title = '';
  const bodies: Element[] = [];
  walk(article, (node) => {
    if (hasClass(node, 'methodsubtabletitle')) {
      title = textOf(node).trim();
      out.push(element('h3', [text(title)], node.position));
    } else if (node.tagName === 'table' && node.properties.id === 'methodsubtable') {
      // The body's schema, scripted from JSON (html2-bodies.ts): its fields under `Request body`.
      const body = /^body\s+param/i.test(title) ? html2Body(node, models()) : undefined;
      // (Its title's heading then says no more than the body's own.)
      if (body) out.splice(out.at(-1)?.type === 'element' && (out.at(-1) as Element).tagName === 'h3' ? -1 : out.length, 1, ...body);
      else out.push(parameterTable(node));
    } else if (node.tagName === 'h3' && /-title-(\d{3}|default)$/.test(String(node.properties.id ?? ''))) {
      statusAt ??= node.position;
      const status = /-title-(\d{3}|default)$/.exec(String(node.properties.id))![1]!;
      statuses.push(element('tr', [element('td', [text(status)], node.position), element('td', [], node.position)], node.position));
    } else if (node.tagName === 'div' && /-schema-(?:\d{3}|default)$/.test(String(node.properties.id ?? ''))) {
      // `<div id="responses-Plants-getPlant-schema-200">` and its script: that status's body's fields.
      const status = /-schema-(\d{3}|default)$/.exec(String(node.properties.id))![1]!;
      const fields = scriptedFields(node, models());
      if (fields) bodies.push(element('h3', [text(`Response ${status}`)], node.position), fields);
    } else if (node.tagName === 'script' && statuses.length > 0) {
      const words = STATUS_WORDS.exec(textOf(node))?.[1];
      const cell = statuses.at(-1)!.children[1] as Element;
      if (words !== undefined && cell.children.length === 0) cell.children.push(text(words.trim()));
    } else return true;
    return false;
  });
  if (statuses.length > 0) out.push(element('h3', [text('Responses')], statusAt), madeTable(['Status', 'Description'], statuses, statusAt));
  out.push(...bodies);
  return out;
}

/** `<tr><td>plantId*</td><td>…<span class="type">Long</span><div class="description">…</div>…Required</td></tr>` rows. */
function parameterTable(source: Element): Element {
  const rows: Element[] = [];
  walk(source, (row) => {
    if (row.tagName !== 'tr') return true;
    const cells = row.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'td');
    if (cells.length !== 2) return false;
    const name = textOf(cells[0]!).trim();
    const key = name.replace(/\*$/, '');
    const type = find(cells[1]!, (node) => hasClass(node, 'type'));
    const words = find(cells[1]!, (node) => hasClass(node, 'description'));
    const required = name.endsWith('*') || find(cells[1]!, (node) => hasClass(node, 'required')) !== undefined;
    const where = row.position;
    rows.push(
      element(
        'tr',
        [
          element('td', [element('code', [text(key)], where)], where),
          element('td', [text(type ? textOf(type).trim() : '')], where),
          element('td', [text(required ? 'yes' : 'no')], where),
          element('td', [text(words ? textOf(words).replace(/\s+/g, ' ').trim() : '')], where),
        ],
        where,
      ),
    );
    return false;
  });
  return madeTable(['Name', 'Type', 'Required', 'Description'], rows, source.position);
}

/** Visits the elements under `node` depth first; `visit` returning true goes into the element's children. */
function walk(node: Element, visit: (node: Element) => boolean): void {
  for (const child of node.children) if (child.type === 'element' && visit(child)) walk(child, visit);
}
