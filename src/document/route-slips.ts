/**
 * A route's placeholder a slip left open (`/notes/{noteId`) or never opened (`/notes/noteId}`):
 * the readers read it as meant (`{noteId}`), the extractor reports it (`extract/written-slips.ts`).
 */

/** A segment that opens a placeholder and does not close it (`{noteId`). */
export const UNCLOSED_PLACEHOLDER = /(?<=\/)\{([A-Za-z_][\w.-]*)(?=\/|$)/g;
/** A segment that closes a placeholder it did not open (`noteId}`). */
export const UNOPENED_PLACEHOLDER = /(?<=\/)([A-Za-z_][\w.-]*)\}(?=\/|$)/g;
