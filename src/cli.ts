#!/usr/bin/env node
/** The command line: arguments only. Each command's work lives in `commands/`. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { type CommandIo, runGenerateCommand } from './commands/generate.js';
import { resolveTargets } from './commands/resolve-targets.js';
import { DEFAULT_LIMITS, formatSize, type Limits, parseSize } from './config/limits.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { DIALECT_IDS, type DialectId } from './readers/types.js';
import { defaultCacheDir } from './run/cache/page-cache.js';
import { VERSION } from './version.js';

const io: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

function dialect(value: string): DialectId {
  if (!(DIALECT_IDS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${DIALECT_IDS.join(', ')}`);
  }
  return value as DialectId;
}

function count(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return parsed;
}

function positive(value: string): number {
  const parsed = count(value);
  if (parsed === 0) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return parsed;
}

function size(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size: bytes, or with a unit (512k, 4MiB)');
  return bytes;
}

interface LimitFlags {
  maxPageSize?: number;
  maxSpecSize?: number;
  maxSpecFiles?: number;
  maxNesting?: number;
}

/** The input limit flags, shared by generate and lint (`config/limits.ts`). */
function limitOptions(command: Command): Command {
  const d = DEFAULT_LIMITS;
  return command
    .option('--max-page-size <size>', `largest documentation page read (default ${formatSize(d.pageSize)})`, size)
    .option('--max-spec-size <size>', `largest OpenAPI/Swagger document read (default ${formatSize(d.specSize)})`, size)
    .option('--max-spec-files <n>', `documents one spec may reach through $refs (default ${d.specFiles})`, positive)
    .option('--max-nesting <n>', `block quote or list levels a page may nest (default ${d.nesting})`, positive);
}

/** The config's limits with the flags over them; undefined when neither sets any. */
function limitsOf(flags: LimitFlags, configured: Partial<Limits> | undefined): Partial<Limits> | undefined {
  const given: Partial<Limits> = {
    ...(flags.maxPageSize !== undefined ? { pageSize: flags.maxPageSize } : {}),
    ...(flags.maxSpecSize !== undefined ? { specSize: flags.maxSpecSize } : {}),
    ...(flags.maxSpecFiles !== undefined ? { specFiles: flags.maxSpecFiles } : {}),
    ...(flags.maxNesting !== undefined ? { nesting: flags.maxNesting } : {}),
  };
  const limits = { ...configured, ...given };
  return Object.keys(limits).length > 0 ? limits : undefined;
}

interface GenerateFlags extends LimitFlags {
  input?: string;
  out?: string;
  config?: string;
  check?: boolean;
  watch?: boolean;
  emitIr?: boolean;
  dialect?: DialectId;
  title?: string;
  apiVersion?: string;
  format: 'text' | 'stylish' | 'json';
  quiet?: boolean;
  maxWarnings?: number;
  cache: boolean;
  workers?: number;
  allowRemoteRefs?: boolean;
  allowEmpty?: boolean;
}

async function generateAction(flags: GenerateFlags): Promise<void> {
  const config = await loadConfig(process.cwd(), flags.config);
  const targets = resolveTargets(config, {
    input: flags.input,
    out: flags.out,
    dialect: flags.dialect,
    title: flags.title,
    version: flags.apiVersion,
    emitIr: flags.emitIr,
  });
  const cacheSetting = flags.cache === false ? false : (config?.cache ?? defaultCacheDir(process.cwd()));
  const options = {
    targets,
    check: Boolean(flags.check),
    format: flags.format,
    quiet: Boolean(flags.quiet),
    maxWarnings: flags.maxWarnings ?? config?.maxWarnings,
    cache: cacheSetting,
    workers: flags.workers ?? config?.workers,
    allowRemoteRefs: Boolean(flags.allowRemoteRefs),
    limits: limitsOf(flags, config?.limits),
    allowEmpty: Boolean(flags.allowEmpty),
  };
  if (flags.watch) {
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    process.once('SIGTERM', () => controller.abort());
    // watch and diff load their own dependencies (chokidar, the differ) only when used.
    const { runWatch } = await import('./commands/watch.js');
    await runWatch({ ...options, ...(config?.file ? { extraFiles: [config.file] } : {}) }, io, controller.signal);
    return;
  }
  process.exitCode = await runGenerateCommand(options, io);
}

