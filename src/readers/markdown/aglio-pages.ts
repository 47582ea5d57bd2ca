/**
 * API Blueprint rendered by aglio (its default theme): each action a `<div class="action get">`
 * whose heading holds its name, method badge and URI template, then its parts as collapsible
 * panels, a `<div class="title">` over a `<div class="collapse-content">`. The page is rewritten
 * in its HTML tree as the markdown Blueprint reads (`blueprint.ts`):
 *
 *     <h4 class="action-heading"><div class="name">List notes</div>
 *       <a class="method get">GET</a><code class="uri">/notes{?page}</code></h4>  → <h4>List notes — GET /notes{?page}</h4>
 *     <h4>Example URI</h4><div class="definition">GET …/notes?page=2</div>         → (dropped: a sample call, no route)
 *     <div class="title"><strong>URI Parameters</strong>…</div>
 *     <div class="collapse-content"><dl class="inner"><dt>page</dt>
 *       <dd><code>number</code> <span>(optional)</span> <span class="default">…20…</span>
 *       <span class="example">…2…</span><p>The page.</p></dd></dl></div>       → Parameters: | page | query | number | no | 20 | 2 | The page. |
 *     <div class="title"><strong>Request</strong>…</div> + its panel         → ##### Request body (its `Schema`'s fields) ⏎ ##### Example request ⏎ its `Body`
 *     <div class="title"><strong>Response <code>200</code></strong>…</div>
 *       + its panel (<h5>Headers</h5><pre>…</pre><h5>Body</h5><pre>…</pre>
 *       <h5>Schema</h5><pre>…</pre>)                                         → ##### Response 200 ⏎ its `Body` ⏎ its `Schema`'s fields
 *
 * A parameter is the path's where the URI's path names it (`{id}`), else the query's (`{?page}`).
 * A `Schema` is a JSON Schema, never a sample: its fence is marked here and made the fields' table
 * once the tree is markdown's (`convertAglioSchemas`, json-schema-tables.ts). The panels' `Show` and
 * `Hide` buttons are no words.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { schemaTable } from './json-schema-tables.js';
import { element, find, madeTable, text } from './made-hast.js';
import { hasClass } from './style-classes.js';

/** Cheap test of a page aglio wrote. */
export const AGLIO_PAGE = 'action-heading';
/** The language a `Schema` panel's fence is marked with, for `convertAglioSchemas`. */
const SCHEMA_LANG = 'aglio-schema';

type Child = HastRoot['children'][number];

export function convertAglioActions(tree: HastRoot): void {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (hasClass(child, 'action')) child.children = actionParts(child.children);
      else visit(child);
    }
  };
  visit(tree);
}

/** A `Schema` panel's fence → the table of the fields it states (none where it states none: a JSON Schema is no sample). */
export function convertAglioSchemas(root: Root): void {
  root.children = root.children.flatMap((node): RootContent[] => {
    if (node.type !== 'code' || node.lang !== SCHEMA_LANG) return [node];
    const table = schemaTable({ ...node, lang: 'json' });
    return table ? [table] : [];
  });
}

function actionParts(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let uri = '';
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    if (hasClass(child, 'action-heading')) {
      const heading = actionHeading(child);
      uri = heading.uri;
      out.push(heading.element);
      continue;
    }
    // `<h4>Example URI</h4>` and its `<div class="definition">`: a sample call.
    if (/^h[1-6]$/.test(child.tagName) && textOf(child).trim() === 'Example URI') continue;
    if (hasClass(child, 'definition')) continue;
    if (!hasClass(child, 'title')) {
      out.push(child);
      continue;
    }
    const panel = nextElement(children, index);
    const content = panel && hasClass(panel.element, 'collapse-content') ? panel.element : undefined;
    if (content) index = panel!.index;
    out.push(...partOf(child, content, uri));
  }
  return out;
}

/** `<div class="name">List notes</div><a class="method get">GET</a><code class="uri">/notes</code>` → `List notes — GET /notes`. */
function actionHeading(heading: Element): { element: Element; uri: string } {
  const name = textOf(find(heading, (node) => hasClass(node, 'name')) ?? empty()).trim();
  const method = textOf(find(heading, (node) => hasClass(node, 'method')) ?? empty())
    .trim()
    .toUpperCase();
  const uri = textOf(find(heading, (node) => hasClass(node, 'uri')) ?? empty()).trim();
  if (!method || !uri) return { element: heading, uri };
  const words = `${name || method} — ${method} ${uri}`;
  return { element: element(heading.tagName, [text(words)], heading.position), uri };
}

