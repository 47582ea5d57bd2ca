/**
 * Literals for generated code. Text from docs must never escape its string: every character that
 * could end the literal or the line (quotes, backslash, control characters, U+2028/U+2029) is escaped.
 */
import type { JsonValue } from '../../ir/types.js';

/** A single-quoted TypeScript string literal of `text`. */
export function quoteString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "'" || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}'`;
}

/** A number as code: finite numbers as written by JavaScript, negatives stay valid in type positions. */
export function numberLiteral(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

/** A JSON value as a TypeScript literal type (`'a'`, `1`, `{ a: 1 }`, `[1, 2]`). */
export function jsonLiteralType(value: JsonValue, key: (name: string) => string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => jsonLiteralType(item, key)).join(', ')}]`;
  const entries = Object.entries(value).map(([name, item]) => `${key(name)}: ${jsonLiteralType(item, key)}`);
  return entries.length === 0 ? 'Record<string, never>' : `{ ${entries.join('; ')} }`;
}
