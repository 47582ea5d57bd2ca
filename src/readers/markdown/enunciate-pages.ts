/**
 * Enunciate's resource pages (Java; one HTML page per resource, each method a section headed
 * `GET /shelves/{id}`): the request parameters' `type` column says where each one travels, and a
 * body section names its type in a small table rather than listing its fields.
 *
 *     ### Request Parameters
 *     | name | type | description | default |      → | name | in | description | default |
 *     | id   | path | The shelf id. |         |        (every cell a place: path, query, header, form, …)
 *     ### Response Body                          → ### Response body: Shelf
 *     | element     | [Shelf](json_Shelf.html) |
 *     | media types | application/json |
 *     ### Request Body                           → ### Request body: list of Shelf
 *     | media type | data type | description |    → The shelves. (the row's description, a paragraph)
 *     | application/json | list of [Shelf](json_Shelf.html) (JSON) | The shelves. |
 *
 * The type so named is the data type page's (`json_Shelf.html`: `# Shelf` or `# Shelf Data Type`
 * over a `Properties` table of `name | data type | description`), found by its name as any named
 * type is. A `code | condition` table's conditions are its statuses' descriptions.
 */
import type { Heading, Root, RootContent, Table, TableCell } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** JAX-RS's places of a parameter (`@PathParam`, `@QueryParam`, `@HeaderParam`, `@FormParam`, `@MatrixParam`, `@CookieParam`). */
const PLACE = /^(?:path|query|header|form|matrix|cookie)$/i;
const BODY_TITLE = /^(request|response)\s+body$/i;
/** The keys of a body's table: the type's row, the media types' row. */
const TYPE_KEY = /^(?:element|data\s+type|type|json\s+type)$/i;
const MEDIA_KEY = /^media\s+types?$/i;
const JSON_MEDIA = /\bjson\b/i;
/** A data type's note after its name: `Shelf (JSON)`, `shelf (XML)`. */
const FORMAT_NOTE = /(?<!\s)\s*\((?:json|xml)\)\s*$/i;
/** A type's words the title may carry: `Shelf`, `list of Shelf`, `map of string`. */
const TYPE_WORDS = /^[A-Za-z_][\w.]*(?: of [A-Za-z_][\w.]*)?$/;
const DATA_TYPE_TITLE = /^([A-Z][\w.]*) Data Type$/;

/** Renames place columns and turns each body section's type table into its title's type. */
export function convertEnunciatePages(root: Root): void {
  for (const node of root.children) if (node.type === 'table') renameColumns(node);
  nameDataType(root);
  const out: RootContent[] = [];
  const nodes = root.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    const title = node.type === 'heading' ? BODY_TITLE.exec(plainText(node).trim()) : undefined;
    const body = title && next?.type === 'table' ? bodyType(next) : undefined;
    if (!title || !body) {
      out.push(node);
      continue;
    }
    const heading = node as Heading;
    const where = heading.position ? { position: heading.position } : {};
    out.push({ ...heading, children: [{ type: 'text', value: `${title[1]} body: ${body.type}`, ...where }] });
    if (body.description && next?.position)
      out.push({
        type: 'paragraph',
        children: [{ type: 'text', value: body.description, position: next.position }],
        position: next.position,
      });
    index++;
  }
  root.children = out;
}

/**
 * A `type` column right after `name` whose every cell is a place (`path`, `query`, …) is the `in` column; the
 * `condition` of a `code | condition` table (the response codes') is each status's description.
 */
function renameColumns(table: Table): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return;
  if (header.children.map((cell) => cellText(cell).toLowerCase()).join('|') === 'code|condition') {
    const cell = header.children[1]!;
    header.children[1] = { ...cell, children: [{ type: 'text', value: 'description' }] };
    return;
  }
  // Enunciate's order, the name then its place (Swagger2Markup's `Type | Name` tables are theirs).
  const column = header.children.findIndex((cell) => /^type$/i.test(plainText(cell).trim()));
  if (column < 1 || !/^name$/i.test(plainText(header.children[column - 1]!).trim())) return;
  if (!rows.every((row) => PLACE.test(cellText(row.children[column])))) return;
  const cell = header.children[column]!;
  header.children[column] = { ...cell, children: [{ type: 'text', value: 'in' }] };
}

/** A data type page's title (`# Shelf Data Type` over `## Properties`): the type's name, `Shelf`. */
function nameDataType(root: Root): void {
  const headings = root.children.filter((node): node is Heading => node.type === 'heading');
  const [title, next] = headings;
  const name = title?.depth === 1 ? DATA_TYPE_TITLE.exec(plainText(title).trim())?.[1] : undefined;
  if (!name || !next || !/^properties$/i.test(plainText(next).trim())) return;
  title!.children = [{ type: 'text', value: name, ...(title!.position ? { position: title!.position } : {}) }];
}

/**
 * The type a body's table names, and its description: a table of key and value rows (`element`,
 * `media types`; the first row may be the header), or of `media type | data type | description`
 * rows (the JSON one's, else the first's). Undefined for any other table.
 */
function bodyType(table: Table): { type: string; description?: string } | undefined {
  const [header, ...rows] = table.children;
  if (!header) return undefined;
  const words = header.children.map((cell) => cellText(cell).toLowerCase());
  const typeColumn = words.findIndex((word) => /^data\s+type$/.test(word));
  if (typeColumn >= 0 && words.some((word) => /^media\s+types?$/.test(word))) {
    const media = words.findIndex((word) => /^media\s+types?$/.test(word));
    const row = rows.find((candidate) => JSON_MEDIA.test(cellText(candidate.children[media]))) ?? rows[0];
    const type = row && typeText(row.children[typeColumn]);
    const description = words.indexOf('description');
    const said = description >= 0 && row ? cellText(row.children[description]) : '';
    return type ? { type, ...(said ? { description: said } : {}) } : undefined;
  }
  const pairs = (words.every((word) => word === '') ? rows : table.children).map((row) => row.children);
  if (!pairs.every((cells) => cells.length === 2)) return undefined;
  let type: string | undefined;
  let description = '';
  for (const [key, value] of pairs) {
    const name = cellText(key);
    if (TYPE_KEY.test(name)) type = typeText(value);
    else if (/^description$/i.test(name)) description = cellText(value);
    else if (!MEDIA_KEY.test(name)) return undefined;
  }
  return type ? { type, ...(description ? { description } : {}) } : undefined;
}

/** `list of [Shelf](json_Shelf.html) (JSON)` → `list of Shelf`; undefined for words that name no type. */
function typeText(cell: TableCell | undefined): string | undefined {
  const text = cellText(cell).replace(FORMAT_NOTE, '');
  return TYPE_WORDS.test(text) ? text : undefined;
}

function cellText(cell: TableCell | undefined): string {
  return cell ? plainText(cell).replace(/\s+/g, ' ').trim() : '';
}
