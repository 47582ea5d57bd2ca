/**
 * A route's placeholder a slip left open (`/notes/{noteId`) or never opened (`/notes/noteId}`), or
 * set off by a space (`/notes/ {noteId}`, `/notes /{noteId}`): the readers read it as meant
 * (`/notes/{noteId}`), the extractor reports it (`extract/written-slips.ts`).
 */

/** A segment that opens a placeholder and does not close it (`{noteId`). */
export const UNCLOSED_PLACEHOLDER = /(?<=\/)\{([A-Za-z_][\w.-]*)(?=\/|$)/g;
/** A segment that closes a placeholder it did not open (`noteId}`). */
export const UNOPENED_PLACEHOLDER = /(?<=\/)([A-Za-z_][\w.-]*)\}(?=\/|$)/g;
/** A space between a route's slash and its placeholder, or between a segment (no method) and the slash of a placeholder after it. */
export const SPACE_IN_ROUTE =
  /(?<=\/)[ \t]+(?=[{<:][A-Za-z_])|(?<=[\w.-])(?<!\b(?:get|post|put|patch|delete|head|options|trace))[ \t]+(?=\/[{<:][A-Za-z_])/gi;
