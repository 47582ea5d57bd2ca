/**
 * Operations whose prose says what they return in words ("Returns a shelf object.", "Returns a
 * list of book copy objects."; readers/markdown/named-returns.ts), resolved where the pages meet:
 * where some page defines a type whose name the words are, case and spacing aside (`shelf` →
 * `Shelf`, `book copy` → `BookCopy`, `shelf_item` → `ShelfItem`), the operation's success is of
 * that type (a list of it for "a list of"). The success is the one the page states where it has
 * no body yet (`200` ⏎ no sample), else a `2XX` (the code the page does not give, as "Returns the
 * Customer object" under a Returns heading is); a success with a body already (a table) keeps it,
 * and one its samples alone document is that type where the samples fit it (`NamedBodies`, typed in
 * infer/fill-from-samples.ts), else keeps the samples' shape. Words that name no defined type as written but whose last word, made singular
 * (ir/singular.ts: -ies → -y, shelves → shelf, people → person, …), names one ("a list of
 * shelves", "an array of book copies", "the people") are a list of it (`Shelf`, `BookCopy`, `Person`).
 * Words that name no defined type, or two, are prose ("Returns an empty object"): nothing is typed
 * and nothing reported.
 */

import type { NamedBodies } from '../infer/documented-match.js';
import { singulars } from '../ir/singular.js';
import type { NamedReturn, Operation, PageFragment, Schema } from '../ir/types.js';

export function resolveNamedReturns(pages: readonly PageFragment[]): NamedBodies {
  const bodies: NamedBodies = new Map();
  if (!pages.some((page) => page.namedReturns)) return bodies;
  const defined = new Map<string, string | null>();
  for (const page of pages)
    for (const { name } of page.schemas) {
      const key = wordsKey(name);
      defined.set(key, defined.has(key) && defined.get(key) !== name ? null : name);
    }
  for (const page of pages) {
    for (const named of page.namedReturns ?? []) {
      const key = wordsKey(named.words);
      const exact = defined.get(key);
      const name = exact === undefined ? singularOf(named.words, defined) : exact;
      const operation = page.operations[named.operation];
      if (!name || !operation) continue;
      const ref: Schema = { kind: 'ref', name, ...(named.source ? { source: named.source } : {}) };
      const list = named.list || exact === undefined;
      typeSuccess(operation, list ? { kind: 'array', items: ref } : ref, named, (body) => bodies.set(body, { name, list }));
    }
    delete page.namedReturns;
  }
  return bodies;
}

/** `Book copy`, `BookCopy`, `book_copy` → `bookcopy`; `书架` stays `书架` (any script's letters and digits). */
function wordsKey(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The one defined type the singulars of plural words name (`shelves` → `Shelf`), else none. */
function singularOf(words: string, defined: ReadonlyMap<string, string | null>): string | null {
  const names = new Set<string | null>();
  for (const singular of singulars(words)) {
    const name = defined.get(wordsKey(singular));
    if (name !== undefined) names.add(name);
  }
  return names.size === 1 ? [...names][0]! : null;
}

function typeSuccess(operation: Operation, schema: Schema, named: NamedReturn, sampled: (body: Schema) => void): void {
  const successes = operation.responses.filter((response) => response.status.startsWith('2'));
  const only = successes.length === 1 ? successes[0]! : undefined;
  const content = [{ mediaType: 'application/json', schema, examples: [] }];
  // A resource's link (prmd's `### Shelf Info`) says no more than that: only a body its samples show is typed, where they fit.
  if (!named.sampled && successes.length === 0)
    operation.responses.push({
      status: '2XX',
      description: 'Success',
      headers: [],
      content,
      ...(named.source ? { source: named.source } : {}),
    });
  else if (!named.sampled && only?.content.length === 0) only.content = content;
  else if (only) for (const body of only.content) if (body.schema?.kind === 'unknown' && body.examples.length > 0) sampled(body.schema);
}
