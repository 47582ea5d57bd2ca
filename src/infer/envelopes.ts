/**
 * A response table that documents the payload of an envelope its samples wrap it in — the way
 * exchanges' references write their responses (Bybit, Bitget, OKX, HTX, KuCoin):
 *
 *     | Parameter | Type   |          {
 *     | symbol    | string |            "code": "00000", "msg": "success",
 *     | lastPr    | string |            "data": [ { "symbol": "BTCUSDT", "lastPr": "34413.1" } ]
 *                                     }
 *
 * The table's fields are the items of `data` (or `result`, or whatever the one member the
 * samples show them in is called), not the top level's: the response becomes the envelope the
 * samples show, that member the table's object (an array of it where the samples hold an array),
 * the envelope's other members open for the samples to fill. Only where no field of the table
 * stands at the samples' top level, and one member (an object, or an array of objects) holds at
 * least half of them and more than any other; every JSON sample of the body must agree.
 * A table that lists the envelope itself (`result` ⏎ `> list`) is left as it is.
 */
import type { ApiDocument, Content, JsonValue, ObjectSchema, Property, Schema } from '../ir/types.js';

interface Member {
  name: string;
  array: boolean;
}

export function placeInEnvelopes(document: ApiDocument): void {
  for (const operation of document.operations)
    for (const response of operation.responses) for (const content of response.content) placeContent(content);
}

function placeContent(content: Content): void {
  const schema = content.schema;
  if (schema?.kind !== 'object' || schema.properties.length === 0) return;
  const values = content.examples.map((example) => example.value).filter((value) => value !== undefined);
  const objects = values.filter(isRecord);
  if (objects.length === 0 || objects.length !== values.length) return;
  const names = schema.properties.map((property) => property.name);
  const members = objects.map((value) => memberHolding(value, names));
  const first = members[0];
  if (!first || members.some((member) => member?.name !== first.name || member.array !== first.array)) return;
  const keys = [...new Set(objects.flatMap((value) => Object.keys(value)))];
  const payload: ObjectSchema = { ...schema };
  const properties: Property[] = keys.map((key) => ({
    name: key,
    schema: key === first.name ? (first.array ? { kind: 'array', items: payload } : payload) : { kind: 'unknown' },
    required: false,
  }));
  const envelope: Schema = { kind: 'object', properties };
  if (schema.source) envelope.source = schema.source;
  content.schema = envelope;
}

/** The one member of `value` that holds the table's fields (see the module comment), if there is one. */
function memberHolding(value: Record<string, JsonValue>, names: readonly string[]): Member | undefined {
  if (names.some((name) => Object.hasOwn(value, name))) return undefined;
  let best: Member | undefined;
  let bestCount = 0;
  let tied = false;
  for (const [key, inner] of Object.entries(value)) {
    const array = Array.isArray(inner);
    const records = array ? inner.filter(isRecord) : isRecord(inner) ? [inner] : [];
    if (records.length === 0 || (array && records.length !== inner.length)) continue;
    const count = names.filter((name) => records.some((record) => Object.hasOwn(record, name))).length;
    if (count > bestCount) {
      best = { name: key, array };
      bestCount = count;
      tied = false;
    } else if (count === bestCount && count > 0) tied = true;
  }
  return best && !tied && bestCount * 2 >= names.length ? best : undefined;
}

function isRecord(value: JsonValue | undefined): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
