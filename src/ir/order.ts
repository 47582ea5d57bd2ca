import { HTTP_METHODS, type HttpMethod } from './types.js';

/**
 * Code-point order of strings, the same on every machine (no locale): the one comparator every
 * deterministic sort of names, paths and keys uses (ARCHITECTURE decision 6).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Operations by path (or webhook name, or callback expression), then in OpenAPI's method order. */
export function compareOperations(a: { path: string; method: HttpMethod }, b: { path: string; method: HttpMethod }): number {
  return compareText(a.path, b.path) || HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method);
}
