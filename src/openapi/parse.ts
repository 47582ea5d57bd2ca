/**
 * Spec text → plain values with positions: JSON through the fast strict reader (parse-json.ts),
 * YAML as tools write it from `js-yaml`'s events (yaml-events-values.ts), anything else (other
 * YAML, or JSON with an error to report) through the `yaml` walker, which is loaded only then —
 * a JSON spec never pays for a YAML parser, a generated YAML spec not for `yaml`.
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
  const { readToolYaml } = await import('./yaml-events-values.js');
  const read = readToolYaml(text, file, positions, place);
  if (typeof read === 'object') return read;
  const { parseYamlText } = await import('./parse-yaml.js');
  return parseYamlText(text, file, positions, diagnostics, lastKeyWins, read, place);
}
