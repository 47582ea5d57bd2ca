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
 * so. Code tabs and responses whose bodies are built by `JSON.stringify` are not read: the page's
 * words for them are code.
 *
 * Other sites' components (Docusaurus, Mintlify, Nextra pages) write the same with props named by
 * what they hold, each a list of objects (`name`, `type`, `required`/`isRequired`, `description`,
 * `default`/`defaultValue`, `enum`, `in`):
 *
 *     <ApiEndpoint method="POST" path="/forms/lamps/{id}"        (`endpoint` or `route` for the path too)
 *       pathParams={[…]} queryParams={[…]} headers={[…]}        → parameters of that location
 *       bodyParams={[…]} body={{ fields: […] }}                 → body fields
 *       formFields={[…]} formFiles={[…]}                         → fields of a form (`formData` rows)
 *       curl={`curl -X POST …`}                                  → a `bash` fence, the request's sample
 *       responses={[{ status: 200, description: "…", body: `{ … }`, fields: […] }]}   (`errorResponses` too)
 *     />                                                          → `**Response 200** …` over its fields and sample
 *
 * Such a component is read only where one of those props is a literal it reads; one of the same
 * name that states no route (`<ApiEndpoint formFields={[…]} />` under a subtitle) adds its tables to
 * the operation above it. A prop whose literal is no list of named objects, a key no item states,
 * stays unread: nothing is guessed.
 */
