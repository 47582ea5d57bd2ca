/** Types for truth-params.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export function opKey(method: string, rawPath: string, stripPrefix?: readonly string[]): string;
export function truthParams(
  truthFile: string,
  stripPrefix?: readonly string[],
): Array<{ key: string; label: string; route: string; params: Array<{ in: 'path' | 'query'; name: string }> }>;
export function pagesByOp(manifestFile: string, stripPrefix?: readonly string[]): Map<string, string[]>;
