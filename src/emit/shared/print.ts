/**
 * Printing data files: JSON and YAML, deterministic, object keys in the order given.
 * (Kept free of ts-morph and of `yaml` until YAML is asked for, so a JSON run loads neither.)
 */

/** Deterministic JSON: two-space indentation, object keys in the order given, trailing newline. */
export function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deterministic YAML: keys in the order given, no anchors for repeated objects, no line folding. */
export async function printYaml(value: unknown): Promise<string> {
  const { stringify } = await import('yaml');
  const text = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  return text.endsWith('\n') ? text : `${text}\n`;
}
