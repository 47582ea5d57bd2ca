/**
 * Spec text → plain values with positions: JSON through the fast strict reader (parse-json.ts),
 * anything else (YAML, or JSON with an error to report) through the `yaml` walker, which is loaded
 * only then — a JSON spec never pays for the YAML parser.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Point } from '../ir/source.js';
import { parseJsonWithPositions } from './parse-json.js';
import type { ParsedSpecText } from './parse-yaml.js';
import type { SpecPositions } from './positions.js';

/**
 * Parses `text`; syntax errors and too-deep nesting are `spec-invalid` diagnostics at their position.
 * `place` gives an offset's point in `file` when `text` is only part of it (a document a page embeds).
 */
export async function parseSpecText(
  text: string,
  file: string,
  positions: SpecPositions,
  diagnostics: DiagnosticBag,
  lastKeyWins = false,
  place?: (offset: number) => Point,
): Promise<ParsedSpecText> {
  if (/^\s*[[{]/.test(text)) {
    const json = parseJsonWithPositions(text, file, positions, place);
    if (json) return { value: json.value, ok: true, json: true };
  }
  const { parseYamlText } = await import('./parse-yaml.js');
  return parseYamlText(text, file, positions, diagnostics, lastKeyWins, 'events', place);
}
