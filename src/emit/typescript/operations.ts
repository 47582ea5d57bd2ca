/**
 * Types per operation (`XxxPathParams`, `XxxQuery`, `XxxHeaders`, `XxxCookies`, `XxxRequestBody`,
 * `Xxx200Response`, `XxxResponse` = the 2xx bodies) and the `operations` map keyed by operationId.
 */
import type { Operation } from '../../ir/types.js';
import type { Reuse } from '../reuse.js';
import { jsDoc, withDoc } from '../shared/comments.js';
import { type OperationNames, typePropertyKey } from '../shared/naming.js';
import { type OperationParts, operationsToDeclare, PARAMETER_PART, parameterGroups } from '../shared/operation-parts.js';
import type { Piece } from '../shared/piece-text.js';
import { block, blockMember } from '../shared/source-file.js';
import type { TypeContext } from './context.js';
import { renderObjectMembers } from './kinds/object.js';

/** Each operation's declarations (by operationId) and its member of the closing `operations` interface. */
export function declareOperations(operations: Operation[], context: TypeContext, reuse?: Reuse): { parts: Piece[]; entries: Piece[] } {
  const parts: Piece[] = [];
  const entries: Piece[] = [];
  for (const { operation, names, parts: operationParts } of operationsToDeclare(operations, context.names.operations)) {
    const keys = { parts: `op:${operation.operationId}`, entry: `entry:${operation.operationId}` };
    const reused = { parts: reuse?.(keys.parts), entry: reuse?.(keys.entry) };
    const declared =
      reused.parts && reused.entry
        ? { parts: reused.parts, entry: reused.entry }
        : declareOperation(operation, names, operationParts, context);
    parts.push({ key: keys.parts, text: declared.parts });
    entries.push({ key: keys.entry, text: declared.entry });
  }
  return { parts, entries };
}

/** One operation's declarations, and its member of the `operations` interface as that block holds it. */
export function declareOperation(
  operation: Operation,
  names: OperationNames,
  parts: OperationParts,
  context: TypeContext,
): { parts: string; entry: string } {
  const entry = withDoc(operationDoc(operation), `${typePropertyKey(operation.operationId)}: ${operationEntry(parts, names)}`);
  return { parts: declareOperationParts(parts, names, context).join('\n\n'), entry: blockMember(entry, ';') };
}

function declareOperationParts(parts: OperationParts, names: OperationNames, context: TypeContext): string[] {
  const out: string[] = [];
  for (const { location, schema } of parameterGroups(parts)) {
    out.push(`export interface ${names[PARAMETER_PART[location]]} ${block(renderObjectMembers(schema, context), ';')}`);
  }
  if (parts.requestBody) out.push(`export type ${names.requestBody} = ${context.render(parts.requestBody.schema)};`);
  for (const response of parts.responses) {
    if (response.body) out.push(`export type ${names.statuses.get(response.status)} = ${context.render(response.body)};`);
  }
  out.push(`export type ${names.response} = ${successType(parts, names)};`);
  return out;
}

/** The union of the 2xx bodies; `undefined` for a body-less 2xx, `unknown` when no 2xx is documented. */
function successType(parts: OperationParts, names: OperationNames): string {
  if (parts.success.length === 0) return 'unknown';
  const types = parts.success.map((response) => (response.body ? (names.statuses.get(response.status) ?? 'unknown') : 'undefined'));
  return [...new Set(types)].join(' | ');
}

function operationEntry(parts: OperationParts, names: OperationNames): string {
  const parameters: string[] = [];
  for (const { location, schema } of parameterGroups(parts)) {
    const optional = schema.properties.some((property) => property.required) ? '' : '?';
    parameters.push(`${location}${optional}: ${names[PARAMETER_PART[location]]}`);
  }
  const members = [`parameters: ${block(parameters, ';')}`];
  if (parts.requestBody) members.push(`requestBody${parts.requestBody.required ? '' : '?'}: ${names.requestBody}`);
  const responses = parts.responses.map(
    (response) => `${typePropertyKey(response.status)}: ${response.body ? names.statuses.get(response.status) : 'undefined'}`,
  );
  members.push(`responses: ${block(responses, ';')}`);
  members.push(`response: ${names.response}`);
  return block(members, ';');
}

function operationDoc(operation: Operation): string {
  const lines: string[] = [];
  if (operation.summary) lines.push(operation.summary);
  if (operation.description && operation.description !== operation.summary) lines.push(operation.description);
  lines.push(`${operation.method.toUpperCase()} ${operation.path}`);
  if (operation.deprecated) lines.push('@deprecated');
  return jsDoc(lines);
}
