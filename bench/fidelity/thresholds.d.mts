/** Types for thresholds.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export type Measure = 'recall' | 'precision' | 'f1' | 'type_acc' | 'format_acc' | 'required_acc';

export interface Threshold {
  category: string;
  measure: Measure | string;
  min: number;
  reason: string;
  pending?: boolean | undefined;
}

export interface Check extends Threshold {
  value: number | null;
  ok: boolean;
}

export const GATE_GENERIC: boolean;
export const DIALECT_THRESHOLDS: readonly Threshold[];
export const PENDING: Readonly<Record<string, readonly string[]>>;
export function genericThresholds(corpus: { unnamedParams?: { unnamed: number; total: number } | undefined }): Threshold[];
export function thresholdsFor(corpus: { kind: string; id?: string; unnamedParams?: { unnamed: number; total: number } }): {
  thresholds: Threshold[];
  gated: boolean;
};
export function checkThresholds(
  categories: Record<string, { overall?: Record<string, number | null> }>,
  thresholds: readonly Threshold[],
): Check[];
export function describeCheck(check: Check): string;
export function blocking(run: { gated: boolean; checks: Check[] }): Check[];
