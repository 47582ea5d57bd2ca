/**
 * Type words → IR schema: the ONE vocabulary every dialect's type column goes through.
 *
 *     int32 · Int32 · int            → integer int32      String · string     → string
 *     short · uint32 · u8 · ushort · ulong (each width) → integer int16 · uint32 · uint8 · uint16 · uint64
 *     integer · unsigned integer     → integer (no width stated: no format)
 *     int64 · long                   → integer int64      date-time · DateTime → string date-time
 *     bool · Boolean                 → boolean            double · decimal     → number (+format)
 *     decimal number · globally unique identifier (Help Page words) → number · uuid
 *     Array · array                  → array of unknown   Object · object      → map of unknown
 *     byte · byte[] · Collection of byte → string byte        binary · file        → string binary
 *     X[] · Collection of X · List<X> → array of X         Enum: A, B, C · enum: a | b → string enum
 *     Dictionary of string [key] and X [value] · Dictionary<string, X> · map<string|X> → map of X
 *     String to X map (AWS's words) · map of X (Enunciate's) → map of X
 *     SDK docs' words: Dict[str, X] · map[string]X → map of X   []X → array of X   OffsetDateTime · time.Time → date-time
 *     Swagger2Markup's: integer (int64) · enum (a, b) · < X > array · < string, X > map
 *     integer(int32) · string(date-time) → the type with that format   [X]   → array of X
 *     int? · ?string                 → nullable
 *     enum · ENUM (bare)             → string (its description states the values)
 *     ENUM name                      → ref name           Ticket · DTO_contact → ref (named schema)
 *     unix timestamp · epoch millis  → integer (a count since the epoch: no date-time, no width)
 *     bigint · long integer          → integer int64      ipv4 · ipv6 · hostname · e-mail → string + that format
 *     string array · integer array   → array of the word  Optional[str]        → nullable
 *     Bulb array (a capitalised name) → array of ref Bulb
 *     apiDoc's String{2..30} · Number{1-100} · String="a","b" → the type with its size or values
 *     String(255) · varchar(64) → string maxLength   decimal(10,2) → number decimal   "a" | "b" → string enum
 *     Swagger UI's string($uuid) · Redoc's string <uuid> → that format   Redoc's object (Garden) → ref Garden
 *     Option<T> · Optional<T> · Nullable<T> → nullable T   Vec<T> → array of T   HashMap<K, V> · Record<K, V> → map of V
 *     Twilio's SID<AC> · SID<PN>     → string (an id's prefix in the brackets: no format, no pattern)
 *     Matrix's {string: X} · TypeScript's { [key: string]: X } → map of X
 *     Chinese and Japanese words: 字符串 · 文字列 → string   整数 → integer   长整型 → integer int64   数值 · 数値 → number
 *     布尔 · 真偽値 → boolean   日期 · 日付 → string date   数组 · 配列 → array   对象 · オブジェクト → map   文件 → binary
 *     Spanish, Portuguese, French, German, Italian: cadena · texto · chaîne · stringa → string   entero · inteiro · entier ·
 *     Ganzzahl → integer   número · nombre · Zahl → number   booleano · booléen → boolean   fecha → date   fecha y hora → date-time
 *     archivo · fichier → binary   arreglo · lista → array   objeto · objet · Objekt → map
 *
 * `object` is a map (any keys, unknown values), not an empty object: the docs use it for
 * dictionaries (ExtraFields, FieldProperties) and "any value" alike, and both accept any keys.
 * Unknown words give `undefined` from `parseTypeText`; `schemaFromTypeText` reports them.
 */

import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { isEpochWords } from '../document/epoch-words.js';
import { meantWord } from '../document/slips.js';
import type { Source } from '../ir/source.js';
import type { Schema } from '../ir/types.js';
import { apidocType, withApidocParts } from './apidoc-types.js';

type Make = () => Schema;

