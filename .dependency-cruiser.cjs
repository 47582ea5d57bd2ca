/**
 * Imports run one way, along the flow of ../shared/ARCHITECTURE.md (`npm test` runs `depcruise`):
 *
 *   ir, diagnostics  ←  document  ←  readers  ←  extract  ←  merge (infer)  ←  lower  ←  emit  ←  run  ←  commands, cli
 *                    ←  input, openapi  ←  import  ←  merge            diff (on openapi/)  ←  commands
 *
 * A module may import its own folder and the folders its rule allows; type-only imports count too,
 * and so does every cycle.
 */
const only = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/(${from})/` },
  to: { path: '^src/', pathNot: `^src/(${[from, ...allowed].join('|')})(/|$)` },
});

/** The subfolders of `folder` import one another only through `folder/shared/`. */
const apart = (name, folder, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/${folder}/([^/]+)/` },
  to: { path: `^src/${folder}/[^/]+/`, pathNot: `^src/${folder}/($1|shared)/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules in a cycle cannot be understood (or loaded) one at a time: move what both sides need to a module both may import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-entry-imports',
      comment: 'cli.ts and index.ts are the entry points: nothing imports them.',
      severity: 'error',
      from: {},
      to: { path: '^src/(cli|index)\\.ts$' },
    },
    {
      name: 'templates-stand-alone',
      comment: 'templates/ are copied as-is beside the generated files: they import nothing from src/.',
      severity: 'error',
      from: { path: '^templates/' },
      to: { path: '^src/' },
    },
    only('ir', 'ir', ['diagnostics'], 'The IR is plain data: it knows no stage.'),
    only('diagnostics', 'diagnostics', ['ir'], 'Diagnostics carry IR sources and know no stage.'),
    only('document', 'document', ['ir', 'diagnostics'], 'The normalised document is the contract between readers and the extractor.'),
    only('readers', 'readers', ['document', 'ir', 'diagnostics'], 'Readers make the normalised document; they know nothing after it.'),
    apart('dialects-apart', 'readers', 'A dialect reader imports no other dialect: what several share lives in readers/shared/.'),
    only('input', 'input', ['config/limits\\.ts', 'ir', 'diagnostics'], 'Loading files knows no dialect and no spec format beyond its sniff.'),
    only('openapi', 'openapi', ['input/viewer-pages\\.ts', 'input/openapi-fences\\.ts', 'ir', 'diagnostics'], 'The OpenAPI front door reads specs (and the specs saved viewer pages and openapi fences hold); it knows no stage after it.'),
    only('extract', 'extract', ['document', 'ir', 'diagnostics'], 'The one extractor reads the normalised document, whatever the dialect.'),
    only('import', 'import', ['openapi', 'input/detect-spec\\.ts', 'ir', 'diagnostics'], 'Import turns loaded specs into IR fragments.'),
    only('infer', 'infer', ['ir', 'diagnostics'], 'Sample inference works on the IR; merge calls it, never the other way.'),
    only('merge', 'merge', ['infer', 'import', 'ir', 'diagnostics'], 'Merge sees IR fragments (and the spec-level parts of imported specs).'),
    {
      name: 'merge-import-types-only',
      comment: 'Merge reads what import made, never runs it.',
      severity: 'error',
      from: { path: '^src/merge/' },
      to: { path: '^src/import/', dependencyTypesNot: ['type-only'] },
    },
    only('lower', 'lower', ['ir'], 'Lowering is IR → IR.'),
    only('emit', 'emit', ['lower', 'ir', 'diagnostics'], 'Emitters see the IR only, never the input format.'),
    apart('emitters-apart', 'emit', 'One emitter imports no other: what they share lives in emit/shared/.'),
    only('diff', 'diff', ['openapi', 'ir', 'diagnostics'], 'The differ compares loaded OpenAPI documents.'),
    {
      name: 'run-below-commands',
      comment: 'run/ is the pipeline; commands and config sit above or beside it, never below.',
      severity: 'error',
      from: { path: '^src/(run|config|diff|emit|lower|merge|infer|import|extract|readers|document|openapi|input|ir|diagnostics)/' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'config-not-run',
      comment: 'The config describes a run; run/ reads the config, not the other way.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/run/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules' },
  },
};
