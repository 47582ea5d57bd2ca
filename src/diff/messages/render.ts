/**
 * Fill a message template. Placeholders in TRUSTED_PARAMS hold wording the rules chose; all
 * others hold spec text, which `escape` (per output format) makes safe.
 */
import { MESSAGES } from './en.js';

const TRUSTED_PARAMS: ReadonlySet<string> = new Set(['in']);

/**
 * `escapeCode` renders a value that the template wraps in backticks (it receives the bare value
 * and returns the whole span); `escapeText` renders a bare value.
 */
export function renderMessage(
  id: string,
  params: Record<string, string>,
  escapeCode: (value: string) => string = (v) => `\`${v}\``,
  escapeText: (value: string) => string = (v) => v,
): string {
  const template = MESSAGES[id] ?? id;
  return template.replace(/`\{(\w+)\}`|\{(\w+)\}/g, (whole, code: string | undefined, bare: string | undefined) => {
    const key = (code ?? bare)!;
    const value = params[key];
    if (value === undefined) return whole;
    if (TRUSTED_PARAMS.has(key)) return value;
    return code !== undefined ? escapeCode(value) : escapeText(value);
  });
}
