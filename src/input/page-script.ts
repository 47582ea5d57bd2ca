/**
 * JavaScript in a saved page, read by acorn, for viewer-pages: a script's program, a JSON text as
 * an expression, an object's member, a string literal. Node offsets (`start`, `end`) are offsets
 * in the text parsed.
 */
import { type AnyNode, type Expression, type ObjectExpression, type Options, type Program, parse, parseExpressionAt } from 'acorn';

/** Why a text did not parse, and where (an offset in it). */
export interface ParseFailure {
  failure: string;
  offset: number;
}

const OPTIONS: Options = {
  ecmaVersion: 'latest',
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowHashBang: true,
};

/** The program of a script's `code` (`module`: `<script type="module">`). */
export function parseScript(code: string, module: boolean): Program | ParseFailure {
  return attempt(() => parse(code, { ...OPTIONS, sourceType: module ? 'module' : 'script' }));
}

/** The expression written at `start` of `text` (what follows it is not read). */
export function parseExpression(text: string, start: number): Expression | ParseFailure {
  return attempt(() => parseExpressionAt(text, start, OPTIONS));
}

function attempt<T>(read: () => T): T | ParseFailure {
  try {
    return read();
  } catch (error) {
    // acorn's SyntaxError has `pos`; a RangeError (nesting deeper than the stack) has none.
    const { pos } = error as { pos?: number };
    const message = (error as Error).message.replace(/ \(\d+:\d+\)$/, '');
    return { failure: message, offset: typeof pos === 'number' ? pos : 0 };
  }
}

export function failed(value: object): value is ParseFailure {
  return 'failure' in value;
}

/** The value of member `key` of `object` (the last one, as JavaScript keeps), when written as `key: value` or `"key": value`. */
export function memberOf(object: ObjectExpression | undefined, key: string): Expression | undefined {
  if (!object) return undefined;
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.type !== 'Property' || property.kind !== 'init' || property.method) continue;
    const name = property.computed ? undefined : property.key.type === 'Identifier' ? property.key.name : literalString(property.key);
    if (name === key) return property.value as Expression;
  }
  return undefined;
}

/** `value` when it is an object literal. */
export function objectOf(value: AnyNode | null | undefined): ObjectExpression | undefined {
  return value?.type === 'ObjectExpression' ? value : undefined;
}

/** The string a `"…"` or `'…'` literal spells, or undefined for any other node. */
export function literalString(node: AnyNode | null | undefined): string | undefined {
  return node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}
