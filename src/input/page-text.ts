/** A text taken from a saved page (a script's code, an attribute's value), and where each of its offsets is in the page. */
export interface PageText {
  text: string;
  /** The page offset of `offset` in `text` (its end included). */
  pageOffset: (offset: number) => number;
  /** Whether every offset maps to the exact page character (false: all map to the start of what was decoded). */
  exact: boolean;
}

/** A slice of `page`, placed exactly. */
export function sliceOf(page: string, start: number, end: number): PageText {
  return { text: page.slice(start, end), pageOffset: (offset) => start + offset, exact: true };
}

/** A part (`start`–`end` of `inner.text`) of an already mapped text. */
export function subText(inner: PageText, start: number, end: number): PageText {
  return { text: inner.text.slice(start, end), pageOffset: (offset) => inner.pageOffset(start + offset), exact: inner.exact };
}

/** A text decoded from the page text at `start` (a string literal's escapes, an attribute's entities): every offset is `start`. */
export function decodedAt(text: string, start: number): PageText {
  return { text, pageOffset: () => start, exact: false };
}
