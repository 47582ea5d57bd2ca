/**
 * Parameters a sentence names as parameters of the operation, where no table lists them:
 *
 *     This endpoint supports the optional offset and count [#pagination](…) query parameters.
 *                                ^^^^^^^^ ^^^^^^     ^^^^^                  ^^^^^ → query, optional
 *     This endpoint supports the optional offset and count #pagination query parameters.
 *                                                          ^^^^^^^^^^^ the link's text, copied as words
 *     This function takes pagination parameters `page` and `per_page` to restrict the list.
 *     To view them, you must add the `query` and `fields` [parameters](…).
 *
 * A sentence counts when a verb offers the names as parameters (supports, accepts, takes, add,
 * pass, use, …): "the `a` and `b` (query) parameters" or "parameters `a` and `b`", or says they
 * "can be used" ("The pagination parameters `page` and `per_page` can be used to …"). Names in code
 * spans always; bare words only in a list of two or more right before "query parameters" (or
 * "path parameters"), and never words that name a kind of parameter (pagination, sorting). Between
 * the names and "parameters" a link may stand, or one word that names their kind: an anchor's
 * `#pagination` (a link's text as a page's copied text shows it) or a word such as "pagination",
 * "sorting", "filtering".
 * "The optional `mode` query parameter can be used to …" names it, then where it goes, then offers it.
 * A query in code a verb passes (`Passing `?format=android` will …`, "Append `?pretty` to …"): each
 * key a query parameter whatever the method (a `?` is the URL's), its value the example.
 * Not read: "can take `private` or `public` as a parameter" (values), "the `x` parameter will not
 * be returned" (no verb offers it), a section link alone ("supports the [#pagination] parameters":
 * the names are on another page).
 *
 * The location is the sentence's word (query, path), else query for GET, DELETE and HEAD (a
 * parameter of another method could be a body field: not read). Required only when the sentence
 * says so; no type: a parameter travels as text.
 */
import type { Nodes, Paragraph, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { splitQuery } from '../shared/query-string.js';
import { madeTable, textRow } from './made-tables.js';
import type { Signature } from './signatures.js';

interface ProseParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  /** The value a `name=value` span shows: its example. */
  example?: string;
  /** The sentence that names it (code spans in backticks, links as their text). */
  sentence: string;
}

const CODE_OPEN = '\uE000';
const CODE_CLOSE = '\uE001';
const LINK_OPEN = '\uE002';
const LINK_CLOSE = '\uE003';
/** The marks (private-use characters): dropped from the page's own text, and from what is kept. */
const MARKS = /[\uE000-\uE003]/g;

const CODE = `${CODE_OPEN}[^${CODE_CLOSE}]+${CODE_CLOSE}`;
const BARE = '[a-z_][A-Za-z0-9_]*(?:\\[\\])?';
const NAME = `(?:${CODE}|${BARE})`;
const LIST = `${NAME}(?:\\s*,\\s*${NAME})*(?:\\s*,?\\s+(?:and\\/or|and|or)\\s+${NAME})?`;
const LINK = `${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`;
/** One word naming the kind of the parameters named before it: `#pagination` (a link's text copied), "sorting". */
const KIND = '(?:#[\\w-]+|[a-z]+(?:ing|tion))(?=\\s)';
const VERB = '\\b(?:supports?|accepts?|takes?|add|pass|use|provide|include|specify|set)\\s+';
/** `parameters`, or a link whose text ends so (`[OData query parameters](…)`). */
const PARAMETERS = `(?:parameters?|${LINK_OPEN}[^${LINK_CLOSE}]*?\\bparameters?\\s*${LINK_CLOSE})`;

/** "supports the optional `a` and `b` [#link] query parameters" */
const NAMES_THEN_WORD = new RegExp(
  `${VERB}(?:the\\s+|an?\\s+)?(?:(optional|required)\\s+)?(${LIST})\\s*(?:(?:${LINK}|${KIND})\\s*)?(?:(query|path)\\s+)?${PARAMETERS}`,
  'gi',
);
/** "takes pagination parameters `a` and `b`" */
const WORD_THEN_NAMES = new RegExp(
  `${VERB}(?:the\\s+)?(?:(optional|required)\\s+)?(?:(query|path|\\w+)\\s+)?parameters?\\s*:?\\s+(${LIST})`,
  'gi',
);
/**
 * "The pagination parameters `a` and `b` can be used to …", "the query parameters `a` and `b` are supported",
 * "Two query string parameters, `a=true` and/or `b=true`, can be used for …"
 */
