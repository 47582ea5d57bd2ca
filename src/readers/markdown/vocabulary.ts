/**
 * The user's words for what the general reader knows (`vocabulary` in specdown.config.ts):
 *
 *     vocabulary: {
 *       columns: { name: ['Feld'], required: ['Pflicht'] },     // header names → column role
 *       sections: { 'query-parameters': ['Filters'] },           // titles → section
 *       types: { sha: 'string', 'unix time': 'int64' },          // type words → known type words
 *     }
 *
 * Matching ignores case; the user's words are tried before the built-in ones.
 */
import type { TitleKind, TitleVocabulary } from './section-titles.js';
import { normaliseTitle } from './section-titles.js';

export interface Vocabulary {
  /** Column role → header names. */
  columns?: Partial<Record<string, readonly string[]>>;
  /** Section kind → titles (headings and labels). */
  sections?: Partial<Record<string, readonly string[]>>;
  /** Type word → the type words it means (`sha` → `string`). */
  types?: Readonly<Record<string, string>>;
}

export interface ReaderWords {
  titles: TitleVocabulary;
  /** Header name (lower case) → column role. */
  columnNames?: Record<string, string>;
  /** Type word (lower case) → type words. */
  typeWords?: Record<string, string>;
}

export function readVocabulary(vocabulary: Vocabulary | undefined): ReaderWords {
  const words: ReaderWords = { titles: {} };
  if (!vocabulary) return words;
  const columns = Object.entries(vocabulary.columns ?? {}).flatMap(([role, names]) =>
    (names ?? []).map((name): [string, string] => [name.replace(/\s+/g, ' ').trim().toLowerCase(), role]),
  );
  if (columns.length > 0) words.columnNames = Object.fromEntries(columns);
  const titles = Object.entries(vocabulary.sections ?? {}).flatMap(([kind, names]) =>
    (names ?? []).map((name): [string, TitleKind] => [normaliseTitle(name), kind as TitleKind]),
  );
  if (titles.length > 0) words.titles = { extra: new Map(titles) };
  const types = Object.entries(vocabulary.types ?? {}).map(([word, meaning]): [string, string] => [word.trim().toLowerCase(), meaning]);
  if (types.length > 0) words.typeWords = Object.fromEntries(types);
  return words;
}
