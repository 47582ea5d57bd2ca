/**
 * Spec text → plain values with positions: JSON through the fast strict reader (parse-json.ts),
 * anything else (YAML, or JSON with an error to report) through the `yaml` walker, which is loaded
 * only then — a JSON spec never pays for the YAML parser.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseJsonWithPositions } from './parse-json.js';
import type { SpecPositions } from './positions.js';

export interface ParsedSpecText {
  value: unknown;
  ok: boolean;
  /** Read as strict JSON (not through the YAML parser). */
  json?: boolean;
  /** False when the values hold no `$ref` to another document and no discriminator mapping (known when read from YAML's CST). */
  mayReferOut?: boolean;
}

/** Parses `text`; syntax errors and too-deep nesting are `spec-invalid` diagnostics at their position. */
export async function parseSpecText(
  text: string,
  file: string,
  positions: SpecPositions,
  diagnostics: DiagnosticBag,
  lastKeyWins = false,
): Promise<ParsedSpecText> {
  if (/^\s*[[{]/.test(text)) {
    const json = parseJsonWithPositions(text, file, positions);
    if (json) return { value: json.value, ok: true, json: true };
  }
  const { parseYamlText } = await import('./parse-yaml.js');
  return parseYamlText(text, file, positions, diagnostics, lastKeyWins);
}
