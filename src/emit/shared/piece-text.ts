/**
 * Generated text assembled from pieces, each piece of an IR item (a named schema, an operation,
 * a path) keyed, remembering where it landed. A later run that changed a few items renders just
 * theirs and splices them in at those places (run/cache/patch-run.ts) instead of emitting the whole
 * reference again; the text is the same either way, built by the same renderers.
 */

/** Piece key → where its text is, as [start, end) offsets. */
export type PieceRanges = Map<string, Array<[start: number, end: number]>>;

/**
 * A piece of generated text, keyed by what it renders (`schema:<name>`, `op:<operationId>`, …):
 * text, or the UTF-8 bytes of the same piece in the last run's output (emit/reuse.ts).
 */
export interface Piece {
  text: string | Uint8Array;
  key?: string;
}

export interface PiecedBytes {
  /** The text as UTF-8. */
  bytes: Buffer;
  /** In bytes of `bytes`. */
  ranges: PieceRanges;
}

/** Bytes are written into blocks of this size (a part larger than a block gets one of its own). */
const BLOCK = 4 * 1024 * 1024;

/** Room left beyond an expected size: an output that grew a little still fits its one block. */
const SLACK = (bytes: number) => (bytes >> 4) + 64 * 1024;

/**
 * Text written as UTF-8 as it is added: an output with one character beyond Latin-1 would
 * otherwise be held as a two-byte string, twice its size on disk, and its parts too.
 */
export class PieceText {
  readonly #blocks: Buffer[] = [];
  #block: Buffer = Buffer.allocUnsafe(0);
  #used = 0;
  #length = 0;
  #newline = false;
  readonly #ranges: PieceRanges = new Map();
  #expected: number;

  /**
   * `expectedBytes`: how long the text will likely be (the last run's output). The first block is
   * made that large, so that text which fits is returned without being copied into a buffer of its
   * own: a fresh buffer of an output's size is costly to fill where the system maps pages slowly.
   */
  constructor(expectedBytes = 0) {
    this.#expected = expectedBytes;
  }

  /** Appends `text` (or its UTF-8 bytes); with a key, as a piece of that item. */
  add(text: string | Uint8Array, key?: string): this {
    const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
    if (key !== undefined) {
      const list = this.#ranges.get(key);
      const range: [number, number] = [this.#length, this.#length + length];
      if (list) list.push(range);
      else this.#ranges.set(key, [range]);
    }
    if (length > this.#block.length - this.#used) {
      if (this.#used > 0) this.#blocks.push(this.#block.subarray(0, this.#used));
      const expected = this.#expected > 0 ? this.#expected + SLACK(this.#expected) - this.#length : 0;
      this.#expected = 0;
      this.#block = Buffer.allocUnsafe(Math.max(BLOCK, length, expected));
      this.#used = 0;
    }
    if (typeof text === 'string') this.#used += this.#block.write(text, this.#used);
    else {
      this.#block.set(text, this.#used);
      this.#used += length;
    }
    this.#length += length;
    if (length > 0) this.#newline = typeof text === 'string' ? text.endsWith('\n') : text[length - 1] === 0x0a;
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

  endsWithNewline(): boolean {
    return this.#newline;
  }

  /** The text as UTF-8, and each piece's [start, end) in its bytes. */
  finishBytes(): PiecedBytes {
    const last = this.#block.subarray(0, this.#used);
    // One block mostly filled is the text; anything else is copied into a buffer of its size.
    const bytes =
      this.#blocks.length === 0 && this.#used * 2 >= this.#block.length ? last : Buffer.concat([...this.#blocks, last], this.#length);
    this.#blocks.length = 0;
    this.#block = Buffer.allocUnsafe(0);
    this.#used = 0;
    return { bytes, ranges: this.#ranges };
  }

  /** The text (the public emitters' result). */
  finish(): string {
    return this.finishBytes().bytes.toString('utf8');
  }
}
