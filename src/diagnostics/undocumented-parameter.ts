/**
 * The words of a `path-parameter-undocumented` report a route's extractor makes, and the parameter
 * they name read back: merge withdraws the report where another place documents that parameter
 * (merge/undocumented-parameters.ts). One module writes and reads them, so the two cannot drift.
 */

/** The report for `name`, a placeholder of `path` no row of its page documents. */
export function undocumentedParameterMessage(name: string, path: string): string {
  return `path parameter ${JSON.stringify(name)} of ${path} has no row; typed string`;
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
