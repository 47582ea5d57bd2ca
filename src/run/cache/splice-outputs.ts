/**
 * The last run's outputs with the pieces of patched merged items rendered again and spliced in,
 * as UTF-8 bytes: nothing else of them is decoded or encoded. Each item is rendered as it was
 * and as it is (emit/item-pieces.ts); the first must give back the text the outputs hold at its
 * place, which proves the kept layout still describes them. Outputs the cache holds as files are
 * read only at those places, and spliced as files (write/spliced-file.ts): the rest of their bytes
 * never pass through memory.
 */
import { itemPieceChanges, type PieceChange, partTextKey, type RenderedItem } from '../../emit/item-pieces.js';
import type { OutputLayout } from '../../emit/layout.js';
import type { OutputFile } from '../result.js';
import { FileRanges, type SplicedFile, spliceBytes } from '../write/spliced-file.js';
import type { MergedItem } from './merged-store.js';

/** An output's bytes, read by range: from its cached file, or held in memory. */
interface Source {
  length: number;
  read(start: number, end: number): Buffer;
}

/**
 * The last outputs with the pieces of the patched items replaced — a file spliced (an output the
 * cache holds as a file) or UTF-8 bytes — and their new layout.
 */
export function spliceOutputs(
  outputs: readonly OutputFile[],
  layout: OutputLayout,
  before: readonly MergedItem[],
  after: readonly MergedItem[],
): { outputs: Array<{ path: string; contents: Buffer | SplicedFile }>; layout: OutputLayout } | undefined {
  const files: FileRanges[] = [];
  try {
    const sources = new Map<string, Source>();
    for (const output of outputs) {
      const pieces = layout.pieces.get(output.path);
      // An output not built from pieces (ir.json, openapi.yaml) would have to be emitted whole.
      if (!pieces && output.path !== 'validate.ts') return undefined;
      const source = output.cachedFile ? fileSource(output.cachedFile, files) : bytesSource(output);
      if (!source || (pieces && source.length !== pieces.length)) return undefined;
      sources.set(output.path, source);
    }
    return splicePieces(outputs, sources, layout, before, after);
  } finally {
    for (const file of files) file.close();
  }
}

function fileSource(file: string, open: FileRanges[]): Source | undefined {
  let ranges: FileRanges;
  try {
    ranges = new FileRanges(file);
  } catch {
    // A copy the cache no longer has.
    return undefined;
  }
  open.push(ranges);
  return { length: ranges.size, read: (start, end) => ranges.read(start, end) };
}

function bytesSource(output: OutputFile): Source {
  // A view of the bytes (no copy), or the text encoded.
  const bytes = output.bytes
    ? Buffer.from(output.bytes.buffer, output.bytes.byteOffset, output.bytes.length)
    : Buffer.from(output.contents);
  return { length: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

function splicePieces(
  outputs: readonly OutputFile[],
  sources: ReadonlyMap<string, Source>,
  layout: OutputLayout,
  before: readonly MergedItem[],
  after: readonly MergedItem[],
): { outputs: Array<{ path: string; contents: Buffer | SplicedFile }>; layout: OutputLayout } | undefined {
  const current = (output: string, key: string): string | undefined => {
    const ranges = layout.pieces.get(output)?.ranges.get(key);
    if (ranges?.length !== 1) return undefined;
    const [start, end] = ranges[0]!;
    return sources.get(output)?.read(start, end).toString('utf8');
  };
  const changes: PieceChange[] = [];
  for (const [index, item] of before.entries()) {
    const was = renderedItem(item);
    const now = renderedItem(after[index]!);
    if (was === undefined || now === undefined) {
      // `rest` (info, servers, tags, security schemes): positions only, which no output prints; webhooks are emitted as operations.
      if ('rest' in item && !item.rest.webhooks?.length) continue;
      return undefined;
    }
    const found = itemPieceChanges(was, now, layout, current);
    if (!found) return undefined;
    changes.push(...found);
  }
  const next: OutputLayout = { ...layout, pieces: new Map(layout.pieces) };
  // A zod part whose schema text changed (a row's format) is counted under its new text.
  const replaced = changes.flatMap((change) => change.parts ?? []);
  if (layout.zod && replaced.length > 0) {
    const counts = new Map(layout.zod.partTexts);
    for (const [was, now] of replaced) {
      const [from, to] = [partTextKey(was), partTextKey(now)];
      const left = (counts.get(from) ?? 0) - 1;
      if (left > 0) counts.set(from, left);
      else counts.delete(from);
      counts.set(to, (counts.get(to) ?? 0) + 1);
    }
    next.zod = { ...layout.zod, partTexts: counts };
  }
  const spliced = outputs.map((output) => {
    const pieces = layout.pieces.get(output.path);
    const mine = changes.filter((change) => change.output === output.path);
    const { edits, ranges, length } = splice(sources.get(output.path)!.length, pieces?.ranges ?? new Map(), mine);
    if (pieces) next.pieces.set(output.path, { ranges, length });
    if (output.cachedFile) return { path: output.path, contents: { file: output.cachedFile, edits } };
    const source = sources.get(output.path)!;
    return { path: output.path, contents: spliceBytes(source.read(0, source.length), edits) };
  });
  return { outputs: spliced, layout: next };
}

function renderedItem(item: MergedItem): RenderedItem | undefined {
  if ('operations' in item) return { path: item.key.slice('path:'.length), operations: item.operations };
  if ('schema' in item) return { schema: item.schema };
  return undefined;
}

/**
 * The edits that replace each change's piece in an output of `length` bytes, the new length, and
 * every piece's range moved to where it now is (pieces never overlap).
 */
function splice(
  length: number,
  ranges: ReadonlyMap<string, Array<[number, number]>>,
  changes: readonly PieceChange[],
): { edits: SplicedFile['edits']; ranges: Map<string, Array<[number, number]>>; length: number } {
  const edits = new Map(changes.map((change) => [ranges.get(change.key)![0]!, Buffer.from(change.text)]));
  const order = [...edits.keys()].sort((a, b) => a[0] - b[0]);
  // A piece moves by what the edits before it added or removed.
  const shift = (range: [number, number]): number => {
    let moved = range[0];
    for (const edit of order) if (edit !== range && edit[1] <= range[0]) moved += edits.get(edit)!.length - (edit[1] - edit[0]);
    return moved;
  };
  const moved = new Map<string, Array<[number, number]>>();
  for (const [key, list] of ranges)
    moved.set(
      key,
      list.map((range) => {
        const start = shift(range);
        return [start, start + (edits.get(range)?.length ?? range[1] - range[0])];
      }),
    );
  const grown = order.reduce((sum, range) => sum + edits.get(range)!.length - (range[1] - range[0]), 0);
  return {
    edits: order.map((range) => ({ start: range[0], end: range[1], bytes: edits.get(range)! })),
    ranges: moved,
    length: length + grown,
  };
}
