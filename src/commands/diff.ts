import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/format.js';
import { assertGitRef } from '../diff/git.js';
import { DiffInputError, diffSpecs, exitCodeFor, formatDiff, loadSpecAtGitRef, type SpecInput } from '../diff/index.js';
import type { DiffFormat } from '../diff/report.js';
import { isDocsPageName } from '../input/load-files.js';
import { generate } from '../run/generate.js';
import type { CommandIo } from './generate.js';

export interface DiffCommandOptions {
  /** Base: an OpenAPI file or a docs folder (not needed with `baseRef`). */
  base?: string;
  /** Revision: an OpenAPI file or a docs folder (with `baseRef`, default: `spec` or `docs` in the working tree). */
  revision?: string;
  /** A git ref: compare `spec` (or `docs`) as it is at this ref with the working tree. */
  baseRef?: string;
  /** With `baseRef`: the spec to compare (default `generated/openapi.json`). */
  spec?: string;
  /** With `baseRef`: a docs folder to generate at both sides instead of a committed spec. */
  docs?: string;
  format: DiffFormat;
  failOn: 'breaking' | 'warning' | 'never';
  /** x-stability-level values whose changes count at their level (default: beta, stable). */
  includeStability?: string[];
  color?: boolean;
}

/**
 * `specdown diff`: what changed between two specs (files, docs folders, or a git ref and the
 * working tree), and what of it breaks clients. Exit code: 0, or 1 when a change at or above
 * `failOn` exists, or 2 when an input cannot be read.
 */
export async function runDiffCommand(options: DiffCommandOptions, io: CommandIo): Promise<number> {
  const cleanups: string[] = [];
  try {
    const [base, revision] = await resolveInputs(options, io, cleanups);
    const result = await diffSpecs(base, revision, options.includeStability ? { includeStability: options.includeStability } : {});
    for (const warning of result.diagnostics) io.stderr(`warning: ${warning}`);
    io.stdout(formatDiff(result, options.format, { color: options.color === true }).replace(/\n$/, ''));
    return exitCodeFor(result, options.failOn);
  } catch (error) {
    if (error instanceof DiffInputError || error instanceof DocsError) {
      io.stderr(`specdown diff: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await Promise.all(cleanups.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

class DocsError extends Error {}

async function resolveInputs(options: DiffCommandOptions, io: CommandIo, cleanups: string[]): Promise<[SpecInput, SpecInput]> {
  if (options.baseRef) {
    if (options.docs) {
      const atRef = await docsAtRef(options.baseRef, options.docs, cleanups);
      return [await fromDocs(atRef, `${options.baseRef}:${options.docs}`, io), await fromDocs(options.docs, options.docs, io)];
    }
    const spec = options.spec ?? 'generated/openapi.json';
    const base = await loadSpecAtGitRef(options.baseRef, `./${spec.replace(/^\.\//, '')}`, process.cwd());
    return [base, await fromPath(options.revision ?? spec, io)];
  }
  if (!options.base || !options.revision)
    throw new DiffInputError('give a base and a revision (OpenAPI files or docs folders), or --base <git-ref>');
  return [await fromPath(options.base, io), await fromPath(options.revision, io)];
}

async function fromPath(input: string, io: CommandIo): Promise<SpecInput> {
  let isDirectory = false;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch {
    throw new DiffInputError(`${input} does not exist`);
  }
  // A markdown or text page is docs of one page (also a page of ```openapi fences), never a spec.
  if (isDirectory) return fromDocs(input, input, io);
  if (isDocsPageName(input)) return fromDocs(input, input, io, path.dirname(input));
  return { kind: 'file', path: input };
}

/**
 * A docs folder, generated in memory into the OpenAPI document it stands for, with the docs'
 * positions (`x-specdown-source(s)`, file:line:column in the folder) so that changes point there.
 */
async function fromDocs(folder: string, label: string, io: CommandIo, sourceRoot = folder): Promise<SpecInput> {
  // An empty API is a valid side of a diff (the docs before they documented anything).
  const result = await generate({ input: folder, emit: { types: false, zod: false, openapi: 'json', ir: false }, allowEmpty: true });
  if (result.failed) {
    for (const diagnostic of result.diagnostics.filter((d) => d.severity === 'error')) io.stderr(formatDiagnostic(diagnostic));
    throw new DocsError(`the docs in ${label} have errors; fix them to diff`);
  }
  const { emitOpenApi } = await import('../emit/openapi/index.js');
  return { kind: 'object', document: emitOpenApi(result.document, { sources: true }), label, sourceRoot };
}

/** Extracts `folder` as it is at `ref` into a temporary folder (`git archive | tar -x`). */
async function docsAtRef(ref: string, folder: string, cleanups: string[]): Promise<string> {
  assertGitRef(ref);
  const top = await git(['rev-parse', '--show-toplevel'], process.cwd());
  const inRepo = path.relative(top, path.resolve(folder)).split(path.sep).join('/');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specdown-diff-'));
  cleanups.push(dir);
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref, '--', inRepo], { cwd: top });
    const tar = spawn('tar', ['-x', '-C', dir]);
    let why = '';
    archive.stderr.on('data', (chunk: Buffer) => (why += chunk.toString()));
    archive.stdout.pipe(tar.stdin);
    archive.on('error', reject);
    tar.on('error', reject);
    tar.on('close', (code) =>
      code === 0 && why === ''
        ? resolve()
        : reject(new DiffInputError(`cannot read ${inRepo} at ${ref}: ${why.trim() || `tar exited ${code}`}`)),
    );
  });
  return path.join(dir, inRepo);
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new DiffInputError(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
}
