/**
 * Generated text assembled from pieces, each piece of an IR item (a named schema, an operation,
 * a path) keyed, remembering where it landed. A later run that changed a few items renders just
 * theirs and splices them in at those places (cache/splice-outputs.ts) instead of emitting the
 * whole reference again; the text is the same either way, built by the same renderers.
 */

/** Piece key → where its text is, as [start, end) offsets in UTF-16 code units. */
export type PieceRanges = Map<string, Array<[start: number, end: number]>>;

/** A piece of generated text, keyed by what it renders (`schema:<name>`, `op:<operationId>`, …). */
export interface Piece {
  text: string;
  key?: string;
}

export interface PiecedText {
  text: string;
  ranges: PieceRanges;
}

export class PieceText {
  readonly #parts: string[] = [];
  #length = 0;
  readonly ranges: PieceRanges = new Map();

  /** Appends `text`; with a key, as a piece of that item. */
  add(text: string, key?: string): this {
    if (key !== undefined) {
      const list = this.ranges.get(key);
      const range: [number, number] = [this.#length, this.#length + text.length];
      if (list) list.push(range);
      else this.ranges.set(key, [range]);
    }
    if (text.length > 0) this.#parts.push(text);
    this.#length += text.length;
    return this;
  }

  /** Appends `pieces` with `separator` between them. */
  join(pieces: readonly Piece[], separator: string): this {
    pieces.forEach((piece, index) => {
      if (index > 0) this.add(separator);
      this.add(piece.text, piece.key);
    });
    return this;
  }

  endsWith(suffix: string): boolean {
    const last = this.#parts[this.#parts.length - 1];
    return last?.endsWith(suffix) === true;
  }

  finish(): PiecedText {
    return { text: this.#parts.join(''), ranges: this.ranges };
  }
}

/**
 * `ranges` (UTF-16 offsets into `text`) as offsets into its UTF-8 bytes, which is how a later run
 * reads the text back (cache/patch-run.ts splices bytes: no decoding or encoding of whole files).
 */
export function inBytes(text: string, ranges: PieceRanges): { ranges: PieceRanges; length: number } {
  const length = Buffer.byteLength(text);
  // ASCII only: the same offsets.
  if (length === text.length) return { ranges, length };
  const points = [...new Set([...ranges.values()].flat(2))].sort((a, b) => a - b);
  const bytes = new Map<number, number>();
  let unit = 0;
  let byte = 0;
  for (const point of points) {
    byte += Buffer.byteLength(text.slice(unit, point));
    unit = point;
    bytes.set(point, byte);
  }
  const converted: PieceRanges = new Map();
  for (const [key, list] of ranges)
    converted.set(
      key,
      list.map(([start, end]) => [bytes.get(start)!, bytes.get(end)!]),
    );
  return { ranges: converted, length };
}
