/**
 * Printing data files: JSON and YAML, deterministic, object keys in the order given.
 * (Kept free of ts-morph so an OpenAPI-only run does not load the compiler.)
 */
import { stringify } from 'yaml';

/** Deterministic JSON: two-space indentation, object keys in the order given, trailing newline. */
export function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deterministic YAML: keys in the order given, no anchors for repeated objects, no line folding. */
export function printYaml(value: unknown): string {
  const text = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  return text.endsWith('\n') ? text : `${text}\n`;
}
