/** A loaded spec: every document its `$ref`s reach, where each value came from, and what went wrong. */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Source } from '../ir/source.js';
import type { SpecFile } from './load.js';
import type { SpecPositions } from './positions.js';

export interface SpecDocuments {
  diagnostics: DiagnosticBag;
  positions: SpecPositions;
  files: Map<string, SpecFile>;
  /** Documents met while loading, read or not (those not read were reported then). */
  attempted: Set<string>;
  root: SpecFile;
}

/** The source of `value` (its node, or the span of `key` in it). */
export function sourceIn(docs: Pick<SpecDocuments, 'positions'>, file: SpecFile, value: unknown, key?: string): Source {
  return key === undefined ? docs.positions.of(value, file.rel) : docs.positions.ofKey(value, key, file.rel);
}