/** A panel's title and content → the blocks the markdown Blueprint reads. */
function partOf(title: Element, content: Element | undefined, uri: string): ElementContent[] {
  const strong = find(title, (node) => node.tagName === 'strong') ?? title;
  const words = textOf(strong).replace(/\s+/g, ' ').trim();
  const at = title.position;
  if (/^URI Parameters$/i.test(words)) {
    const list = content && find(content, (node) => node.tagName === 'dl');
    const table = list && parameterTable(list, uri);
    return table ? [element('p', [text('Parameters:')], at), table] : [];
  }
  const inner = content ? labelledBlocks(content) : new Map<string, Element>();
  const body = inner.get('body');
  const schema = inner.get('schema');
  const request = /^Request\b/i.test(words);
  const status = /^Response\s+([1-5]\d\d)\b/i.exec(words)?.[1];
  if (!request && !status) return [title, ...(content ? [content] : [])];
  const out: ElementContent[] = [];
  if (request && schema) out.push(element('h5', [text('Request body')], at), fence(schema, SCHEMA_LANG));
  out.push(element('h5', [text(request ? 'Example request' : `Response ${status}`)], at));
  if (body) out.push(fence(body, looksJson(body) ? 'json' : undefined));
  if (!request && schema) out.push(fence(schema, SCHEMA_LANG));
  return out;
}

/** A panel's `<h5>Body</h5><pre>…</pre>` pairs: the `<pre>` under each label, by its lower-cased label. */
function labelledBlocks(content: Element): Map<string, Element> {
  const inner = find(content, (node) => hasClass(node, 'inner')) ?? content;
  const blocks = new Map<string, Element>();
  let label: string | undefined;
  for (const child of inner.children) {
    if (child.type !== 'element') continue;
    if (/^h[1-6]$/.test(child.tagName)) label = textOf(child).trim().toLowerCase();
    else if (child.tagName === 'pre' && label) {
      blocks.set(label, child);
      label = undefined;
    }
  }
  return blocks;
}

/** The `<pre>`'s words as one fence of `lang` (aglio highlights them in spans, and breaks header lines with `<br>`). */
function fence(pre: Element, lang: string | undefined): Element {
  const code = element('code', [text(textOf(pre))], pre.position);
  if (lang) code.properties = { className: [`language-${lang}`] };
  return element('pre', [code], pre.position);
}

function looksJson(pre: Element): boolean {
  return /^\s*[[{]/.test(textOf(pre));
}

/** `<dt>page</dt><dd><code>number</code> (optional) Default: 20 Example: 2 <p>The page.</p></dd>` → a parameters table. */
function parameterTable(list: Element, uri: string): Element | undefined {
  const path = uri.replace(/\{[?&][^}]*\}/g, '');
  const rows: Element[] = [];
  let name: Element | undefined;
  for (const child of list.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'dt') name = child;
    if (child.tagName !== 'dd' || !name) continue;
    const key = textOf(name).trim();
    const where = name.position;
    const type = find(child, (node) => node.tagName === 'code');
    const flag = find(child, (node) => node.tagName === 'span' && /^\((?:required|optional)\)$/i.test(textOf(node).trim()));
    const words: ElementContent[] = [];
    for (const part of child.children)
      if (part.type === 'element' && part.tagName === 'p')
        words.push(text(' '), ...(hasClass(part, 'choices') ? choices(part) : part.children));
    rows.push(
      element(
        'tr',
        [
          element('td', [element('code', [text(key)], where)], where),
          element('td', [text(path.includes(`{${key}}`) ? 'path' : 'query')], where),
          element('td', [text(type ? textOf(type).trim() : '')], where),
          element('td', [text(flag ? (/required/i.test(textOf(flag)) ? 'yes' : 'no') : '')], where),
          element('td', [text(labelled(child, 'default'))], where),
          element('td', [text(labelled(child, 'example'))], where),
          element('td', words, where),
        ],
        child.position,
      ),
    );
    name = undefined;
  }
  if (rows.length === 0) return undefined;
  const at = list.position;
  const header = ['Name', 'In', 'Type', 'Required', 'Default', 'Example', 'Description'];
  return madeTable(header, rows, at);
}

/** `<p class="choices"><strong>Choices: </strong><code>a</code> <code>b</code></p>` → `One of: `a`, `b``. */
function choices(part: Element): ElementContent[] {
  const values = part.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'code');
  return [text('One of: '), ...values.flatMap((value, index) => (index === 0 ? [value] : [text(', '), value]))];
}

/** The value of a `<span class="default"><strong>Default: </strong><span>20</span></span>`. */
function labelled(dd: Element, kind: string): string {
  const span = find(dd, (node) => hasClass(node, kind));
  const value = span?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'span');
  return value ? textOf(value).trim() : '';
}

function nextElement(children: readonly Child[], index: number): { element: Element; index: number } | undefined {
  for (let at = index + 1; at < children.length; at++) {
    const child = children[at]!;
    if (child.type === 'element') return { element: child, index: at };
    if (child.type === 'text' && child.value.trim() !== '') return undefined;
  }
  return undefined;
}

function empty(): Element {
  return element('span', [], undefined);
}

/** The words of an element, a `<br>` a line break (aglio breaks header lines so). */
function textOf(node: Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? (child.tagName === 'br' ? '\n' : textOf(child)) : ''))
    .join('');
}
