/**
 * Schemas per operation part, named like the types (`XxxPathParamsSchema`, `XxxQuerySchema`,
 * `XxxRequestBodySchema`, `Xxx200ResponseSchema`, `XxxResponseSchema`), so that
 * `z.infer<typeof XxxQuerySchema>` agrees with `XxxQuery`.
 *
 * Written for the editor's type checker as much as for readers (what `tsc` pays is measured by
 * bench/speed-compare.mjs). Under strictNullChecks TypeScript resolves each use of a module-level
 * const or import by walking back over every variable declaration between the use and the name's
 * declaration (or the file's start, for `z`), so in a file of thousands of consts each extra
 * declaration costs every later use. Hence: a part that is just another schema, or the same schema
 * text as an earlier part, is an export alias (`export { BasicErrorSchema as Xxx404ResponseSchema };`,
 * no declaration at all), and the lookup object is built inside a function, whose body the checker
 * does not walk out of.
 */
import type { Operation } from '../../ir/types.js';
import { jsDoc, withDoc } from '../shared/comments.js';
import { type OperationNames, objectLiteralKey, schemaConstName } from '../shared/naming.js';
import { type OperationParts, operationsToDeclare, PARAMETER_PART, parameterGroups } from '../shared/operation-parts.js';
import type { Piece } from '../shared/piece-text.js';
import { block, indentLines } from '../shared/source-file.js';
import type { ZodContext } from './context.js';

/** Per file: const name → the local binding it stands for (itself unless it is an export alias), and schema text → the const declaring it. */
interface Bindings {
  local: Map<string, string>;
  declared: Map<string, string>;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The part schemas of every operation (by operationId; keyed `op:<operationId>`), then the
 * `operationSchemas` lookup object. `texts` lists every part's schema text that could be shared
 * (not just another schema's name): which part declares a text and which alias it depends on them.
 */
export function declareOperationSchemas(operations: Operation[], context: ZodContext): { pieces: Piece[]; texts: string[] } {
  const pieces: Piece[] = [];
  const entries: string[] = [];
  const bindings: Bindings = { local: new Map(), declared: new Map() };
  const texts: string[] = [];
  for (const { operation, names, parts } of operationsToDeclare(operations, context.names.operations)) {
    const declared = declareParts(parts, names, context, bindings);
    pieces.push({ key: `op:${operation.operationId}`, text: declared.map(({ text }) => text).join('\n\n') });
    for (const { schema } of declared) if (schema !== undefined) texts.push(schema);
    entries.push(`${objectLiteralKey(operation.operationId)}: ${lookupEntry(parts, names, bindings)}`);
  }
  if (entries.length > 0) {
    const doc = jsDoc(['The schemas of each operation by operationId, mirroring the `operations` type of types.ts.']);
    // Pure: a bundler may still drop the lookup when nothing imports it.
    pieces.push({ text: withDoc(doc, 'export const operationSchemas = /* @__PURE__ */ operationSchemaTable();') });
    const why = '// In a function so that the type checker resolves its names without walking back over every declaration above.';
    pieces.push({ text: `${why}\nfunction operationSchemaTable() {\n  return ${indentLines(block(entries, ','))} as const;\n}` });
  }
  return { pieces, texts };
}

/** Each part's const name and schema text (before any aliasing), in the order `declareOperationSchemas` declares them. */
export function operationPartTexts(parts: OperationParts, names: OperationNames, context: ZodContext): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const { location, schema } of parameterGroups(parts))
    out.push([schemaConstName(names[PARAMETER_PART[location]]), context.render(schema)]);
  if (parts.requestBody) out.push([schemaConstName(names.requestBody), context.render(parts.requestBody.schema)]);
  for (const response of parts.responses) {
    const name = names.statuses.get(response.status);
    if (response.body && name) out.push([schemaConstName(name), context.render(response.body)]);
  }
  return out;
}

/** True for a schema text that is just another const's name (an alias, never a shared text). */
export function isConstName(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** The local binding of the part schema named `name`. */
function local(name: string, bindings: Bindings): string {
  const constName = schemaConstName(name);
  return bindings.local.get(constName) ?? constName;
}

function lookupEntry(parts: OperationParts, names: OperationNames, bindings: Bindings): string {
  const members = parameterGroups(parts).map(({ location }) => `${location}: ${local(names[PARAMETER_PART[location]], bindings)}`);
  if (parts.requestBody) members.push(`requestBody: ${local(names.requestBody, bindings)}`);
  const responses = parts.responses.map((response) => {
    const name = names.statuses.get(response.status);
    return `${objectLiteralKey(response.status)}: ${response.body && name ? local(name, bindings) : 'z.undefined()'}`;
  });
  members.push(`responses: ${block(responses, ',')}`);
  members.push(`response: ${local(names.response, bindings)}`);
  return block(members, ',');
}

/** Each part's declaration, with the schema text it declares or aliases when that text could be shared. */
function declareParts(
  parts: OperationParts,
  names: OperationNames,
  context: ZodContext,
  bindings: Bindings,
): Array<{ text: string; schema?: string }> {
  const out: Array<{ text: string; schema?: string }> = [];
  const constant = (name: string, text: string): void => {
    const constName = schemaConstName(name);
    // Another schema's const (a named schema or an earlier part), or the same text as an earlier
    // part (many operations share `{ owner, repo }`): an alias of that const, not a declaration.
    const shared = IDENTIFIER.test(text) ? undefined : text;
    const target = shared === undefined ? (bindings.local.get(text) ?? text) : bindings.declared.get(text);
    if (target === undefined) {
      bindings.declared.set(text, constName);
      out.push({ text: `export const ${constName} = ${text};`, schema: text });
      return;
    }
    bindings.local.set(constName, target);
    out.push({ text: `export { ${target} as ${constName} };`, ...(shared === undefined ? {} : { schema: shared }) });
  };
  for (const { location, schema } of parameterGroups(parts)) constant(names[PARAMETER_PART[location]], context.render(schema));
  if (parts.requestBody) constant(names.requestBody, context.render(parts.requestBody.schema));
  for (const response of parts.responses) {
    const name = names.statuses.get(response.status);
    if (response.body && name) constant(name, context.render(response.body));
  }
  constant(names.response, successSchema(parts, names, bindings));
  return out;
}

/** The union of the 2xx bodies, as in types.ts. */
function successSchema(parts: OperationParts, names: OperationNames, bindings: Bindings): string {
  if (parts.success.length === 0) return 'z.unknown()';
  const schemas = [
    ...new Set(
      parts.success.map((response) => {
        const name = names.statuses.get(response.status);
        return response.body && name ? local(name, bindings) : 'z.undefined()';
      }),
    ),
  ];
  return schemas.length === 1 ? (schemas[0] as string) : `z.union([${schemas.join(', ')}])`;
}
