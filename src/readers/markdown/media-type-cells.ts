/**
 * swagger-markdown's cells for OpenAPI 3 (its `### [GET] /pets` pages): a schema per media type,
 * the media type in bold before it and a `<br>` after it; and a request body's own two-column
 * table, whether it is required beside its schema.
 *
 *     | Code | Description | Schema |
 *     | 200 | The pets | **application/json**: [ [Pet](#pet-schema) ]<br>**application/xml**: [ [Pet](#pet-schema) ]<br> |
 *                      → Schema `[ [Pet](#pet-schema) ]`, the JSON one's
 *     #### Request Body
 *     | Required | Schema |
 *     |  No | **application/json**: [Pet](#pet-schema)<br> |
 *                      → the body is `Pet`, and optional
 *
 * A response's schema is the JSON media type's (the others go: the responses' media types are the
 * operation's, not one response's), stated for the JSON types that list the same schema
 * (`**application/json**: Pet<br>**application/hal+json**: Pet<br>`: both, the page's word, which a
 * sample's type does not replace); a cell with none is left as written, and no schema is read
 * from it. A request body is sent as each media type that lists the JSON one's schema (the first
 * one's where none is JSON).
 *
 * A body's or response's title may state its media type the same way, in a parenthesis, after a
 * dash or after a colon at its end (`titledMediaType`):
 *
 *     ### Response (application/xml)        #### 200 OK (application/hal+json)
 *     ### Request body (multipart/form-data)     ### Response — application/hal+json
 *     ### Response: application/json         **Request body: application/x-www-form-urlencoded**
 */
import type { PhrasingContent, Root, Table, TableCell } from 'mdast';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';

const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;
/**
 * A media type at a title's end, in a parenthesis, after a dash or after a colon, of a registered
 * top-level type (not `(and/or)`). (Only a part's title is asked: a colon in prose is no title's.)
 */
const TITLED_TYPE =
  /(?:\(\s*((?:application|text|multipart|image|audio|video|font|model)\/[\w.+-]+)\s*\)|\s[-–—]\s*((?:application|text|multipart|image|audio|video|font|model)\/[\w.+-]+)|:[ \t]*((?:application|text|multipart|image|audio|video|font|model)\/[\w.+-]+))\s*$/i;

/** The media type a part's title states (`Response (application/xml)`, `Response — application/hal+json`, `Response: application/json`), lower-cased; undefined where none. */
export function titledMediaType(title: string): string | undefined {
  const match = TITLED_TYPE.exec(title.trim());
  return match ? (match[1] ?? match[2] ?? match[3])!.toLowerCase() : undefined;
}

/** Rewrites each schema cell of the page's tables that lists media types to the `application/json` one's schema (a request body's table aside). */
export function convertMediaTypeCells(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table' || isRequestBodyTable(node)) continue;
    const at = node.children[0]?.children.findIndex((cell) => /^schema$/i.test(plainText(cell).trim())) ?? -1;
    if (at < 0) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[at];
      const entries = cell && mediaTypeEntries(cell);
      const schema = entries?.find((entry) => /^application\/json$/i.test(entry.mediaType))?.schema;
      if (!cell || !entries || !schema) continue;
      cell.children = schema;
      // The JSON types the cell lists that schema for (`application/json`, `application/hal+json`): the response's, as stated.
      const typeText = words(schema);
      const stated = entries.filter((entry) => JSON_TYPE.test(entry.mediaType) && words(entry.schema) === typeText);
      const types = stated.map((entry) => entry.mediaType.toLowerCase());
      // `application/json` first, as the operation's media types are ordered.
      cell.data = {
        ...cell.data,
        mediaTypes: [...types.filter((type) => type === 'application/json'), ...types.filter((type) => type !== 'application/json')],
      };
    }
  }
}

/**
 * A request body's `Required | Schema` table (one row): whether the body is optional, its
 * schema's words and the media types it is sent as: the JSON one's schema and the media types that
 * list the same, else the first one's; no schema, no media type where the cell lists none.
 */
export function requestBodyTable(table: Table): { optional: boolean; typeText?: string; mediaTypes: string[] } | undefined {
  if (!isRequestBodyTable(table)) return undefined;
  const [required, cell] = table.children[1]!.children;
  const optional = /^no$/i.test(plainText(required!).trim());
  const entries = mediaTypeEntries(cell!) ?? [];
  const chosen = entries.find((entry) => JSON_TYPE.test(entry.mediaType)) ?? entries[0];
  if (!chosen) return { optional, mediaTypes: [] };
  const typeText = words(chosen.schema);
  const mediaTypes = entries.filter((entry) => words(entry.schema) === typeText).map((entry) => entry.mediaType.toLowerCase());
  return typeText ? { optional, typeText, mediaTypes } : { optional, mediaTypes };
}

/** A schema's words, as written. */
function words(schema: PhrasingContent[]): string {
  return plainText({ type: 'paragraph', children: schema }).trim();
}

function isRequestBodyTable(table: Table): boolean {
  const [header, row, ...rest] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase());
  return (
    row !== undefined && rest.length === 0 && words?.join('|') === 'required|schema' && YES_NO.test(plainText(row.children[0]!).trim())
  );
}

const YES_NO = /^(?:yes|no)$/i;

interface MediaTypeEntry {
  mediaType: string;
  schema: PhrasingContent[];
}

/** `**application/json**: X<br>**application/xml**: Y<br>`, each entry; undefined where the cell is not all such entries. */
function mediaTypeEntries(cell: TableCell): MediaTypeEntry[] | undefined {
  const lines: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (isBreak(child)) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  const written = lines.filter((line) => plainText({ type: 'paragraph', children: line }).trim() !== '');
  if (written.length === 0) return undefined;
  const entries = written.map((line) => {
    const [label, colon, ...rest] = line;
    if (label?.type !== 'strong' || colon?.type !== 'text' || !/^\s*:/.test(colon.value)) return undefined;
    const mediaType = plainText(label).trim();
    if (!MEDIA_TYPE.test(mediaType)) return undefined;
    const skip = /^\s*:\s*/.exec(colon.value)![0].length;
    const schema: PhrasingContent[] = skip < colon.value.length ? [moved(colon, skip), ...rest] : rest;
    return { mediaType, schema };
  });
  return entries.every((entry) => entry !== undefined) ? entries : undefined;
}

/** A text node without its first `skip` characters, its place moved with them (on its line). */
function moved(text: Extract<PhrasingContent, { type: 'text' }>, skip: number): PhrasingContent {
  const value = text.value.slice(skip);
  const start = text.position?.start;
  if (!start || !text.position || text.value.slice(0, skip).includes('\n')) return { type: 'text', value };
  const at = { line: start.line, column: start.column + skip, ...(start.offset === undefined ? {} : { offset: start.offset + skip }) };
  return { type: 'text', value, position: { start: at, end: text.position.end } };
}
