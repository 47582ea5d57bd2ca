/**
 * The words of a `path-parameter-undocumented` report a route's extractor makes, and the parameter
 * they name read back: merge withdraws the report where another place documents that parameter
 * (merge/undocumented-parameters.ts). One module writes and reads them, so the two cannot drift.
 */

/** The report for `name`, a placeholder of `path` no row of its page documents. */
export function undocumentedParameterMessage(name: string, path: string): string {
  return `path parameter ${JSON.stringify(name)} of ${shownRoute(path)} has no row; typed string`;
}

/** The longest route a report about one of its placeholders shows whole. */
const SHOWN_ROUTE = 200;

/**
 * `path` as a report about one of its placeholders shows it: whole, or past 200 characters its
 * first 200 and `…` (a report each of n placeholders held n copies of a route of n placeholders).
 */
export function shownRoute(path: string): string {
  if (path.length <= SHOWN_ROUTE) return path;
  const cut = /[\uD800-\uDBFF]/.test(path.charAt(SHOWN_ROUTE - 1)) ? SHOWN_ROUTE - 1 : SHOWN_ROUTE;
  return `${path.slice(0, cut)}…`;
}

/** The parameter `message` (made by `undocumentedParameterMessage`) names; undefined for any other words. */
export function undocumentedParameterName(message: string): string | undefined {
  const quoted = /^path parameter ("(?:[^"\\]|\\.)*") of /.exec(message)?.[1];
  if (quoted === undefined) return undefined;
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}
