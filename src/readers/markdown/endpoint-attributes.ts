/**
 * An MDX reference's endpoint component, self-closing, that states an operation by its attributes
 * (Strapi's docs write each operation so):
 *
 *     <Endpoint
 *       method="GET"
 *       path="/api/:room/shelves"
 *       description="Returns the shelves of a room."
 *       paramTitle="Query Parameters"
 *       params={[
 *         { name: 'sort', type: 'string', required: false, description: 'Use <code>name:asc</code>' },
 *       ]}
 *       codeTabs={[…]}
 *       responses={[{ status: 200, body: JSON.stringify({…}) }]}
 *     />
 *       → ```http GET /api/:room/shelves ```                      the signature, a request line in a fence
 *         Returns the shelves of a room.                          a paragraph of the description
 *         | Name | In | Type | Required | Default | Description |  the params, placed by `paramTitle`
 *
 * The params are read only where the attribute is a literal (strings, numbers, true/false/null,
 * objects and arrays, read by script-literals.ts, never run); where it is code (a variable, a call,
 * a spread) the component's method and path alone are read and an `unsupported-component` info says
 * so. The other attributes (code tabs, responses whose bodies are built by `JSON.stringify`) are not
 * read: the page's words for them are code.
 */
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { type Field, fieldTable } from './components.js';
import { type Component, readComponent } from './openapi-components.js';
import { jsonOfLiteral } from './script-literals.js';

const OPENING = /^<Endpoint[\s/>]/;
const METHOD = /^(?:get|put|post|delete|patch|head|options)$/i;
/** A route as the attribute writes it: a slash, then no blank and no quote. */
const ROUTE = /^\/[^\s"'`<>]*$/;
/** Where the params travel, by the title the component gives them (`paramTitle="Query Parameters"`). */
const LOCATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bpath\b/i, 'path'],
  [/\bquery\b/i, 'query'],
  [/\bheaders?\b/i, 'header'],
  [/\b(?:body|request)\b/i, 'body'],
];
/** Times the page's length that reading its components may scan in all. */
const BUDGET_PAGES = 4;

/** Replaces each root-level `<Endpoint … />` that states a method and a path by the nodes it stands for. */
export function convertEndpointComponents(root: Root, page: string, file: string, diagnostics: DiagnosticBag): void {
  const nodes = root.children;
  const children: RootContent[] = [];
  const budget = { left: BUDGET_PAGES * page.length };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const start = node.position?.start;
    const offset = start?.offset;
    const opens =
      offset !== undefined && (node.type === 'html' || node.type === 'paragraph') && OPENING.test(page.slice(offset, offset + 10));
    const component = opens ? readComponent(page, offset, 'Endpoint', budget, true) : undefined;
    const method = component?.written.get('method')?.trim();
    const path = component?.written.get('path')?.trim();
    // A component with children (`<Endpoint …>` … `</Endpoint>`) is left as written: its words are the page's.
    const closed = component !== undefined && page.slice(component.end - 2, component.end) === '/>';
    if (!component || !closed || !method || !path || !METHOD.test(method) || !ROUTE.test(path)) {
      children.push(node);
      continue;
    }
    // The blocks the component spans (a blank line inside it splits it into several).
    let last = index;
    while (last + 1 < nodes.length && (nodes[last + 1]!.position?.start.offset ?? Number.POSITIVE_INFINITY) < component.end) last++;
    const position: Position = { start: start!, end: nodes[last]!.position?.end ?? node.position!.end };
    const signature: Code = { type: 'code', lang: 'http', meta: null, value: `${method.toUpperCase()} ${path}`, position };
    children.push(signature, ...describedBy(component));
    const fields = paramsOf(component);
    if (fields === undefined)
      diagnostics.report(
        'unsupported-component',
        sourceOf(file, node),
        `<Endpoint> ${method.toUpperCase()} ${path}: its params are code, not a literal; only its method and path are read`,
      );
    else if (fields.length > 0) children.push(fieldTable(fields, 'ParamField', position));
    index = last;
  }
  root.children = children;
}

/**
 * The component's `description`, a paragraph of words that holds no place of the page (the page
 * there is the component's code): the description reads its words, as an aside's (html-asides.ts).
 */
function describedBy(component: Component): Paragraph[] {
  const words = textOf(component.written.get('description') ?? '');
  return words ? [{ type: 'paragraph', children: [{ type: 'text', value: words }] }] : [];
}

/**
 * The params the component lists, as fields placed by its `paramTitle`: none where it has no
 * `params`, undefined where they are code (or a literal that is no list of named objects).
 */
function paramsOf(component: Component): Field[] | undefined {
  const written = component.written.get('params');
  if (written === undefined) return [];
  const expression = /^\{([\s\S]*)\}$/.exec(written)?.[1];
  const json = expression === undefined ? undefined : jsonOfLiteral(expression.trim(), 'js');
  const list: unknown = json === undefined ? undefined : JSON.parse(json);
  if (!Array.isArray(list)) return undefined;
  const title = component.written.get('paramTitle') ?? '';
  const location = LOCATIONS.find(([words]) => words.test(title))?.[1];
  const fields: Field[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const param = item as Record<string, unknown>;
    if (typeof param.name !== 'string' || !param.name.trim()) return undefined;
    const stated = typeof param.in === 'string' ? param.in.toLowerCase() : location;
    fields.push({
      name: param.name.trim(),
      ...(stated ? { location: stated } : {}),
      type: typeof param.type === 'string' ? param.type : '',
      required: param.required === true,
      default: typeof param.default === 'string' || typeof param.default === 'number' ? String(param.default) : '',
      description: typeof param.description === 'string' ? textOf(param.description) : '',
    });
  }
  return fields;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** An attribute's words: `<code>x</code>` a code span, other tags none of them, entities read. */
function textOf(html: string): string {
  return html
    .replace(/<code>([^<`]*)<\/code>/gi, '`$1`')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}
