/**
 * Every schema name the IR refers to (`ref` schemas and discriminator mappings), so that the
 * emitter can define a component for any name the merge left undefined: no `$ref` dangles.
 */
import type { ApiDocument, Operation, Schema } from '../../ir/types.js';

export function collectReferencedNames(doc: ApiDocument): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Schema): void => {
    switch (schema.kind) {
      case 'ref':
        names.add(schema.name);
        return;
      case 'array':
        for (const item of schema.prefixItems ?? []) visit(item);
        visit(schema.items);
        return;
      case 'object':
        for (const name of Object.values(schema.discriminator?.mapping ?? {})) names.add(name);
        for (const property of schema.properties) visit(property.schema);
        if (schema.additionalProperties) visit(schema.additionalProperties);
        return;
      case 'map':
        visit(schema.values);
        return;
      case 'union':
        for (const name of Object.values(schema.discriminator?.mapping ?? {})) names.add(name);
        for (const variant of schema.variants) visit(variant);
        return;
      case 'intersection':
        for (const part of schema.parts) visit(part);
        return;
      default:
        return;
    }
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
