/** What a run gives: the document, the output files, the diagnostics, per-file reports and figures. */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { ApiDocument } from '../ir/types.js';
import type { SplicedFile } from './write/spliced-file.js';

export interface OutputFile {
  /** Relative to the output folder. */
  path: string;
  contents: string;
  /** The same text as UTF-8, when the run has it so (from the cache): writers use it rather than encoding `contents`. */
  bytes?: Uint8Array;
  /**
   * A file that holds exactly these bytes (the cache's copy of the output), when the run has one:
   * writers have the file system copy it rather than reading the bytes in.
   */
  cachedFile?: string;
  /**
   * The last run's output (the cache's copy) with new bytes spliced in, when a full run built it so
   * (emit/reuse.ts): the cache writes its new copy from it, the bytes never held whole.
   */
  spliced?: SplicedFile;
  /**
   * With a cache: names this text (the run that made it), so that a later check of the output
   * folder can trust a file's size and modification time instead of reading it.
   */
  stamp?: string;
}

export interface GenerateStats {
  pages: number;
  /** Pages parsed this run (the rest came from the cache). */
  parsed: number;
  bytes: number;
  workers: number;
  /** True when nothing changed since the cached run, so merge and emit were skipped. */
  reusedRun: boolean;
  /** True when pages changed only in positions and operation prose, so the cached run was patched (run/cache/patch-run.ts). */
  patchedRun: boolean;
  /** Pieces of the last outputs a run that merged again took as they are, items unchanged in an unchanged context (emit/reuse.ts). */
  reusedPieces: number;
  operations: number;
  schemas: number;
}

/** Which reader read a file, why, and what it found (`generate --format json` reports it). */
export interface FileReport {
  file: string;
  /** The dialect reader, or `openapi` for a spec; absent for a page that could not be read. */
  reader?: string;
  reason?: string;
  operations: number;
  /** The page's webhooks (requests the API sends to the reader's endpoint), where it has any. */
  webhooks?: number;
}

export interface GenerateResult {
  document: ApiDocument;
  /** Per input file, sorted by file. Empty when the whole run came from the cache. */
  files: FileReport[];
  /** Sorted by path. Empty when errors prevented emitting. */
  outputs: OutputFile[];
  /** Sorted deterministically. For a run the cache answered, read from the cache when first asked for (as `files` is). */
  diagnostics: Diagnostic[];
  /** How many of `diagnostics` are errors, warnings and infos (known without reading them). */
  counts: Record<Severity, number>;
  /** True when an error-severity diagnostic was reported. */
  failed: boolean;
  stats: GenerateStats;
}

/** A run without its IR (`generateOutputs`): what the command writes and prints. */
export type RunResult = Omit<GenerateResult, 'document'>;
