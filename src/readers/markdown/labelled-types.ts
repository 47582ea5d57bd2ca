/**
 * A paragraph holding only a type's name right over a table of fields, where the page names that
 * type in a type cell (the Matrix specification written as markdown, as `<caption>` does it in
 * HTML: `html-captions.ts`):
 *
 *     | `chunk` | [[Message](#message)] | **Required:** The messages. |    → a field of type `[Message]`
 *
 *     <a id="message"></a>
 *     **Message**                                                          → the table defines `Message`
 *
 *     | Name | Type | Description |
 *     | `body` | `string` | **Required:** The text. |
 *
 * The name in bold (`**Message**`), or plain where an anchor stands right before it
 * (`<a id="message"></a>` ⏎ `Message`); a type's name (`Message`, `Unsigned Data` joined as
 * `UnsignedData`), never a part's title (`**Response**`, `Query parameters`). A label the page
 * names in no type cell (nor links to from one) is left as written: a bold phrase over a table
 * may title it for show. The label goes; the table is the type's fields (`captioned-tables.ts`).
 */
import type { Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { defineCaptionedType } from './captioned-tables.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

const TYPE_LABEL = /^[A-Z][A-Za-z0-9_]*(?: [A-Z][A-Za-z0-9_]*){0,3}$/;
/** An empty anchor (`<a id="message"></a>`, `<a name="message"></a>`). */
const ANCHOR = /<a\s+(?:id|name)=["'][^"'\n]*["']\s*>\s*<\/a>\s*$/i;
/** The names a type cell states: the words of `[[Message](#message)]`, `Author`, `array of Author`. */
const NAMED = /[A-Z][A-Za-z0-9_]*/g;

export function readLabelledTypes(root: Root, page: string, titles?: TitleVocabulary): void {
  const tables = root.children.filter((node): node is Table => node.type === 'table');
  if (tables.length < 2) return;
  const named = namedTypes(tables);
  if (named.size === 0) return;
  const kept: RootContent[] = [];
  root.children.forEach((node, index) => {
    const next = root.children[index + 1];
    const name = node.type === 'paragraph' && next?.type === 'table' ? labelName(node, kept.at(-1), page, titles) : undefined;
    if (name && next?.type === 'table' && named.has(name) && isFieldTable(next)) {
      defineCaptionedType(next, name);
      return;
    }
    kept.push(node);
  });
  root.children = kept;
}

/** The type a label paragraph names: bold alone, or plain words right after an anchor. */
function labelName(node: Paragraph, previous: RootContent | undefined, page: string, titles?: TitleVocabulary): string | undefined {
  const written = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'html');
  const [only, ...rest] = written;
  if (!only || rest.length > 0) return undefined;
  const words = plainText(only).replace(/\s+/g, ' ').trim();
  if (!TYPE_LABEL.test(words) || sectionOfTitle(words, titles)) return undefined;
  if (only.type !== 'strong' && !(only.type === 'text' && anchored(node, previous, page))) return undefined;
  return words.replace(/ /g, '');
}

/** Whether an empty anchor stands right before the paragraph's words, in it or between it and the block before. */
function anchored(node: Paragraph, previous: RootContent | undefined, page: string): boolean {
  const start = previous?.position?.end.offset ?? 0;
  const words = node.children.find((child) => child.type === 'text' && child.value.trim() !== '');
  const end = words?.position?.start.offset;
  return end !== undefined && ANCHOR.test(page.slice(start, end));
}

/** A table of fields: a name and a type column. */
function isFieldTable(table: Table): boolean {
  const roles = columnRoles(table);
  return roles.includes('name') && roles.includes('type');
}

/** The names the type cells of the page's tables state. */
function namedTypes(tables: readonly Table[]): Set<string> {
  const names = new Set<string>();
  for (const table of tables) {
    const at = columnRoles(table).indexOf('type');
    if (at < 0) continue;
    for (const row of table.children.slice(1)) {
      const cell = row.children[at];
      for (const name of cell ? typeWords(cell) : []) names.add(name);
    }
  }
  return names;
}

/** A type cell's capitalised words, each a name, and all of them joined (`Unsigned Data`). */
function typeWords(cell: Nodes): string[] {
  const words = plainText(cell).match(NAMED) ?? [];
  return [...words, words.join('')];
}
