/** Types for evidence.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
import type { Corpus } from './corpora.mjs';

export type EvidenceKind = 'route' | 'table' | 'list' | 'prose' | 'example URL' | 'sample' | 'link' | 'text' | 'nowhere' | 'no page';

export interface EvidenceRow {
  op: string;
  in: 'path' | 'query';
  name: string;
  file?: string | undefined;
  kind: EvidenceKind;
  /** The text that names it (prose, link, other text). */
  at?: string | undefined;
}

export interface ParamsEvidence {
  rows: EvidenceRow[];
  counts: Partial<Record<EvidenceKind, number>>;
  named: number;
  total: number;
  recallCeiling: number;
  f1Ceiling: number;
}

export function paramsEvidence(corpus: Corpus): ParamsEvidence | undefined;
export function formatEvidenceSummary(evidence: ParamsEvidence): string;
export function formatEvidenceListing(evidence: ParamsEvidence): string;
