#!/usr/bin/env node
/**
 * npm run bench:precision — how precise specdown's types are next to openapi-typescript's, for the
 * same specs. A benchmark, not a test: prints a table and every difference, exits 0.
 *
 *   node bench/precision-compare.mjs [--spec FILE]... [--json FILE] [--defaults]
 *
 * Default specs: every OpenAPI 3.0/3.1 JSON file of @readme/oas-examples (openapi-typescript 7
 * reads no Swagger 2.0), then specdown's own cases of a class the corpus has no example of:
 * `required` naming properties another `allOf` part or `$ref` defines
 * (test/import/openapi/fixtures/required-compositions.json). For each component schema both tools declare, the TypeScript checker
 * compares specdown's `X` (types.ts, names preserved) with openapi-typescript's
 * `components['schemas']['X']`, both ways:
 *   equal     each assignable to the other (the same set of values)
 *   narrower  ours accepts a strict subset (e.g. a discriminator tag pinned, a tuple of literals)
 *   wider     ours accepts more (precision lost)
 *   other     neither is assignable to the other
 * specdown's `X` is the response (read) shape: properties marked writeOnly are left out of it,
 * as they are of what a server sends, while openapi-typescript keeps them — counted, and listed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(repoRoot, 'node_modules');
const outRoot = path.join(modules, '.cache/specdown-precision');

const { values: args } = parseArgs({
  options: { spec: { type: 'string', multiple: true }, json: { type: 'string' }, defaults: { type: 'boolean', default: false } },
});

const { generate } = await import(pathToFileURL(path.join(repoRoot, 'dist/index.js')).href);
const { default: openapiTS, astToString } = await import('openapi-typescript');

const corpus = path.join(modules, '@readme/oas-examples');
const OWN_CASES = [path.join(repoRoot, 'test/import/openapi/fixtures/required-compositions.json')];

function defaultSpecs() {
  const examples = ['3.0', '3.1'].flatMap((version) => {
    const dir = path.join(corpus, version, 'json');
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join(dir, name));
  });
  return [...examples, ...OWN_CASES];
}

/** A spec's name in the report: its path in oas-examples, else in the repository. */
function labelOf(spec) {
  const inCorpus = path.relative(corpus, spec);
  return inCorpus.startsWith('..') ? path.relative(repoRoot, spec) : inCorpus;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * openapi-typescript's options that decide two things by taste rather than by the spec; the same
 * choices specdown makes, so what differs is precision, not taste (`--defaults` compares with its
 * defaults instead):
 * - defaultNonNullable (default true) makes a property with a `default` required. A server need
 *   not send it, and specdown's validators accept a response without it, so it stays optional.
 * - emptyObjectsUnknown (default false) types `{type: object}` with no properties as
 *   `Record<string, never>` (no property allowed), where the spec allows any.
 */
const THEIR_OPTIONS = args.defaults ? {} : { defaultNonNullable: false, emptyObjectsUnknown: true };

/** Writes both tools' types for `spec` into `dir`; returns the component names both declare. */
async function emitBoth(spec, dir) {
  const raw = JSON.parse(readFileSync(spec, 'utf8'));
  const ours = await generate({ input: spec, emit: { types: true, zod: false, openapi: false }, naming: { types: 'preserve' } });
  const types = ours.outputs.find((output) => output.path === 'types.ts');
  if (ours.failed || !types) return { names: [], skipped: 'specdown reported errors' };
  writeFileSync(path.join(dir, 'ours.ts'), types.contents);
  let theirs;
  try {
    theirs = astToString(await openapiTS(pathToFileURL(spec), { silent: true, ...THEIR_OPTIONS }));
  } catch (error) {
    return { names: [], skipped: `openapi-typescript failed: ${error.message.split('\n')[0]}` };
  }
  writeFileSync(path.join(dir, 'theirs.ts'), theirs);
  const declared = new Set([...types.contents.matchAll(/^export (?:interface|type) ([\w$]+)/gm)].map((match) => match[1]));
  const names = Object.keys(raw.components?.schemas ?? {}).filter((name) => IDENTIFIER.test(name) && declared.has(name));
  return { names, writeOnly: writeOnlyNames(raw) };
}

/** Component schemas with a writeOnly property of their own (their read shapes differ by design). */
function writeOnlyNames(raw) {
  return new Set(
    Object.entries(raw.components?.schemas ?? {})
      .filter(([, schema]) => JSON.stringify(schema).includes('"writeOnly":true'))
      .map(([name]) => name),
  );
}

/** The verdict per name, by asking the checker for `Verdict<Ours.X, Theirs['X']>`. */
function compare(dir, names) {
  const lines = [
    "import type * as Ours from './ours.js';",
    "import type { components } from './theirs.js';",
    "type Verdict<A, B> = [A] extends [B] ? ([B] extends [A] ? 'equal' : 'narrower') : ([B] extends [A] ? 'wider' : 'other');",
    ...names.map((name, i) => `export type V${i} = Verdict<Ours.${name}, components['schemas']['${name}']>;`),
  ];
  const check = path.join(dir, 'check.ts');
  writeFileSync(check, lines.join('\n'));
  const program = ts.createProgram([check], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(check);
  const verdicts = new Map();
  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement) || !/^V\d+$/.test(statement.name.text)) continue;
    const index = Number(statement.name.text.slice(1));
    const text = checker.typeToString(checker.getTypeAtLocation(statement.name));
    verdicts.set(names[index], text.replace(/"/g, ''));
  }
  return verdicts;
}

if (!process.env.KEEP) rmSync(outRoot, { recursive: true, force: true });
const totals = { specs: 0, schemas: 0, equal: 0, narrower: 0, wider: 0, other: 0 };
const differences = [];
const skipped = [];
for (const spec of args.spec?.length ? args.spec.map((file) => path.resolve(file)) : defaultSpecs()) {
  const label = labelOf(spec);
  const dir = path.join(outRoot, label.replace(/[\\/]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const { names, skipped: why, writeOnly } = await emitBoth(spec, dir);
  if (why) {
    skipped.push(`${label}: ${why}`);
    continue;
  }
  totals.specs++;
  for (const [name, verdict] of compare(dir, names)) {
    totals.schemas++;
    totals[verdict] = (totals[verdict] ?? 0) + 1;
    if (verdict !== 'equal') differences.push({ spec: label, schema: name, verdict, writeOnly: writeOnly.has(name) });
  }
}
console.log(
  `# specdown vs openapi-typescript (${args.defaults ? 'its default options' : 'defaultNonNullable: false, emptyObjectsUnknown: true'}): component types of ${totals.specs} specs`,
);
console.log('\n| schemas | equal | ours narrower | ours wider | incomparable |');
console.log('|---|---|---|---|---|');
console.log(`| ${totals.schemas} | ${totals.equal} | ${totals.narrower} | ${totals.wider} | ${totals.other} |`);
if (differences.length > 0) {
  console.log('\nDifferences (writeOnly: the schema has writeOnly properties, which specdown leaves out of the read shape):');
  for (const d of differences) console.log(`- ${d.spec} ${d.schema}: ours ${d.verdict}${d.writeOnly ? ' (writeOnly)' : ''}`);
}
if (skipped.length > 0) console.log(`\nSkipped:\n${skipped.map((line) => `- ${line}`).join('\n')}`);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ totals, differences, skipped }, null, 2)}\n`);
if (!process.env.KEEP) rmSync(outRoot, { recursive: true, force: true });
