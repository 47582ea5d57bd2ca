/**
 * The corpora bench:fidelity scores, and the scorer options each is scored with.
 *
 * The four dialect corpora are renderings of one vendor's reference (issue 12 targets); every
 * folder of `corpus/generic/` is another vendor's markdown reference (issue 11 targets). Each
 * generic corpus is scored with the options "the bar" uses, as its README states; a generic corpus
 * this file does not know gets options derived from its files, and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Dialect id → its folder under `corpus/`. */
const DIALECT_CORPORA = [
  { id: 'docfx', folder: 'superoffice' },
  { id: 'text', folder: 'text' },
  { id: 'helppage', folder: 'helppage' },
  { id: 'dto', folder: 'dto' },
];

/**
 * The generic corpora whose README names the bar's options. GitLab: "The bar passes
 * `--strip-prefix /api/v4` … the bar drops the generated responses before scoring" (its truth has
 * no responses). Rocket.Chat: "it scores with `--only-ops` over the manifest" and "passes
 * `--strip-prefix /api/v1`".
 */
const KNOWN_GENERIC = {
  gitlab: { stripPrefix: ['/api/v4'], onlyOps: false, dropResponses: true },
  rocketchat: { stripPrefix: ['/api/v1'], onlyOps: true, dropResponses: false },
};

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** True when no operation of an OpenAPI/Swagger document has a response. */
export function truthHasNoResponses(truth) {
  for (const item of Object.values(truth.paths ?? {}))
    for (const op of Object.values(item ?? {}))
      if (op && typeof op === 'object' && op.responses && Object.keys(op.responses).length > 0) return false;
  return true;
}

/**
 * `{ unnamed, total }` when a README says that some of its truth's params are named on no page
 * ("12 of the 77 truth params are never named on their page"), else undefined.
 */
export function unnamedParams(readme) {
  const m = /(\d[\d,]*) of the (\d[\d,]*) truth param(?:eter)?s are (?:never|not) named/i.exec(readme);
  if (!m) return undefined;
  const [unnamed, total] = [m[1], m[2]].map((n) => Number(n.replace(/,/g, '')));
  return unnamed < total ? { unnamed, total } : undefined;
}

/** Options for a generic corpus the bench does not know, from its files, with the reasons. */
function derivedOptions(root, truth, readme) {
  const notes = [];
  const onlyOps = existsSync(path.join(root, 'manifest.json'));
  if (onlyOps) notes.push('--only-ops over manifest.json');
  const dropResponses = truthHasNoResponses(truth);
  if (dropResponses) notes.push('generated responses dropped (the truth has none)');
  const stripPrefix = [...new Set([...readme.matchAll(/--strip-prefix[ `]+(\/[^\s`]+)/g)].map((m) => m[1]))];
  for (const p of stripPrefix) notes.push(`--strip-prefix ${p} (named in README.md)`);
  return { options: { stripPrefix, onlyOps, dropResponses }, notes: [`options derived from its files: ${notes.join('; ') || 'none'}`] };
}

/** One generic corpus folder: its files, options and (when its README says so) params ceiling. */
function genericCorpus(root, name) {
  const truthFile = path.join(root, 'truth.json');
  const readme = readText(path.join(root, 'README.md'));
  const known = KNOWN_GENERIC[name];
  const { options, notes } = known
    ? { options: known, notes: ["options: the bar's, as README.md states"] }
    : existsSync(truthFile)
      ? derivedOptions(root, readJson(truthFile), readme)
      : { options: { stripPrefix: [], onlyOps: false, dropResponses: false }, notes: [] };
  return {
    id: `generic/${name}`,
    kind: 'generic',
    root,
    docs: path.join(root, 'docs'),
    truth: truthFile,
    manifest: existsSync(path.join(root, 'manifest.json')) ? path.join(root, 'manifest.json') : undefined,
    options,
    notes,
    unnamedParams: unnamedParams(readme),
  };
}

/** Every corpus under `corpusRoot` (paths may not exist: the caller skips what is absent). */
export function listCorpora(corpusRoot) {
  const corpora = DIALECT_CORPORA.map(({ id, folder }) => ({
    id,
    kind: 'dialect',
    root: path.join(corpusRoot, folder),
    docs: path.join(corpusRoot, folder, 'docs'),
    truth: path.join(corpusRoot, folder, 'truth.json'),
    options: { stripPrefix: [], onlyOps: false, dropResponses: false },
    notes: [],
  }));
  const generic = path.join(corpusRoot, 'generic');
  if (existsSync(generic))
    for (const entry of readdirSync(generic, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (entry.isDirectory()) corpora.push(genericCorpus(path.join(generic, entry.name), entry.name));
  return corpora;
}

/** The `METHOD /path` lines of a manifest (`[{ method, path }]`), for the scorer's --only-ops. */
export function manifestOps(manifestFile) {
  const entries = readJson(manifestFile);
  return `${[...new Set(entries.map((e) => `${String(e.method).toUpperCase()} ${e.path}`))].sort().join('\n')}\n`;
}
