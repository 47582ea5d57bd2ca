/**
 * The thresholds `bench:fidelity --check` enforces, over the shared scorer's categories and
 * measures (`recall`, `precision`, `f1`, `type_acc`, `format_acc`, `required_acc`).
 */

/**
 * Whether the generic corpora's thresholds fail `--check`. Off until the general markdown reader
 * (issue 11, branch `reader`) lands: until then they are reported, not enforced. The lead flips it.
 */
export const GATE_GENERIC = false;

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

/** Issue 11's targets for a generic corpus (params: 3 points under the ceiling its README states, if lower). */
export function genericThresholds(corpus) {
  let paramsMin = 0.95;
  let paramsReason = 'issue 11';
  if (corpus.unnamedParams) {
    const { unnamed, total } = corpus.unnamedParams;
    const recall = (total - unnamed) / total;
    const ceiling = (2 * recall) / (1 + recall);
    if (ceiling - CEILING_MARGIN < paramsMin) {
      paramsMin = Math.round((ceiling - CEILING_MARGIN) * 1000) / 1000;
      paramsReason = `issue 11; ${unnamed} of ${total} truth params are named on no page: F1 ceiling ${ceiling.toFixed(3)} − ${CEILING_MARGIN}`;
    }
  }
  return [
    t('operations', 'recall', 0.98, 'issue 11'),
    t('operations', 'precision', 0.95, 'issue 11'),
    t('params', 'f1', paramsMin, paramsReason),
    t('request fields', 'f1', 0.9, 'issue 11'),
  ];
}

/**
 * Dialect thresholds the code does not meet yet (`corpus: ['category measure', …]`): reported as
 * failing, marked pending, and not failing `--check` until the issue 12 fixes land. Never lower a
 * threshold instead; empty this list as each is met.
 */
export const PENDING = {};

/** The thresholds of a corpus, and whether they are enforced. */
export function thresholdsFor(corpus) {
  if (corpus.kind === 'generic') return { thresholds: genericThresholds(corpus), gated: GATE_GENERIC };
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
  return `${c.category} ${c.measure} ${value} ${c.ok ? '≥' : '<'} ${pct(c.min)} (${c.reason}${c.pending ? '; pending: not enforced yet' : ''})`;
}

/** The checks that fail `--check`: failing, enforced and not pending. */
export const blocking = (run) => (run.gated ? run.checks.filter((c) => !c.ok && !c.pending) : []);
