/**
 * Where each named schema's and operation's text landed in the outputs, and the context it was
 * rendered in (component keys, names, lowering, reference cycles): what a later run that changed a
 * few items needs to render just those and splice them in (run/cache/patch-run.ts), or to take the
 * unchanged ones' text as it is (reuse.ts).
 */
import type { Lowering } from '../lower/index.js';
import type { EmitNames } from './shared/naming.js';
import type { PieceRanges } from './shared/piece-text.js';

/** What rendering one item again needs, per output that is built from pieces. */
export interface OutputLayout {
  /** Output path → where each piece is in the text's UTF-8 bytes, and their number (to check a stored copy against). */
  pieces: Map<string, { ranges: PieceRanges; length: number }>;
  openapi?: { keys: Map<string, string> };
  code?: { lowering: Lowering; names: EmitNames };
  /** `partTexts`: how many parts have each shared schema text (by `partTextKey`); `functionForm`: schema-const.ts. */
  zod?: { recursive: Set<string>; component: Map<string, number>; partTexts: Map<string, number>; functionForm: boolean };
}
