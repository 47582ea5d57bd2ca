/**
 * Section titles of the scraped text page. The copied text has lost the `#` marks, so a title is
 * recognised by its wording alone: only the titles the DocFX endpoint template prints, each a line
 * of its own. Each becomes the heading the DocFX reader makes for the same markdown line.
 */
import type { Heading } from 'mdast';
import type { SectionKind } from '../../document/types.js';
import { type Line, spanOf } from '../shared/lines.js';

export interface SectionTitle {
  section: SectionKind;
  depth: 2 | 3;
  /** The heading's text, trimmed. */
  text: string;
  name?: string;
  typeText?: string;
}

interface TitleRule {
  pattern: RegExp;
  section: SectionKind;
  depth: 2 | 3;
  /** Fills `name` / `typeText` from the match. */
  words?: (match: RegExpExecArray) => { name?: string; typeText?: string };
}

/** `Request Body: changes string` → name `changes`, type words `string`. */
function bodyWords(match: RegExpExecArray): { name?: string; typeText?: string } {
  const words = (match[1] ?? '').trim();
  if (words === '') return {};
  const space = words.indexOf(' ');
  if (space < 0) return { name: words };
  const typeText = words.slice(space + 1).trim();
  return typeText === '' ? { name: words.slice(0, space) } : { name: words.slice(0, space), typeText };
}

function typeWords(match: RegExpExecArray): { typeText?: string } {
  const typeText = (match[1] ?? '').trim();
  return typeText === '' ? {} : { typeText };
}

// ^Response body: TicketMessageEntity$ — each pattern is anchored and linear (no nested quantifiers).
const RULES: readonly TitleRule[] = [
  { pattern: /^(?:Path (?:Parameters?|Parts?)|URI Parameters?):?$/i, section: 'path-parameters', depth: 2 },
  { pattern: /^Query (?:String )?Parameters?:?$/i, section: 'query-parameters', depth: 2 },
  { pattern: /^Request Headers?:?$/i, section: 'request-headers', depth: 2 },
  { pattern: /^Request Body:?(?:[ \t]+([^\s].*))?$/i, section: 'request-body', depth: 2, words: bodyWords },
  { pattern: /^Response body:?(?:[ \t]*([^\s].*))?$/i, section: 'response-body', depth: 3, words: typeWords },
  { pattern: /^Responses?:(?:[ \t]*(\S+))?$/i, section: 'responses', depth: 2, words: typeWords },
  { pattern: /^Sample request:?$/i, section: 'sample-request', depth: 2 },
  { pattern: /^Sample response:?$/i, section: 'sample-response', depth: 2 },
  { pattern: /^Filter Operators:?$/i, section: 'notes', depth: 2 },
];

/** Longest title worth testing; longer lines are prose (keeps a 5 MB line cheap). */
const MAX_TITLE_LENGTH = 200;

/** The section `line` opens, or `undefined` when it is not a known title. */
export function matchSectionTitle(line: Line | undefined): SectionTitle | undefined {
  if (!line || line.text.length > MAX_TITLE_LENGTH) return undefined;
  const text = line.text.trim();
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    return { section: rule.section, depth: rule.depth, text, ...(rule.words ? rule.words(match) : {}) };
  }
  return undefined;
}

/** The heading node for a recognised title, positioned on the title's text. */
export function buildHeading(line: Line, title: SectionTitle): Heading {
  const from = line.text.indexOf(title.text);
  const position = spanOf(line, from, from + title.text.length);
  const data: Heading['data'] = { section: title.section };
  if (title.name !== undefined) data.name = title.name;
  if (title.typeText !== undefined) data.typeText = title.typeText;
  return { type: 'heading', depth: title.depth, children: [{ type: 'text', value: title.text, position }], position, data };
}

/** The page title heading (`PUT TicketMessage/{id}`): depth 1, the operation section. */
export function buildTitleHeading(line: Line): Heading {
  const text = line.text.trim();
  const from = line.text.indexOf(text);
  const position = spanOf(line, from, from + text.length);
  return {
    type: 'heading',
    depth: 1,
    children: [{ type: 'text', value: text, position }],
    position,
    data: { section: 'operation', name: text },
  };
}
