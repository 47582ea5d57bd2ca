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

/** How strongly a page carries a dialect's signature: `weight` counts its signature lines. */
export interface Evidence {
  reason: string;
  weight: number;
}

/** Turns one page of its dialect into the normalised document (see `document/types.ts`). */
export interface Reader {
  id: DialectId;
  /**
   * The evidence that `page` is of this dialect, or `undefined` when it is not. A bare reason
   * weighs 1 (the least evidence); the dialect whose evidence weighs most reads the page.
   */
  detect(page: PageInput): Evidence | string | undefined;
  read(page: PageInput, diagnostics: DiagnosticBag, options?: ReadOptions): Root;
}

/** What the run's settings tell readers: the general reader's vocabulary, the nesting limit. */
export interface ReadOptions {
  vocabulary?: Vocabulary;
  /** Pages nesting block quotes or lists deeper than this are refused before parsing (`Limits.nesting`). */
  maxNesting?: number;
}

export interface Detection {
  id: DialectId;
  /** Why: the evidence that decided it, for `--verbose` and diagnostics. */
  reason: string;
}
