/**
 * Literals for generated code. Text from docs must never escape its string: every character that
 * could end the literal or the line (quotes, backslash, control characters, U+2028/U+2029) is escaped.
 */
import type { JsonValue } from '../../ir/types.js';

/** A single-quoted TypeScript string literal of `text`. */
export function quoteString(text: string): string {
  // Most texts need no escape: one scan, and the literal is built once (a string grown a character
  // at a time is a chain of pieces that writing it out has to flatten again).
  return NEEDS_ESCAPE.test(text) ? `'${text.replace(ESCAPED, escapeCharacter)}'` : `'${text}'`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what gets escaped
const NEEDS_ESCAPE = /['\\\u0000-\u001f\u007f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what gets escaped
const ESCAPED = /['\\\u0000-\u001f\u007f\u2028\u2029]/g;

/** The escape of one character `ESCAPED` matches: `\'`, `\\`, `\n`, `\r`, `\t`, else `\uXXXX`. */
function escapeCharacter(char: string): string {
  if (char === "'" || char === '\\') return `\\${char}`;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
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
