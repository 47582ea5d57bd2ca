/**
 * Params evidence for a generic corpus: for each truth parameter (path and query, the scorer's
 * `params`), whether the page that documents its operation names it
 *
 *   (a) as a parameter: the route (path parameters), a table's name cell, a list item, a
 *       sentence about parameters, a query key of an example URL;
 *   (b) only as a word elsewhere: a sample (JSON, a command), a link (`#pagination`), other text;
 *   (c) nowhere;
 *
 * and the ceiling that leaves to a reader that never invents: params recall at most (a) / all,
 * so F1 at most 2r / (1 + r) (every generated parameter right). `bench:fidelity` prints the
 * counts for each generic corpus and, with `--evidence`, the listing; thresholds.mjs takes the
 * params ceiling from here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NAMED_KINDS, pagePlaces, whereNamed } from './page-words.mjs';
import { pagesByOp, truthParams } from './truth-params.mjs';

const KIND_ORDER = ['route', 'table', 'list', 'prose', 'example URL', 'sample', 'link', 'text', 'nowhere', 'no page'];

/** `{ rows, counts, named, total, recallCeiling, f1Ceiling }` for a corpus with a manifest; undefined without one. */
export function paramsEvidence(corpus) {
  if (!corpus.manifest || !existsSync(corpus.manifest) || !existsSync(corpus.truth)) return undefined;
  const strip = corpus.options.stripPrefix;
  const pages = pagesByOp(corpus.manifest, strip);
  const places = new Map();
  const placesOf = (file) => {
    if (!places.has(file)) {
      const full = path.join(corpus.docs, file);
      places.set(file, existsSync(full) ? pagePlaces(readFileSync(full, 'utf8')) : undefined);
    }
    return places.get(file);
  };
  const rows = [];
  for (const op of truthParams(corpus.truth, strip)) {
    const files = pages.get(op.key);
    if (!files && corpus.options.onlyOps) continue;
    for (const param of op.params) {
      const row = { op: op.label, in: param.in, name: param.name, file: files?.[0] };
      if (!files) Object.assign(row, { kind: 'no page' });
      else if (param.in === 'path') Object.assign(row, { kind: 'route' });
      else
        Object.assign(
          row,
          bestOf(files, (file) => placesOf(file) && whereNamed(placesOf(file), param.name)),
        );
      rows.push(row);
    }
  }
  const counts = Object.fromEntries(KIND_ORDER.map((kind) => [kind, rows.filter((r) => r.kind === kind).length]).filter(([, n]) => n > 0));
  const named = rows.filter((r) => NAMED_KINDS.has(r.kind)).length;
  const recallCeiling = rows.length === 0 ? 1 : named / rows.length;
  return { rows, counts, named, total: rows.length, recallCeiling, f1Ceiling: (2 * recallCeiling) / (1 + recallCeiling) };
}

/** The strongest place any of the pages names it (a parameter place over a word), with its file. */
function bestOf(files, where) {
  let best = { kind: 'nowhere' };
  for (const file of files) {
    const found = where(file);
    if (found && KIND_ORDER.indexOf(found.kind) < KIND_ORDER.indexOf(best.kind)) best = { ...found, file };
  }
  return best;
}

const f3 = (v) => v.toFixed(3);

/** `params evidence: 77 truth params: 40 named as parameters (route 5, …); 25 only as words (…); 12 nowhere → …` */
export function formatEvidenceSummary(evidence) {
  const part = (kinds) =>
    kinds
      .filter((k) => evidence.counts[k])
      .map((k) => `${k} ${evidence.counts[k]}`)
      .join(', ');
  const words = ['sample', 'link', 'text'].reduce((n, k) => n + (evidence.counts[k] ?? 0), 0);
  const nowhere = (evidence.counts.nowhere ?? 0) + (evidence.counts['no page'] ?? 0);
  return (
    `params evidence: ${evidence.total} truth params: ${evidence.named} named on their page as parameters (${part([...NAMED_KINDS]) || 'none'}); ` +
    `${words} only as words elsewhere (${part(['sample', 'link', 'text']) || 'none'}); ${nowhere} nowhere → ` +
    `recall ceiling ${f3(evidence.recallCeiling)}, F1 ceiling ${f3(evidence.f1Ceiling)}`
  );
}

/** One line per truth parameter that is not named on its page as a parameter: where it is instead. */
export function formatEvidenceListing(evidence) {
  const lines = [];
  for (const row of evidence.rows) {
    if (NAMED_KINDS.has(row.kind)) continue;
    const at = row.at ? `  «${row.at.length > 100 ? `${row.at.slice(0, 97)}…` : row.at}»` : '';
    lines.push(`    ${row.kind.padEnd(11)} ${row.op}  ${row.in}:${row.name}  (${row.file ?? 'no page'})${at}`);
  }
  return lines.join('\n');
}
