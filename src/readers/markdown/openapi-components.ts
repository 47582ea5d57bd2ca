/**
 * Pages that docusaurus-openapi-docs generates (`*.api.mdx`): the endpoint in
 * `<MethodEndpoint method={"get"} path={"/pets/{id}"}>` (read as any HTML signature), and what the
 * operation takes and returns as OpenAPI objects in JSX attributes:
 *
 *     <ParamsDetails parameters={[{"name":"id","in":"path","required":true,"schema":{"type":"integer","format":"int64"}}]} />
 *     <ParamsItem param={{"name":"limit","in":"query","schema":{"type":"integer"}}} />      (older versions: one per parameter)
 *     <RequestSchema title={"Body"} body={{"content":{"application/json":{"schema":{…}}}}} />
 *     <StatusCodes responses={{"200":{"description":"OK","content":{…}},"404":{"description":"Not found"}}} />
 *
 * Each becomes the table it stands for, placed as any table is: parameters and body fields as
 * `ParamField` rows (name, location, type, required, default, description), the statuses as a
 * `Status | Description` table, and the fields of the first success response with a schema as
 * `ResponseField` rows (a list's items' fields, under the heading `Response: array` that says
 * the body is a list). Nested properties are `parent[child]` rows, an array's items'
 * `parent[][child]`; a schema's type, format, enum and nullability are written as the type words
 * the reader knows (`integer(int64)`, `string(date-time)`, `Enum: a, b`, `string[]`, `X or null`).
 * What the words cannot say (a union of objects) is left untyped, never guessed.
 */

import { inflateSync } from 'node:zlib';
import type { Heading, Html, Root, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { parse as parseYaml } from 'yaml';
import { isStatusKey } from '../../ir/status-text.js';
import { isJsonObject, type JsonObject } from '../shared/json-object.js';
import { type Field, fieldTable } from './components.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';

const COMPONENT = /^<(ParamsDetails|ParamsItem|RequestSchema|StatusCodes|MethodEndpoint|Heading)\b/;
/** Deeper properties than this are not listed (a schema that recursive is no table). */
const MAX_DEPTH = 8;
/** The largest operation an `api:` front matter is inflated to. */
const MAX_API = 8 * 1024 * 1024;
/** Deeper object literals than this are not read (JSON of any depth is). */
const MAX_YAML_DEPTH = 64;
/** Times the page's length that reading its components may scan in all. */
const BUDGET_PAGES = 4;

/** Replaces each root-level component by the tables it states; a component it cannot read stays as it is. */
export function convertOpenApiComponents(root: Root, page: string): void {
  if (!root.children.some((node) => componentAt(page, node) !== undefined)) return;
  // The operation the page renders, whole, in its front matter: read from it, not from the
  // components (older versions spread a body's schema over nested HTML they cannot be read from).
  const nodes = root.children;
  const [first] = nodes;
  const api = first?.position ? frontMatterApi(first) : undefined;
  // Where the first data component stood, the front matter's operation is given as its tables (placed at the front matter).
  let fromApi: RootContent[] | undefined = api && apiTables(api).map((make) => make(first!.position!));
  const dataNodes = (): RootContent[] => {
    const made = fromApi ?? [];
    fromApi = [];
    return made;
  };
  const children: RootContent[] = [];
  // A component that never closes is scanned to the page's end; all of them together never scan more than this.
  const budget = { left: BUDGET_PAGES * page.length };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const name = componentAt(page, node);
    const start = node.position?.start;
    if (name === undefined && isParamsBlock(node)) {
      if (api) {
        children.push(...dataNodes());
        continue;
      }
      // Older versions: each parameter a `<ParamsItem param={…}>` inside a `<details>` block titled "Path Parameters".
      const made =
        start?.offset === undefined ? [] : parameterTable(paramsItemsIn(page, start.offset, start.offset + node.value.length, budget));
      if (made.length > 0 && node.position) children.push(...made.map((make) => make(node.position!)));
      else children.push(node);
      continue;
    }
    const component = name && start?.offset !== undefined ? readComponent(page, start.offset, name, budget) : undefined;
    const made =
      component && api && DATA_COMPONENTS.has(name!)
        ? dataNodes().map((node) => () => node)
        : component
          ? nodesOf(name!, component, page.slice(start!.offset!, component.end))
          : undefined;
    if (!component || !made) {
      children.push(node);
      continue;
    }
    // The blocks the component spans (a blank line inside it splits it into several).
    let last = index;
    while (last + 1 < nodes.length && (nodes[last + 1]!.position?.start.offset ?? Number.POSITIVE_INFINITY) < component.end) last++;
    const end = nodes[last]!.position?.end ?? node.position!.end;
    const position: Position = { start: start!, end };
    for (const make of made) children.push(make(position));
    index = last;
  }
  root.children = children;
}

