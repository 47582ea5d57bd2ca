/** `text` as a regular expression that matches it literally (`$APIVERSION` → `\$APIVERSION`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
