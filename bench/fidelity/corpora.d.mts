/** Types for corpora.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export interface CorpusOptions {
  stripPrefix: string[];
  onlyOps: boolean;
  dropResponses: boolean;
}

export interface Corpus {
  id: string;
  kind: 'dialect' | 'generic';
  root?: string;
  docs: string;
  truth: string;
  manifest?: string | undefined;
  onlyOpsFile?: string | undefined;
  options: CorpusOptions;
  notes: string[];
  unnamedParams?: { unnamed: number; total: number } | undefined;
}

export function truthHasNoResponses(truth: unknown): boolean;
export function unnamedParams(readme: string): { unnamed: number; total: number } | undefined;
export function listCorpora(corpusRoot: string): Corpus[];
export function manifestOps(manifestFile: string): string;