/**
 * docusaurus-openapi-docs' `api:` front matter: the operation object (method, path, parameters,
 * requestBody, responses), its JSON deflated and base64-encoded (or, with compression off, the
 * JSON itself). Inflated to at most MAX_API bytes.
 */
function frontMatterApi(node: RootContent | undefined): JsonObject | undefined {
  if (node?.type !== 'yaml' || !node.position) return undefined;
  const line = /^api:[ \t]*(\S.*)$/m.exec(node.value)?.[1]?.trim();
  if (!line) return undefined;
  let text: string | undefined;
  if (line.startsWith('{')) text = line;
  else if (/^eJ[A-Za-z0-9+/=]+$/.test(line)) {
    try {
      text = inflateSync(Buffer.from(line, 'base64'), { maxOutputLength: MAX_API }).toString('utf8');
    } catch {
      return undefined;
    }
  }
  const value = text === undefined ? undefined : jsonOf(text, 0);
  return isJsonObject(value) && typeof value.method === 'string' && typeof value.path === 'string' ? value : undefined;
}

function apiTables(api: JsonObject): MadeTable[] {
  return [
    ...parameterTable(Array.isArray(api.parameters) ? api.parameters : []),
    ...requestTable(api.requestBody),
    ...responseTables(api.responses),
  ];
}

/** An older version's `<details>` block of `<ParamsItem>`s. */
function isParamsBlock(node: RootContent): node is Html {
  return node.type === 'html' && node.value.includes('<ParamsItem');
}

function componentAt(page: string, node: RootContent): string | undefined {
  const offset = node.position?.start.offset;
  if (offset === undefined || page.charCodeAt(offset) !== 0x3c /* < */) return undefined;
  return COMPONENT.exec(page.slice(offset, offset + 20))?.[1];
}

/**
 * The component's attributes that are JSX expressions holding JSON (`name={…}`), and where the
 * component ends; undefined when it is not closed (`/>`, or `>` … `</Name>`).
 */
export function readComponent(page: string, from: number, name: string, budget?: Budget, written = false): Component | undefined {
  if (budget && budget.left <= 0) return undefined;
  const read = scanComponent(page, from, name, written);
  if (budget) budget.left -= (read?.end ?? page.length) - from;
  return read;
}

interface Budget {
  left: number;
}

/** `written`: the attributes as written only, no expression read as JSON (`Component.attributes` left empty). */
function scanComponent(page: string, from: number, name: string, written: boolean): Component | undefined {
  const attributes = new Map<string, unknown>();
  const empty = new Set<string>();
  const texts = new Map<string, string>();
  let at = from + 1 + name.length;
  while (at < page.length) {
    while (at < page.length && /\s/.test(page[at]!)) at++;
    if (page.startsWith('/>', at)) return { attributes, empty, written: texts, end: at + 2 };
    if (page[at] === '>') {
      const close = new RegExp(`</${name}\\s*>`, 'g');
      close.lastIndex = at;
      const closing = close.exec(page);
      return closing ? { attributes, empty, written: texts, end: closing.index + closing[0].length } : undefined;
    }
    const attribute = /^[A-Za-z_][\w-]*/.exec(page.slice(at, at + 100));
    if (!attribute) return undefined;
    at += attribute[0].length;
    if (page[at] !== '=') continue;
    at++;
    if (page[at] === '"' || page[at] === "'") {
      const endQuote = page.indexOf(page[at]!, at + 1);
      if (endQuote < 0) return undefined;
      texts.set(attribute[0], page.slice(at + 1, endQuote));
      at = endQuote + 1;
    } else if (page[at] === '{') {
      const end = expressionEnd(page, at);
      if (end === undefined) return undefined;
      const expression = page.slice(at + 1, end.at).trim();
      texts.set(attribute[0], `{${expression}}`);
      const value = written ? undefined : jsonOf(expression, end.depth);
      if (value !== undefined && value !== null) attributes.set(attribute[0], value);
      else if (expression === 'undefined' || expression === 'null') empty.add(attribute[0]);
      at = end.at + 1;
    } else return undefined;
  }
  return undefined;
}

