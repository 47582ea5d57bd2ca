/**
 * Schemas per operation part, named like the types (`XxxPathParamsSchema`, `XxxQuerySchema`,
 * `XxxRequestBodySchema`, `Xxx200ResponseSchema`, `XxxResponseSchema`), so that
 * `z.infer<typeof XxxQuerySchema>` agrees with `XxxQuery`.
 */
import type { Operation } from '../../ir/types.js';
import { jsDoc, withDoc } from '../shared/comments.js';
import { objectLiteralKey, schemaConstName, type OperationNames } from '../shared/naming.js';
import { operationsToDeclare, parameterGroups, PARAMETER_PART, type OperationParts } from '../shared/operation-parts.js';
import { block } from '../shared/source-file.js';
import type { ZodContext } from './context.js';

/** The part schemas of every operation (by operationId), then the `operationSchemas` lookup object. */
export function declareOperationSchemas(operations: Operation[], context: ZodContext): string[] {
  const out: string[] = [];
  const entries: string[] = [];
  for (const { operation, names, parts } of operationsToDeclare(operations, context.names.operations)) {
    out.push(...declareParts(parts, names, context));
    entries.push(`${objectLiteralKey(operation.operationId)}: ${lookupEntry(parts, names)}`);
  }
  if (entries.length > 0) {
    const doc = jsDoc(['The schemas of each operation by operationId, mirroring the `operations` type of types.ts.']);
    out.push(withDoc(doc, `export const operationSchemas = ${block(entries, ',')} as const;`));
  }
  return out;
}

function lookupEntry(parts: OperationParts, names: OperationNames): string {
  const members = parameterGroups(parts).map(({ location }) => `${location}: ${schemaConstName(names[PARAMETER_PART[location]])}`);
  if (parts.requestBody) members.push(`requestBody: ${schemaConstName(names.requestBody)}`);
  const responses = parts.responses.map((response) => {
    const name = names.statuses.get(response.status);
    return `${objectLiteralKey(response.status)}: ${response.body && name ? schemaConstName(name) : 'z.undefined()'}`;
  });
  members.push(`responses: ${block(responses, ',')}`);
  members.push(`response: ${schemaConstName(names.response)}`);
  return block(members, ',');
}

function declareParts(parts: OperationParts, names: OperationNames, context: ZodContext): string[] {
  const out: string[] = [];
  const constant = (name: string, text: string): string => `export const ${schemaConstName(name)} = ${text};`;
  for (const { location, schema } of parameterGroups(parts)) out.push(constant(names[PARAMETER_PART[location]], context.render(schema)));
  if (parts.requestBody) out.push(constant(names.requestBody, context.render(parts.requestBody.schema)));
  for (const response of parts.responses) {
    const name = names.statuses.get(response.status);
    if (response.body && name) out.push(constant(name, context.render(response.body)));
  }
  out.push(constant(names.response, successSchema(parts, names)));
  return out;
}

/** The union of the 2xx bodies, as in types.ts. */
function successSchema(parts: OperationParts, names: OperationNames): string {
  if (parts.success.length === 0) return 'z.unknown()';
  const schemas = [
    ...new Set(
      parts.success.map((response) => {
        const name = names.statuses.get(response.status);
        return response.body && name ? schemaConstName(name) : 'z.undefined()';
      }),
    ),
  ];
  return schemas.length === 1 ? (schemas[0] as string) : `z.union([${schemas.join(', ')}])`;
}
