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
import { documentedNames, proseNames } from './example-queries.js';

/** A value standing for the caller's: `<before_ts>`, `{before}`, `{{before}}`, `:before`. */
const PLACEHOLDER = /^(?:<[^<>]+>|\{\{?[^{}]+\}?\}|:[A-Za-z_]\w*)$/;
const KEY = /^[A-Za-z_][\w.[\]-]*$/;

/** Whether a query is there and every key of it has a placeholder for its value (`before=<ts>&limit={limit}`). */
export function placeholderQuery(query: string | undefined): boolean {
  const pairs = query?.split('&').filter((pair) => pair.length > 0) ?? [];
  return pairs.length > 0 && pairs.every((pair) => placeholderPair(pair) !== undefined);
}

/** A pair's key where its value is a placeholder (`before=<ts>` → `before`), else undefined. */
function placeholderPair(pair: string): string | undefined {
  const at = pair.indexOf('=');
  const key = at < 0 ? pair : pair.slice(0, at);
  return KEY.test(key) && at >= 0 && PLACEHOLDER.test(pair.slice(at + 1)) ? key : undefined;
}

export function statesQuery(query: string, section: readonly RootContent[]): boolean {
  const pairs = query.split('&').filter((pair) => pair.length > 0);
  if (pairs.length === 0) return false;
  let named: Set<string> | undefined;
  return pairs.every((pair) => {
    if (placeholderPair(pair) !== undefined) return true;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (!KEY.test(key)) return false;
    named ??= namesIn(section);
    return named.has(key);
  });
}

/** The names a section documents: its tables' and lists' first cells, and code spans in its paragraphs (`` `from=2` `` names `from`). */
function namesIn(section: readonly RootContent[]): Set<string> {
  return proseNames(section, documentedNames(section));
}
