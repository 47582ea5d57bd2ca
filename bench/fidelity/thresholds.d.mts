/** Types for thresholds.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
import type { ParamsEvidence } from './evidence.mjs';

export type Measure = 'recall' | 'precision' | 'f1' | 'type_acc' | 'format_acc' | 'required_acc';

export interface Threshold {
  category: string;
  measure: Measure | string;
  min: number;
  reason: string;
  pending?: boolean | undefined;
  /** Reported but not gated, with why (REPORTED_ONLY). */
  reportedOnly?: string | undefined;
}

export interface Check extends Threshold {
  value: number | null;
  ok: boolean;
}

export const GATED_GENERIC: readonly string[];
export const REPORTED_ONLY: Readonly<Record<string, Readonly<Record<string, string>>>>;
export const DIALECT_THRESHOLDS: readonly Threshold[];
export const PENDING: Readonly<Record<string, readonly string[]>>;
interface CorpusLike {
  id?: string;
  unnamedParams?: { unnamed: number; total: number } | undefined;
}
export function genericThresholds(corpus: CorpusLike, evidence?: Pick<ParamsEvidence, 'named' | 'total' | 'f1Ceiling'>): Threshold[];
export function thresholdsFor(
  corpus: CorpusLike & { kind: string },
  evidence?: Pick<ParamsEvidence, 'named' | 'total' | 'f1Ceiling'>,
): {
  thresholds: Threshold[];
  gated: boolean;
};
export function checkThresholds(
  categories: Record<string, { overall?: Record<string, number | null> }>,
  thresholds: readonly Threshold[],
): Check[];
export function describeCheck(check: Check): string;
export function blocking(run: { gated: boolean; checks: Check[] }): Check[];
