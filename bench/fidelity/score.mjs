/**
 * Fidelity score: how much of a reference (truth) OpenAPI document a generated one recovers.
 * Operations match on method + path template (parameter names replaced by `{}`); within a matched
 * operation, parameters, body fields and status codes match on their keys. Pure: plain JSON in,
 * plain JSON out.
 */
import {
  baseType,
  bodyFields,
  listOperations,
  objectFields,
  pathAndQueryParameters,
  pathParamNames,
  requestBodySchema,
  statusCodes,
  stripNull,
  successResponseSchema,
} from './spec-walk.mjs';

/** The categories scored, in report order. */
export const CATEGORIES = [
  'operations',
  'parameters',
  'requestFields',
  'responseFields',
  'bodyFields',
  'nestedRequestFields',
  'nestedResponseFields',
  'statusCodes',
];

/** Issue 2 / 3 targets, and issue 4's for nested response fields; every one must hold for `--check` to pass. */
export const THRESHOLDS = [
  { category: 'operations', measure: 'f1', min: 1 },
  { category: 'parameters', measure: 'f1', min: 0.99 },
  { category: 'parameters', measure: 'typeAccuracy', min: 0.98 },
  { category: 'parameters', measure: 'requiredAccuracy', min: 0.98 },
  { category: 'bodyFields', measure: 'f1', min: 0.98 },
  { category: 'requestFields', measure: 'typeAccuracy', min: 0.98 },
  { category: 'responseFields', measure: 'typeAccuracy', min: 0.98 },
  { category: 'nestedResponseFields', measure: 'recall', min: 0.34 },
  { category: 'nestedResponseFields', measure: 'precision', min: 0.95 },
];

const readOnlyProp = (raw, resolved) => raw?.readOnly === true || resolved?.readOnly === true;
const writeOnlyProp = (raw, resolved) => raw?.writeOnly === true || resolved?.writeOnly === true;

/** Key → { type, required? } for each category, for one operation of one document. */
function describeOperation(spec, entry, renamePathParam = (n) => n) {
  const { pathItem, operation } = entry;
  const parameters = new Map();
  for (const p of pathAndQueryParameters(spec, pathItem, operation)) {
    const name = p.in === 'path' ? renamePathParam(p.name) : p.name;
    parameters.set(`${p.in}:${name}`, { type: baseType(spec, p.schema ?? {}), required: p.required === true });
  }
  const request = describeBody(spec, requestBodySchema(spec, operation), readOnlyProp);
  const response = describeBody(spec, successResponseSchema(spec, operation), writeOnlyProp);
  const statuses = new Map(statusCodes(spec, operation).map((c) => [c.toUpperCase(), {}]));
  return {
    parameters,
    requestFields: request.top,
    nestedRequestFields: request.nested,
    responseFields: response.top,
    nestedResponseFields: response.nested,
    statusCodes: statuses,
  };
}

/** Top-level fields and fields one level down (`A.b`, `A[].b`) of a body schema. */
function describeBody(spec, schema, skip) {
  const top = new Map();
  const nested = new Map();
  if (schema === undefined) return { top, nested };
  for (const [name, prop] of bodyFields(spec, schema, skip).fields) {
    top.set(name, { type: baseType(spec, prop) });
    let inner = stripNull(spec, prop);
    let prefix = name;
    if (baseType(spec, inner) === 'array') {
      inner = stripNull(spec, inner.items ?? {});
      prefix = `${name}[]`;
    }
    for (const [sub, subProp] of objectFields(spec, inner, skip)) nested.set(`${prefix}.${sub}`, { type: baseType(spec, subProp) });
  }
  return { top, nested };
}

function emptyTally() {
  return {
    truth: 0,
    generated: 0,
    matched: 0,
    typed: 0,
    typeMatched: 0,
    requiredMatched: 0,
    missing: [],
    extra: [],
    mistyped: [],
    misrequired: [],
  };
}

/** Adds one operation's keys of one category to the tally. */
function tallyKeys(tally, label, truthKeys, genKeys) {
  tally.truth += truthKeys.size;
  tally.generated += genKeys.size;
  for (const [key, want] of truthKeys) {
    const got = genKeys.get(key);
    if (!got) {
      tally.missing.push(`${label} ${key}`);
      continue;
    }
    tally.matched += 1;
    if (want.type !== undefined) {
      tally.typed += 1;
      if (want.type === 'any' || want.type === got.type) tally.typeMatched += 1;
      else tally.mistyped.push(`${label} ${key}: ${got.type}, want ${want.type}`);
    }
    if (want.required !== undefined) {
      if (want.required === got.required) tally.requiredMatched += 1;
      else tally.misrequired.push(`${label} ${key}: required ${got.required}, want ${want.required}`);
    }
  }
  for (const key of genKeys.keys()) if (!truthKeys.has(key)) tally.extra.push(`${label} ${key}`);
}

