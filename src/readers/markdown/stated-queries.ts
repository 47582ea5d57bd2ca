/**
 * Whether a sample call's query states the route's query rather than showing sample values, so the
 * call may be its section's route (`regions.ts`' `sectionsOwnSamples`):
 *
 *     ## Delete old notes                         ## List the changes
 *     Request:                                    Request:
 *     POST /v1/notes/delete?before=<before_ts>    GET /v1/changes?from=2
 *                                                 Where `from` is the `next` value of a previous answer.
 *
 * Every key of the query has a placeholder for its value (`<before_ts>`, `{before}`, `:before`), or
 * the section names it where it documents it (in code in its prose, `` Where `from` is… ``, or a
 * table's or list's first cell). A query of sample values the section says nothing of (`GET
 * /v1/search?q=atlas` alone) shows a call, as before. Keys are split at `&` and `=` (no pattern).
 */
import type { RootContent } from 'mdast';
import { type QueryField, splitQuery } from '../shared/query-string.js';
import { documentedNames, proseNames } from './example-queries.js';

/** A value standing for the caller's: `<before_ts>`, `{before}`, `{{before}}`, `:before`. */
const PLACEHOLDER = /^(?:<[^<>]+>|\{\{?[^{}]+\}?\}|:[A-Za-z_]\w*)$/;
const KEY = /^[A-Za-z_][\w.[\]-]*$/;

/** Whether a query is there and every key of it has a placeholder for its value (`before=<ts>&limit={limit}`). */
export function placeholderQuery(query: string | undefined): boolean {
  const pairs = query === undefined ? [] : splitQuery(query);
  return pairs.length > 0 && pairs.every(placeholderPair);
}

/** Whether a pair's value is a placeholder (`before=<ts>`). */
function placeholderPair({ key, value }: QueryField): boolean {
  return KEY.test(key) && value !== undefined && PLACEHOLDER.test(value);
}

export function statesQuery(query: string, section: readonly RootContent[]): boolean {
  const pairs = splitQuery(query);
  if (pairs.length === 0) return false;
  let named: Set<string> | undefined;
  return pairs.every((pair) => {
    if (placeholderPair(pair)) return true;
    if (!KEY.test(pair.key)) return false;
    named ??= namesIn(section);
    return named.has(pair.key);
  });
}

/** The names a section documents: its tables' and lists' first cells, and code spans in its paragraphs (`` `from=2` `` names `from`). */
function namesIn(section: readonly RootContent[]): Set<string> {
  return proseNames(section, documentedNames(section));
}