const WORD_THEN_NAMES_OFFERED = new RegExp(
  `\\b(?:(optional|required)\\s+)?(?:(query\\s+string|query|path|\\w+)\\s+)?parameters?\\s*[:,]?\\s+(${LIST}),?\\s+(?:(?:can|may)\\s+(?:also\\s+)?be\\s+(?:used|passed|added|given|set|supplied|specified|provided|included)|(?:are|is)\\s+(?:also\\s+)?(?:supported|accepted|available|optional))\\b`,
  'gi',
);

/** "The optional `mode` query parameter can be used to …", "the `a` and `b` query parameters are supported": the names, then where they go. */
const NAMES_THEN_WORD_OFFERED = new RegExp(
  `\\bthe\\s+(?:(optional|required)\\s+)?(${LIST})\\s+(query|path)\\s+parameters?,?\\s+(?:(?:can|may)\\s+(?:also\\s+)?be\\s+(?:used|passed|added|given|set|supplied|specified|provided|included)|(?:are|is)\\s+(?:also\\s+)?(?:supported|accepted|available|optional))\\b`,
  'gi',
);
/** A verb passing what follows (`Passing `?format=android` will …`, "Append `?pretty` to …"). */
const PASSING = /\b(?:pass(?:ing)?|add(?:ing)?|append(?:ing)?|us(?:e|ing)|set(?:ting)?|includ(?:e|ing)|specify(?:ing)?|with)\s/i;
/** A code span that is a URL's query alone: `?format=android`, `?pretty`, `?a=1&b=2`. */
const QUERY_SPAN = new RegExp(`${CODE_OPEN}\\?([^${CODE_CLOSE}\\s]+)${CODE_CLOSE}`, 'g');
const QUERY_KEY = /^[A-Za-z_][\w.[\]-]*$/;

/** Words that name a kind of parameter or qualify them, never one parameter. */
const NOT_NAMES =
  /^(?:\w+(?:ing|tion)|optional|required|following|other|these|those|same|standard|common|usual|additional|all|both|any|some|several|many|more|two|three|the|a|an|its|their|this|that)$/i;

/**
 * `| Name | In | Required | Description |` of the parameters a paragraph (or a list's items) names
 * that `documented` does not hold yet, placed at the paragraph; `undefined` when there are none.
 * Path names must be in a signature's route.
 */
export function proseParameterTable(
  node: RootContent,
  signatures: readonly Signature[],
  documented: ReadonlySet<string>,
): { table: Table; location: 'query' | 'path' } | undefined {
  const paragraphs: Paragraph[] =
    node.type === 'paragraph'
      ? [node]
      : node.type === 'list'
        ? node.children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph'))
        : [];
  const method = signatures.every((s) => /^(?:get|delete|head)$/i.test(s.method)) ? 'get' : 'post';
  const routes = signatures.map((s) => s.path).join(' ');
  const found = paragraphs
    .flatMap((paragraph) => proseParameters(paragraph, method))
    .filter((p) => !documented.has(p.name) && (p.in === 'query' || routes.includes(`{${p.name}}`)));
  const position = node.position;
  if (found.length === 0 || !position || signatures.length === 0) return undefined;
  // One location a table: the first name's (a sentence naming path and query parameters is rare).
  const location = found[0]!.in;
  const rows = found
    .filter((p, at) => p.in === location && found.findIndex((q) => q.name === p.name) === at)
    .map((p) => textRow([p.name, p.required ? 'yes' : 'no', p.example ?? '', p.sentence], position));
  // The `Example` column only where a `name=value` span shows a value (typed as an example cell is).
  return { table: madeTable(['Name', 'Required', 'Example', 'Description'], rows, position, ['Example']), location };
}

