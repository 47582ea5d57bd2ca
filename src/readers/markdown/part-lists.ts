/**
 * Lists in an operation's stretch of the page that are more than fields (layoutRegion in
 * parts.ts places them): items that are a section's labels (`* **Parameters**:`, `* Example
 * response: `{…}``), a list that opens with statuses, and an attribute list that describes the
 * fields of the JSON sample above it.
 */
import type { Code, List, ListItem, Paragraph, RootContent, Table, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { pointAt, tableOfAttributeList, tableOfStatusList } from './attribute-lists.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { statedStatuses, statusesTable } from './prose-statuses.js';
import { isLabel, SAMPLE_KINDS } from './regions.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { CAPITALISED_REASON, STATUS_CODE } from './status-words.js';

/**
 * A list whose items include labels (`* **Parameters**:`, `* Example response:` with nothing
 * after the colon, or ``* Example response: `{"id": 1}` ``) → the items before each label as a
 * list, the label as a paragraph (the inline JSON after it as a fence), the items after it as a
 * list; undefined where no item is a label.
 */
export function labelledItems(list: List, titles: TitleVocabulary | undefined, page = ''): RootContent[] | undefined {
  const labels = list.children.map((item) => itemLabel(item, titles) ?? statusListItem(item, titles, page));
  if (labels.every((label) => label === undefined)) return undefined;
  const parts: RootContent[] = [];
  let items: ListItem[] = [];
  const flush = () => {
    if (items.length === 0) return;
    parts.push(subList(list, items));
    items = [];
  };
  list.children.forEach((item, index) => {
    const label = labels[index];
    if (!label) {
      items.push(item);
      return;
    }
    flush();
    parts.push(...label);
  });
  flush();
  return parts;
}

/**
 * A list under a sample's title whose every item is inline JSON alone (Etherpad's `*Example
 * returns:*` ⏎ `` * `{code: 0, message:"ok", data: null}` `` ⏎ `` * `{code: 1, …}` ``) → a fence
 * of each, as the samples they are; undefined for any other list.
 */
export function inlineSamples(list: List): Code[] | undefined {
  const codes = list.children.map((item): Code | undefined => {
    const [paragraph, ...rest] = item.children;
    const [only, ...others] = paragraph?.type === 'paragraph' ? paragraph.children : [];
    if (rest.length > 0 || others.length > 0 || only?.type !== 'inlineCode' || !/^[[{]/.test(only.value.trim())) return undefined;
    return { type: 'code', lang: 'json', meta: null, value: only.value, ...(only.position ? { position: only.position } : {}) };
  });
  return codes.every((code) => code !== undefined) ? codes : undefined;
}

/** A list that opens with statuses and goes on with other items → the statuses' table, then the rest as a list. */
export function leadingStatuses(list: List, page: string): RootContent[] | undefined {
  // A list of statuses alone is one table (a status listed once per condition is one row of it).
  if (tableOfStatusList(list, page)) return undefined;
  for (let count = list.children.length - 1; count > 0; count--) {
    const table = tableOfStatusList(subList(list, list.children.slice(0, count)), page);
    if (table) return [markOrigin(table, 'bullet list'), subList(list, list.children.slice(count))];
  }
  return undefined;
}

function subList(list: List, items: ListItem[]): List {
  const first = items[0]?.position;
  const last = items[items.length - 1]?.position;
  return { ...list, children: items, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

/** An item that is a section's title: its label paragraph (and its inline JSON as a fence). */
function itemLabel(item: ListItem, titles: TitleVocabulary | undefined): RootContent[] | undefined {
  const [paragraph, ...rest] = item.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined;
  const last = paragraph.children[paragraph.children.length - 1];
  const json = last?.type === 'inlineCode' && /^[[{]/.test(last.value.trim()) && paragraph.children.length > 1 ? last : undefined;
  const words = json ? paragraph.children.slice(0, -1) : paragraph.children;
  const label: Paragraph = { type: 'paragraph', children: words, ...(paragraph.position ? { position: paragraph.position } : {}) };
  const text = plainText(label).trim();
  if (!json && !/:$/.test(text)) return statusItem(paragraph, text, titles);
  if (!/:$/.test(text) || !isLabel(label)) return undefined;
  const title = sectionOfTitle(text, titles);
  if (!title || title.kind === 'signature' || title.kind === 'notes' || title.kind === 'aside') return undefined;
  if (!json) return [label];
  // Inline JSON only under a sample's title (`Example response: `{…}``).
  if (!SAMPLE_KINDS.has(title.kind) && title.kind !== 'response-body') return undefined;
  const code: Code = { type: 'code', lang: 'json', meta: null, value: json.value, ...(json.position ? { position: json.position } : {}) };
  return [label, code];
}

/** A label that states an outcome rather than titles a section: `On success:`, `On error:`, `If successful:`. */
const OUTCOME_LABEL = /^(?:(?:on|upon)\s+(?:success|failure|error)|(?:if|when)\s+successful)\s*:$/i;

/**
 * `* Response: HTTP 200 on success, 500 on error`, `* Response: 204 No Content`, `` * Response:
 * none (code `204`) ``, `` * On success: `204`, empty response ``: the label and the statuses it
 * states (an outcome's label is no section's: the statuses alone).
 */
function statusItem(paragraph: Paragraph, text: string, titles: TitleVocabulary | undefined): RootContent[] | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || !paragraph.position) return undefined;
  const outcome = OUTCOME_LABEL.test(text.slice(0, colon + 1));
  const title = outcome ? undefined : sectionOfTitle(text.slice(0, colon + 1), titles);
  if (!outcome && title?.kind !== 'response-body' && title?.kind !== 'responses') return undefined;
  const statuses = statedStatuses(text.slice(colon + 1)) ?? outcomeStatus(text.slice(colon + 1));
  if (!statuses) return undefined;
  const table = statusesTable(statuses, paragraph.position);
  if (outcome) return [table];
  const label: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: text.slice(0, colon + 1) }],
    position: paragraph.position,
  };
  return [label, table];
}

/** The one status an outcome's words state: `none (code 204)` (in parentheses at the end), `204, empty response` (first, then the words). */
const PARENTHESISED = new RegExp(
  String.raw`^(.*?)\s*\((?:HTTP\s+)?(?:status\s+)?(?:code\s+)?(${STATUS_CODE})(${CAPITALISED_REASON})\)$`,
  'i',
);
const LEADING = new RegExp(String.raw`^(?:HTTP\s+)?(${STATUS_CODE})(${CAPITALISED_REASON})\s*,\s*([^\d]*)$`);

function outcomeStatus(text: string): Array<[string, string]> | undefined {
  const words = text.trim().replace(/\.$/, '');
  const parenthesised = PARENTHESISED.exec(words);
  if (parenthesised) return [[parenthesised[2]!, (parenthesised[1]!.trim() || parenthesised[3]!.trim()).replace(/,$/, '')]];
  const leading = LEADING.exec(words);
  return leading ? [[leading[1]!, leading[3]!.trim() || leading[2]!.trim()]] : undefined;
}

/**
 * An item titling the statuses listed under it (Nextcloud's `- Status code:` ⏎ `` + `200 OK` `` ⏎
 * `` + `404 Not Found` When the room could not be found ``): the title and the statuses' table.
 */
function statusListItem(item: ListItem, titles: TitleVocabulary | undefined, page: string): RootContent[] | undefined {
  const [paragraph, list, ...rest] = item.children;
  if (paragraph?.type !== 'paragraph' || list?.type !== 'list' || rest.length > 0 || !page) return undefined;
  const text = plainText(paragraph).trim();
  if (!/:$/.test(text) || text.length > 40 || sectionOfTitle(text, titles)?.kind !== 'responses') return undefined;
  const table = tableOfStatusList(list, page);
  return table ? [paragraph, markOrigin(table, 'bullet list')] : undefined;
}

/**
 * An attribute list right after a JSON sample whose every item names a field of it (of its first
 * item, for an array): that sample's fields described; `undefined` otherwise.
 */
export function sampleFieldList(list: List, out: readonly RootContent[], page: string): Table | undefined {
  const sample = out.findLast((node): node is Code => node.type === 'code');
  if (sample?.lang !== 'json') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(sample.value);
  } catch {
    return undefined;
  }
  const object = Array.isArray(value) ? value[0] : value;
  if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
  const table = tableOfAttributeList(list, page) ?? sentenceFieldTable(list, page);
  const names = table?.children.slice(1).map((row) => (row.children[0] ? plainText(row.children[0]).trim() : ''));
  if (!table || !names?.every((name) => name.startsWith('»') || Object.hasOwn(object, name))) return undefined;
  // The list describes the sample's fields, not all of them maybe: the ones it leaves out are rows
  // too, of no type and no words (the sample types them), placed at the sample.
  const at = sample.position ?? table.position!;
  const listed = new Set(names);
  for (const key of Object.keys(object)) {
    if (listed.has(key)) continue;
    const cells = table.children[0]!.children.map((_, index) => textCell(index === 0 ? key : '', at));
    table.children.push({ type: 'tableRow', children: cells, position: at });
  }
  return table;
}

/** `` `ID` is the unique identifier of the event `` (Consul's): a name in code, then `is` or `are` and its words. */
const SENTENCE_ITEM = /^`([^`\n]+)`[ \t]+(?:is|are)[ \t]+(?=\S)/;

/**
 * A list whose every item is one paragraph saying what a field is (`` - `ID` is the unique
 * identifier of the event ``): a row per item, its words after `is` the description, no type (the
 * sample shows it); undefined where any item says otherwise.
 */
function sentenceFieldTable(list: List, page: string): Table | undefined {
  if (!list.position || list.children.length === 0) return undefined;
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const [paragraph, ...more] = item.children;
    const from = paragraph?.position?.start.offset;
    const to = paragraph?.position?.end.offset;
    if (more.length > 0 || paragraph?.type !== 'paragraph' || from === undefined || to === undefined || !item.position) return undefined;
    const match = SENTENCE_ITEM.exec(page.slice(from, to));
    if (!match) return undefined;
    const start = from + match[0].length;
    const words = {
      type: 'text' as const,
      value: page.slice(start, to),
      position: { start: pointAt(page, start), end: paragraph.position!.end },
    };
    const at = item.position;
    rows.push({
      type: 'tableRow',
      children: [
        textCell(match[1]!.trim(), at),
        textCell('', at),
        textCell('', at),
        { type: 'tableCell', children: [words], position: at },
      ],
      position: at,
    });
  }
  return madeTable(['Attribute', 'Type', 'Required', 'Description'], rows, list.position);
}
