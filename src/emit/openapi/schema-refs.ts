/**
 * Every schema name the IR refers to (`ref` schemas and discriminator mappings), so that the
 * emitter can define a component for any name the merge left undefined: no `$ref` dangles.
 */
import { childSchemas } from '../../ir/schema-children.js';
import type { ApiDocument, Operation, Schema } from '../../ir/types.js';

export function collectReferencedNames(doc: ApiDocument): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Schema): void => {
    if (schema.kind === 'ref') names.add(schema.name);
    if (schema.kind === 'object' || schema.kind === 'union') {
      for (const name of Object.values(schema.discriminator?.mapping ?? {})) names.add(name);
    }
    childSchemas(schema).forEach(visit);
  };
  for (const named of doc.schemas) visit(named.schema);
  const visitOperation = (operation: Operation): void => {
    for (const parameter of operation.parameters) visit(parameter.schema);
    for (const content of operation.requestBody?.content ?? []) if (content.schema) visit(content.schema);
    for (const response of operation.responses) {
      for (const header of response.headers) visit(header.schema);
      for (const content of response.content) if (content.schema) visit(content.schema);
    }
    for (const callback of operation.callbacks ?? []) callback.operations.forEach(visitOperation);
  };
  doc.operations.forEach(visitOperation);
  doc.webhooks?.forEach(visitOperation);
  return names;
}
