/**
 * Loads a spec and every document its `$ref`s reach: local files relative to the referring
 * file, remote ones (http/https) only when the user allows them. A refused or unreadable
 * target is a diagnostic at the `$ref`; the walk goes on.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Point, Source } from '../ir/source.js';
import { collectRefs } from './collect-refs.js';
import { parseSpecText } from './parse.js';
import type { SpecPositions } from './positions.js';
import type { SpecFile } from './spec-file.js';

export type { SpecFile } from './spec-file.js';

/** Default of `LoadOptions.maxBytes`: the size of one document. */
export const MAX_BYTES = 64 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** Default of `LoadOptions.maxFiles`: documents one spec may reach through `$ref`s (a guard against hostile fan-out). */
const MAX_FILES = 10_000;

export interface LoadOptions {
  diagnostics: DiagnosticBag;
  positions: SpecPositions;
  rootDir: string;
  allowRemoteRefs: boolean;
  /** Documents one spec may reach through `$ref`s; past it, one diagnostic says how many were not read. */
  maxFiles?: number;
  /** Bytes one document may have. */
  maxBytes?: number;
  /** Reads a local document (default: the file system); `git show` for a spec at a git ref. */
  read?: (id: string) => Promise<string>;
  /** The entry's text when it is already in hand (then `entry` only names it). */
  entryText?: string;
  /** An offset's point in the entry when `entryText` is only part of it (the document a viewer page embeds). */
  entryPlace?: (offset: number) => Point;
  /** Reads the entry's value itself, from its text (a markdown page's `openapi` fences: page-fragments.ts). */
  entryRead?: (text: string, rel: string) => Promise<unknown>;
  /** Read a repeated mapping key as its last value instead of refusing the document (the differ's leniency). */
  lastKeyWins?: boolean;
}

export interface LoadedSpec {
  /** Every document read, keyed by id; the entry is absent when it cannot be read. */
  files: Map<string, SpecFile>;
  /** Every document id met (read, refused or unreadable — the failures are reported). */
  attempted: Set<string>;
}

/** Every document reachable from `entry` (absolute path). */
export async function loadSpecFiles(entry: string, options: LoadOptions): Promise<LoadedSpec> {
  const files = new Map<string, SpecFile>();
  const queued = new Set<string>([entry]);
  const queue: { id: string; from?: Source }[] = [{ id: entry }];
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const over = { count: 0, first: undefined as { ref: string; source: Source } | undefined };
  while (queue.length > 0) {
    const { id, from } = queue.shift()!;
    const file = await loadOne(id, entry, from, options);
    if (!file) continue;
    files.set(id, file);
    if (file.mayReferOut === false) continue;
    for (const ref of collectRefs(file, options.positions)) {
      const target = refDocument(ref.ref, id);
      if (target === undefined || queued.has(target)) continue;
      if (queued.size >= maxFiles) {
        over.count++;
        over.first ??= ref;
        queued.add(target);
        continue;
      }
      queued.add(target);
      if (isRemote(target) && !options.allowRemoteRefs) {
        options.diagnostics.report(
          'remote-ref-refused',
          ref.source,
          `The $ref "${ref.ref}" points at a remote document; it was not fetched (pass --allow-remote-refs to fetch it).`,
        );
        continue;
      }
      if (!isRemote(target) && !path.isAbsolute(target)) {
        options.diagnostics.report('ref-not-found', ref.source, `The $ref "${ref.ref}" uses a scheme that is not supported.`);
        continue;
      }
      queue.push({ id: target, from: ref.source });
    }
  }
  if (over.first) {
    options.diagnostics.report(
      'input-too-large',
      over.first.source,
      `The spec reaches more than ${maxFiles} documents through $refs; the rest were not read (${over.count} named by those read, the first "${over.first.ref}"; raise the limit: --max-spec-files, or limits.specFiles in the config).`,
    );
  }
  return { files, attempted: queued };
}

/** The document a `$ref` names (absolute path or URL), or undefined for a same-document ref. */
export function refDocument(ref: string, fromId: string): string | undefined {
  const hash = ref.indexOf('#');
  const target = hash === -1 ? ref : ref.slice(0, hash);
  if (target === '') return undefined;
  if (isRemote(fromId) || /^[a-z][a-z0-9+.-]*:/i.test(target)) {
    if (/^[a-z]:[\\/]/i.test(target)) return path.resolve(target);
    try {
      const url = new URL(target, isRemote(fromId) ? fromId : undefined);
      // A remote document may not reach into the local file system.
      if (url.protocol === 'file:' && !isRemote(fromId)) return decodeURIComponent(url.pathname);
      return url.href;
    } catch {
      return target;
    }
  }
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    /* keep as written */
  }
  return path.resolve(path.dirname(fromId), decoded);
}

function isRemote(id: string): boolean {
  return /^https?:\/\//i.test(id);
}

function relOf(id: string, rootDir: string): string {
  if (isRemote(id)) return id;
  return path.relative(rootDir, id).split(path.sep).join('/') || path.basename(id);
}

async function loadOne(id: string, entry: string, from: Source | undefined, options: LoadOptions): Promise<SpecFile | undefined> {
  const rel = relOf(id, options.rootDir);
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const fail = (code: 'input-unreadable' | 'ref-not-found' | 'input-too-large', message: string) => {
    const where = from ?? { file: rel, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    options.diagnostics.report(from && code === 'input-unreadable' ? 'ref-not-found' : code, where, message);
    return undefined;
  };
  let text: string;
  try {
    if (id === entry && options.entryText !== undefined) text = options.entryText;
    else if (options.read && !isRemote(id)) text = await options.read(id);
    else if (isRemote(id)) {
      const response = await fetch(id, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) return fail('input-unreadable', `Could not fetch ${id}: HTTP ${response.status}.`);
      const body = await readLimited(response, maxBytes);
      if (body === undefined) return fail('input-too-large', `${id} is larger than ${maxBytes} bytes.`);
      text = body;
    } else {
      const info = await stat(id);
      if (!info.isFile()) return fail('input-unreadable', `${rel} is not a file.`);
      if (info.size > maxBytes) return fail('input-too-large', `${rel} is larger than ${maxBytes} bytes.`);
      text = await readFile(id, 'utf8');
    }
  } catch (error) {
    return fail('input-unreadable', `Could not read ${from ? `the $ref target ${rel}` : rel}: ${(error as Error).message}`);
  }
  if (id === entry && options.entryRead) {
    const value = await options.entryRead(text.replace(/^\uFEFF/, ''), rel);
    return value === undefined ? undefined : { id, rel, value };
  }
  const place = id === entry ? options.entryPlace : undefined;
  const parsed = await parseSpecText(text.replace(/^\uFEFF/, ''), rel, options.positions, options.diagnostics, options.lastKeyWins, place);
  if (!parsed.ok) return undefined;
  return { id, rel, value: parsed.value, mayReferOut: parsed.mayReferOut ?? (!parsed.json || mayReferOut(text)) };
}

/**
 * Whether strict JSON text may `$ref` another document. When its every `$ref` starts with `#` and
 * it has no discriminator mapping and no `\u` escape (which could spell `$ref`), it refers to
 * itself only, and the walk over its whole tree (collect-refs.ts) is skipped. YAML read from its CST
 * says so itself (yaml-cst-values.ts); other YAML is always walked.
 */
function mayReferOut(text: string): boolean {
  return text.includes('\\u') || /"mapping"\s*:|"\$ref"\s*:\s*"(?!#)/.test(text);
}

/** The body of `response`, or undefined once it passes `maxBytes` (stops downloading then). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return undefined;
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