/** The parameters the paragraph's sentences name, for an operation of `method`. */
function proseParameters(paragraph: Paragraph, method: string): ProseParameter[] {
  const text = marked(paragraph);
  const found: ProseParameter[] = [];
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])|\n/);
  // Each pattern says `parameter`: a paragraph without the word (most) names none.
  for (const sentence of /parameter/i.test(text) ? sentences : []) {
    for (const match of sentence.matchAll(NAMES_THEN_WORD_OFFERED)) add(found, match[2]!, match[1], match[3], sentence, method, true);
    for (const match of sentence.matchAll(NAMES_THEN_WORD)) add(found, match[2]!, match[1], match[3], sentence, method, true);
    for (const match of sentence.matchAll(WORD_THEN_NAMES)) add(found, match[3]!, match[1], match[2], sentence, method, false);
    for (const match of sentence.matchAll(WORD_THEN_NAMES_OFFERED)) add(found, match[3]!, match[1], match[2], sentence, method, false);
  }
  // `Passing `?format=android` will …`: a query the sentence passes, whatever the method; a sentence with no verb passing it shows one.
  if (text.includes(`${CODE_OPEN}?`))
    for (const sentence of sentences) for (const match of sentence.matchAll(QUERY_SPAN)) passedQuery(found, match, sentence);
  return found;
}

function add(
  found: ProseParameter[],
  list: string,
  flag: string | undefined,
  where: string | undefined,
  sentence: string,
  method: string,
  bareAllowed: boolean,
): void {
  const location = /^(?:query|path)$/i.test(where ?? '')
    ? (where!.toLowerCase() as 'query' | 'path')
    : /^query\s+string$/i.test(where ?? '')
      ? 'query'
      : undefined;
  const inferred = location ?? (/^(?:get|delete|head)$/i.test(method) ? 'query' : undefined);
  if (!inferred) return;
  const items = [...list.matchAll(new RegExp(NAME, 'g'))].map((m) => m[0]).filter((item) => !/^(?:and|or)$/i.test(item));
  const coded = items.filter((item) => item.startsWith(CODE_OPEN));
  let names: string[];
  if (coded.length > 0) names = coded.map((item) => item.slice(1, -1).trim());
  else if (bareAllowed && location === 'query' && items.length >= 2 && items.every((item) => !NOT_NAMES.test(item.replace(/\[\]$/, ''))))
    names = items;
  else return;
  const plain = sentence
    .replace(new RegExp(`[${CODE_OPEN}${CODE_CLOSE}]`, 'g'), '`')
    .replace(MARKS, '')
    .trim();
  for (const named of names) {
    // `if-empty=true`: the pair the URL sends, the name before `=` and the value its example, where the
    // sentence says they are query parameters ("use parameter `scope=all`" sets a value: not read).
    const equals = named.indexOf('=');
    if (equals >= 0 && location !== 'query') continue;
    const name = equals < 0 ? named : named.slice(0, equals).trim();
    const value = equals < 0 ? '' : named.slice(equals + 1).trim();
    if (!/^[\w.[\]$@-]+$/.test(name) || found.some((p) => p.name === name)) continue;
    const example = value === '' || /\s/.test(value) ? {} : { example: value };
    found.push({ name, in: inferred, required: /^required$/i.test(flag ?? ''), ...example, sentence: plain });
  }
}

/** The keys of a query span a verb before it passes (`Passing `?format=android``): query parameters, each value its example. */
function passedQuery(found: ProseParameter[], match: RegExpMatchArray, sentence: string): void {
  if (!PASSING.test(sentence.slice(0, match.index))) return;
  const plain = sentence
    .replace(new RegExp(`[${CODE_OPEN}${CODE_CLOSE}]`, 'g'), '`')
    .replace(MARKS, '')
    .trim();
  for (const { key: name, value = '' } of splitQuery(match[1]!)) {
    if (!QUERY_KEY.test(name) || found.some((p) => p.name === name)) continue;
    // `?page=<n>`, `?id={id}`: a placeholder, no example.
    const example = value === '' || /^[<{[]/.test(value) ? {} : { example: value };
    found.push({ name, in: 'query', required: false, ...example, sentence: plain });
  }
}

/** The paragraph's text with code spans and links marked (link text kept, targets dropped). */
function marked(node: Nodes): string {
  if (node.type === 'inlineCode') return `${CODE_OPEN}${node.value}${CODE_CLOSE}`;
  if (node.type === 'link') return `${LINK_OPEN}${plainText(node)}${LINK_CLOSE}`;
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value.replace(MARKS, '').replace(/\s+/g, ' ');
  if ('children' in node) return (node.children as Nodes[]).map(marked).join('');
  return '';
}
