/**
 * The scraped text page as a list of lines with their offsets, and the unist positions the
 * reader hands out. Every node the text reader makes points at its real place in the file.
 */
import type { Position } from 'unist';

export interface Line {
  /** 0-based index into `PageLines.lines`; the unist line number is `index + 1`. */
  index: number;
  /** The line without its terminator (`\n`, `\r\n` or `\r`). */
  text: string;
  /** Offset of the line's first character in the page text. */
  offset: number;
}

export interface PageLines {
  text: string;
  lines: Line[];
}

/** Splits `text` into lines, keeping each line's offset (CRLF and lone CR count as one break). */
export function splitLines(text: string): PageLines {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ index: lines.length, text: text.slice(start, i), offset: start });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ index: lines.length, text: text.slice(start), offset: start });
  return { text, lines };
}

/** A unist point for column `column` (0-based) of `line`. */
export function pointAt(line: Line, column: number): { line: number; column: number; offset: number } {
  return { line: line.index + 1, column: column + 1, offset: line.offset + column };
}

/** The position of columns [from, to) of one line. */
export function spanOf(line: Line, from: number, to: number): Position {
  return { start: pointAt(line, from), end: pointAt(line, to) };
}

/** The position from the start of `first` to the end of `last` (whole lines). */
export function linesSpan(first: Line, last: Line): Position {
  return { start: pointAt(first, 0), end: pointAt(last, last.text.length) };
}

/** True for a line holding only white space (NBSP included). */
export function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim() === '';
}

/** The text of lines [from, to] joined with `\n` (line breaks normalised, content untouched). */
export function joinLines(lines: readonly Line[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i <= to; i++) parts.push(lines[i]?.text ?? '');
  return parts.join('\n');
}