import type { Code, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { isStatusKey } from '../../ir/status-text.js';
import { type Field, fieldTable } from './components.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { type Component, readComponent } from './openapi-components.js';
import { jsonOfLiteral, stringOfLiteral } from './script-literals.js';

const OPENING = /^<Endpoint[\s/>]/;
/** Any component's opening (`<ApiEndpoint`, `<Api.Endpoint`): its name. */
const COMPONENT = /^<([A-Z][\w]*(?:\.[A-Z]\w*)?)[\s/>]/;
/** docusaurus-openapi-docs' components, read by openapi-components.ts. */
const OPENAPI_COMPONENTS = new Set(['ParamsDetails', 'ParamsItem', 'RequestSchema', 'StatusCodes', 'MethodEndpoint', 'Heading']);
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
/** The props that list fields of one location, by name. */
const FIELD_PROPS: Readonly<Record<string, string>> = {
  pathParams: 'path',
  pathParameters: 'path',
  queryParams: 'query',
  queryParameters: 'query',
  headers: 'header',
  headerParams: 'header',
  headerParameters: 'header',
  requestHeaders: 'header',
  cookieParams: 'cookie',
  formFields: 'formData',
  formFiles: 'formData',
  formParams: 'formData',
};
/** The props that may hold an object of lists keyed by location (`parameters={{ query: […] }}`). */
const KEYED_PROPS = new Set(['params', 'parameters']);
const KEYED_LOCATIONS: Readonly<Record<string, string>> = {
  path: 'path',
  query: 'query',
  header: 'header',
  headers: 'header',
  cookie: 'cookie',
  cookies: 'cookie',
  body: 'body',
  form: 'formData',
  formdata: 'formData',
};
/** The props that list the body's fields. */
const BODY_FIELD_PROPS = ['bodyParams', 'bodyParameters', 'bodyFields', 'requestFields'];
/** The props that hold the body: a list of its fields, or an object whose `fields` list them. */
const BODY_PROPS = ['body', 'requestBody'];
const RESPONSE_PROPS = ['responses', 'errorResponses'];
const CURL_PROPS = ['curl', 'curlExample'];
/** A page holding one of the props, written as an expression (`formFields={`): worth the pass. */
export const LITERAL_PROPS = new RegExp(
  `\\b(?:${['parameters', ...Object.keys(FIELD_PROPS), ...BODY_FIELD_PROPS, ...BODY_PROPS, ...RESPONSE_PROPS, ...CURL_PROPS].join('|')})=\\{`,
);
/** Times the page's length that reading its components may scan in all. */
const BUDGET_PAGES = 4;
/** The most items a prop's list may hold. */
const MAX_ITEMS = 10_000;

/** Replaces each root-level `<Endpoint … />` that states a method and a path by the nodes it stands for. */
export function convertEndpointComponents(root: Root, page: string, file: string, diagnostics: DiagnosticBag): void {
  const nodes = root.children;
  /** The page's nodes in runs: each component that states a route heads a run, its request's parts apart from its answers. */
  const runs: Run[] = [{ request: [], answers: [] }];
  const budget = { left: BUDGET_PAGES * page.length };
  /** The last run of each component's name that stated a route: one of that name with props alone adds to it. */
  const routed = new Map<string, Run>();
  /** The depth of the last heading, and whether a component stated a route under it. */
  let depth = 1;
  let stated = false;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const run = runs.at(-1)!;
    if (node.type === 'heading') {
      depth = node.depth;
      stated = false;
    }
    const start = node.position?.start;
    const offset = start?.offset;
    const head = offset !== undefined && (node.type === 'html' || node.type === 'paragraph') ? page.slice(offset, offset + 80) : '';
    const name = OPENING.test(head) ? 'Endpoint' : COMPONENT.exec(head)?.[1];
    const component = name !== undefined && !OPENAPI_COMPONENTS.has(name) ? readComponent(page, offset!, name, budget, true) : undefined;
    // A component with children (`<Endpoint …>` … `</Endpoint>`) is left as written: its words are the page's.
    const closed = component !== undefined && page.slice(component.end - 2, component.end) === '/>';
    if (!component || !closed) {
      run.answers.push(node);
      continue;
    }
    const method = component.written.get('method')?.trim();
    const path = (component.written.get('path') ?? component.written.get('endpoint') ?? component.written.get('route'))?.trim();
    const route = method && path && METHOD.test(method) && ROUTE.test(path) ? `${method.toUpperCase()} ${path}` : undefined;
    const strapi = name === 'Endpoint' && route !== undefined && component.written.has('path');
    // The blocks the component spans (a blank line inside it splits it into several).
    let last = index;
    while (last + 1 < nodes.length && (nodes[last + 1]!.position?.start.offset ?? Number.POSITIVE_INFINITY) < component.end) last++;
    const position: Position = { start: start!, end: nodes[last]!.position?.end ?? node.position!.end };
    const read = propsOf(component, position);
    const above = route === undefined ? routed.get(name!) : undefined;
    const empty = read.request.length === 0 && read.answers.length === 0;
    if (!strapi && ((empty && read.code.length === 0) || (route === undefined && !above))) {
      run.answers.push(node);
      continue;
    }
    if (read.code.length > 0)
      diagnostics.report(
        'unsupported-component',
        sourceOf(file, node),
        `<${name}>${route ? ` ${route}` : ''}: its ${read.code.join(', ')} ${read.code.length === 1 ? 'is' : 'are'} code, not a literal; ${empty ? 'only its method and path are read' : 'only its literal props are read'}`,
      );
    index = last;
    if (above) {
      // A component that states no route goes on with the route above, whatever title it stands
      // under: its fields and sample join that request's, its answers that route's answers.
      above.request.push(...read.request);
      above.answers.push(...read.answers);
      continue;
    }
    const signature: Code = { type: 'code', lang: 'http', meta: null, value: route!, position };
    // Components one after the other under one title (parted by rules, `---`): each its own
    // operation, under a subtitle of its `title` (or `name`) or, where it states none, its route.
    const title = stated ? [subtitle(component, route!, Math.min(depth + 1, 6), position)] : [];
    stated = true;
    const next: Run = { request: [...title, signature, ...describedBy(component), ...read.request], answers: [...read.answers] };
    runs.push(next);
    routed.set(name!, next);
  }
  root.children = runs.flatMap((run) => [...run.request, ...run.answers]);
}

interface Run {
  /** The route's signature, its words, its fields' tables and its request's samples. */
  request: RootContent[];
  /** Its responses, then the page's nodes up to the next such route. */
  answers: RootContent[];
}

