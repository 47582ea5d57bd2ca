/**
 * Code-point order of strings, the same on every machine (no locale): the one comparator every
 * deterministic sort of names, paths and keys uses (ARCHITECTURE decision 6).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
