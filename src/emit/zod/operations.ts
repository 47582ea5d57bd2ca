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
import type { Operation, Schema } from '../../ir/types.js';
import { jsDoc, withDoc } from '../shared/comments.js';
import { type OperationNames, objectLiteralKey, schemaConstName } from '../shared/naming.js';
import { type OperationParts, operationsToDeclare, PARAMETER_PART, parameterGroups } from '../shared/operation-parts.js';
import type { Piece } from '../shared/piece-text.js';
import { block, indentLines } from '../shared/source-file.js';
import type { ZodContext } from './context.js';
import { constOf } from './schema.js';
import { printSchemaDeclaration, type SchemaDeclaration } from './schema-const.js';

/**
 * Per file: const name → the local binding it stands for (itself unless it is an export alias),
 * and the complete text of each declared part schema → the const declaring it (equal text is the
 * same schema: the second part aliases the first).
 */
interface Bindings {
  local: Map<string, string>;
  declared: Map<string, string>;
}

/** A part's schema: another const it is nothing but (`alias`), or the expression to declare. */
export type PartCode = { alias: string } | { text: string };

/** The operations' part consts, declared: how many consts they are is known before any is printed. */
export interface OperationDeclarations {
  /** Per operation (keyed `op:<operationId>`), its parts' declarations. */
  operations: Array<{ key: string; declarations: SchemaDeclaration[] }>;
  /** The `operationSchemas` lookup object's statements. */
  lookup: string[];
  /**
   * Every part's schema text that could be shared (not just another const): which part declares a
   * text and which alias it depends on them.
   */
  texts: string[];
  /** Consts declared (export aliases not counted). */
  consts: number;
}

/** The part schemas of every operation (by operationId), then the `operationSchemas` lookup object. */
export function declareOperationSchemas(operations: Operation[], context: ZodContext): OperationDeclarations {
  const out: OperationDeclarations = { operations: [], lookup: [], texts: [], consts: 0 };
  const entries: string[] = [];
  const bindings: Bindings = { local: new Map(), declared: new Map() };
  for (const { operation, names, parts } of operationsToDeclare(operations, context.names.operations)) {
    const declared = declareParts(parts, names, context, bindings);
    out.operations.push({ key: `op:${operation.operationId}`, declarations: declared.map(({ declaration }) => declaration) });
    for (const { declaration, schema } of declared) {
      if (schema !== undefined) out.texts.push(schema);
      if (typeof declaration !== 'string') out.consts++;
    }
    entries.push(`${objectLiteralKey(operation.operationId)}: ${lookupEntry(parts, names, bindings)}`);
  }
  if (entries.length > 0) {
    const doc = jsDoc(['The schemas of each operation by operationId, mirroring the `operations` type of types.ts.']);
    // Pure: a bundler may still drop the lookup when nothing imports it.
    out.lookup.push(withDoc(doc, 'export const operationSchemas = /* @__PURE__ */ operationSchemaTable();'));
    const why = '// In a function so that the type checker resolves its names without walking back over every declaration above.';
    out.lookup.push(`${why}\nfunction operationSchemaTable() {\n  return ${indentLines(block(entries, ','))} as const;\n}`);
  }
  return out;
}

/** The pieces of `declared`: one per operation (keyed `op:<operationId>`), then the lookup's. */
export function operationPieces(declared: OperationDeclarations, functionForm: boolean): Piece[] {
  return [
    ...declared.operations.map(({ key, declarations }) => ({
      key,
      text: declarations.map((declaration) => printSchemaDeclaration(declaration, functionForm)).join('\n\n'),
    })),
    ...declared.lookup.map((text) => ({ text })),
  ];
}

/** Each part's const name and schema (another const, or the text to declare) before any aliasing, in the order `declareOperationSchemas` declares them. */
export function operationPartTexts(parts: OperationParts, names: OperationNames, context: ZodContext): Array<[string, PartCode]> {
  const out: Array<[string, PartCode]> = [];
  for (const { location, schema } of parameterGroups(parts))
    out.push([schemaConstName(names[PARAMETER_PART[location]]), partCode(schema, context)]);
  if (parts.requestBody) out.push([schemaConstName(names.requestBody), partCode(parts.requestBody.schema, context)]);
  for (const response of parts.responses) {
    const name = names.statuses.get(response.status);
    if (response.body && name) out.push([schemaConstName(name), partCode(response.body, context)]);
  }
  return out;
}

/** A part's schema: the const it is nothing but, or the expression to declare. */
function partCode(schema: Schema, context: ZodContext): PartCode {
  const alias = constOf(schema, context);
  return alias === undefined ? { text: context.render(schema) } : { alias };
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
): Array<{ declaration: SchemaDeclaration; schema?: string }> {
  const out: Array<{ declaration: SchemaDeclaration; schema?: string }> = [];
  const constant = (name: string, code: PartCode): void => {
    const constName = schemaConstName(name);
    // Another schema's const (a named schema or an earlier part), or the same text as an earlier
    // part (many operations share `{ owner, repo }`): an alias of that const, not a declaration.
    const target = 'alias' in code ? (bindings.local.get(code.alias) ?? code.alias) : bindings.declared.get(code.text);
    const schema = 'text' in code ? { schema: code.text } : {};
    if (target === undefined && 'text' in code) {
      bindings.declared.set(code.text, constName);
      out.push({ declaration: { kind: 'const', doc: '', name: constName, text: code.text }, ...schema });
      return;
    }
    bindings.local.set(constName, target!);
    out.push({ declaration: `export { ${target} as ${constName} };`, ...schema });
  };
  for (const { location, schema } of parameterGroups(parts)) constant(names[PARAMETER_PART[location]], partCode(schema, context));
  if (parts.requestBody) constant(names.requestBody, partCode(parts.requestBody.schema, context));
  for (const response of parts.responses) {
    const name = names.statuses.get(response.status);
    if (response.body && name) constant(name, partCode(response.body, context));
  }
  constant(names.response, successSchema(parts, names, bindings));
  return out;
}

/** The union of the 2xx bodies, as in types.ts: the one body's const itself when there is one. */
function successSchema(parts: OperationParts, names: OperationNames, bindings: Bindings): PartCode {
  if (parts.success.length === 0) return { text: 'z.unknown()' };
  const bodies = parts.success.map((response) => {
    const name = names.statuses.get(response.status);
    return response.body && name ? local(name, bindings) : undefined;
  });
  const distinct = [...new Set(bodies)];
  if (distinct.length === 1 && distinct[0] !== undefined) return { alias: distinct[0] };
  return { text: distinct.length === 1 ? 'z.undefined()' : `z.union([${distinct.map((body) => body ?? 'z.undefined()').join(', ')}])` };
}