interface Props {
  /** The tables of the literal field props, and the request's sample. */
  request: RootContent[];
  /** The responses the props state: a label per status, its fields and its sample. */
  answers: RootContent[];
  /** The field props written as code (`params={shelfParams}`). */
  code: string[];
}

function propsOf(component: Component, position: Position): Props {
  const code: string[] = [];
  const fields: Field[] = [];
  const list = (prop: string, location: string | undefined): void => {
    const written = component.written.get(prop);
    if (written === undefined) return;
    const value = literalOf(written);
    if (value === CODE) code.push(prop);
    else if (isObject(value) && KEYED_PROPS.has(prop)) keyed(value);
    else fields.push(...(fieldsOf(value, location) ?? []));
  };
  // `parameters={{ path: […], query: […], body: […] }}`: each list the fields of the location its key names.
  const keyed = (value: Record<string, unknown>): void => {
    for (const [key, list] of Object.entries(value)) {
      const location = KEYED_LOCATIONS[key.toLowerCase()];
      if (location === 'body') body.push(...(fieldsOf(list, undefined) ?? []));
      else if (location) fields.push(...(fieldsOf(list, location) ?? []));
    }
  };
  const body: Field[] = [];
  list('parameters', undefined);
  list('params', LOCATIONS.find(([words]) => words.test(component.written.get('paramTitle') ?? ''))?.[1]);
  for (const [prop, location] of Object.entries(FIELD_PROPS)) list(prop, location);
  for (const prop of BODY_FIELD_PROPS) {
    const written = component.written.get(prop);
    if (written === undefined) continue;
    const value = literalOf(written);
    if (value === CODE) code.push(prop);
    else body.push(...(fieldsOf(value, undefined) ?? []));
  }
  for (const prop of BODY_PROPS) {
    const written = component.written.get(prop);
    if (written === undefined) continue;
    const value = literalOf(written);
    if (value === CODE) code.push(prop);
    else body.push(...(fieldsOf(isObject(value) ? value.fields : value, undefined) ?? []));
  }
  const request: RootContent[] = [];
  if (fields.length > 0) request.push(fieldTable(fields, 'ParamField', position));
  if (body.length > 0) request.push(...bodyTable(body, position));
  for (const prop of CURL_PROPS) {
    const written = component.written.get(prop);
    const expression = written === undefined ? undefined : /^\{([\s\S]*)\}$/.exec(written)?.[1];
    const text = expression === undefined ? undefined : stringOfLiteral(expression, 'js')?.trim();
    if (text && /^curl\b/.test(text)) request.push({ type: 'code', lang: 'bash', meta: null, value: text, position });
  }
  const answers: RootContent[] = [];
  for (const prop of RESPONSE_PROPS) {
    const written = component.written.get(prop);
    if (written !== undefined) answers.push(...responsesOf(literalOf(written), position));
  }
  return { request, answers, code };
}

/** An attribute written as code (a variable, a call, a spread), not a literal. */
const CODE = Symbol('code');

/**
 * The body's fields under a `Request body` title, a table with no location column: each row a
 * field of the body, never the body itself (as a lone `body` row of a parameter table may be).
 */
function bodyTable(fields: readonly Field[], position: Position): RootContent[] {
  const rows = fields.map((field) =>
    textRow([field.name, field.type, field.required ? 'yes' : 'no', field.default, field.description], position),
  );
  const table = markOrigin(madeTable(['Name', 'Type', 'Required', 'Default', 'Description'], rows, position, ['Default']), 'MDX component');
  return [{ type: 'heading', depth: 6, position, children: [{ type: 'text', value: 'Request body', position }] }, table];
}

