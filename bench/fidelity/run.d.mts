/** Types for run.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
import type { Category, Metric } from './score.mjs';

export interface FidelityTarget {
  docs: string;
  truth: string;
  manifest?: string | undefined;
  dialect?: string | undefined;
}

export type GenerateLike = (options: { input: string; dialect?: string }) => Promise<{
  document: unknown;
  outputs: Array<{ path: string; contents: string }>;
  diagnostics: Array<{ code: string; severity: string; message: string }>;
  failed: boolean;
}>;

export interface FidelityRun {
  docs: string;
  truth: string;
  seconds: number;
  runFailed: boolean;
  scored: boolean;
  diagnostics: { total: number; bySeverity: Record<string, number>; topCodes: Record<string, number>; firstErrors: string[] };
  metrics: Record<Category, Metric>;
  renamedPathParams: string[];
  failures: string[];
}

export const CORPUS_DIALECTS: ReadonlyArray<{ id: string; folder: string }>;
export function corpusTarget(corpusRoot: string, dialect: { id: string; folder: string }): FidelityTarget & { id: string; root: string };
export function runFidelity(
  target: FidelityTarget,
  pipeline: { generate: GenerateLike; emitOpenApi?: ((document: unknown) => unknown) | undefined },
): Promise<FidelityRun>;
