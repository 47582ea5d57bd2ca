import type { RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { PageMeta } from '../../document/types.js';
import type { Line } from '../shared/lines.js';
import type { KnownTypes } from './split-row.js';

/** What the section readers of one DTO page share: its lines, where nodes go, the types it knows. */
export interface DtoContext {
  file: string;
  lines: readonly Line[];
  diagnostics: DiagnosticBag;
  out: RootContent[];
  meta: PageMeta;
  known: KnownTypes;
  /** Route parameter names (constraints stripped). */
  routeNames: ReadonlySet<string>;
}
