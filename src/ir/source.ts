/**
 * Source positions carried by every IR node that came from a file.
 * Points follow unist: 1-based line and column, 0-based offset.
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Source {
  /** Path of the input file, relative to the input root, with `/` separators. */
  file: string;
  start: Point;
  end: Point;
}

/** Anything that may carry a unist `position` (mdast nodes do). */
export interface Positioned {
  position?:
    | {
        start: { line: number; column: number; offset?: number | undefined };
        end: { line: number; column: number; offset?: number | undefined };
      }
    | undefined;
}

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };

/** The source of an mdast (unist) node in `file`; the file's start when the node has no position. */
export function sourceOf(file: string, node: Positioned | undefined): Source {
  const position = node?.position;
  if (!position) return { file, start: { ...ORIGIN }, end: { ...ORIGIN } };
  return {
    file,
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  };
}

/** Stable ordering of sources: by file, then offset. */
export function compareSources(a: Source, b: Source): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.offset - b.start.offset;
}

/** Sorted (by file, then offset), each place once. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return [...sources].sort(compareSources).filter((source) => {
    const key = `${source.file}\0${source.start.offset}\0${source.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `file:line:column`, as compilers print it. */
export function formatSource(source: Source): string {
  return `${source.file}:${source.start.line}:${source.start.column}`;
}

/** Places offsets of `text` by its lines (a line starts after each `\n`). */
export function linesOf(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => pointAt(lineStarts, offset);
}

/** Line and column (1-based) of `offset`, given ascending line starts. */
function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
}