const ratio = (n, d) => (d === 0 ? 1 : n / d);

/** Recall, precision, F1 and accuracies from a tally. Empty sets count as fully recovered. */
function summarise(tally) {
  const recall = ratio(tally.matched, tally.truth);
  const precision = ratio(tally.matched, tally.generated);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  const out = {
    truth: tally.truth,
    generated: tally.generated,
    matched: tally.matched,
    recall,
    precision,
    f1,
    typeAccuracy: tally.typed === 0 ? null : tally.typeMatched / tally.typed,
    missing: tally.missing,
    extra: tally.extra,
    mistyped: tally.mistyped,
  };
  if (tally.misrequired !== undefined && tally.requiredMatched + tally.misrequired.length > 0) {
    out.requiredAccuracy = tally.requiredMatched / (tally.requiredMatched + tally.misrequired.length);
    out.misrequired = tally.misrequired;
  }
  return out;
}

/** Generated operations matched to truth ones by method + template; first come wins on duplicates. */
function matchOperations(generatedSpec, truthSpec) {
  const byKey = new Map();
  const duplicates = [];
  for (const entry of listOperations(generatedSpec)) {
    const key = `${entry.method.toUpperCase()} ${entry.template}`;
    if (byKey.has(key)) duplicates.push(entry);
    else byKey.set(key, entry);
  }
  const pairs = [];
  const missing = [];
  for (const entry of listOperations(truthSpec)) {
    const key = `${entry.method.toUpperCase()} ${entry.template}`;
    const gen = byKey.get(key);
    if (gen) {
      pairs.push({ key, truth: entry, generated: gen });
      byKey.delete(key);
    } else missing.push({ key, truth: entry });
  }
  return {
    pairs,
    missing,
    extra: [...byKey.entries()]
      .map(([key, entry]) => ({ key, generated: entry }))
      .concat(duplicates.map((entry) => ({ key: `${entry.method.toUpperCase()} ${entry.template}`, generated: entry }))),
  };
}

/**
 * Scores `generated` against `truth` (both OpenAPI 3.0/3.1 documents as parsed JSON).
 * `fileOf(method, truthPath)` optionally names the page an operation came from, for the report.
 */
export function scoreSpecs(generated, truth, { fileOf } = {}) {
  const { pairs, missing, extra } = matchOperations(generated, truth);
  const tallies = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()]));
  const ops = tallies.operations;
  ops.truth = pairs.length + missing.length;
  ops.generated = pairs.length + extra.length;
  ops.matched = pairs.length;
  ops.missing = missing.map(({ key, truth: t }) => withFile(`${key} (${t.path})`, fileOf?.(t.method, t.path)));
  ops.extra = extra.map(({ key, generated: g }) => `${key} (${g.path})`);
  const renamed = [];
  for (const { key, truth: t, generated: g } of pairs) {
    const truthNames = pathParamNames(t.path);
    const genNames = pathParamNames(g.path);
    const rename = new Map(genNames.map((n, i) => [n, truthNames[i] ?? n]));
    if (genNames.some((n, i) => n !== truthNames[i])) renamed.push(`${key}: ${g.path} ~ ${t.path}`);
    const want = describeOperation(truth, t);
    const got = describeOperation(generated, g, (n) => rename.get(n) ?? n);
    const label = withFile(key, fileOf?.(t.method, t.path));
    for (const category of CATEGORIES.slice(1)) {
      if (category === 'bodyFields') continue;
      tallyKeys(tallies[category], label, want[category], got[category]);
    }
    tallyKeys(tallies.bodyFields, label, prefixKeys('request ', want.requestFields), prefixKeys('request ', got.requestFields));
    tallyKeys(tallies.bodyFields, label, prefixKeys('response ', want.responseFields), prefixKeys('response ', got.responseFields));
  }
  for (const category of CATEGORIES) {
    if (category !== 'parameters') tallies[category].misrequired = undefined;
  }
  const metrics = Object.fromEntries(CATEGORIES.map((c) => [c, summarise(tallies[c])]));
  metrics.operations.typeAccuracy = null;
  metrics.statusCodes.typeAccuracy = null;
  return { metrics, renamedPathParams: renamed };
}

function prefixKeys(prefix, map) {
  return new Map([...map].map(([k, v]) => [prefix + k, v]));
}

function withFile(text, file) {
  return file ? `${text} [${file}]` : text;
}

/** The thresholds `metrics` misses, as readable lines (empty when all hold). */
export function checkThresholds(metrics, thresholds = THRESHOLDS) {
  const failures = [];
  for (const { category, measure, min } of thresholds) {
    const value = metrics[category]?.[measure];
    if (value === null || value === undefined) continue;
    if (value < min) failures.push(`${category} ${measure} ${(value * 100).toFixed(2)}% < ${(min * 100).toFixed(0)}%`);
  }
  return failures;
}
