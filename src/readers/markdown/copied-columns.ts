/**
 * A three-panel reference copied as text (Redocly's and Redoc's pages, and the sites built like
 * them): each operation's middle column (its title, words, parameters, body and responses) comes
 * before its right column (the request line and the samples), so the request line closes the
 * operation's lines instead of opening them:
 *
 *     List kites                          the operation's title: the nearest short line of words
 *     Returns the kites, newest first.    over the words above its first section's title
 *     query Parameters                    its sections (read by copied-stacks.ts)
 *     …
 *     Responses
 *     200 OK
 *     …
 *     get/kites                           the request line, the method's badge glued to the route
 *     https://api.example.com/v2/kites    (or a space between), the server's URL under it
 *     Response samples                    a samples title, the panels' tab titles (`200404`: the
 *     200404                              statuses glued; the first is the panel shown), the media
 *     Content type                        type's label and value, the copy and expand buttons, then
 *     application/json                    the JSON: the first status's sample
 *     Copy
 *     Expand all Collapse all
 *     { … }
 *
 * Only where the page's first operation's Responses title stands before its request line is the
 * page so read; a page whose request lines open their operations keeps its reading.
 */
import type { Line } from '../shared/lines.js';
import { isRequestLine, jsonEnd } from './copied-code.js';
import { isTitleLine } from './copied-headings.js';
import { stackedRequestEnd } from './copied-stacks.js';
import type { Block } from './copied-tabs.js';
import { parseSignature } from './paths.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** A method's badge and its route, glued or a space between (`get/kites`, `post /kites/{id}`), alone on its line. */
const BADGE_ROUTE = /^\s*(get|put|post|patch|delete|head|options|trace)[ \t]?(\/\S*)\s*$/i;
/** The server's URL the right column shows under the request line. */
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
/** `Authorizations:`, the first line of an operation's middle column where it names its security. */
const AUTHORIZATIONS = /^\s*Authorizations?:\s*$/i;

/** The request line at `index` (`get/kites`, and the URL line under it), as `GET /kites`, or undefined. */
export function columnRequest(lines: readonly Line[], index: number): { end: number; value: string } | undefined {
  const match = BADGE_ROUTE.exec(lines[index]!.text);
  if (!match) return undefined;
  const value = `${match[1]!.toUpperCase()} ${match[2]!}`;
  if (!parseSignature(value)) return undefined;
  return { end: URL_LINE.test(lines[index + 1]?.text ?? '') ? index + 1 : index, value };
}

/**
 * The last line of the security an operation's middle column names (`Authorizations:` ⏎
 * `bearerAuth`: the schemes' names, at most three lines, no title), no words of the operation's
 * description; undefined where the line is no `Authorizations:`.
 */
export function authorizationsEnd(lines: readonly Line[], index: number, titles: TitleVocabulary): number | undefined {
  if (!AUTHORIZATIONS.test(lines[index]!.text)) return undefined;
  let end = index;
  while (end < index + 3 && lines[end + 1] && /^\s*[\w(][^\t]{0,80}$/.test(lines[end + 1]!.text) && !opensPart(lines[end + 1]!, titles))
    end++;
  return end;
}

/** A section's title opening a middle column's parts: parameters, a body, the responses. */
function opensPart(line: Line, titles: TitleVocabulary): boolean {
  if (AUTHORIZATIONS.test(line.text)) return true;
  if (!isTitleLine(line, titles)) return false;
  const kind = sectionOfTitle(line.text.trim(), titles)?.kind;
  return kind !== undefined && kind !== 'signature' && !kind.startsWith('sample');
}

const isResponsesTitle = (line: Line, titles: TitleVocabulary) =>
  isTitleLine(line, titles) && sectionOfTitle(line.text.trim(), titles)?.kind === 'responses';

/** A short line of words, no sentence or label (`Create a kite`). */
function isTitleWords(text: string): boolean {
  return text.length <= 80 && /^\p{L}/u.test(text) && !/[.:!?,;]$/.test(text) && text.split(/\s+/).length <= 10;
}

/** A line a title may follow: none, a blank line, a sentence's or label's end, a sample's last bracket. */
function endsBefore(line: Line | undefined): boolean {
  const text = line?.text.trim() ?? '';
  return text === '' || /[.!?:]$/.test(text) || /^[}\]]/.test(text);
}

