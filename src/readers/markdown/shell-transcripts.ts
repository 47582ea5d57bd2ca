/**
 * A shell transcript in one block: a curl command, then what it printed (infrastructure tools'
 * references write their examples so, in a fence of any language or a `<pre>`):
 *
 *     $ curl 'http://localhost:9090/api/v1/shelves?limit=2'     → a fence of the command alone
 *     {                                                         → a fence of its output after it,
 *        "status": "success",                                     read as the command's answer
 *        "data": [ … ]                                            (JSON, or a response message
 *     }                                                            `HTTP/1.1 200 OK` ⏎ headers ⏎ body)
 *
 * The block is split in two, so the command is read as every curl command is (the request's
 * sample, its method) and its output as the JSON fence after a command is (the answer to it).
 * Several commands in one block split likewise, each with its output. Only output that is JSON or
 * a response message is split off: a command followed by another command, or by text, is left as
 * it is, and so is a block with no curl command at its head.
 *
 * A verbose transcript (`curl -v` prints what it received after `< `, what it sent after `> `):
 *
 *     $ curl -X POST 'http://host/api/loans' -d '{…}'   → the command, as above
 *     > Content-Type: application/json                  → (what was sent: no part of the answer)
 *     < 201 Created                                     → the status, as a status fence states it
 *     < Location: http://host/api/loans/9                  (`< HTTP/1.1 201 Created` the same), the
 *     < {                                                  headers and the JSON after them (`< `
 *         "id": 9                                          on every line or on the first only)
 *     }                                                    that status's answer where it parses
 *
 * JSON that does not parse, even read leniently (an object left unclosed, a `%` after it), is left out: the status
 * alone is read.
 *
 * A transcript's later commands are sample calls as its first is (log in, then call with the
 * cookie): never a signature of their own where the block's first command (or the page) gives one,
 * and what each printed is its own answer, no answer of the operation where it calls another route.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { pointAt } from './attribute-lists.js';
import { isJson } from './pseudo-json.js';
import { HTTP_VERSION, LINE_REASON, STATUS_CODE } from './status-words.js';
import { tidyJson } from './tidy-json.js';

/** A curl command's first line, a prompt (`$ `, `> `) before it or not. */
const COMMAND = /^[ \t]*(?:[$>%][ \t]*)?curl[ \t]/;
/** Output that is an answer: JSON, a response message's status line, or a verbose transcript's received status line. */
const OUTPUT = new RegExp(String.raw`^[ \t]*(?:[[{]|${HTTP_VERSION}[ \t]+\d{3}\b|<[ \t]*(?:${HTTP_VERSION}[ \t]+)?${STATUS_CODE}\b)`);
/** A verbose transcript's line of what was sent (`> GET /api HTTP/1.1`, `> Accept: text/json`), or curl's own note (`* Connected`). */
const SENT = /^[ \t]*(?:>|\*[ \t])/;
/** A received status line: `< 200 OK`, `< HTTP/1.1 201 Created`, `< HTTP/2 204` (the reason's `*?`: no blanks after it). */
const RECEIVED_STATUS = new RegExp(
  String.raw`^[ \t]*<[ \t]*((?:${HTTP_VERSION}[ \t]+)?(${STATUS_CODE})(?:[ \t]+(${LINE_REASON}?))?)[ \t]*$`,
);
/** A received header line: `< Location: /loans/9`. */
const RECEIVED_HEADER = /^[ \t]*<[ \t]*([\w-]+:[ \t]*\S.*)$/;

/** Commands after a transcript's first, each to the output it printed (if any). */
const LATER_COMMANDS = new WeakSet<Code>();
/** Output printed by a later command: that command. */
const OUTPUT_OF = new WeakMap<Code, Code>();

/** A command after a transcript's first (`$ curl …/torrents` after the login and its answer). */
export function isLaterCommand(node: Code): boolean {
  return LATER_COMMANDS.has(node);
}

/** The later command whose output `node` is, if it is one. */
export function laterCommandOf(node: Code): Code | undefined {
  return OUTPUT_OF.get(node);
}

export function splitTranscripts(root: Root, page: string): void {
  if (!root.children.some((node) => node.type === 'code' && (isTranscript(node.value) || receivedAlone(node.value)))) return;
  root.children = root.children.flatMap((node): RootContent[] => {
    if (node.type !== 'code') return [node];
    if (isTranscript(node.value)) return split(node, page);
    const output = receivedAlone(node.value);
    if (!output) return [node];
    return received(node.value.split('\n'), output, page, { from: node.position?.start.offset ?? 0 }, node.position);
  });
}

