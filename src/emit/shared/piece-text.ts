/**
 * Generated text assembled from pieces, each piece of an IR item (a named schema, an operation,
 * a path) keyed, remembering where it landed. A later run that changed a few items renders just
 * theirs and splices them in at those places (run/cache/patch-run.ts) instead of emitting the whole
 * reference again; the text is the same either way, built by the same renderers.
 */

/** Piece key → where its text is, as [start, end) offsets. */
export type PieceRanges = Map<string, Array<[start: number, end: number]>>;

/**
 * A piece the last run's output holds as it is, at [start, end) of the file the cache keeps it in
 * (`size` bytes long): taken as that range, never read (emit/reuse.ts). `endsWithNewline` reads its
 * last byte, only if asked.
 */
export interface KeptRange {
  readonly file: string;
  readonly size: number;
  readonly start: number;
  readonly end: number;
  endsWithNewline(): boolean;
  /** The range's bytes, read from the file. */
  bytes(): Uint8Array;
}

/**
 * A piece of generated text, keyed by what it renders (`schema:<name>`, `op:<operationId>`, …):
 * text, or the same piece of the last run's output, as its UTF-8 bytes or its range of the file
 * that holds it (emit/reuse.ts).
 */
export interface Piece {
  text: string | Uint8Array | KeptRange;
  key?: string;
}

export interface PiecedBytes {
  /** The text as UTF-8. */
  bytes: Buffer;
  /** In bytes of `bytes`. */
  ranges: PieceRanges;
}

/**
 * Text with kept ranges of the last output (`KeptRange`): that file with the ranges between them
 * replaced by the new bytes, in order (write/spliced-file.ts). No byte of the kept ranges is read.
 */
export interface PiecedSplice {
  /** The file and, in order, none overlapping, its ranges replaced (run/write/spliced-file.ts's `SplicedFile`). */
  spliced: { file: string; edits: Array<{ start: number; end: number; bytes: Uint8Array }> };
  /** The text's length in bytes. */
  length: number;
  /** In bytes of the text. */
  ranges: PieceRanges;
}

/** Bytes are written into blocks of this size (a part larger than a block gets one of its own). */
const BLOCK = 4 * 1024 * 1024;

/** Room left beyond an expected size: an output that grew a little still fits its one block. */
const SLACK = (bytes: number) => (bytes >> 4) + 64 * 1024;

/**
 * Text written as UTF-8 as it is added: an output with one character beyond Latin-1 would
 * otherwise be held as a two-byte string, twice its size on disk, and its parts too. Pieces kept
 * from the last output as ranges of its file (`KeptRange`) are not copied: the text is that file
 * with the bytes between them replaced (`finishOutput`).
 */
export class PieceText {
  readonly #blocks: Buffer[] = [];
  #block: Buffer = Buffer.allocUnsafe(0);
  #used = 0;
  /** The text's length in bytes, kept ranges included. */
  #length = 0;
  /** The bytes written into the blocks. */
  #stored = 0;
  /** The kept ranges, each with the number of bytes written before it. */
  readonly #kept: Array<{ at: number; range: KeptRange }> = [];
  /** Whether the text ends with a line break, or the kept range it ends with. */
  #newline: boolean | KeptRange = false;
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

  /** Appends `text` (or its UTF-8 bytes, or a range of the last output kept as it is); with a key, as a piece of that item. */
  add(text: string | Uint8Array | KeptRange, key?: string): this {
    if (typeof text !== 'string' && !(text instanceof Uint8Array)) return this.#keep(text, key);
    const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
    this.#range(key, length);
    if (length > this.#block.length - this.#used) {
      if (this.#used > 0) this.#blocks.push(this.#block.subarray(0, this.#used));
      const expected = this.#expected > 0 ? this.#expected + SLACK(this.#expected) - this.#stored : 0;
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
    this.#stored += length;
    if (length > 0) this.#newline = typeof text === 'string' ? text.endsWith('\n') : text[length - 1] === 0x0a;
    return this;
  }

  #keep(range: KeptRange, key: string | undefined): this {
    const length = range.end - range.start;
    this.#range(key, length);
    this.#kept.push({ at: this.#stored, range });
    this.#length += length;
    if (length > 0) this.#newline = range;
    return this;
  }

  #range(key: string | undefined, length: number): void {
    if (key === undefined) return;
    const list = this.#ranges.get(key);
    const range: [number, number] = [this.#length, this.#length + length];
    if (list) list.push(range);
    else this.#ranges.set(key, [range]);
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
    return typeof this.#newline === 'boolean' ? this.#newline : this.#newline.endsWithNewline();
  }

  /** The text as UTF-8, and each piece's [start, end) in its bytes (kept ranges read into them). */
  finishBytes(): PiecedBytes {
    const stored = this.#storedBytes();
    if (this.#kept.length === 0) return { bytes: stored, ranges: this.#ranges };
    const bytes = Buffer.allocUnsafe(this.#length);
    let at = 0;
    let from = 0;
    for (const { at: before, range } of this.#kept) {
      at += stored.copy(bytes, at, from, before);
      from = before;
      const kept = range.bytes();
      if (kept.length !== range.end - range.start) throw new Error(`${range.file} is shorter than a piece kept from it`);
      bytes.set(kept, at);
      at += kept.length;
    }
    stored.copy(bytes, at, from);
    this.#kept.length = 0;
    return { bytes, ranges: this.#ranges };
  }

  /**
   * The text as `finishBytes` gives it, or, where it holds kept ranges of one file in that file's
   * order, as that file with the bytes between them replaced: the kept bytes are never read.
   */
  finishOutput(): PiecedBytes | PiecedSplice {
    const first = this.#kept[0]?.range;
    if (!first) return this.finishBytes();
    let end = 0;
    for (const { range } of this.#kept) {
      if (range.file !== first.file || range.size !== first.size || range.start < end || range.end > range.size) return this.finishBytes();
      end = range.end;
    }
    const stored = this.#storedBytes();
    const edits: PiecedSplice['spliced']['edits'] = [];
    const edit = (start: number, end: number, bytes: Uint8Array) => {
      if (start < end || bytes.length > 0) edits.push({ start, end, bytes });
    };
    let old = 0;
    let from = 0;
    for (const { at, range } of this.#kept) {
      edit(old, range.start, stored.subarray(from, at));
      old = range.end;
      from = at;
    }
    edit(old, first.size, stored.subarray(from));
    this.#kept.length = 0;
    return { spliced: { file: first.file, edits }, length: this.#length, ranges: this.#ranges };
  }

  /** The bytes written into the blocks, in one buffer; the blocks let go. */
  #storedBytes(): Buffer {
    const last = this.#block.subarray(0, this.#used);
    // One block mostly filled is the text; anything else is copied into a buffer of its size.
    const bytes =
      this.#blocks.length === 0 && this.#used * 2 >= this.#block.length ? last : Buffer.concat([...this.#blocks, last], this.#stored);
    this.#blocks.length = 0;
    this.#block = Buffer.allocUnsafe(0);
    this.#used = 0;
    return bytes;
  }

  /** The text (the public emitters' result). */
  finish(): string {
    return this.finishBytes().bytes.toString('utf8');
  }
}
