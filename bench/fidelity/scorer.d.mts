/** Types for scorer.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export interface ScorerOptions {
  truth: string;
  generated: string;
  json: string;
  onlyOps?: string | undefined;
  stripPrefix?: string[] | undefined;
  show?: number | undefined;
}

export interface ScorerMeasures {
  truth: number;
  generated: number;
  matched: number;
  recall: number | null;
  precision: number | null;
  f1: number | null;
  type_acc: number | null;
  format_acc: number | null;
  required_acc: number | null;
}

export interface ScorerResult {
  notes: string[];
  fidelity_f1: number;
  categories: Record<string, { overall: ScorerMeasures; examples: Record<string, string[]>; groups?: Record<string, ScorerMeasures> }>;
  named_schemas: { truth: number; generated: number };
}

export function scorerPath(sharedDir: string): string;
export function scorerArgs(options: ScorerOptions): string[];
export function withoutResponses<T>(openapi: T): T;
export function runScorer(scorer: string, options: ScorerOptions, settings?: { python?: string }): { table: string; result: ScorerResult };
