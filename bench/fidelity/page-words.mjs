/**
 * Where a docs page names a word, by the kind of place (for the params evidence listing):
 *
 *   named as a parameter
 *     table        the name cell (first cell) of a GFM or HTML table row: `| \`userId\`* or \`username\` | …`
 *     list         the start of a list item: `- \`id\` (required) - …`
 *     prose        a code span or word of a sentence that speaks of parameters or arguments
 *                  (not the `query` of "query parameters")
 *     example URL  a query key of a URL the page shows (`…/users.info?userId=…`)
 *   named only as a word elsewhere
 *     sample       a code block (JSON samples, commands) other than as a query key
 *     link         a link's text or target (`[#pagination](../#pagination)`)
 *     text         any other text of the page (headings, prose not about parameters)
 *
 * Text-level on purpose: this is evidence about the pages, read independently of the reader
 * whose output it judges. Names compare exactly (case-sensitive); table and list names are whole
 * cells split at ` or ` / `,` (`userId* or username`), words elsewhere whole words.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm;
const LINK = /!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;
const PARAM_WORDS = /\b(?:param(?:eter)?s?|arguments?)\b/i;
/** "query parameters", "path parameter": the word says where parameters go, it names none. */
const KIND_OF_PARAMETER = /\b(?:query|path|body|header|form)\s+(?=param|argument)/gi;

const decode = (text) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** `\`userId\`* or \`username\`` → ['userId', 'username']. */
function cellNames(cell) {
  return decode(cell)
    .replace(/[`*]|\((?:required|optional)\)/gi, ' ')
    .split(/\s+or\s+|,/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const escapeRegExp = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text, word) => new RegExp(`(?<![\\w$])${escapeRegExp(word)}(?![\\w])`).test(text);

/** The page split into its kinds of places (see above). */
export function pagePlaces(raw) {
  const page = raw.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\{%[\s\S]*?%\}/g, ' ');
  const code = [];
  const text = page.replace(FENCE, (_, _fence, body) => {
    code.push(body);
    return '\n';
  });
  const places = { table: new Set(), list: new Set(), prose: [], exampleUrl: new Set(), sample: code.join('\n'), link: [], text: [] };
  for (const [, query] of page.matchAll(/(?:https?:\/\/|\/)[^\s`'"()<>]*\?([^\s`'"()<>]+)/g))
    for (const pair of query.split('&')) {
      const key = decodeURIComponent(pair.split('=')[0] ?? '').trim();
      if (key) places.exampleUrl.add(key);
    }
  for (const [, cell] of text.matchAll(/<tr[^>]*>\s*<td[^>]*>([\s\S]*?)<\/td>/gi))
    for (const name of cellNames(cell)) places.table.add(name);
  let inTable = false;
  for (const line of text.replace(/<table[\s\S]*?<\/table>/gi, '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('|')) {
      // The first row of a table is its header; a `|---|` line is its delimiter.
      if (inTable && !/^\|[\s:|-]+\|?$/.test(trimmed)) for (const name of cellNames(trimmed.split('|')[1] ?? '')) places.table.add(name);
      inTable = true;
      continue;
    }
    inTable = false;
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*)?`([^`]+)`/.exec(line);
    if (item) places.list.add(item[1].trim());
    const plain = trimmed.replace(LINK, (_, label, target) => {
      places.link.push(label, target);
      return ' ';
    });
    for (const sentence of plain.split(/(?<=[.!?:])\s+/))
      if (PARAM_WORDS.test(sentence)) places.prose.push(sentence.replace(KIND_OF_PARAMETER, ''));
      else places.text.push(sentence);
  }
  return places;
}

/** Where `places` names `name`: the first kind that holds it, with the text that does, or undefined. */
export function whereNamed(places, name) {
  if (places.table.has(name)) return { kind: 'table' };
  if (places.list.has(name)) return { kind: 'list' };
  const sentence = places.prose.find((s) => hasWord(s, name));
  if (sentence) return { kind: 'prose', at: sentence.trim() };
  if (places.exampleUrl.has(name)) return { kind: 'example URL' };
  if (hasWord(places.sample, name)) return { kind: 'sample' };
  const link = places.link.find((l) => hasWord(l, name));
  if (link !== undefined) return { kind: 'link', at: link };
  const other = places.text.find((s) => hasWord(s, name));
  if (other) return { kind: 'text', at: other.trim() };
  return undefined;
}

/** The kinds that name a parameter as one (the rest name only a word). */
export const NAMED_KINDS = new Set(['route', 'table', 'list', 'prose', 'example URL']);
