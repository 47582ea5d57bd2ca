/** Types for run.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
import type { Corpus } from './corpora.mjs';
import type { ParamsEvidence } from './evidence.mjs';
import type { ScorerResult } from './scorer.mjs';
import type { Check } from './thresholds.mjs';

export type GenerateLike = (options: { input: string; dialect?: string; emit?: object }) => Promise<{
  document: unknown;
  outputs: Array<{ path: string; contents: string }>;
  diagnostics: Array<{ code: string; severity: string; message: string }>;
  failed: boolean;
}>;

export interface FidelityRun {
  id: string;
  docs: string;
  /** Set where the pages were read as a docs site renders them (render.mjs). */
  rendered?: 'html' | 'text';
  truth: string;
  notes: string[];
  seconds: number;
  runFailed: boolean;
  diagnostics: { total: number; bySeverity: Record<string, number>; topCodes: Record<string, number> };
  table: string;
  score: ScorerResult;
  gated: boolean;
  checks: Check[];
  /** A generic corpus with a manifest: which truth params its pages name (evidence.mjs). */
  evidence?: ParamsEvidence;
}

export function runFidelity(
  corpus: Corpus,
  pipeline: { generate: GenerateLike; emitOpenApi?: ((document: unknown) => unknown) | undefined },
  settings: {
    scorer: string;
    workDir: string;
    show?: number | undefined;
    dialect?: string | undefined;
    render?: 'html' | 'text' | undefined;
  },
): Promise<FidelityRun>;
