/** One document of a spec as read: where it came from and its parsed value. */
export interface SpecFile {
  /** Absolute path, or URL for a remote document. */
  id: string;
  /** Path relative to the input root, `/`-separated (the URL for remote documents). */
  rel: string;
  value: unknown;
  /** False when the text plainly names no other document (no `$ref` or mapping off `#`): nothing to walk. */
  mayReferOut?: boolean;
}
