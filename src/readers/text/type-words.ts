/**
 * Which tokens can stand in a flattened row's Type column. A continuation line of a wrapped
 * description (`Use MDO List name "person" to get list items.`) splits into tokens just as a row
 * does; what tells them apart is that its second word is no type: `MDO` and `fields` are not, while
 * `int32`, `date-time`, `TicketEntity`, `Enum: A, B` and `string[]` are.
 */

/** Primitive and format words of the DocFX, OpenAPI and .NET vocabularies (lower-cased). */
const PRIMITIVES = new Set([
  'any',
  'array',
  'base64',
  'bigint',
  'binary',
  'blob',
  'bool',
  'boolean',
  'byte',
  'bytes',
  'char',
  'date',
  'date-time',
  'datetime',
  'datetimeoffset',
  'decimal',
  'dict',
  'dictionary',
  'double',
  'duration',
  'dynamic',
  'email',
  'enum',
  'file',
  'float',
  'float32',
  'float64',
  'guid',
  'hostname',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'integer',
  'ipv4',
  'ipv6',
  'json',
  'list',
  'long',
  'map',
  'null',
  'number',
  'object',
  'password',
  'sbyte',
  'set',
  'short',
  'single',
  'stream',
  'string',
  'text',
  'time',
  'timespan',
  'timestamp',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'ulong',
  'unknown',
  'uri',
  'url',
  'ushort',
  'uuid',
  'void',
  'xml',
]);

/** `List<int>`, `X[]`, `int?`: the word before any generic, array or nullable suffix. */
const SHAPE = /^([A-Za-z_$][\w.$-]*)(?:<[^\s]*>)?(?:\[\])*\??$/;

/**
 * True when `word` is a type: a primitive, or a type name with a capital and a lower-case letter
 * (`TicketEntity`, `SuperOffice.CRM.Contact`), each optionally generic, array or nullable.
 */
export function isTypeWord(word: string): boolean {
  const match = SHAPE.exec(word);
  if (!match) return false;
  const base = match[1]!;
  if (PRIMITIVES.has(base.toLowerCase())) return true;
  if (word !== base) return true;
  return /^[A-Z]/.test(base) && /[a-z]/.test(base) && !base.endsWith('.');
}