/** The value of an attribute's expression (`{[…]}`) where it is a literal; CODE where it is code, undefined where it is a quoted text. */
function literalOf(written: string): unknown {
  const expression = /^\{([\s\S]*)\}$/.exec(written)?.[1];
  if (expression === undefined) return undefined;
  const json = jsonOfLiteral(expression.trim(), 'js');
  return json === undefined ? CODE : (JSON.parse(json) as unknown);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields a list states, placed at `location` where an item states none: undefined where it
 * is no list of named objects (or names).
 */
function fieldsOf(list: unknown, location: string | undefined): Field[] | undefined {
  if (!Array.isArray(list) || list.length > MAX_ITEMS) return undefined;
  const fields: Field[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) {
      fields.push({ name: item.trim(), ...(location ? { location } : {}), type: '', required: false, default: '', description: '' });
      continue;
    }
    if (!isObject(item) || typeof item.name !== 'string' || !item.name.trim()) return undefined;
    const stated =
      typeof item.in === 'string' ? item.in.toLowerCase() : typeof item.location === 'string' ? item.location.toLowerCase() : location;
    const fallback = item.default !== undefined ? item.default : item.defaultValue;
    const values = Array.isArray(item.enum) ? item.enum.filter((value) => typeof value === 'string' || typeof value === 'number') : [];
    const words = typeof item.description === 'string' ? textOf(item.description) : '';
    fields.push({
      name: item.name.trim(),
      ...(stated ? { location: stated } : {}),
      type: typeof item.type === 'string' ? item.type : '',
      required: item.required === true || item.isRequired === true,
      default: typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean' ? String(fallback) : '',
      description:
        values.length > 0 ? `${words}${words ? ' ' : ''}Possible values: ${values.map((value) => `\`${value}\``).join(', ')}.` : words,
    });
  }
  return fields;
}

/**
 * Each response a list states, as its label (`**Response 200** The lamp.`), the table of its
 * `fields` and the fence of its sample (`body`, `example`: JSON, or a literal written in a
 * template); a list or item of another shape states nothing.
 */
function responsesOf(list: unknown, position: Position): RootContent[] {
  if (!Array.isArray(list) || list.length > MAX_ITEMS) return [];
  const nodes: RootContent[] = [];
  for (const item of list) {
    if (!isObject(item)) return [];
    const stated = item.status ?? item.code ?? item.statusCode;
    const status = typeof stated === 'number' || typeof stated === 'string' ? String(stated).trim() : '';
    if (!isStatusKey(status)) continue;
    // Its words: a description, else the reason phrase it gives (`message`, `statusText`, `label`).
    const described = [item.description, item.message, item.statusText, item.label].find((words) => typeof words === 'string');
    const words = textOf((described as string | undefined) ?? '');
    const label: Paragraph = {
      type: 'paragraph',
      position,
      children: [
        { type: 'strong', position, children: [{ type: 'text', value: `Response ${status}`, position }] },
        ...(words ? [{ type: 'text' as const, value: ` ${words}`, position }] : []),
      ],
    };
    nodes.push(label);
    const fields = item.fields === undefined ? undefined : fieldsOf(item.fields, undefined);
    if (fields && fields.length > 0) nodes.push(fieldTable(fields, 'ResponseField', position));
    const sample = sampleOf(item.body ?? item.example ?? item.response);
    if (sample) nodes.push({ type: 'code', lang: 'json', meta: null, value: sample, position });
  }
  return nodes;
}

/** A response's sample as JSON: an object or list, or a string that is one (JSON or a literal); undefined for other words. */
function sampleOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value, null, 2);
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return undefined;
  const json = jsonOfLiteral(value.trim(), 'js');
  return json === undefined ? undefined : JSON.stringify(JSON.parse(json), null, 2);
}

/** The heading a component that shares its title with another stands under: its own title's words, or its route. */
function subtitle(component: Component, route: string, depth: number, position: Position): Heading {
  const words = textOf(component.written.get('title') ?? component.written.get('name') ?? component.written.get('summary') ?? '');
  return { type: 'heading', depth: depth as Heading['depth'], position, children: [{ type: 'text', value: words || route, position }] };
}

/**
 * The component's `description`, a paragraph of words that holds no place of the page (the page
 * there is the component's code): the description reads its words, as an aside's (html-asides.ts).
 */
function describedBy(component: Component): Paragraph[] {
  const words = textOf(component.written.get('description') ?? '');
  return words ? [{ type: 'paragraph', children: [{ type: 'text', value: words }] }] : [];
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