/**
 * The offset of the `}` that closes the expression opened at `open` (brackets counted outside
 * strings), and how deep its brackets nest.
 */
function expressionEnd(page: string, open: number): { at: number; depth: number } | undefined {
  let depth = 0;
  let deepest = 0;
  for (let at = open; at < page.length; at++) {
    const char = page[at]!;
    if (char === '"' || char === "'" || char === '`') {
      at = stringEnd(page, at);
      if (at < 0) return undefined;
    } else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return char === '}' ? { at, depth: deepest } : undefined;
    }
  }
  return undefined;
}

function stringEnd(page: string, open: number): number {
  const quote = page[open]!;
  for (let at = open + 1; at < page.length; at++) {
    if (page[at] === '\\') at++;
    else if (page[at] === quote) return at;
  }
  return -1;
}

/**
 * The expression's value: JSON as the generator writes it, or the JavaScript object literal a
 * formatter (Prettier) made of it — unquoted keys, trailing commas — read as the YAML flow
 * collection it also is.
 */
function jsonOf(text: string, depth: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The YAML parser takes time that grows faster than the nesting: no schema nests this deep.
    if (!/^[[{]/.test(text) || depth > MAX_YAML_DEPTH) return undefined;
    try {
      return parseYaml(text, { prettyErrors: false }) as unknown;
    } catch {
      return undefined;
    }
  }
}

export interface Component {
  /** The attributes whose expressions are JSON (strings, objects, lists…). */
  attributes: Map<string, unknown>;
  /** The attributes whose expression is `undefined` or `null`: they state nothing. */
  empty: Set<string>;
  /** Every attribute with a value as written: a quoted one's text (`method="GET"` → `GET`), an expression in its braces (`{[…]}`). */
  written: Map<string, string>;
  /** Where the component ends in the page. */
  end: number;
}

const DATA_COMPONENTS = new Set(['ParamsDetails', 'ParamsItem', 'RequestSchema', 'StatusCodes']);
/** What the data attribute of each component is called. */
const DATA: Record<string, string> = { ParamsDetails: 'parameters', ParamsItem: 'param', RequestSchema: 'body', StatusCodes: 'responses' };

type Made = (position: Position) => RootContent;
type MadeTable = (position: Position) => Table | Heading;

/**
 * The nodes a component stands for: its tables; a heading for `<Heading as={"h2"} children={"Request"}>`;
 * the signature, whole, for `<MethodEndpoint …>`; nothing for one whose data is `undefined`.
 * Undefined (the component kept as it is) when its data is not JSON it can read.
 */
function nodesOf(name: string, component: Component, text: string): Made[] | undefined {
  const { attributes } = component;
  if (name === 'MethodEndpoint') {
    const value = text.replace(/\n\s*\n/g, '\n');
    return [(position) => ({ type: 'html', value, position })];
  }
  if (name === 'Heading') {
    const title = attributes.get('children');
    const depth = /^h([1-6])$/.exec(String(attributes.get('as') ?? ''))?.[1];
    if (typeof title !== 'string' || !title.trim() || !depth) return undefined;
    return [
      (position) => ({ type: 'heading', depth: Number(depth) as 1, children: [{ type: 'text', value: title.trim(), position }], position }),
    ];
  }
  if (component.empty.has(DATA[name]!)) return [];
  const tables = tablesOf(name, attributes);
  return tables.length === 0 ? undefined : tables;
}

function tablesOf(name: string, attributes: ReadonlyMap<string, unknown>): MadeTable[] {
  switch (name) {
    case 'ParamsDetails': {
      const list = attributes.get('parameters');
      return parameterTable(Array.isArray(list) ? list : []);
    }
    case 'ParamsItem':
      return parameterTable([attributes.get('param')]);
    case 'RequestSchema':
      return requestTable(attributes.get('body'));
    case 'StatusCodes':
      return responseTables(attributes.get('responses'));
    default:
      return [];
  }
}

/** The `param` of each `<ParamsItem>` between `from` and `to`. */
function paramsItemsIn(page: string, from: number, to: number, budget: Budget): unknown[] {
  const params: unknown[] = [];
  let at = page.indexOf('<ParamsItem', from);
  while (at >= 0 && at < to) {
    const item = readComponent(page, at, 'ParamsItem', budget);
    if (!item || item.end > to) return [];
    params.push(item.attributes.get('param'));
    at = page.indexOf('<ParamsItem', item.end);
  }
  return params;
}

function parameterTable(parameters: readonly unknown[]): MadeTable[] {
  const fields: Field[] = [];
  for (const parameter of parameters) {
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    const schema = isJsonObject(parameter.schema) ? parameter.schema : {};
    fields.push({
      name: parameter.name,
      location: parameter.in,
      type: typeWords(schema) || OPEN,
      required: parameter.required === true,
      default: defaultText(schema),
      description: oneLine(parameter.description ?? schema.description),
    });
  }
  return fields.length === 0 ? [] : [(position) => fieldTable(fields, 'ParamField', position)];
}

function requestTable(body: unknown): MadeTable[] {
  const schema = isJsonObject(body) ? contentSchema(body.content) : undefined;
  if (!schema) return [];
  const fields = propertyFields(schema, undefined, 0);
  if (fields.length === 0) return [];
  // Under a `Request body` heading, a table of the body's fields: a `body` location column would
  // make a lone field the whole body (`| body | body | Pet |`).
  return [
    (position) => ({ type: 'heading', depth: 4, children: [{ type: 'text', value: 'Request body', position }], position }),
    (position) =>
      markOrigin(
        madeTable(
          ['Name', 'Type', 'Required', 'Default', 'Description'],
          fields.map((field) =>
            textRow([field.name, field.type, field.required ? 'yes' : 'no', field.default, field.description], position),
          ),
          position,
        ),
        'MDX component',
      ),
  ];
}

function responseTables(responses: unknown): MadeTable[] {
  if (!isJsonObject(responses)) return [];
  const statuses = Object.entries(responses).filter(([status, response]) => isStatusKey(status) && isJsonObject(response));
  if (statuses.length === 0) return [];
  const made: MadeTable[] = [
    (position) =>
      markOrigin(
        madeTable(
          ['Status', 'Description'],
          statuses.map(([status, response]) => textRow([status, oneLine((response as JsonObject).description)], position)),
          position,
        ),
        'MDX component',
      ),
  ];
  const success = statuses.find(([status, response]) => /^2/.test(status) && contentSchema((response as JsonObject).content));
  const schema = success && flatten(contentSchema((success[1] as JsonObject).content)!);
  if (!schema) return made;
  const items = schema.type === 'array' && isJsonObject(schema.items) ? flatten(schema.items) : undefined;
  if (items) {
    // A list: the body's type where a heading states it (`Response: array`), over its items' fields.
    const words = hasProperties(items) ? 'array' : typeWords(schema);
    if (!words) return made;
    made.push((position) => ({ type: 'heading', depth: 4, children: [{ type: 'text', value: `Response: ${words}`, position }], position }));
  }
  const fields = propertyFields(items ?? schema, undefined, 0);
  if (fields.length > 0) made.push((position) => fieldTable(fields, 'ResponseField', position));
  return made;
}

/** The schema of the content's JSON media type (or its first one). */
function contentSchema(content: unknown): JsonObject | undefined {
  if (!isJsonObject(content)) return undefined;
  const types = Object.keys(content);
  const chosen = types.find((type) => /^application\/json\b/i.test(type)) ?? types.find((type) => /[/+]json\b/i.test(type)) ?? types[0];
  const media = chosen === undefined ? undefined : content[chosen];
  return isJsonObject(media) && isJsonObject(media.schema) ? media.schema : undefined;
}

/** The rows of an object schema's properties, nested ones under their parent's name. */
export function propertyFields(schema: JsonObject, parent: string | undefined, depth: number): Field[] {
  if (depth > MAX_DEPTH) return [];
  const { properties, required } = objectParts(schema);
  const fields: Field[] = [];
  for (const [name, value] of properties) {
    if (!isJsonObject(value)) continue;
    const property = flatten(value);
    const field: Field = {
      name: parent === undefined ? name : `${parent}[${name}]`,
      type: typeWords(property) || OPEN,
      required: required.has(name),
      default: defaultText(property),
      description: oneLine(property.description),
    };
    fields.push(field);
    // An array's items, through arrays of arrays (`{"type":"array","items":{"type":"array","items":{…}}}`): `rows[][]`.
    let items = isJsonObject(property.items) ? flatten(property.items) : undefined;
    let path = `${field.name}[]`;
    for (let nested = 0; items && !hasProperties(items) && isJsonObject(items.items) && nested < MAX_DEPTH; nested++) {
      items = flatten(items.items);
      path += '[]';
    }
    if (hasProperties(property)) fields.push(...propertyFields(property, field.name, depth + 1));
    else if (items && hasProperties(items)) fields.push(...propertyFields(items, path, depth + 1));
  }
  return fields;
}

/** An object schema's properties (a map: a property may be named `__proto__`) and required names, its `allOf` members' included. */
function objectParts(schema: JsonObject): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>();
  const required = new Set<string>();
  const add = (part: JsonObject, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(part.allOf)) for (const member of part.allOf) if (isJsonObject(member)) add(member, depth + 1);
    if (isJsonObject(part.properties)) for (const [name, value] of Object.entries(part.properties)) properties.set(name, value);
    if (Array.isArray(part.required)) for (const name of part.required) if (typeof name === 'string') required.add(name);
  };
  add(schema, 0);
  return { properties, required };
}

