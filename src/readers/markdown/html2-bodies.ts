/**
 * openapi-generator's `-g html2` docs write a request body's schema as a script, not as HTML: the
 * `Body parameters` table's row holds the OpenAPI Request Body Object (Swagger 2: the body
 * parameter) as JSON, and the models it refers to are the page's `defs`, set at its top:
 *
 *     <script> var defs = {}; defs["NewPlant"] = {"required":["name"],"type":"object","properties":{…}}; </script>
 *     …
 *     <div class="methodsubtabletitle">Body parameters</div>
 *     <table id="methodsubtable"><tr><th>Name</th><th>Description</th></tr>
 *       <tr><td>body <span style="color:red;">*</span></td><td><p class="marked">The plant</p>
 *         <script> … var schemaWrapper = {"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewPlant"}}},"required":true}; … </script>
 *
 * → `Request body` over the body's fields (`Name | Type | Required | Default | Description`), its
 * references followed into the page's models (`#/components/schemas/NewPlant`,
 * `#/definitions/NewPlant`), nested objects' fields as `parent[child]` rows; an array of objects
 * (`{"type":"array","items":{"$ref":"#/components/schemas/NewPlant"}}`) its items' fields, the
 * table marked as an array's items (`data-specdown-items`: the body is that array). A schema the rows
 * cannot show (no properties: a string, an array of strings) gives none, and the row stays as it was.
 *
 * A response's schema is scripted alike, in `<div id="responses-Plants-getPlant-schema-200">`:
 * the fields of that status's body, where it is an object.
 */
import type { Element, Root as HastRoot } from 'hast';
import { isJsonObject, type JsonObject } from '../shared/json-object.js';
import { resolveRefs } from './json-schema-tables.js';
import { element, find, madeTable, text, textOf } from './made-hast.js';
import { propertyFields } from './openapi-components.js';

/** A script's `defs["Plant"] = ` assignment: the model's JSON follows. */
const DEFINITION = /\bdefs\["([^"\\]+)"\]\s*=\s*/g;
/** The body's JSON in its row's script. */
const WRAPPER = /\bvar\s+schemaWrapper\s*=\s*/;
/** References to the page's models, as OpenAPI 3 and Swagger 2 write them. */
const MODEL_REF = /"#\/(?:components\/schemas|definitions)\//g;
/** Arrays of arrays deeper than this are no table's. */
const MAX_ITEMS = 8;
/** Longer script text than this is not scanned for JSON. */
const MAX_SCRIPT = 4_000_000;

/** The page's models (`defs["Plant"] = {…}`), by name; their references written `#/definitions/…`. */
export function pageModels(tree: HastRoot): JsonObject {
  const models: JsonObject = {};
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName !== 'script') visit(child);
      else {
        const code = textOf(child);
        if (code.length > MAX_SCRIPT || !code.includes('defs[')) continue;
        for (const match of code.matchAll(DEFINITION)) {
          const value = jsonAt(code, match.index + match[0].length);
          if (isJsonObject(value) && !Object.hasOwn(models, match[1]!))
            Object.defineProperty(models, match[1]!, { value, enumerable: true, writable: true, configurable: true });
        }
      }
    }
  };
  visit(tree);
  return models;
}

/**
 * The `Request body` title and field table a `Body parameters` table's row states in its script;
 * undefined where it states none the rows can show.
 */
export function html2Body(table: Element, models: JsonObject): Element[] | undefined {
  const fields = scriptedFields(table, models);
  return fields && [element('h3', [text('Request body')], table.position), fields];
}

/**
 * The field table of the schema a script under `container` holds (`var schemaWrapper = {…}`: a
 * Request Body, Response or Swagger 2 body parameter object); undefined where it holds none an
 * object's fields show (an array, a string).
 */
export function scriptedFields(container: Element, models: JsonObject): Element | undefined {
  const script = find(container, (node) => node.tagName === 'script');
  const code = script ? textOf(script) : '';
  const at = WRAPPER.exec(code);
  if (!script || !at || code.length > MAX_SCRIPT) return undefined;
  const wrapper = jsonAt(code, at.index + at[0].length);
  const schema = isJsonObject(wrapper) ? schemaOf(wrapper) : undefined;
  if (!schema) return undefined;
  let resolved = resolveRefs(schema, { definitions: models }, 0);
  // An array of objects (`{"type":"array","items":{"$ref":…}}`, arrays of them deeper): its items' fields, the table marked so.
  let items = 0;
  while (isJsonObject(resolved) && resolved.type === 'array' && items < MAX_ITEMS) [resolved, items] = [resolved.items, items + 1];
  if (!isJsonObject(resolved) || resolved.type === 'array') return undefined;
  const fields = propertyFields(resolved, undefined, 0);
  if (fields.length === 0) return undefined;
  const where = container.position;
  const rows = fields.map((field) =>
    element(
      'tr',
      [field.name, field.type, field.required ? 'yes' : 'no', field.default, field.description].map((value) =>
        element('td', [text(value)], where),
      ),
      where,
    ),
  );
  const table = madeTable(['Name', 'Type', 'Required', 'Default', 'Description'], rows, where);
  // The rows are an array's items' fields (html-handlers.ts makes it the mdast table's `data.items`).
  if (items > 0) table.properties.dataSpecdownItems = String(items);
  return table;
}

/** The schema a wrapper holds: its media type's (OpenAPI 3's Request Body Object) or its own (a Swagger 2 body parameter's). */
function schemaOf(wrapper: JsonObject): JsonObject | undefined {
  const content = isJsonObject(wrapper.content) ? wrapper.content : undefined;
  if (content) {
    const types = Object.keys(content);
    const chosen = types.find((type) => /[/+]json\b/i.test(type)) ?? types[0];
    const media = chosen === undefined ? undefined : content[chosen];
    return isJsonObject(media) && isJsonObject(media.schema) ? media.schema : undefined;
  }
  return isJsonObject(wrapper.schema) ? wrapper.schema : undefined;
}

/** The JSON value (an object) that opens at `start`, its model references written `#/definitions/…`; undefined where it is none. */
function jsonAt(code: string, start: number): unknown {
  if (code[start] !== '{') return undefined;
  let depth = 0;
  for (let index = start; index < code.length; index++) {
    const char = code[index];
    if (char === '"') {
      for (index++; index < code.length && code[index] !== '"'; index++) if (code[index] === '\\') index++;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      try {
        return JSON.parse(code.slice(start, index + 1).replace(MODEL_REF, '"#/definitions/'));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
