/**
 * A key written as a placeholder, standing for any key: `<label_name>`, `<feature name>`,
 * `{room}`, `{lamp.id}`, `:lamp` (a route's way). A name opens it (a letter or `_`), then word
 * characters, and in angle brackets spaces, dots and hyphens, in braces dots and hyphens; markup
 * (`<a href="…">`, `<br/>`) and numbers (`<1>`) are no placeholders.
 */
const PLACEHOLDER_KEY = /^(?:<[A-Za-z_][\w .-]{0,200}>|\{[A-Za-z_][\w.-]{0,200}\}|:[A-Za-z_]\w{0,200})$/;

/** Whether `key` is written as a placeholder (`<label_name>`, `{room}`, `:lamp`). */
export function isPlaceholderKey(key: string): boolean {
  return PLACEHOLDER_KEY.test(key);
}
