/**
 * Writes generated files into a scratch folder inside the repo (so `zod` resolves from
 * node_modules) and type-checks them with the TypeScript compiler in strict mode.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll } from 'vitest';

const OUT_ROOT = path.resolve(import.meta.dirname, '../__out__');

/** A fresh scratch folder under test/emit/__out__, removed after the file's tests. */
export function useScratchDir(): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    mkdirSync(OUT_ROOT, { recursive: true });
    const dir = mkdtempSync(path.join(OUT_ROOT, 'gen-'));
    made.push(dir);
    return dir;
  };
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

/**
 * Declaration files of node_modules (TypeScript's libs, zod's types) as parsed for earlier programs
 * with the same options, by options, format and path: they do not change during a run, and the
 * test files of a worker share this module (`vitest.config.ts`), so each is parsed once a worker,
 * not once a program (a program over a 3-line schemas.ts took 0.64 s of CPU, 0.07 s with them kept).
 */
const parsedDeclarations = new Map<string, ts.SourceFile>();

function compilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile.bind(host);
  const settings = JSON.stringify(options);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    if (!fileName.includes('/node_modules/') || shouldCreateNewSourceFile)
      return parse(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    const format =
      typeof languageVersionOrOptions === 'object'
        ? `${languageVersionOrOptions.languageVersion}:${languageVersionOrOptions.impliedNodeFormat}`
        : `${languageVersionOrOptions}`;
    const key = `${settings}\0${format}\0${fileName}`;
    const kept = parsedDeclarations.get(key);
    if (kept) return kept;
    const parsed = parse(fileName, languageVersionOrOptions, onError);
    if (parsed) parsedDeclarations.set(key, parsed);
    return parsed;
  };
  return host;
}

/** Strict-mode diagnostics of `files` (relative to `dir`), formatted one a line. */
export function compileStrict(dir: string, files: string[], extra: ts.CompilerOptions = {}): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    types: [],
    ...extra,
  };
  const program = ts.createProgram(
    files.map((file) => path.join(dir, file)),
    options,
    compilerHost(options),
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where =
      diagnostic.file && diagnostic.start !== undefined
        ? `${path.relative(dir, diagnostic.file.fileName).split(path.sep).join('/')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
        : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}

/** The names `export interface X` / `export type X` declares in a generated types.ts. */
export function exportedTypeNames(typesText: string): string[] {
  return [...typesText.matchAll(/^export (?:interface|type) ([\p{ID_Start}$_][\p{ID_Continue}$]*)/gmu)]
    .map((match) => match[1] as string)
    .filter((name) => name !== 'operations');
}

const AGREEMENT_PRELUDE = [
  "import type { z } from 'zod';",
  "import type * as T from './types.js';",
  "import type * as S from './schemas.js';",
  'type NoIndex<V> = V extends readonly (infer U)[]',
  '  ? NoIndex<U>[]',
  '  : V extends object',
  '    ? { [K in keyof V as string extends K ? never : number extends K ? never : K]: NoIndex<V[K]> }',
  '    : V;',
  'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
  'type Expect<X extends true> = X;',
];

/**
 * A file that compiles only if, for each [type, schema] pair, `z.output<typeof S[schema]>` (or of
 * `schemaType(schema)`) and `T[type]` are mutually assignable (ignoring the index signature loose
 * objects add) and the parsed value is assignable to the type.
 */
export function agreementSource(pairs: Array<[string, string]>, schemaType = (schema: string) => `typeof S.${schema}`): string {
  const checks = pairs.map(([type, schema], index) => {
    const output = `z.output<${schemaType(schema)}>`;
    return `export type Check${index} = [Expect<Same<NoIndex<T.${type}>, NoIndex<${output}>>>, Expect<[${output}] extends [T.${type}] ? true : false>];`;
  });
  return `${[...AGREEMENT_PRELUDE, ...checks].join('\n')}\n`;
}

/**
 * Strict diagnostics of `types.ts` and `schemas.ts` written into `dir` with an agreement file that
 * pairs every declared type `X` with `XSchema` (`exactOptionalPropertyTypes` on): `[]` when both
 * compile and every schema's output agrees with its type.
 */
export function agreementErrors(dir: string, types: string, schemas: string): string[] {
  const pairs = exportedTypeNames(types).map((name): [string, string] => [name, `${name}Schema`]);
  writeFiles(dir, { 'types.ts': types, 'schemas.ts': schemas, 'agree.ts': agreementSource(pairs) });
  return compileStrict(dir, ['types.ts', 'schemas.ts', 'agree.ts'], { exactOptionalPropertyTypes: true });
}

/** A parser as generated zod schemas are used at run time. */
export interface Parser {
  safeParse(value: unknown): { success: boolean };
}

/** The module `schemas` makes, transpiled to JavaScript in `dir` and imported (zod resolves from the repo). */
export async function importSchemas<T = Record<string, Parser>>(dir: string, schemas: string): Promise<T> {
  const file = path.join(dir, 'schemas.mjs');
  writeFileSync(
    file,
    ts.transpileModule(schemas, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
  );
  return (await import(file)) as T;
}