/**
 * A fence of a verbose transcript's received lines alone, its command shown apart (Kill Bill's
 * `> Example Response:` ⏎ `# Subset of headers returned when specifying -v curl option` ⏎ `< HTTP/1.1
 * 201` ⏎ `< Location: …`): the answer's lines, past the comments and blank lines above them.
 */
function receivedAlone(value: string): Part | undefined {
  const lines = value.split('\n');
  let at = 0;
  while (at < lines.length && /^[ \t]*(?:#.*)?$/.test(lines[at]!)) at++;
  return at < lines.length && RECEIVED_STATUS.test(lines[at]!) ? { kind: 'output', from: at, to: lines.length } : undefined;
}

/** A curl command at the block's head with JSON or a response message printed after it. */
function isTranscript(value: string): boolean {
  const lines = value.split('\n');
  if (!COMMAND.test(lines[0] ?? '')) return false;
  let end = commandEnd(lines, 0, lastQuotes(lines));
  while (end < lines.length && (lines[end]!.trim() === '' || SENT.test(lines[end]!))) end++;
  return end < lines.length && OUTPUT.test(lines[end]!);
}

/**
 * The line after the command that starts at `start`: its `\` continuations and option lines are its
 * own, and so are the lines of a quoted word it leaves open (`--data "[` ⏎ `  {` ⏎ … ⏎ `]"`: data
 * written over lines, no output after the command), where the block closes that quote.
 */
function commandEnd(lines: readonly string[], start: number, last: LastQuotes): number {
  let at = start + 1;
  let quote = openQuote(lines[start]!, undefined);
  while (at < lines.length) {
    const open = quote !== undefined && at <= last[quote];
    if (!open && !/\\[ \t]*$/.test(lines[at - 1]!) && !/^[ \t]*--?[A-Za-z]/.test(lines[at]!)) break;
    quote = openQuote(lines[at]!, open ? quote : undefined);
    at++;
  }
  return at;
}

/**
 * The quote a line leaves open, read as a shell reads it from `quote` (the one open before it):
 * `\"` inside `"…"` and `\x` outside quotes are escapes; a `'…\` line's forgotten closing quote
 * (curl.ts forgives it) leaves none open.
 */
function openQuote(line: string, quote: '"' | "'" | undefined): '"' | "'" | undefined {
  let open = quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open === "'") {
      if (c === "'") open = undefined;
      else if (c === '\\' && i === line.trimEnd().length - 1) open = undefined;
    } else if (c === '\\') i++;
    else if (open === '"') {
      if (c === '"') open = undefined;
    } else if (c === '"' || c === "'") open = c;
  }
  return open;
}

/** The last line of the block holding each quote: a quote open before it may close there. */
type LastQuotes = Readonly<Record<'"' | "'", number>>;

function lastQuotes(lines: readonly string[]): LastQuotes {
  const last = { '"': -1, "'": -1 };
  lines.forEach((line, at) => {
    if (line.includes('"')) last['"'] = at;
    if (line.includes("'")) last["'"] = at;
  });
  return last;
}

interface Part {
  kind: 'command' | 'output';
  from: number;
  to: number;
}

/** The block's commands and outputs, in order; blank lines between them dropped. */
function partsOf(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  const last = lastQuotes(lines);
  let at = 0;
  while (at < lines.length) {
    if (lines[at]!.trim() === '') {
      at++;
      continue;
    }
    if (COMMAND.test(lines[at]!)) {
      const end = commandEnd(lines, at, last);
      parts.push({ kind: 'command', from: at, to: end });
      at = end;
      continue;
    }
    // The output runs to the next command.
    let end = at + 1;
    while (end < lines.length && !COMMAND.test(lines[end]!)) end++;
    parts.push({ kind: 'output', from: at, to: end });
    at = end;
  }
  return parts;
}

function split(node: Code, page: string): RootContent[] {
  const lines = node.value.split('\n');
  const parts = partsOf(lines);
  // Every output must follow a command and be an answer; else the block is something else.
  if (
    parts.some((part, index) => part.kind === 'output' && (parts[index - 1]?.kind !== 'command' || !OUTPUT.test(answerLine(lines, part))))
  )
    return [node];
  const search = { from: node.position?.start.offset ?? 0 };
  // The command whose output is being read, where it is a later one.
  let command: Code | undefined;
  return parts.flatMap((part, index): Code[] => {
    const codes = partCodes(part, lines, page, search, node.position);
    if (part.kind === 'command') {
      command = index > 0 ? codes[0] : undefined;
      if (command) LATER_COMMANDS.add(command);
    } else if (command) for (const code of codes) OUTPUT_OF.set(code, command);
    return codes;
  });
}

