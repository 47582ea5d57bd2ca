import type { RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { Line } from '../shared/lines.js';

/** What the section readers of one Help Page share: its lines, where nodes go, diagnostics. */
export interface HelpContext {
  file: string;
  lines: readonly Line[];
  diagnostics: DiagnosticBag;
  out: RootContent[];
  /** Path template parameter names (→ path-parameters); other URI parameters are query. */
  pathNames: ReadonlySet<string>;
}