/** A schema whose `allOf` members are all objects, as one object schema (its own keywords kept). */
function flatten(schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf) || schema.allOf.length === 0) return schema;
  const members = schema.allOf.filter(isJsonObject);
  if (members.length === 1 && !schema.properties) return { ...members[0]!, ...withoutAllOf(schema) };
  if (!members.every((member) => hasProperties(member) || member.type === 'object')) return schema;
  return { ...schema, type: 'object' };
}

function withoutAllOf(schema: JsonObject): JsonObject {
  const { allOf: _allOf, ...rest } = schema;
  return rest;
}

function hasProperties(schema: JsonObject): boolean {
  return (
    isJsonObject(schema.properties) ||
    (Array.isArray(schema.allOf) && schema.allOf.some((member) => isJsonObject(member) && hasProperties(member)))
  );
}

/** What the schema's type says, in the reader's type words; '' when the words cannot say it. */
export function typeWords(schema: JsonObject): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type): type is string => typeof type === 'string');
  const nullable = schema.nullable === true || types.includes('null');
  const main = types.filter((type) => type !== 'null');
  let words = '';
  if (Array.isArray(schema.enum) && (main.length === 0 || main[0] === 'string')) words = enumWords(schema.enum);
  if (!words) {
    if (main.length > 1) words = main.every((type) => SIMPLE.has(type)) ? main.join(' or ') : '';
    else {
      const type = main[0] ?? (hasProperties(schema) ? 'object' : schema.items !== undefined ? 'array' : undefined);
      words = type === undefined ? unionWords(schema) : singleWords(type, schema);
    }
  }
  return words && nullable ? `${words} or null` : words;
}

