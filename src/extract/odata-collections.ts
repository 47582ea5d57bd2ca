/**
 * OData's collection envelope. A response documented as a collection ("returns a `200 OK`
 * response code and collection of [user] objects in the response body", an array of `user`)
 * travels as OData's JSON format sends collections, which the page's samples show:
 *
 *     { "@odata.context": "https://…/$metadata#users", "value": [ { … }, … ] }
 *
 * The body is then that object: the documented array is its `value`, and each annotation the
 * samples show (`@odata.context`, `@odata.nextLink`, `@odata.count`) a property left open for
 * the samples to type (infer/). Nothing is required: the page states no such thing. Only where
 * every JSON sample of the body is such an envelope; a bare array sample leaves the body as it is.
 */
import type { ArraySchema, Content, JsonValue, Operation, Property, Schema } from '../ir/types.js';

/** An OData annotation's name: `@odata.context`, `@odata.nextLink`, `@microsoft.graph.tips`. */
const ANNOTATION = /^@[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/;

export function collectionEnvelopes(operation: Operation): void {
  for (const response of operation.responses) for (const content of response.content) wrapInEnvelope(content);
}

function wrapInEnvelope(content: Content): void {
  const schema = content.schema;
  if (schema?.kind !== 'array' || !/json/i.test(content.mediaType)) return;
  const values = content.examples.filter((example) => example.value !== undefined).map((example) => example.value!);
  if (values.length === 0 || !values.every(isEnvelope)) return;
  const annotations: string[] = [];
  for (const value of values)
    for (const key of Object.keys(value as object)) if (key !== 'value' && !annotations.includes(key)) annotations.push(key);
  const { source, description, ...collection } = schema;
  const properties: Property[] = [
    ...annotations.map((name): Property => ({ name, schema: { kind: 'unknown' }, required: false })),
    { name: 'value', schema: collection as ArraySchema, required: false },
  ];
  const envelope: Schema = { kind: 'object', properties };
  if (source) envelope.source = source;
  if (description) envelope.description = description;
  content.schema = envelope;
}

/** `{ "@odata.context": …, "value": [ … ] }`: a `value` array, every other key an annotation. */
function isEnvelope(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return Array.isArray(value.value) && keys.every((key) => key === 'value' || ANNOTATION.test(key));
}
