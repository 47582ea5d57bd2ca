/**
 * The generated `schemas.ts` imports `zod` and is written for zod 4: the user's own project must
 * depend on it. At generate time the nearest package.json above the output folder is read; when it
 * does not list zod, or lists only another major, that is a `zod-dependency` warning at its `zod`
 * entry (or its first line). No package.json (not a Node project, as far as we can tell), or a
 * range that names no version (`*`, `latest`, `workspace:*`, a git URL), says nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** The finding about zod for output folder `outDir`, if any; `cwd` is what the file name is relative to. */
export async function checkZodDependency(outDir: string, cwd: string = process.cwd()): Promise<Diagnostic | undefined> {
  const found = nearestPackageJson(path.resolve(cwd, outDir));
  if (!found) return undefined;
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(found.text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const range = SECTIONS.map((section) => dependencyOf(manifest[section])).find((value) => value !== undefined);
  const file = path.relative(cwd, found.file).split(path.sep).join('/') || 'package.json';
  const report = (message: string): Diagnostic => ({
    code: 'zod-dependency',
    severity: DIAGNOSTIC_CODES['zod-dependency'].severity,
    message,
    source: { file, ...positionOf(found.text) },
  });
  if (range === undefined) {
    return report(`schemas.ts imports zod, which ${file} does not list: add zod 4 to its dependencies (npm install zod@^4)`);
  }
  if (admitsMajor(range, 4) !== false) return undefined;
  return report(`${file} lists zod ${range}, but schemas.ts is written for zod 4: upgrade it (npm install zod@^4)`);
}

/** Synchronous: a package.json is small, and the run waits for it. */
function nearestPackageJson(from: string): { file: string; text: string } | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const text = readText(file);
    if (text !== undefined) return { file, text };
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function dependencyOf(section: unknown): string | undefined {
  if (typeof section !== 'object' || section === null || !Object.hasOwn(section, 'zod')) return undefined;
  const range = (section as Record<string, unknown>).zod;
  return typeof range === 'string' ? range : '';
}

/**
 * Whether a semver range admits a `major`.x version, as far as its comparators say (`^3.22 || ^4`,
 * `>=3`, `3 - 4`, `4.x` do; `^3.25`, `>=3 <4` do not); undefined when it names no version
 * (`*`, `latest`, `workspace:*`, a git URL).
 */
export function admitsMajor(range: string, major: number): boolean | undefined {
  const spec = range.startsWith('npm:') ? range.slice(range.lastIndexOf('@') + 1) : range;
  let named = false;
  for (const alternative of spec.split('||')) {
    const first = /^\s*(>=?|<=?|[~^=v]*)\s*v?(\d+)/.exec(alternative);
    if (!first) continue;
    named = true;
    const operator = first[1]!;
    let from = Number(first[2]);
    let to = from;
    if (operator.startsWith('<')) [from, to] = [0, operator === '<' ? from - 1 : from];
    if (operator.startsWith('>')) {
      const upper = /<(=?)\s*v?(\d+)/.exec(alternative.slice(first[0].length));
      to = upper ? Number(upper[2]) - (upper[1] ? 0 : 1) : Number.POSITIVE_INFINITY;
    }
    const hyphen = /^\s*v?\d+\S*\s+-\s+v?(\d+)/.exec(alternative);
    if (hyphen) to = Number(hyphen[1]);
    if (from <= major && major <= to) return true;
  }
  return named ? false : undefined;
}

/** Where `"zod"` is written in the manifest (else its first line). */
function positionOf(text: string): Pick<Diagnostic['source'], 'start' | 'end'> {
  const index = text.search(/"zod"\s*:/);
  const offset = Math.max(0, index);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const length = index === -1 ? 0 : 5;
  return { start: { line, column, offset }, end: { line, column: column + length, offset: offset + length } };
}
