/**
 * The thresholds `bench:fidelity --check` enforces, over the shared scorer's categories and
 * measures (`recall`, `precision`, `f1`, `type_acc`, `format_acc`, `required_acc`).
 */

/**
 * The generic corpora whose issue 11 thresholds fail `--check`. A generic corpus not listed is
 * reported, not gated: a new corpus is measured before it can fail CI.
 */
export const GATED_GENERIC = ['generic/gitlab', 'generic/rocketchat'];

/**
 * Thresholds of a gated generic corpus that are reported but do not fail `--check`, each with the
 * reason printed beside it (`corpus: { 'category measure': reason }`). Empty: every issue 11
 * threshold of the gated corpora passes honestly.
 */
export const REPORTED_ONLY = {};

const t = (category, measure, min, reason) => ({ category, measure, min, reason });

/** Issue 12's targets for every dialect corpus, and issue 4's nested response floor. */
export const DIALECT_THRESHOLDS = [
  t('operations', 'recall', 1, 'issue 12'),
  t('operations', 'precision', 1, 'issue 12'),
  t('params', 'f1', 0.995, 'issue 12'),
  ...['type_acc', 'format_acc', 'required_acc'].map((m) => t('params', m, 0.99, 'issue 12')),
  ...['request bodies', 'request fields', 'response fields', 'status codes'].flatMap((c) => [
    t(c, 'f1', 0.99, 'issue 12'),
    t(c, 'type_acc', 0.99, 'issue 12'),
    t(c, 'format_acc', 0.98, 'issue 12'),
  ]),
  t('request nested', 'precision', 0.97, 'issue 12'),
  t('response nested', 'precision', 0.97, 'issue 12'),
  t('response nested', 'recall', 0.34, 'issue 4'),
  t('response nested', 'precision', 0.95, 'issue 4'),
];

/** How far under a corpus's params F1 ceiling its threshold sits (when its truth holds params no page names). */
const CEILING_MARGIN = 0.03;

const f3 = (v) => v.toFixed(3);

/**
 * The params F1 ceiling of a generic corpus and its words: from the params evidence (evidence.mjs:
 * the truth params its pages name as parameters), else from what its README states.
 */
function paramsCeiling(corpus, evidence) {
  const readme = corpus.unnamedParams;
  const claim = readme ? `README.md says ${readme.unnamed} of ${readme.total} are named on no page` : undefined;
  if (evidence && evidence.total > 0) {
    const words = `evidence: ${evidence.named} of ${evidence.total} truth params are named on their page as parameters`;
    return { ceiling: evidence.f1Ceiling, words: claim ? `${words} (${claim})` : words };
  }
  if (!readme) return undefined;
  const recall = (readme.total - readme.unnamed) / readme.total;
  return { ceiling: (2 * recall) / (1 + recall), words: claim };
}

/** Issue 11's targets for a generic corpus (params: 3 points under its F1 ceiling, if lower). */
export function genericThresholds(corpus, evidence) {
  let paramsMin = 0.95;
  let paramsReason = 'issue 11';
  const ceiling = paramsCeiling(corpus, evidence);
  if (ceiling && ceiling.ceiling - CEILING_MARGIN < paramsMin) {
    paramsMin = Math.round((ceiling.ceiling - CEILING_MARGIN) * 1000) / 1000;
    paramsReason = `issue 11; ${ceiling.words}: F1 ceiling ${f3(ceiling.ceiling)} − ${CEILING_MARGIN}`;
  }
  const reportedOnly = REPORTED_ONLY[corpus.id] ?? {};
  return [
    t('operations', 'recall', 0.98, 'issue 11'),
    t('operations', 'precision', 0.95, 'issue 11'),
    t('params', 'f1', paramsMin, paramsReason),
    t('request fields', 'f1', 0.9, 'issue 11'),
  ].map((th) =>
    reportedOnly[`${th.category} ${th.measure}`] ? { ...th, reportedOnly: reportedOnly[`${th.category} ${th.measure}`] } : th,
  );
}

/**
 * Dialect thresholds the code does not meet yet (`corpus: ['category measure', …]`): reported as
 * failing, marked pending, and not failing `--check` until the issue 12 fixes land. Never lower a
 * threshold instead; empty this list as each is met.
 */
export const PENDING = {};

/** The thresholds of a corpus, and whether they are enforced (`evidence`: a generic corpus's params evidence). */
export function thresholdsFor(corpus, evidence) {
  if (corpus.kind === 'generic') return { thresholds: genericThresholds(corpus, evidence), gated: GATED_GENERIC.includes(corpus.id) };
  const pending = new Set(PENDING[corpus.id] ?? []);
  const thresholds = DIALECT_THRESHOLDS.map((th) => (pending.has(`${th.category} ${th.measure}`) ? { ...th, pending: true } : th));
  return { thresholds, gated: true };
}

/**
 * Each threshold against the scorer's categories: `{ ...threshold, value, ok }`. A measure the
 * scorer reports as null (nothing to measure: no formats, no bodies) holds.
 */
export function checkThresholds(categories, thresholds) {
  return thresholds.map((th) => {
    const value = categories[th.category]?.overall?.[th.measure] ?? null;
    return { ...th, value, ok: value === null || value >= th.min };
  });
}

const pct = (v) => `${(v * 100).toFixed(2)}%`;

/** `params f1 99.2% < 99.5% (issue 12)` */
export function describeCheck(c) {
  const value = c.value === null ? 'n/a' : pct(c.value);
  const status = c.pending ? '; pending: not enforced yet' : c.reportedOnly ? `; reported, not gated: ${c.reportedOnly}` : '';
  return `${c.category} ${c.measure} ${value} ${c.ok ? '≥' : '<'} ${pct(c.min)} (${c.reason}${status})`;
}

/** The checks that fail `--check`: failing, enforced, neither pending nor reported only. */
export const blocking = (run) => (run.gated ? run.checks.filter((c) => !c.ok && !c.pending && !c.reportedOnly) : []);
