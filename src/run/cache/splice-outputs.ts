/**
 * The last run's outputs with the pieces of patched merged items rendered again and spliced in,
 * as UTF-8 bytes: nothing else of them is decoded or encoded. Each item is rendered as it was
 * and as it is (emit/item-pieces.ts); the first must give back the text the outputs hold at its
 * place, which proves the kept layout still describes them.
 */
import { itemPieceChanges, type PieceChange, partTextKey, type RenderedItem } from '../../emit/item-pieces.js';
import type { OutputLayout } from '../../emit/layout.js';
import type { OutputFile } from '../result.js';
import type { MergedItem } from './merged-store.js';

/**
 * The last outputs with the pieces of the patched items replaced, as UTF-8 bytes (nothing else
 * of them is decoded or encoded), and their new layout.
 */
export function spliceOutputs(
  outputs: readonly OutputFile[],
  layout: OutputLayout,
  before: readonly MergedItem[],
  after: readonly MergedItem[],
): { outputs: Array<{ path: string; bytes: Buffer }>; layout: OutputLayout } | undefined {
  const texts = new Map<string, Buffer>();
  for (const output of outputs) {
    const pieces = layout.pieces.get(output.path);
    // An output not built from pieces (ir.json, openapi.yaml) would have to be emitted whole.
    if (!pieces && output.path !== 'validate.ts') return undefined;
    // A view of the bytes read from the cache (no copy), or the text encoded.
    const bytes = output.bytes
      ? Buffer.from(output.bytes.buffer, output.bytes.byteOffset, output.bytes.length)
      : Buffer.from(output.contents);
    if (pieces && bytes.length !== pieces.length) return undefined;
    texts.set(output.path, bytes);
  }
  const current = (output: string, key: string): string | undefined => {
    const ranges = layout.pieces.get(output)?.ranges.get(key);
    if (ranges?.length !== 1) return undefined;
    const [start, end] = ranges[0]!;
    return texts.get(output)?.toString('utf8', start, end);
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
    const bytes = texts.get(output.path)!;
    const pieces = layout.pieces.get(output.path);
    const mine = changes.filter((change) => change.output === output.path);
    if (!pieces || mine.length === 0) return { path: output.path, bytes };
    const result = splice(bytes, pieces.ranges, mine);
    next.pieces.set(output.path, { ranges: result.ranges, length: result.bytes.length });
    return { path: output.path, bytes: result.bytes };
  });
  return { outputs: spliced, layout: next };
}

function renderedItem(item: MergedItem): RenderedItem | undefined {
  if ('operations' in item) return { path: item.key.slice('path:'.length), operations: item.operations };
  if ('schema' in item) return { schema: item.schema };
  return undefined;
}

/** `bytes` with each change's piece replaced, and every piece's range moved to where it now is (pieces never overlap). */
function splice(
  bytes: Buffer,
  ranges: ReadonlyMap<string, Array<[number, number]>>,
  changes: readonly PieceChange[],
): { bytes: Buffer; ranges: Map<string, Array<[number, number]>> } {
  const edits = new Map(changes.map((change) => [ranges.get(change.key)![0]!, Buffer.from(change.text)]));
  const order = [...edits.keys()].sort((a, b) => a[0] - b[0]);
  const parts: Buffer[] = [];
  let at = 0;
  for (const range of order) {
    parts.push(bytes.subarray(at, range[0]), edits.get(range)!);
    at = range[1];
  }
  parts.push(bytes.subarray(at));
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
  return { bytes: Buffer.concat(parts), ranges: moved };
}
