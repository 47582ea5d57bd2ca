import type { Heading, Nodes } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { type Source, sourceOf } from '../ir/source.js';

/** What every extraction step needs: the page, its markdown (when known) and the diagnostics. */
export interface ExtractContext {
  file: string;
  /** The text node offsets index into (`root.data.markdown`), for descriptions kept as written. */
  markdown?: string;
  /** The dialect's type-word aliases (`root.data.typeWords`). */
  typeWords?: Record<string, string>;
  /** The user's extra column names (`root.data.columnNames`). */
  columnNames?: Record<string, string>;
  /** Named types the page defines as arrays: a body of one of them is no array of it. */
  arrayTypes?: ReadonlySet<string>;
  diagnostics: DiagnosticBag;
}

export function sourceIn(context: ExtractContext, node: Nodes | undefined): Source {
  return sourceOf(context.file, node);
}

/** The source of a section's heading; a made one's (a label's section) is the label's, where the reader kept it. */
export function headingSource(context: ExtractContext, heading: Heading | undefined): Source {
  return sourceOf(context.file, heading?.position ? heading : heading?.data?.at ? { position: heading.data.at } : undefined);
}