/**
 * The lines that title the operations of a page whose request lines close them: for each request
 * line with a Responses title between it and the request line before, the nearest short line of
 * words over the operation's first part (walking back over its words), a blank line, a sentence's
 * end or a sample's close above it. Each line is walked at most once: linear in the page.
 */
export function columnTitles(lines: readonly Line[], titles: TitleVocabulary): ReadonlySet<number> {
  const found = new Set<number>();
  let from = 0;
  let first: number | undefined;
  let responses = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // A method alone over its route (a code host's code samples: `patch` ⏎ `/lamps/{id}`) closes the operation too.
    const stacked = stackedRequestEnd(lines, index);
    if (columnRequest(lines, index) !== undefined || isRequestLine(line) || stacked !== undefined) {
      // The page's first request line opens its operation (no Responses title before it): not a three-panel page.
      if (from === 0 && !responses) return found;
      if (responses && first !== undefined) {
        for (let at = first - 1; at >= from; at--) {
          if (isTitleWords(lines[at]!.text.trim()) && (at === from || endsBefore(lines[at - 1]))) {
            found.add(at);
            break;
          }
        }
      }
      if (stacked !== undefined) index = stacked;
      [from, first, responses] = [index + 1, undefined, false];
      continue;
    }
    // The samples' panels hold no part (their `Payload` tab is no body's title).
    const samples = columnSamples(lines, index);
    if (samples) {
      index = samples.end;
      continue;
    }
    if (first === undefined && opensPart(line, titles)) first = index;
    if (first !== undefined && isResponsesTitle(line, titles)) responses = true;
  }
  return found;
}

/** `Request samples`, `Response samples`: the right column's titles over its panels. */
const SAMPLES_TITLE = /^\s*(?:Request|Response)\s+samples\s*$/i;
/** The panels' tab titles: statuses glued (`200404`, `201400default`). */
const GLUED_STATUSES = /^\s*(?:[1-5]\d\d|[1-5]XX|default)+\s*$/i;
const CONTENT_TYPE = /^\s*Content[ -]type\s*$/i;
const MEDIA_TYPE = /^\s*[a-z]+\/[\w.+-]+\s*$/i;
/** The panel's buttons over its JSON. */
const BUTTON = /^\s*(?:Copy|Expand all|Collapse all|Expand all\s+Collapse all)\s*$/i;

/**
 * The samples at `index`: the title (a heading), the panel's first status (a tab's title over its
 * panel, copied-tabs.ts) and its JSON (code); the tab titles, `Content type`, the media type and
 * the buttons are the panel's chrome. Undefined where the lines are not so laid out.
 */
export function columnSamples(lines: readonly Line[], index: number): { blocks: Block[]; end: number } | undefined {
  const title = lines[index]!;
  if (!SAMPLES_TITLE.test(title.text)) return undefined;
  let at = index + 1;
  // The tab titles: statuses glued, or a request's tab names (`Payload`, `curl`), one line.
  const tabs = lines[at] && !CONTENT_TYPE.test(lines[at]!.text) ? at++ : undefined;
  if (!CONTENT_TYPE.test(lines[at]?.text ?? '') || !MEDIA_TYPE.test(lines[at + 1]?.text ?? '')) return undefined;
  at += 2;
  while (lines[at] && BUTTON.test(lines[at]!.text)) at++;
  if (lines[at] === undefined) return undefined;
  const json = jsonEnd(lines, at);
  if (!('end' in json)) return undefined;
  const words = (line: Line) => ({ from: line.text.length - line.text.trimStart().length, to: line.text.trimEnd().length });
  const blocks: Block[] = [{ kind: 'heading', from: index, to: index, words: words(title) }];
  const tab = tabs === undefined ? undefined : lines[tabs]!;
  if (tab && /^\s*Response/i.test(title.text) && GLUED_STATUSES.test(tab.text)) {
    const lead = words(tab).from;
    const status = /^(?:[1-5]\d\d|[1-5]XX|default)/i.exec(tab.text.slice(lead))![0];
    blocks.push({ kind: 'title', from: tabs!, to: tabs!, words: { from: lead, to: lead + status.length } });
  }
  blocks.push({ kind: 'code', from: at, to: json.end });
  return { blocks, end: json.end };
}
