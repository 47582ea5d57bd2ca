/**
 * A call whose parameters the page gives by another call's (Binance's `**Parameters:**` ⏎ "Same as
 * `POST /api/v3/order`"): the parameters and the body of the operation of that method and path on
 * the same page are the call's. Copied where that operation is read and the call states none of its
 * own (but its route's placeholders); a sentence naming no operation of the page is reported (`same-as-unknown`), nothing copied.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../document/plain-text.js';
import type { Operation } from '../ir/types.js';
import { type ExtractContext, sourceIn } from './context.js';
import type { Section } from './sections.js';

/** The sentence, alone in its paragraph: `Same as `POST /orders``, `Parameters: same as GET /orders.`. */
const SAME_AS =
  /^(?:parameters\s*:\s*)?(?:the\s+)?same\s+(?:parameters\s+)?as\s+(?:(?:for|in)\s+)?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\/\S*?)\s?\.?$/i;
/** Longer paragraphs say more than the reference. */
const MAX_LENGTH = 200;
/** The parts whose prose may give the parameters so (no sample's, no answer's). */
const PROSE_KINDS: ReadonlySet<string> = new Set([
  'operation',
  'notes',
  'attributes',
  'query-parameters',
  'path-parameters',
  'request-body',
]);

export interface SameAs {
  /** The index of the operation that refers. */
  operation: number;
  method: string;
  path: string;
  node: RootContent;
}

/** The reference a group's prose makes, if one of its paragraphs is that sentence alone. */
export function sameAsReference(group: readonly Section[]): { method: string; path: string; node: RootContent } | undefined {
  for (const section of group) {
    if (!PROSE_KINDS.has(section.kind)) continue;
    for (const node of section.nodes) {
      if (node.type !== 'paragraph') continue;
      const text = plainText(node).trim();
      const match = text.length <= MAX_LENGTH ? SAME_AS.exec(text) : null;
      if (match) return { method: match[1]!.toLowerCase(), path: templated(match[2]!), node };
    }
  }
  return undefined;
}

/** Gives each referring operation that states no parameter nor body those of the operation it names. */
export function copySameAs(operations: Operation[], references: readonly SameAs[], context: ExtractContext): void {
  for (const reference of references) {
    const operation = operations[reference.operation];
    // (Its route's own placeholders are parameters already, typed or not: the named call's rows of them are copied over them.)
    if (!operation || operation.parameters.some((parameter) => parameter.in !== 'path') || operation.requestBody) continue;
    const named = referenced(operations, reference);
    if (!named) {
      context.diagnostics.report(
        'same-as-unknown',
        sourceIn(context, reference.node),
        `the parameters of ${operation.method.toUpperCase()} ${operation.path} are "same as" ${reference.method.toUpperCase()} ${reference.path}, which the page does not document; none were copied`,
      );
      continue;
    }
    const copied = structuredClone(named.parameters).filter(
      (parameter) => parameter.in !== 'path' || operation.path.includes(`{${parameter.name}}`),
    );
    const kept = operation.parameters.filter((parameter) => !copied.some((other) => other.in === 'path' && other.name === parameter.name));
    operation.parameters = [...kept, ...copied];
    if (named.requestBody) operation.requestBody = structuredClone(named.requestBody);
  }
}

/** The operation a reference names: its method and path, else the one whose path ends the reference's (a base path stripped). */
function referenced(operations: readonly Operation[], reference: SameAs): Operation | undefined {
  const own = operations[reference.operation];
  const others = operations.filter((operation) => operation !== own && operation.method === reference.method);
  const exact = others.find((operation) => operation.path === reference.path);
  if (exact) return exact;
  const ending = others.filter((operation) => operation.path !== '/' && reference.path.endsWith(operation.path));
  return ending.length === 1 ? ending[0] : undefined;
}

/** `:id`, `<id>` written as `{id}`. */
function templated(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^:\w+$/.test(segment) ? `{${segment.slice(1)}}` : /^<\w+>$/.test(segment) ? `{${segment.slice(1, -1)}}` : segment))
    .join('/');
}