const SIMPLE = new Set(['string', 'integer', 'number', 'boolean']);
/** The type word of a schema the words cannot say (a union of objects): open, the type nothing is known of. */
const OPEN = 'any';

function singleWords(type: string, schema: JsonObject): string {
  switch (type) {
    case 'integer':
    case 'number':
    case 'string':
      return typeof schema.format === 'string' && /^[A-Za-z][\w.-]*$/.test(schema.format) ? `${type}(${schema.format})` : type;
    case 'boolean':
    case 'object':
      return type;
    case 'array': {
      const items = isJsonObject(schema.items) ? flatten(schema.items) : undefined;
      if (!items) return 'array';
      const inner = hasProperties(items) ? 'object' : typeWords({ ...items, nullable: false });
      // An array of an enum's values: `array of Enum: draft, published`.
      if (inner.startsWith('Enum: ')) return `array of ${inner}`;
      return inner && !/\s/.test(inner) ? `${inner}[]` : 'array';
    }
    default:
      return '';
  }
}

/** `oneOf`/`anyOf` of simple types: `integer or string`; of anything else: no words. */
function unionWords(schema: JsonObject): string {
  const members = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : [];
  const types = members.map((member) => (isJsonObject(member) && typeof member.type === 'string' ? member.type : ''));
  return types.length > 0 && types.every((type) => SIMPLE.has(type)) ? [...new Set(types)].join(' or ') : '';
}

/** `Enum: a, b`: values the words can hold (strings without commas); '' otherwise. */
function enumWords(values: readonly unknown[]): string {
  const strings = values.filter((value): value is string => typeof value === 'string');
  if (strings.length === 0 || strings.length !== values.length || strings.some((value) => /[,\n]|^\s|\s$|^$/.test(value))) return '';
  return `Enum: ${strings.join(', ')}`;
}

function defaultText(schema: JsonObject): string {
  if (!('default' in schema) || schema.default === null || schema.default === undefined) return '';
  return typeof schema.default === 'string' ? schema.default : JSON.stringify(schema.default);
}

function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}
