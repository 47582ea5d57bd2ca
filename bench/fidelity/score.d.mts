/** Types for score.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export type Category =
  | 'operations'
  | 'parameters'
  | 'requestFields'
  | 'responseFields'
  | 'bodyFields'
  | 'nestedRequestFields'
  | 'nestedResponseFields'
  | 'statusCodes';

export interface Metric {
  truth: number;
  generated: number;
  matched: number;
  recall: number;
  precision: number;
  f1: number;
  /** Share of matched keys with the right base type; null when nothing typed was matched. */
  typeAccuracy: number | null;
  /** Parameters only: share of matched parameters with the right `required`. */
  requiredAccuracy?: number;
  missing: string[];
  extra: string[];
  mistyped: string[];
  misrequired?: string[];
}

export interface Score {
  metrics: Record<Category, Metric>;
  /** Matched operations whose path parameter names differ (`KEY: generated ~ truth`). */
  renamedPathParams: string[];
}

export interface Threshold {
  category: Category;
  measure: 'f1' | 'recall' | 'precision' | 'typeAccuracy' | 'requiredAccuracy';
  min: number;
}

export const CATEGORIES: readonly Category[];
export const THRESHOLDS: readonly Threshold[];
export function scoreSpecs(
  generated: unknown,
  truth: unknown,
  options?: { fileOf?: (method: string, path: string) => string | undefined },
): Score;
export function checkThresholds(metrics: Record<Category, Metric>, thresholds?: readonly Threshold[]): string[];
