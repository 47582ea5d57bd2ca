/**
 * JSDoc for generated code. Docs text may contain anything (comment terminators, backticks, `${}`, U+2028):
 * nothing it contains can close the comment or start code.
 */
import { formatSource } from '../../ir/source.js';
import type { Schema } from '../../ir/types.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it removes
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what escapeCommentText changes: line breaks but \n, `*/`, control characters
const NEEDS_ESCAPE = /[\r\u2028\u2029\u0085\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\*\//;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a line break or what escapeCommentText changes
const BREAK_OR_ESCAPE = /[\n\r\u2028\u2029\u0085\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\*\//;

/** Makes `text` safe inside a block comment: a comment terminator can never appear, line separators become newlines. */
export function escapeCommentText(text: string): string {
  // Most texts hold none of it: one scan instead of three replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(CONTROL_CHARACTERS, '');
}

/** A JSDoc block comment of `lines`, or `''` when there is nothing to say. */
export function jsDoc(lines: string[]): string {
  // The usual comment, one line with nothing to escape or split: what the general way below makes of it.
  if (lines.length === 1 && !BREAK_OR_ESCAPE.test(lines[0]!)) {
    const line = lines[0]!.trimEnd();
    return line === '' ? '' : `/** ${line} */`;
  }
  const body = lines.flatMap((line) => escapeCommentText(line).split('\n')).map((line) => line.trimEnd());
  while (body.length > 0 && body[0] === '') body.shift();
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (body.length === 0) return '';
  if (body.length === 1) return `/** ${body[0]} */`;
  return `/**\n${body.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */`;
}

/** `doc` then a newline, or nothing. */
export function withDoc(doc: string, declaration: string): string {
  return doc === '' ? declaration : `${doc}\n${declaration}`;
}

/** The documentation lines of a schema (optionally with a property's own description first). */
export function schemaDocLines(schema: Schema, description?: string): string[] {
  const lines: string[] = [];
  if (schema.title && schema.title !== description) lines.push(schema.title);
  const text = description ?? schema.description;
  if (text) lines.push(text);
  if ((schema.kind === 'string' || schema.kind === 'integer' || schema.kind === 'number') && schema.format) {
    lines.push(`Format: ${schema.format}`);
  }
  if (schema.inferred && schema.inferred.from.length > 0) {
    const places = schema.inferred.from.map((source) => formatSource(source).replace(/:\d+$/, ''));
    lines.push(`Inferred from samples at ${[...new Set(places)].join(', ')}`);
  } else if (schema.inferred) {
    lines.push('Inferred from samples');
  }
  if (schema.default !== undefined) lines.push(`@default ${JSON.stringify(schema.default)}`);
  if (schema.deprecated) lines.push('@deprecated');
  return lines;
}

/** Text for a one-line comment (the file header): whitespace collapsed, no comment terminator. */
export function oneLine(text: string): string {
  return escapeCommentText(text).replace(/\s+/g, ' ').trim();
}
