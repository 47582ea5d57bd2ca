/**
 * The names of the merged store's entries kept apart from its index (merged-store.ts), each in a
 * shard of its own (page-store.ts): 0.3 to 1.1 MB each at 3,262 pages, read and written only by the
 * runs that need them, never with an item that falls in the same shard. A module of its own, with
 * no imports: the cache opens the store with them on every run, and a run that changes nothing
 * loads nothing of the merge (test/e2e/warm-run.test.ts).
 */

/** The kind reads: read only by a run in which a row's kind changed, so not in the index every patch reads and writes. */
export const KINDS = 'kind-reads';
/** The kind walks: read only by a run in which a row's kind changed that a sample's value fails either way. */
export const WALKS = 'kind-walks';
/** The list reads: read only by a run in which a row was added or removed. */
export const LISTS = 'list-reads';
/** The folds of required flags: read only by a run in which a row's required flag changed. */
export const FOLDS = 'required-folds';

export const MERGED_APART: readonly string[] = [KINDS, WALKS, LISTS, FOLDS];
