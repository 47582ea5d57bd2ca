/**
 * A JSON sample whose members carry line comments, the page's only words on its fields:
 *
 *     {
 *       "name": "Porch",   // Required. The lamp's name.
 *       "watts": 40,       // Power in watts.
 *       "bulb": {          // The bulb fitted.
 *         "kind": "led"    // optional
 *       }
 *     }
 *
 * Each comment after a member, on the member's line, is that member's description (its flag words
 * too, read as a Description cell's are: "Required.", "optional"). The table of the sample's members
 * (`bulb[kind]` for a nested one, `tags[][name]` for an array's items', as a type sketch's) states
 * no type but of an object or a list of objects: the sample's values type the rest. A comment on a
 * line of its own, or after a bracket that closes, describes no member. The extractor reads the table
 * only where nothing else documents the body (extract/request-body.ts, extract/responses.ts).
 */
import type { Table } from 'mdast';
import type { Position } from 'unist';
import { madeTable, textRow } from './made-tables.js';

/** Longer samples are read without their comments' words. */
const MAX_LENGTH = 200_000;
/** Deeper samples are read without their comments' words (a member's name holds every level's). */
const MAX_DEPTH = 16;
/** A member's words at most: longer comments are not notes on it. */
const MAX_NOTE = 300;

interface Member {
  name: string;
  /** `object` / `object[]` where the member's value is an object or a list of them, else no type stated. */
  type: string;
  note: string;
}

interface Level {
  kind: 'object' | 'array';
  /** The member whose value this is (none at the root, nor for an array's item). */
  member: Member | undefined;
  /** The names of this level's members begin so (`bulb`, `tags[]`); none at the root. */
  path: string | undefined;
}

/** The table of the sample's members and their notes; undefined where no member has a comment. */
export function annotationsTable(text: string, at: Position): Table | undefined {
  const members = annotatedMembers(text);
  if (!members?.some((member) => member.note !== '')) return undefined;
  const rows = members.map((member) => textRow([member.name, member.type, member.note], at));
  return madeTable(['Name', 'Type', 'Description'], rows, at, ['Description']);
}

/** The members of a JSON object in order, each with the comment on its line; undefined for text that is no JSON object. */
export function annotatedMembers(text: string): Member[] | undefined {
  if (text.length > MAX_LENGTH || !/^\s*\{/.test(text) || !text.includes('//')) return undefined;
  const members = new Map<string, Member>();
  const stack: Level[] = [];
  /** The member the current line opened, until the line ends or a bracket closes. */
  let onLine: Member | undefined;
  /** The key read, until its value begins. */
  let key: string | undefined;
  /** The member whose value is read, until a comma or a bracket. */
  let valued: Member | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      onLine = undefined;
      continue;
    }
    const top = stack.at(-1);
    if (c === '"' || c === "'") {
      const end = closingQuote(text, i, c);
      if (end < 0) return undefined;
      if (top?.kind === 'object' && key === undefined && valued === undefined && nextSignificant(text, end + 1) === ':')
        key = text.slice(i + 1, end);
      i = end;
      continue;
    }
    // `// …` after a blank or a comma (never `http://` in a bare value).
    if (c === '/' && text[i + 1] === '/' && (i === 0 || /[\s,]/.test(text[i - 1]!))) {
      const found = text.indexOf('\n', i);
      const end = found < 0 ? text.length : found;
      const comment = text.slice(i + 2, end).trim();
      if (onLine && onLine.note === '' && comment.length <= MAX_NOTE) onLine.note = comment;
      i = end - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 1;
      continue;
    }
    if (c === ':' && key !== undefined) {
      const name = top?.path === undefined ? key : `${top.path}[${key}]`;
      const member = members.get(name) ?? { name, type: '', note: '' };
      members.set(name, member);
      onLine = member;
      valued = member;
      key = undefined;
      continue;
    }
    if (c === '{' || c === '[') {
      const kind = c === '{' ? 'object' : 'array';
      // `"bulb": {`: the member is an object; `"tags": [` ⏎ `{`: a list of them.
      if (valued && kind === 'object' && valued.type === '') valued.type = 'object';
      if (!valued && top?.kind === 'array' && kind === 'object' && top.member && top.member.type === '') top.member.type = 'object[]';
      const path = valued ? valued.name : top?.kind === 'array' && top.path !== undefined ? `${top.path}[]` : undefined;
      if (stack.length >= MAX_DEPTH) return undefined;
      stack.push({ kind, member: valued, path: top === undefined ? undefined : path });
      valued = undefined;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      onLine = undefined;
      key = undefined;
      valued = undefined;
      continue;
    }
    if (c === ',') {
      key = undefined;
      valued = undefined;
      continue;
    }
    // An unquoted key (`name: "Porch"`), as the lenient reader reads one.
    if (top?.kind === 'object' && key === undefined && valued === undefined && /[A-Za-z_$]/.test(c)) {
      let end = i + 1;
      while (end < text.length && /[\w$-]/.test(text[end]!)) end++;
      if (nextSignificant(text, end) === ':') key = text.slice(i, end);
      i = end - 1;
    }
  }
  return [...members.values()];
}

/** The index of the quote closing the string opened at `start`, or -1 (a string never spans lines). */
function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** The first character from `from` that is no blank on the same line. */
function nextSignificant(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t') return c;
  }
  return undefined;
}
