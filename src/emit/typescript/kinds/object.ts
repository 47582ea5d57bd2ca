import type { ObjectSchema, Property } from '../../../ir/types.js';
import { jsDoc, schemaDocLines, withDoc } from '../../shared/comments.js';
import { typePropertyKey } from '../../shared/naming.js';
import { block } from '../../shared/source-file.js';
import type { TypeContext } from '../context.js';

/**
 * An object type literal. Open objects (additionalProperties not stated) get no index signature;
 * a schema for extra keys adds one wide enough for the declared properties too.
 */
export function renderObjectType(schema: ObjectSchema, context: TypeContext): string {
  const members = renderObjectMembers(schema, context);
  if (members.length > 0) return block(members, ';');
  return schema.additionalProperties === false ? 'Record<string, never>' : 'Record<string, unknown>';
}

/** The members of an object type (also the body of an interface), each with its JSDoc. */
export function renderObjectMembers(schema: ObjectSchema, context: TypeContext): string[] {
  const members = uniqueProperties(schema.properties).map((property) => renderProperty(property, context));
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false) {
    const types = [context.render(extra)];
    for (const property of uniqueProperties(schema.properties)) {
      types.push(context.render(property.schema));
      if (!property.required) types.push('undefined');
    }
    const unique = [...new Set(types)];
    members.push(`[key: string]: ${unique.includes('unknown') ? 'unknown' : unique.join(' | ')}`);
  }
  return members;
}

function renderProperty(property: Property, context: TypeContext): string {
  const modifier = property.schema.readOnly ? 'readonly ' : '';
  // Optional members also admit `undefined`, as zod's `.optional()` does: the types then agree
  // with the schemas under `exactOptionalPropertyTypes` too.
  const type = context.render(property.schema);
  const line = property.required
    ? `${modifier}${typePropertyKey(property.name)}: ${type}`
    : `${modifier}${typePropertyKey(property.name)}?: ${type === 'unknown' ? type : `${type} | undefined`}`;
  return withDoc(jsDoc(schemaDocLines(property.schema, property.description)), line);
}

/** Properties by wire name, the first of duplicates kept. */
function uniqueProperties(properties: Property[]): Property[] {
  const seen = new Set<string>();
  return properties.filter((property) => !seen.has(property.name) && seen.add(property.name));
}
