/** A JSON object as parsed: its keys, each value not yet checked. */
export type JsonObject = Record<string, unknown>;

/** A JSON object, not `null` or an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