const VOCABULARY = new Map<string, Make>([
  ...words(
    // Rust's `i32` too.
    ['int', 'int32', 'i32'],
    () => ({
      kind: 'integer',
      format: 'int32',
    }),
  ),
  // Each width the word states, as the format registry names it: `uint32` holds 4,294,967,295,
  // which `int32` does not, and a `short` is no `int32` (ir/integer-formats.ts).
  ...words(['int8', 'i8', 'sbyte', 'signed byte'], () => ({ kind: 'integer', format: 'int8' })),
  ...words(['int16', 'i16', 'short'], () => ({ kind: 'integer', format: 'int16' })),
  ...words(['uint8', 'u8'], () => ({ kind: 'integer', format: 'uint8' })),
  ...words(['uint16', 'u16', 'ushort'], () => ({ kind: 'integer', format: 'uint16' })),
  ...words(['uint', 'uint32', 'u32', 'unsigned int'], () => ({ kind: 'integer', format: 'uint32' })),
  // `integer` names no width (a Help Page writes it for Int16 … Int64 alike): no format is invented.
  ...words(['integer', 'unsigned integer', 'signed integer', 'positive integer', 'non-negative integer'], () => ({ kind: 'integer' })),
  ...words(['uint64', 'ulong', 'unsigned long', 'u64'], () => ({ kind: 'integer', format: 'uint64' })),
  // SQL's `bigint` is 64 bits wide, as is a `long integer`.
  ...words(['int64', 'long', 'bigint', 'big integer', 'long integer', 'i64', 'isize', 'usize'], () => ({
    kind: 'integer',
    format: 'int64',
  })),
  ...words(
    ['string', 'str', 'text', 'char', 'character', 'id', 'numeric string', 'json string', 'json-encoded string', 'stringified json'],
    () => ({
      kind: 'string',
    }),
  ),
  // A bare `ENUM` / `enum` names no values: a string, whose description states them (`withStatedValues`).
  ...words(['enum', 'enumeration'], () => ({ kind: 'string' })),
  ...words(['guid', 'uuid', 'globally unique identifier'], () => ({ kind: 'string', format: 'uuid' })),
  // SDK docs name the language's types: Java's OffsetDateTime, LocalDate, BigDecimal; Go's time.Time; Python's bytearray.
  ...words(
    ['date-time', 'datetime', 'datetimeoffset', 'timestamp', 'offsetdatetime', 'localdatetime', 'zoneddatetime', 'instant', 'time.time'],
    () => ({
      kind: 'string',
      format: 'date-time',
    }),
  ),
  // `ISO8601 timestamp` (Discord): a date-time; `ISO8601` alone says a string in that standard, not which of its forms.
  ...words(
    [
      'iso8601 timestamp',
      'iso 8601 timestamp',
      'iso8601 date-time',
      'iso 8601 date-time',
      'iso8601 datetime',
      'iso 8601 datetime',
      'iso date-time',
      'iso datetime',
      'iso timestamp',
      'rfc3339',
      'rfc 3339',
      'rfc3339 timestamp',
      'rfc 3339 timestamp',
      'rfc3339 date-time',
      'datetime string',
      'date-time string',
    ],
    () => ({
      kind: 'string',
      format: 'date-time',
    }),
  ),
  ...words(['iso8601', 'iso 8601'], () => ({ kind: 'string' })),
  // A snowflake id (Discord's, and the APIs that copy its ids) travels as a string.
  ...words(['snowflake'], () => ({ kind: 'string' })),
  ...words(['date', 'dateonly', 'localdate', 'iso 8601 date', 'iso8601 date', 'iso date', 'date string'], () => ({
    kind: 'string',
    format: 'date',
  })),
  ...words(['time', 'timeonly', 'timeofday'], () => ({ kind: 'string', format: 'time' })),
  ...words(['timespan', 'duration', 'time interval'], () => ({ kind: 'string', format: 'duration' })),
  ...words(['uri', 'url', 'url string', 'uri string'], () => ({ kind: 'string', format: 'uri' })),
  ...words(['email', 'e-mail', 'email address', 'e-mail address'], () => ({ kind: 'string', format: 'email' })),
  ...words(['ipv4', 'ipv4 address'], () => ({ kind: 'string', format: 'ipv4' })),
  ...words(['ipv6', 'ipv6 address'], () => ({ kind: 'string', format: 'ipv6' })),
  ...words(['hostname', 'host name'], () => ({ kind: 'string', format: 'hostname' })),
  // `true/false` in a type cell: the two values a boolean has.
  ...words(['bool', 'boolean', 'true/false', 'true / false', 'true|false', 'true | false', 'true or false'], () => ({ kind: 'boolean' })),
  ...words(['double', 'decimal number', 'float64', 'double precision', 'f64'], () => ({ kind: 'number', format: 'double' })),
  ...words(['float', 'single', 'float32', 'f32'], () => ({ kind: 'number', format: 'float' })),
  ...words(['decimal'], () => ({ kind: 'number', format: 'decimal' })),
  ...words(['number', 'numeric', 'bigdecimal', 'real'], () => ({ kind: 'number' })),
  ...words(['byte', 'byte[]', 'base64', 'bytearray', 'base64 string', 'base64-encoded string'], () => ({ kind: 'string', format: 'byte' })),
  ...words(['binary', 'file', 'file contents', 'stream', 'iformfile', 'blob'], () => ({ kind: 'string', format: 'binary' })),
  ...words(['array', 'list', 'collection', 'json array'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['object', 'dictionary', 'map', 'hashtable', 'hash', 'hashmap', 'dict', 'json object'], () => ({
    kind: 'map',
    values: { kind: 'unknown' },
  })),
  // A word for any value states it: samples show values of it, and fill it not (`json` may name an object's text: open).
  ...words(['any', 'dynamic', 'jtoken', 'mixed'], () => ({ kind: 'unknown', anyValue: true })),
  ...words(['json'], () => ({ kind: 'unknown' })),
  ...words(['null'], () => ({ kind: 'null' })),
  // Chinese and Japanese type words: no width or format where the word states none.
  ...words(['字符串', '字符串型', '字符型', '文本', '文字列'], () => ({ kind: 'string' })),
  ...words(['整数', '整型', '整数型'], () => ({ kind: 'integer' })),
  ...words(['长整型', '长整数'], () => ({ kind: 'integer', format: 'int64' })),
  ...words(['数字', '数值', '浮点数', '浮点型', '小数', '数値'], () => ({ kind: 'number' })),
  ...words(['布尔', '布尔值', '布尔型', '真偽値', '論理値', 'ブール', 'ブール値'], () => ({ kind: 'boolean' })),
  ...words(['日期', '日付'], () => ({ kind: 'string', format: 'date' })),
  ...words(['日期时间', '日時'], () => ({ kind: 'string', format: 'date-time' })),
  ...words(['文件', 'ファイル'], () => ({ kind: 'string', format: 'binary' })),
  ...words(['数组', '列表', '配列', 'リスト'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['对象', 'オブジェクト'], () => ({ kind: 'map', values: { kind: 'unknown' } })),
  // Spanish, Portuguese, French, German and Italian type words.
  ...words(['cadena', 'cadena de texto', 'texto', 'chaîne', 'chaîne de caractères', 'texte', 'zeichenkette', 'stringa', 'testo'], () => ({
    kind: 'string',
  })),
  ...words(
    ['entero', 'número entero', 'inteiro', 'número inteiro', 'entier', 'nombre entier', 'ganzzahl', 'intero', 'numero intero'],
    () => ({
      kind: 'integer',
    }),
  ),
  ...words(['número', 'numero', 'número decimal', 'nombre', 'nombre décimal', 'dezimalzahl', 'zahl', 'numérico', 'numerico'], () => ({
    kind: 'number',
  })),
  ...words(['booleano', 'booléen', 'boolesch'], () => ({ kind: 'boolean' })),
  ...words(['fecha'], () => ({ kind: 'string', format: 'date' })),
  ...words(['fecha y hora', 'data e hora', 'date et heure', 'data e ora'], () => ({ kind: 'string', format: 'date-time' })),
  ...words(['archivo', 'arquivo', 'fichier', 'datei'], () => ({ kind: 'string', format: 'binary' })),
  ...words(['arreglo', 'matriz', 'tableau', 'lista', 'liste', 'vetor', 'elenco'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['objeto', 'objet', 'oggetto', 'objekt'], () => ({ kind: 'map', values: { kind: 'unknown' } })),
  // Russian type words.
  ...words(['строка', 'строковый', 'текст'], () => ({ kind: 'string' })),
  ...words(['целое', 'целое число', 'целочисленный'], () => ({ kind: 'integer' })),
  ...words(['число', 'дробное число', 'вещественное число', 'числовой'], () => ({ kind: 'number' })),
  ...words(['логический', 'булево', 'булев', 'булевый', 'логическое значение'], () => ({ kind: 'boolean' })),
  ...words(['дата'], () => ({ kind: 'string', format: 'date' })),
  ...words(['дата и время', 'дата-время'], () => ({ kind: 'string', format: 'date-time' })),
  ...words(['файл'], () => ({ kind: 'string', format: 'binary' })),
  ...words(['массив', 'список'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['объект', "об'єкт", 'об’єкт'], () => ({ kind: 'map', values: { kind: 'unknown' } })),
  // Ukrainian, Polish, Turkish, Indonesian and Vietnamese type words.
  ...words(['рядок', 'ciąg znaków', 'metin', 'dize', 'teks', 'chuỗi'], () => ({ kind: 'string' })),
  ...words(['ціле число', 'liczba całkowita', 'tam sayı', 'tamsayı', 'bilangan bulat', 'số nguyên'], () => ({ kind: 'integer' })),
  ...words(['liczba', 'sayı', 'angka', 'số', 'số thực'], () => ({ kind: 'number' })),
  ...words(['логічний', 'wartość logiczna', 'mantıksal'], () => ({ kind: 'boolean' })),
  ...words(['tarih', 'tanggal', 'ngày'], () => ({ kind: 'string', format: 'date' })),
  ...words(['масив', 'tablica', 'dizi', 'larik', 'mảng'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['obiekt', 'nesne', 'objek', 'đối tượng'], () => ({ kind: 'map', values: { kind: 'unknown' } })),
  // Korean type words: no width or format where the word states none.
  ...words(['문자열', '문자', '텍스트', '스트링'], () => ({ kind: 'string' })),
  ...words(['정수', '정수형'], () => ({ kind: 'integer' })),
  ...words(['숫자', '숫자형', '수치', '실수', '소수'], () => ({ kind: 'number' })),
  ...words(['불리언', '불린', '부울', '논리', '논리값', '논리형'], () => ({ kind: 'boolean' })),
  ...words(['날짜'], () => ({ kind: 'string', format: 'date' })),
  ...words(['날짜 시간', '날짜시간', '일시'], () => ({ kind: 'string', format: 'date-time' })),
  ...words(['파일'], () => ({ kind: 'string', format: 'binary' })),
  ...words(['배열', '리스트', '목록'], () => ({ kind: 'array', items: { kind: 'unknown' } })),
  ...words(['객체', '오브젝트'], () => ({ kind: 'map', values: { kind: 'unknown' } })),
]);

function words(list: string[], make: Make): Array<[string, Make]> {
  return list.map((word) => [word, make]);
}

const ARRAY_OF = /^(?:collection|list|array|set|enumerable|ienumerable|ilist|icollection|sequence)\s+of\s+(.+)$/i;
const GENERIC_ARRAY =
  /^(?:list|ienumerable|ilist|icollection|ireadonlylist|ireadonlycollection|collection|hashset|set|array|vec)\s*<\s*(.+)\s*>$/i;
const DICTIONARY_OF = /^dictionary\s+of\s+(.+?)\s*\[key\]\s+and\s+(.+?)\s*\[value\]$/i;
/** Enunciate's `map of string`, `map of Book`; Elasticsearch's `object of objects`: the values' type (`object of type X` is none). */
const MAP_OF = /^(?:map|object|hash)\s+of\s+(?!type\b)(.+)$/i;
/** `Dictionary<string, X>`, `map<string|X>` (HashiCorp), `Dict[str, X]` (Python), `map[string]X` (Go), `HashMap<String, X>` (Rust, Java), `Record<string, X>` (TypeScript). */
const GENERIC_MAP =
  /^i?(?:dictionary|readonlydictionary|map|dict|hashmap|btreemap|record)\s*(?:<\s*[^,|<>]+[,|]\s*(.+)\s*>|\[\s*[^,|[\]]+,\s*(.+)\s*\])$|^map\[\w+\](.+)$/i;
/** Matrix's `{string: integer}`, `{ string: EventFilter}`; TypeScript's `{ [key: string]: number }`: a map of the value's type. */
const BRACED_MAP = /^\{\s*(?:string|\[\s*\w+\s*:\s*string\s*\])\s*:\s*(.+?)\s*;?\s*\}$/i;
/** AWS's `String to string map`, `String to array of strings map`: the key's type, then the value's. */
const KEY_TO_VALUE_MAP = /^[A-Za-z]+\s+to\s+(.+?)\s+map$/i;
const BRACKET_ARRAY = /^(?:array|list)\s*\[\s*(.+?)\s*\]$/i;
const ODATA_COLLECTION = /^collection\s*\(\s*(.+?)\s*\)$|^([\w.]+)\s+collection$/i;
const NULLABLE_WORD = /^(?:nullable\s+(.+)|(.+?),?\s+\(?nullable\)?)$/i;
/** `integer or string`, `integer/string`, `string | null`: one of the types. */
const ALTERNATIVES = /\s+or\s+|\s*\|\s*|\s*\/\s*/i;
const ENUM_VALUES = /^enum\s*:\s*(.*)$/i;
const ENUM_NAMED = /^enum\s+([A-Za-z_][\w.]*)$/i;
/** Swagger2Markup: `enum (a, b)`, `< X > array`, `< X > array(multi)`, `< string, X > map`. */
/** With a space, only a format's own words: `string (optional)` is a note, not a format. */
const SPACED_FORMAT = /^([A-Za-z]+) \((int32|int64|float|double|date|date-time|byte|binary|password|uuid|uri|email|hostname|ipv4|ipv6)\)$/i;
const ENUM_LISTED = /^enum ?\((.*)\)$/i;
const ANGLE_ARRAY = /^<\s*(.+?)\s*>\s*array(?:\s*\(\w+\))?$/i;
const ANGLE_MAP = /^<\s*[^,<>]+,\s*(.+?)\s*>\s*map$/i;
const NAMED = /^[A-Z][\w.]*$/;
/** Twilio's `string<date-time>`, `enum<string>`, Redoc's `string <uuid>`: a base word, its format or kind in angle brackets. */
const ANGLE_FORMAT = /^([a-z]+) ?<([A-Za-z][\w.-]*)>$/i;
/** Formats of the OpenAPI Format Registry and JSON Schema, spelt as they define them (all lower case). */
const REGISTERED_FORMATS: ReadonlySet<string> = new Set(
  [
    'int8 int16 int32 int64 uint8 uint16 uint32 uint64 float double decimal decimal128 byte binary base64',
    'date date-time time duration password email idn-email hostname idn-hostname ipv4 ipv6',
    'uri uri-reference iri iri-reference uri-template uuid json-pointer relative-json-pointer regex char commonmark html media-range',
  ].flatMap((line) => line.split(' ')),
);
/** `string, email`: a word, a comma, semicolon or slash, and a word (a registered format, `formatKind`). */
const PAIRED_FORMAT = /^([A-Za-z]+) ?[,;/] ?([A-Za-z][\w-]*)$/;
/** The kind a registered format is a format of; undefined for a word that is none. */
function formatKind(written: string): 'integer' | 'number' | 'string' | undefined {
  const lower = written.toLowerCase();
  if (!REGISTERED_FORMATS.has(lower)) return undefined;
  if (/^u?int\d+$/.test(lower)) return 'integer';
  return /^(?:float|double|decimal|decimal128)$/.test(lower) ? 'number' : 'string';
}
/** A format as the page writes it, a registered one in its own spelling: `string (UUID)`, `integer(Int64)` → `uuid`, `int64`. */
function formatWord(written: string): string {
  const lower = written.toLowerCase();
  return REGISTERED_FORMATS.has(lower) ? lower : written;
}
/**
 * Twilio's `SID<AC>`, `SID<PN>`: its string id, the letters it opens with in the brackets. The id's
 * form (34 characters, those letters and 32 hex digits) is Twilio's general word, not the row's: a
 * row that states it (`Pattern: ^AC[0-9a-fA-F]{32}$`, `Min length: 34`) says so in its description.
 */
const PREFIXED_SID = /^(?:SID|Sid|sid) ?<[A-Z]{2,4}>$/;
/**
 * `string array`, `integer array`: an array of a vocabulary word's type (not `< X > array`); Hasura's
 * `[CollectionQuery](…) array`, a capitalised type's name before the word, an array of that type.
 */
const WORD_ARRAY = /^([a-z][\w-]*) array$/i;
/** Python's `Optional[str]`: the type, or None. */
const PYTHON_OPTIONAL = /^optional\s*\[\s*(.+?)\s*\]$/i;
/** Rust's `Option<String>`, Java's `Optional<String>`, C#'s `Nullable<int>`: the type, or null. */
const OPTION_WRAPPER = /^(?:option|optional|nullable)\s*<\s*(.+?)\s*>$/i;
/** `String(255)`, `varchar(64)`: a string of at most that many characters. */
const SIZED_STRING = /^(?:string|varchar|nvarchar|varchar2)\s*\(\s*(\d{1,9})\s*\)$/i;
/** SQL's `decimal(10,2)`, `numeric(10, 2)`: its precision and scale are no JSON type's. */
const SQL_DECIMAL = /^(decimal|numeric)\s*\(\s*\d{1,3}\s*(?:,\s*\d{1,3}\s*)?\)$/i;
/** Redoc's `object (Garden)`, `Array of objects (Garden)`: the named schema (of a list). */
const TITLED_OBJECT = /^(array of objects|objects?) \(([A-Za-z_][\w.]*)\)$/i;
/** `string (enum)`: a note on the kind, its values in the words. */
const ENUM_NOTE = /^([a-z]+) \(enum\)$/i;
/** A quoted literal, as TypeScript-style docs write an enum's values (`"asc" \| "desc"`). */
const QUOTED_LITERAL = /^"([^"]*)"$|^'([^']*)'$/;

/** A type with a required/optional flag written beside it (`string (required)`, `string, optional`, `Integer - optional`). */
const FLAGGED_TYPE =
  /^(?:(.+?)\s*(?:\(\s*(?:required|optional)\s*\)|,\s*(?:required|optional)|\s[-–—]\s*(?:required|optional))|\(\s*(?:required|optional)\s*\)\s*(.+))$/i;

/** The schema the type words mean, or `undefined` when the vocabulary does not know them. */
export function parseTypeText(text: string, aliases?: Readonly<Record<string, string>>): Schema | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  // `int?` (C#), `?string` (Discord): nullable.
  if ((trimmed.endsWith('?') || trimmed.startsWith('?')) && trimmed.length > 1) {
    const inner = parseTypeText(trimmed.endsWith('?') ? trimmed.slice(0, -1) : trimmed.slice(1), aliases);
    return inner ? { ...inner, nullable: true } : undefined;
  }
  const alias = aliases && Object.hasOwn(aliases, trimmed.toLowerCase()) ? aliases[trimmed.toLowerCase()] : undefined;
  if (alias !== undefined && alias.toLowerCase() !== trimmed.toLowerCase()) return parseTypeText(alias);
  const known = VOCABULARY.get(trimmed.toLowerCase());
  if (known) return known();
  // apiDoc's `String{2..30}`, `Number{1-100}`, `String="a","b"`: the type with its size or its values.
  const apidoc = apidocType(trimmed);
  if (apidoc) {
    const base = parseTypeText(apidoc.type, aliases);
    return base && withApidocParts(base, apidoc);
  }
  // A Unix timestamp is a count of seconds (or milliseconds) since the epoch: an integer, its width not stated.
  if (isEpochWords(trimmed)) return { kind: 'integer' };
  // go-swagger's `int32 (formatted integer)`, `date-time (formatted string)`: the format word says it all.
  const described = /^(\S+) \(formatted (?:integer|number|string)\)$/i.exec(trimmed);
  if (described) return parseTypeText(described[1]!, aliases);
  // HashiCorp's `duration format string` (`(int or duration format string: 30)`): a string written in
  // that format's words (a Go duration, `"30s"`, no ISO 8601 one), so a string and no format.
  if (/^[A-Za-z][\w-]* format string$/i.test(trimmed)) return { kind: 'string' };
  // `Integer (optional)`, `string, required`, `(required) string`: the flag is the Required column's word (`isRequired`), not the type's.
  const flagged = FLAGGED_TYPE.exec(trimmed);
  if (flagged) return parseTypeText(flagged[1] ?? flagged[2]!, aliases);
  const sized = SIZED_STRING.exec(trimmed);
  if (sized) return { kind: 'string', maxLength: Number(sized[1]) };
  const sqlDecimal = SQL_DECIMAL.exec(trimmed);
  if (sqlDecimal) return parseTypeText(sqlDecimal[1]!, aliases);
  const titledObject = TITLED_OBJECT.exec(trimmed);
  if (titledObject) {
    const ref: Schema = { kind: 'ref', name: titledObject[2]! };
    return /^array/i.test(titledObject[1]!) ? { kind: 'array', items: ref } : ref;
  }
  const enumNote = ENUM_NOTE.exec(trimmed);
  if (enumNote) return parseTypeText(enumNote[1]!, aliases);
  const wrapped = OPTION_WRAPPER.exec(trimmed);
  if (wrapped) {
    const inner = parseTypeText(wrapped[1]!, aliases);
    return inner ? { ...inner, nullable: true } : undefined;
  }
  const enumValues = ENUM_VALUES.exec(trimmed) ?? ENUM_LISTED.exec(trimmed);
  if (enumValues) {
    // `enum: oak | pine | birch` (a table's cell, its pipes escaped): the values parted by bars as by commas.
    const values = enumValues[1]!
      .split(/[,|]/)
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    return values.length > 0 ? { kind: 'enum', base: 'string', values: values.map((value) => ({ value })) } : { kind: 'string' };
  }
  const enumNamed = ENUM_NAMED.exec(trimmed);
  if (enumNamed) return { kind: 'ref', name: enumNamed[1]! };
  const generic = GENERIC_MAP.exec(trimmed);
  const dictionary =
    DICTIONARY_OF.exec(trimmed)?.[2] ??
    MAP_OF.exec(trimmed)?.[1] ??
    (generic && (generic[1] ?? generic[2] ?? generic[3])) ??
    ANGLE_MAP.exec(trimmed)?.[1] ??
    KEY_TO_VALUE_MAP.exec(trimmed)?.[1] ??
    BRACED_MAP.exec(trimmed)?.[1];
  if (dictionary) {
    // `object of objects`, `map of strings`: the plural of a type word.
    const word = dictionary.trim();
    const plural = /^[a-z]{3,}s$/i.test(word) ? VOCABULARY.get(word.slice(0, -1).toLowerCase()) : undefined;
    const values = plural ? plural() : parseTypeText(dictionary, aliases);
    return values ? { kind: 'map', values } : undefined;
  }
  const arrayOf = ARRAY_OF.exec(trimmed) ?? GENERIC_ARRAY.exec(trimmed) ?? ANGLE_ARRAY.exec(trimmed);
  if (arrayOf) {
    // Bytes travel as one base64 string (`byte[]`, `Collection of byte`), not as a JSON array.
    if (arrayOf[1]!.trim().toLowerCase() === 'byte') return { kind: 'string', format: 'byte' };
    // `Array of Strings`: the plural of a type word, before a capitalised word reads as a type's name.
    const plural = /^[a-z]{3,}s$/i.test(arrayOf[1]!.trim()) ? VOCABULARY.get(arrayOf[1]!.trim().slice(0, -1).toLowerCase()) : undefined;
    const items = plural ? plural() : parseTypeText(arrayOf[1]!, aliases);
    return items ? { kind: 'array', items } : undefined;
  }
  const wordArray = WORD_ARRAY.exec(trimmed);
  const wordItems = wordArray ? VOCABULARY.get(wordArray[1]!.toLowerCase()) : undefined;
  if (wordItems) return { kind: 'array', items: wordItems() };
  if (wordArray && NAMED.test(wordArray[1]!)) return { kind: 'array', items: { kind: 'ref', name: wordArray[1]! } };
  const optional = PYTHON_OPTIONAL.exec(trimmed);
  if (optional) {
    const inner = parseTypeText(optional[1]!, aliases);
    return inner ? { ...inner, nullable: true } : undefined;
  }
  // Go: `[]string`.
  if (trimmed.startsWith('[]') && trimmed.length > 2) {
    const items = parseTypeText(trimmed.slice(2), aliases);
    return items ? { kind: 'array', items } : undefined;
  }
  if (trimmed.endsWith('[]')) {
    const items = parseTypeText(trimmed.slice(0, -2), aliases);
    return items ? { kind: 'array', items } : undefined;
  }
  const bracketed = BRACKET_ARRAY.exec(trimmed) ?? ODATA_COLLECTION.exec(trimmed);
  if (bracketed) {
    const items = parseTypeText(bracketed[1] ?? bracketed[2]!, aliases);
    return items ? { kind: 'array', items } : undefined;
  }
  // `integer(int32)`, `string(date-time)` (Widdershins), `integer (int64)` (Swagger2Markup), `string($uuid)` (Swagger UI): the type and the format it states.
  const formatted = /^([A-Za-z]+)\(\$?([A-Za-z][\w.-]*)\)$/.exec(trimmed) ?? SPACED_FORMAT.exec(trimmed);
  if (formatted) {
    const base = parseTypeText(formatted[1]!, aliases);
    return base && (base.kind === 'integer' || base.kind === 'number' || base.kind === 'string')
      ? { ...base, format: formatWord(formatted[2]!) }
      : base;
  }
  // `string, email`, `integer; int64`, `string / uuid`: the type, then a registered format of its kind.
  const paired = PAIRED_FORMAT.exec(trimmed);
  if (paired && formatKind(paired[2]!) !== undefined) {
    const base = parseTypeText(paired[1]!, aliases);
    if (base && base.kind === formatKind(paired[2]!)) return { ...base, format: paired[2]!.toLowerCase() } as Schema;
  }
  // `string<date-time>`, `integer<int64>` (Twilio's): the type and the format it states; `enum<string>`,
  // `object<uri-map>` the base word's type (an enum's values are the row's words').
  if (PREFIXED_SID.test(trimmed)) return { kind: 'string' };
  const angled = ANGLE_FORMAT.exec(trimmed);
  if (angled) {
    const base = parseTypeText(angled[1]!, aliases);
    if (base && /^(?:enum|object)$/i.test(angled[1]!)) return base;
    if (base && (base.kind === 'integer' || base.kind === 'number' || base.kind === 'string'))
      return { ...base, format: formatWord(angled[2]!) };
  }
  // `[Pet]`: an array of Pet.
  const listed = /^\[\s*([^[\]]+?)\s*\]$/.exec(trimmed);
  if (listed) {
    const items = parseTypeText(listed[1]!, aliases);
    return items ? { kind: 'array', items } : undefined;
  }
  // OData: `Edm.Int32`, `Edm.String`.
  if (/^edm\.\w+$/i.test(trimmed)) return parseTypeText(trimmed.slice(4), aliases);
  const nullable = NULLABLE_WORD.exec(trimmed);
  if (nullable) {
    const inner = parseTypeText(nullable[1] ?? nullable[2]!, aliases);
    return inner ? { ...inner, nullable: true } : undefined;
  }
  if (ALTERNATIVES.test(trimmed)) return alternatives(trimmed, aliases);
  // `user object`: a type by name, whatever its case (`JSON object` is the vocabulary's word); a
  // name of hyphened words too (`gardens-item-response object`, Oracle's schemas' names).
  const object = /^([A-Za-z_][\w.]*(?:-[\w.]+)*)\s+objects?$/i.exec(trimmed);
  if (object) return parseTypeText(object[1]!, aliases) ?? { kind: 'ref', name: object[1]! };
  // `Interger`, `Boolen`, `Stirng`: a type word misspelt (`document/slips.ts`), not a type's name.
  const meant = misspeltTypeWord(trimmed);
  if (meant) return VOCABULARY.get(meant)!();
  if (NAMED.test(trimmed)) return { kind: 'ref', name: trimmed };
  const noted = NOTED_SCALAR.exec(trimmed);
  if (noted) return notedScalar(noted[1]!, noted[2]!, aliases);
  // `strings`, `integers` (`array of strings`).
  if (/^[a-z]+s$/i.test(trimmed) && trimmed.length > 3) {
    const singular = VOCABULARY.get(trimmed.slice(0, -1).toLowerCase());
    if (singular) return singular();
  }
  return undefined;
}

/** A scalar's word, then a note in parentheses: `String (Datetime)`, `String (cast from an integer)`. */
const NOTED_SCALAR = /^(string|integer|number|boolean|int|float|double|bool) \(([^()]{1,120})\)$/i;

/**
 * A scalar's word and a note after it (Mastodon's entity pages: `String (cast from an integer but
 * not guaranteed to be a number)`, `String ([Datetime](…))`): the note's format where it names one
 * of the word's kind (`Datetime` a date-time), else the word's type; the note says more of it.
 */
function notedScalar(word: string, note: string, aliases: Readonly<Record<string, string>> | undefined): Schema | undefined {
  const base = parseTypeText(word, aliases);
  const said = parseTypeText(note, aliases);
  if (!base || !said || said.kind !== base.kind) return base;
  if ((said.kind === 'string' || said.kind === 'integer' || said.kind === 'number') && said.format)
    return { ...base, format: said.format } as Schema;
  return base;
}

/** `integer or string` → a union; `X or null` → X nullable. Unknown when any part is. */
function alternatives(text: string, aliases: Readonly<Record<string, string>> | undefined): Schema | undefined {
  const parts = text.split(ALTERNATIVES).filter((part) => part.length > 0);
  if (parts.length < 2) return undefined;
  // `"asc" | "desc"`: the values of a string enum.
  const literals = parts.map((part) => QUOTED_LITERAL.exec(part.trim()));
  if (literals.every(Boolean)) {
    const values = [...new Set(literals.map((literal) => literal![1] ?? literal![2]!))];
    return { kind: 'enum', base: 'string', values: values.map((value) => ({ value })) };
  }
  const schemas: Schema[] = [];
  let nullable = false;
  for (const part of parts) {
    const schema = parseTypeText(part, aliases);
    if (!schema) return undefined;
    if (schema.kind === 'null') nullable = true;
    else if (!schemas.some((known) => JSON.stringify(known) === JSON.stringify(schema))) schemas.push(schema);
  }
  if (schemas.length === 0) return { kind: 'null' };
  const [only] = schemas;
  const result: Schema = schemas.length === 1 && only ? { ...only } : { kind: 'union', mode: 'oneOf', variants: schemas };
  if (nullable) result.nullable = true;
  return result;
}

/** The type words vendors misspell; a plural (`Strings`) is no slip. */
const TYPE_WORDS = ['integer', 'string', 'boolean', 'number', 'decimal', 'double', 'object', 'datetime', 'timestamp', 'numeric'];
const LONG_WORD = /^[A-Za-z]{6,}$/;
const LONG_WORDS = /[A-Za-z]{6,}/g;

/** The type word `word` misspells (`Interger` → `integer`), or `undefined`. */
function misspeltTypeWord(word: string): string | undefined {
  if (!LONG_WORD.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (VOCABULARY.has(lower) || (lower.endsWith('s') && VOCABULARY.has(lower.slice(0, -1)))) return undefined;
  return meantWord(lower, TYPE_WORDS);
}

/** `parseTypeText`, reporting unknown words (`unknown-type`) and typing them unknown, and misspelt type words (`misspelt-type`). */
export function schemaFromTypeText(
  text: string,
  source: Source,
  diagnostics: DiagnosticBag,
  aliases?: Readonly<Record<string, string>>,
): Schema {
  const schema = parseTypeText(text, aliases);
  if (schema) {
    for (const word of text.match(LONG_WORDS) ?? []) {
      const meant = misspeltTypeWord(word);
      if (meant && !(aliases && Object.hasOwn(aliases, text.trim().toLowerCase())))
        diagnostics.report('misspelt-type', source, `the type word "${word}" is read as "${meant}", the word it misspells`);
    }
    return schema;
  }
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  diagnostics.report('unknown-type', source, text.trim() ? `unknown type "${shown}"; typed unknown` : 'empty type; typed unknown');
  return { kind: 'unknown' };
}

/** Schemas that are a single JSON scalar (a body typed so has no properties). */
export function isScalar(schema: Schema): boolean {
  return (
    schema.kind === 'string' || schema.kind === 'integer' || schema.kind === 'number' || schema.kind === 'boolean' || schema.kind === 'enum'
  );
}
