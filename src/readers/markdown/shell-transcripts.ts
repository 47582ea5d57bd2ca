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
 */
import type { Code, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { pointAt } from './attribute-lists.js';

/** A curl command's first line, a prompt (`$ `, `> `) before it or not. */
const COMMAND = /^[ \t]*(?:[$>%][ \t]*)?curl[ \t]/;
/** Output that is an answer: JSON, or a response message's status line. */
const OUTPUT = /^[ \t]*(?:[[{]|HTTP\/[\d.]+[ \t]+\d{3}\b)/;

export function splitTranscripts(root: Root, page: string): void {
  if (!root.children.some((node) => node.type === 'code' && isTranscript(node.value))) return;
  root.children = root.children.flatMap((node): RootContent[] =>
    node.type === 'code' && isTranscript(node.value) ? split(node, page) : [node],
  );
}

/** A curl command at the block's head with JSON or a response message printed after it. */
function isTranscript(value: string): boolean {
  const lines = value.split('\n');
  if (!COMMAND.test(lines[0] ?? '')) return false;
  let end = commandEnd(lines, 0);
  while (end < lines.length && lines[end]!.trim() === '') end++;
  return end < lines.length && OUTPUT.test(lines[end]!);
}

/** The line after the command that starts at `start`: its `\` continuations and option lines are its own. */
function commandEnd(lines: readonly string[], start: number): number {
  let at = start + 1;
  while (at < lines.length && (/\\[ \t]*$/.test(lines[at - 1]!) || /^[ \t]*--?[A-Za-z]/.test(lines[at]!))) at++;
  return at;
}

interface Part {
  kind: 'command' | 'output';
  from: number;
  to: number;
}

/** The block's commands and outputs, in order; blank lines between them dropped. */
function partsOf(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  while (at < lines.length) {
    if (lines[at]!.trim() === '') {
      at++;
      continue;
    }
    if (COMMAND.test(lines[at]!)) {
      const end = commandEnd(lines, at);
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
  if (parts.some((part, index) => part.kind === 'output' && (parts[index - 1]?.kind !== 'command' || !OUTPUT.test(lines[part.from]!))))
    return [node];
  const search = { from: node.position?.start.offset ?? 0 };
  return parts.map((part): Code => {
    const value = lines
      .slice(part.from, part.to)
      .join('\n')
      .replace(/\s+$/, '')
      .replace(part.kind === 'command' ? /^[ \t]*[$>%][ \t]*/ : /^/, '');
    const code: Code = { type: 'code', lang: part.kind === 'command' ? 'shell' : null, meta: null, value };
    const position = placed(lines[part.from]!, lines[part.to - 1]!, page, search, node.position);
    if (position) code.position = position;
    return code;
  });
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