/** A part's fences: a command's, or its output's (a verbose transcript's in one or two). */
function partCodes(part: Part, lines: readonly string[], page: string, search: { from: number }, block: Position | undefined): Code[] {
  if (part.kind === 'output' && RECEIVED_STATUS.test(answerLine(lines, part))) return received(lines, part, page, search, block);
  const from = part.kind === 'output' ? answerStart(lines, part) : part.from;
  const value = lines
    .slice(from, part.to)
    .join('\n')
    .trimEnd()
    .replace(part.kind === 'command' ? /^[ \t]*[$>%][ \t]*/ : /^/, '');
  const code: Code = { type: 'code', lang: part.kind === 'command' ? 'shell' : null, meta: null, value };
  const position = placed(lines[from]!, lines[part.to - 1]!, page, search, block);
  if (position) code.position = position;
  return [code];
}

/** The output's first line that is no line of what was sent. */
function answerLine(lines: readonly string[], part: Part): string {
  return lines[answerStart(lines, part)]!;
}

/** Where the output's answer starts: past the lines of what was sent (`> …`) and curl's notes (`* …`). */
function answerStart(lines: readonly string[], part: Part): number {
  let at = part.from;
  while (at < part.to - 1 && SENT.test(lines[at]!)) at++;
  return at;
}

/**
 * A verbose transcript's answer: its status (protocol left out: `201 Created`, as a status fence
 * states it), its headers, and its JSON where that parses; a fence of the status with its headers,
 * then one of the JSON (or one message of all three where headers are shown).
 */
function received(lines: readonly string[], part: Part, page: string, search: { from: number }, block: Position | undefined): Code[] {
  let at = answerStart(lines, part);
  const status = RECEIVED_STATUS.exec(lines[at]!)!;
  // `< 200 OK` → `200 OK`; a status without its reason (`< HTTP/2 204`) keeps its protocol.
  const statusLine = status[3] ? `${status[2]} ${status[3]}` : status[1]!;
  const first = at;
  const headers: string[] = [];
  for (at++; at < part.to && RECEIVED_HEADER.test(lines[at]!); at++) headers.push(RECEIVED_HEADER.exec(lines[at]!)![1]!.trim());
  // curl's blank `<` line after the headers, then the body (its `< ` prefix on every line or the first only).
  while (at < part.to && /^[ \t]*<?[ \t]*$/.test(lines[at]!)) at++;
  const bodyLines = lines.slice(at, part.to);
  const body = bodyLines
    .map((line) => line.replace(/^[ \t]*<[ \t]?/, ''))
    .join('\n')
    .trim();
  const json = body && /^[[{]/.test(body) ? tidyJson(body) : undefined;
  const parsed = json !== undefined && isJson(json) ? json : undefined;
  const statusPosition = placed(lines[first]!, lines[first + headers.length]!, page, search, block);
  if (headers.length > 0) {
    const value = [statusLine, ...headers, ...(parsed ? ['', parsed] : [])].join('\n');
    const end = parsed ? placed(bodyLines[0]!, bodyLines[bodyLines.length - 1]!, page, search, block) : undefined;
    const position = statusPosition && end ? { start: statusPosition.start, end: end.end } : statusPosition;
    return [{ type: 'code', lang: null, meta: null, value, ...(position ? { position } : {}) }];
  }
  const out: Code[] = [
    { type: 'code', lang: null, meta: null, value: statusLine, ...(statusPosition ? { position: statusPosition } : {}) },
  ];
  if (parsed) {
    const position = placed(bodyLines[0]!, bodyLines[bodyLines.length - 1]!, page, search, block);
    out.push({ type: 'code', lang: null, meta: null, value: parsed, ...(position ? { position } : {}) });
  }
  return out;
}

/** Where a part's lines stand in the page (searched on from the part before); the block's place where they are not found as written. */
function placed(first: string, last: string, page: string, search: { from: number }, block: Position | undefined): Position | undefined {
  const end = block?.end.offset;
  const start = first.trim() ? page.indexOf(first.trim(), search.from) : -1;
  const lastAt = start < 0 || !last.trim() ? -1 : page.indexOf(last.trim(), start);
  if (start < 0 || lastAt < 0 || (end !== undefined && lastAt > end)) return block;
  const stop = lastAt + last.trim().length;
  search.from = stop;
  return { start: pointAt(page, start), end: pointAt(page, stop) };
}