export function buildProgram(): Command {
  const program = new Command('specdown')
    .description('Generate TypeScript types, zod validators and OpenAPI 3.1 from API reference docs.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('generate')
    .description('read the docs in --input and write openapi.json, types.ts and schemas.ts into --out')
    .option('-i, --input <path>', "docs folder, single page, or OpenAPI/Swagger file (default: the config's, else docs-input)")
    .option('-o, --out <dir>', "output folder (default: the config's, else generated)")
    .option('-c, --config <file>', 'config file (default: specdown.config.{ts,mts,mjs,js,json} in the working folder)')
    .option('--check', 'write nothing; exit 1 listing every stale generated file')
    .option('-w, --watch', 'regenerate on every change; keep running after errors')
    .option('--emit-ir', 'also write ir.json (the intermediate model)')
    .option('--dialect <id>', `read every page as this dialect (${DIALECT_IDS.join(', ')}) instead of detecting it`, dialect)
    .option('--title <title>', 'API title for the OpenAPI info object')
    .option('--api-version <version>', 'API version for the OpenAPI info object')
    .addOption(
      new Option('--format <format>', 'diagnostics: text (file:line:column lines), stylish (grouped by file), json')
        .choices(['text', 'stylish', 'json'])
        .default('text'),
    )
    .option('-q, --quiet', 'print errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .option('--no-cache', 'do not read or write the incremental cache (node_modules/.cache/specdown)')
    .option('--workers <n>', 'worker threads for parsing (default: by folder size)', count)
    .option('--allow-remote-refs', 'fetch remote $refs of OpenAPI inputs (refused by default)')
    .option('--allow-empty', 'succeed when the input holds pages but no operation (default: the no-operations error)')
    .action(generateAction);

  program
    .command('lint')
    .description('report every inconsistency the docs contain (tables vs samples, pages vs pages, routes vs rows); writes nothing')
    .argument('[input]', "docs folder or page (default: the config's first input, else docs-input)")
    .option('-c, --config <file>', 'config file (its diagnostics severities, dialect and dialects apply)')
    .option('--dialect <id>', `read every page as this dialect (${DIALECT_IDS.join(', ')})`, dialect)
    .addOption(
      new Option('--format <format>', 'diagnostics: text (file:line:column lines), stylish (grouped by file), json')
        .choices(['text', 'stylish', 'json'])
        .default('text'),
    )
    .option('-q, --quiet', 'print errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .action(async (input: string | undefined, flags: Record<string, unknown>) => {
      const config = await loadConfig(process.cwd(), flags.config as string | undefined);
      const target = config?.targets[0];
      const chosenDialect = (flags.dialect as DialectId | undefined) ?? target?.dialect;
      const maxWarnings = (flags.maxWarnings as number | undefined) ?? config?.maxWarnings;
      const limits = limitsOf(flags as LimitFlags, config?.limits);
      const { runLintCommand } = await import('./commands/lint.js');
      process.exitCode = await runLintCommand(
        {
          input: input ?? target?.input ?? 'docs-input',
          format: flags.format as 'text' | 'stylish' | 'json',
          quiet: Boolean(flags.quiet),
          ...(maxWarnings !== undefined ? { maxWarnings } : {}),
          ...(chosenDialect ? { dialect: chosenDialect } : {}),
          ...(target?.dialects ? { dialects: target.dialects } : {}),
          ...(target?.diagnostics ? { diagnostics: target.diagnostics } : {}),
          ...(limits ? { limits } : {}),
          ...(target?.vocabulary ? { vocabulary: target.vocabulary } : {}),
          ...(target?.allowEmpty ? { allowEmpty: true } : {}),
        },
        io,
      );
    });

  program
    .command('diff')
    .description('what changed between two OpenAPI specs (files or docs folders), and what of it breaks clients')
    .argument('[base]', 'base: an OpenAPI file or a docs folder')
    .argument('[revision]', 'revision: an OpenAPI file or a docs folder')
    .option('--base <git-ref>', 'compare --spec (or --docs) at this git ref with the working tree')
    .option('--spec <file>', 'with --base: the spec to compare', 'generated/openapi.json')
    .option('--docs <folder>', 'with --base: generate this docs folder at the ref and in the working tree')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json', 'changelog']).default('text'))
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a change at or above this level exists')
        .choices(['breaking', 'warning', 'never'])
        .default('breaking'),
    )
    .option(
      '--include-stability <levels>',
      'x-stability-level values whose changes count at their level (changes to other operations are info)',
      'beta,stable',
    )
    .option('--no-color', 'no colour in text output')
    .action(async (base: string | undefined, revision: string | undefined, flags: Record<string, unknown>) => {
      const format = flags.format as 'text' | 'markdown' | 'json' | 'changelog';
      const { runDiffCommand } = await import('./commands/diff.js');
      process.exitCode = await runDiffCommand(
        {
          ...(base !== undefined ? { base } : {}),
          ...(revision !== undefined ? { revision } : {}),
          ...(typeof flags.base === 'string' ? { baseRef: flags.base } : {}),
          spec: String(flags.spec),
          ...(typeof flags.docs === 'string' ? { docs: flags.docs } : {}),
          format,
          failOn: flags.failOn as 'breaking' | 'warning' | 'never',
          includeStability: String(flags.includeStability)
            .split(',')
            .map((level) => level.trim())
            .filter(Boolean),
          color: format === 'text' && flags.color !== false && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
        },
        io,
      );
    });

  for (const command of program.commands) if (command.name() === 'generate' || command.name() === 'lint') limitOptions(command);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      // commander already printed help, the version, or the usage error. A usage error exits 2 (as a
      // config that cannot be used does): 1 says what the command found (docs errors, breaking changes).
      process.exitCode = (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`specdown: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`specdown: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}

await main(process.argv);
