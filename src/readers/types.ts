import type { Root } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Vocabulary } from './markdown/vocabulary.js';

export const DIALECT_IDS = ['docfx', 'text', 'helppage', 'dto', 'markdown'] as const;

export type DialectId = (typeof DIALECT_IDS)[number];

export interface PageInput {
  /** Input-relative path with `/` separators; used in every `source`. */
  file: string;
  text: string;
}

/** Turns one page of its dialect into the normalised document (see `document/types.ts`). */
export interface Reader {
  id: DialectId;
  /** The evidence that `page` is of this dialect (a short reason), or `undefined` when it is not. */
  detect(page: PageInput): string | undefined;
  read(page: PageInput, diagnostics: DiagnosticBag, options?: ReadOptions): Root;
}

/** What the user's config tells readers (the general reader's vocabulary). */
export interface ReadOptions {
  vocabulary?: Vocabulary;
}

export interface Detection {
  id: DialectId;
  /** Why: the evidence that decided it, for `--verbose` and diagnostics. */
  reason: string;
}
