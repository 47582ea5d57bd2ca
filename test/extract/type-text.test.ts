import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseTypeText, schemaFromTypeText } from '../../src/extract/type-text.js';
import { sourceOf } from '../../src/ir/source.js';

describe('parseTypeText', () => {
  it.each([
    ['int32', { kind: 'integer', format: 'int32' }],
    // Swagger UI's `type($format)` and Redoc's `type <format>`: the type with that format.
    ['string($date-time)', { kind: 'string', format: 'date-time' }],
    ['integer($int64)', { kind: 'integer', format: 'int64' }],
    ['string <uuid>', { kind: 'string', format: 'uuid' }],
    // Redoc's named objects: the schema of that name (a list of it).
    ['object (Garden)', { kind: 'ref', name: 'Garden' }],
    ['Array of objects (Garden)', { kind: 'array', items: { kind: 'ref', name: 'Garden' } }],
    // A type by its name and the word `object`, the name of hyphened words (Oracle's schemas').
    ['gardens-item-response object', { kind: 'ref', name: 'gardens-item-response' }],
    ['array of gardens-beds-item objects', { kind: 'array', items: { kind: 'ref', name: 'gardens-beds-item' } }],
    ['string (enum)', { kind: 'string' }],
    // A scalar's word and a note (Mastodon's entity pages): the format the note names, else the word's type.
    ['String (Datetime)', { kind: 'string', format: 'date-time' }],
    ['String (cast from an integer, but not guaranteed to be a number)', { kind: 'string' }],
    ['Integer (Datetime)', { kind: 'integer' }],
    ['Shelf (see below)', undefined],
    // A string's length in parentheses, SQL's decimal with its precision.
    ['String(255)', { kind: 'string', maxLength: 255 }],
    ['varchar(64)', { kind: 'string', maxLength: 64 }],
    ['decimal(10,2)', { kind: 'number', format: 'decimal' }],
    // Languages' option wrappers, Rust's and TypeScript's collections.
    ['Option<String>', { kind: 'string', nullable: true }],
    ['Optional<Long>', { kind: 'integer', format: 'int64', nullable: true }],
    ['Nullable<int>', { kind: 'integer', format: 'int32', nullable: true }],
    ['Vec<u8str>', undefined],
    ['Vec<String>', { kind: 'array', items: { kind: 'string' } }],
    ['HashMap<String, i64>', { kind: 'map', values: { kind: 'integer', format: 'int64' } }],
    ['Vec<f32>', { kind: 'array', items: { kind: 'number', format: 'float' } }],
    ['HashMap<String, Garden>', { kind: 'map', values: { kind: 'ref', name: 'Garden' } }],
    ['Record<string, number>', { kind: 'map', values: { kind: 'number' } }],
    ['json object', { kind: 'map', values: { kind: 'unknown' } }],
    // TypeScript-style literal unions: a string enum.
    ['"asc" | "desc"', { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }] }],
    ["'on' or 'off'", { kind: 'enum', base: 'string', values: [{ value: 'on' }, { value: 'off' }] }],
    // Widdershins: the type, then the format it states; `[T]` an array of T.
    ['integer(int32)', { kind: 'integer', format: 'int32' }],
    ['string(date-time)', { kind: 'string', format: 'date-time' }],
    ['boolean(flag)', { kind: 'boolean' }],
    // A registered format in its own spelling, however the page capitalises it; another word as written.
    ['string (UUID)', { kind: 'string', format: 'uuid' }],
    ['Integer(Int64)', { kind: 'integer', format: 'int64' }],
    ['String (Date-Time)', { kind: 'string', format: 'date-time' }],
    ['string<URI>', { kind: 'string', format: 'uri' }],
    ['string<Phone-Number>', { kind: 'string', format: 'Phone-Number' }],
    // The type, a comma, semicolon or slash, and a registered format of its kind.
    ['string, email', { kind: 'string', format: 'email' }],
    ['integer; Int64', { kind: 'integer', format: 'int64' }],
    ['string / uuid', { kind: 'string', format: 'uuid' }],
    ['number,double', { kind: 'number', format: 'double' }],
    ['integer / float', parseTypeText('integer or float')],
    ['string, lamp', undefined],
    // Twilio: the format in angle brackets; `enum<string>` and `object<uri-map>` their base word's type.
    ['string<date-time>', { kind: 'string', format: 'date-time' }],
    ['integer<int64>', { kind: 'integer', format: 'int64' }],
    ['string<phone-number>', { kind: 'string', format: 'phone-number' }],
    ['enum<string>', parseTypeText('enum')],
    ['object<uri-map>', parseTypeText('object')],
    // Twilio's newer pages: a SID, the letters it opens with in the brackets; no format, no pattern (its row's words state them).
    ['SID<AC>', { kind: 'string' }],
    ['SID<PN>', { kind: 'string' }],
    ['[Pet]', { kind: 'array', items: { kind: 'ref', name: 'Pet' } }],
    ['[string]', { kind: 'array', items: { kind: 'string' } }],
    // Discord marks a nullable type in front, C# behind.
    ['?string', { kind: 'string', nullable: true }],
    ['int?', { kind: 'integer', format: 'int32', nullable: true }],
    ['map<string|string>', { kind: 'map', values: { kind: 'string' } }],
    // AWS's words: the key's type, then the value's.
    ['String to string map', { kind: 'map', values: { kind: 'string' } }],
    ['String to array of strings map', { kind: 'map', values: { kind: 'array', items: { kind: 'string' } } }],
    // SDK docs (openapi-generator) name the language's types.
    ['Dict[str, List[Book]]', { kind: 'map', values: { kind: 'array', items: { kind: 'ref', name: 'Book' } } }],
    ['map[string]int64', { kind: 'map', values: { kind: 'integer', format: 'int64' } }],
    // Matrix's `{string: X}` (a map from string keys), nested too; TypeScript's index signature.
    ['{string: integer}', { kind: 'map', values: { kind: 'integer' } }],
    ['{ string: EventFilter}', { kind: 'map', values: { kind: 'ref', name: 'EventFilter' } }],
    ['{string: {string: boolean}}', { kind: 'map', values: { kind: 'map', values: { kind: 'boolean' } } }],
    ['{ [key: string]: number }', { kind: 'map', values: { kind: 'number' } }],
    // Elasticsearch's `object of objects`: a map of them; plural type words as the values'.
    ['object of objects', { kind: 'map', values: { kind: 'map', values: { kind: 'unknown' } } }],
    ['map of strings', { kind: 'map', values: { kind: 'string' } }],
    ['object of Shelf', { kind: 'map', values: { kind: 'ref', name: 'Shelf' } }],
    ['[]string', { kind: 'array', items: { kind: 'string' } }],
    ['OffsetDateTime', { kind: 'string', format: 'date-time' }],
    ['time.Time', { kind: 'string', format: 'date-time' }],
    ['LocalDate', { kind: 'string', format: 'date' }],
    ['BigDecimal', { kind: 'number' }],
    ['bytearray', { kind: 'string', format: 'byte' }],
    // Discord's words: a timestamp in ISO 8601, snowflake ids (strings), an uploaded file's contents.
    ['ISO8601 timestamp', { kind: 'string', format: 'date-time' }],
    ['?ISO8601 timestamp', { kind: 'string', format: 'date-time', nullable: true }],
    ['ISO8601', { kind: 'string' }],
    ['snowflake', { kind: 'string' }],
    ['array of snowflakes', { kind: 'array', items: { kind: 'string' } }],
    ['file contents', { kind: 'string', format: 'binary' }],
    // Mastodon's: the plural of a type word, capitalised, is no type's name.
    ['Array of Strings', { kind: 'array', items: { kind: 'string' } }],
    // Swagger2Markup's words.
    ['integer (int64)', { kind: 'integer', format: 'int64' }],
    ['enum (open, closed)', { kind: 'enum', base: 'string', values: [{ value: 'open' }, { value: 'closed' }] }],
    ['< string > array', { kind: 'array', items: { kind: 'string' } }],
    ['< enum (a, b) > array(multi)', { kind: 'array', items: { kind: 'enum', base: 'string', values: [{ value: 'a' }, { value: 'b' }] } }],
    ['< string, integer > map', { kind: 'map', values: { kind: 'integer' } }],
    ['Integer', { kind: 'integer' }],
    ['integer', { kind: 'integer' }],
    ['unsigned integer', { kind: 'integer' }],
    ['Int32', { kind: 'integer', format: 'int32' }],
    ['int64', { kind: 'integer', format: 'int64' }],
    ['long', { kind: 'integer', format: 'int64' }],
    ['String', { kind: 'string' }],
    ['string', { kind: 'string' }],
    ['date-time', { kind: 'string', format: 'date-time' }],
    ['DateTime', { kind: 'string', format: 'date-time' }],
    ['date', { kind: 'string', format: 'date' }],
    ['bool', { kind: 'boolean' }],
    ['Boolean', { kind: 'boolean' }],
    ['double', { kind: 'number', format: 'double' }],
    ['decimal', { kind: 'number', format: 'decimal' }],
    ['float', { kind: 'number', format: 'float' }],
    ['number', { kind: 'number' }],
    ['byte', { kind: 'string', format: 'byte' }],
    ['byte[]', { kind: 'string', format: 'byte' }],
    ['binary', { kind: 'string', format: 'binary' }],
    ['Array', { kind: 'array', items: { kind: 'unknown' } }],
    ['array', { kind: 'array', items: { kind: 'unknown' } }],
    ['Object', { kind: 'map', values: { kind: 'unknown' } }],
    ['object', { kind: 'map', values: { kind: 'unknown' } }],
    ['Ticket', { kind: 'ref', name: 'Ticket' }],
    ['DTO_contact', { kind: 'ref', name: 'DTO_contact' }],
    ['DTO_reference_attachment[]', { kind: 'array', items: { kind: 'ref', name: 'DTO_reference_attachment' } }],
    ['int32[]', { kind: 'array', items: { kind: 'integer', format: 'int32' } }],
    ['Collection of NewAttachment', { kind: 'array', items: { kind: 'ref', name: 'NewAttachment' } }],
    ['Collection of string', { kind: 'array', items: { kind: 'string' } }],
    ['Collection of byte', { kind: 'string', format: 'byte' }],
    ['decimal number', { kind: 'number', format: 'double' }],
    ['globally unique identifier', { kind: 'string', format: 'uuid' }],
    ['List<Guid>', { kind: 'array', items: { kind: 'string', format: 'uuid' } }],
    ['Dictionary of string [key] and string [value]', { kind: 'map', values: { kind: 'string' } }],
    ['Dictionary<string, Person>', { kind: 'map', values: { kind: 'ref', name: 'Person' } }],
    ['Enum: Slim, Wide, Full', { kind: 'enum', base: 'string', values: [{ value: 'Slim' }, { value: 'Wide' }, { value: 'Full' }] }],
    ['ENUM ticket_conversation_type', { kind: 'ref', name: 'ticket_conversation_type' }],
    ['int?', { kind: 'integer', format: 'int32', nullable: true }],
    ['map<string|string>', { kind: 'map', values: { kind: 'string' } }],
    ['  String  ', { kind: 'string' }],
    // A flag beside the type is no format of it (the Required column's word: properties.ts).
    ['string (optional)', { kind: 'string' }],
    ['Integer (required)', { kind: 'integer' }],
    ['array of strings, optional', { kind: 'array', items: { kind: 'string' } }],
  ])('should read %j', (text, want) => {
    expect(parseTypeText(text)).toEqual(want);
  });

  it.each([
    '',
    'some words',
    'weird$type',
    'object of type Shelf',
    'Collection of ???',
    'foo[]',
    '?',
    '[]',
    'Dict[str, ???]',
    'map[string]',
    '{integer: string}',
  ])('should not know %j', (text) => {
    expect(parseTypeText(text)).toBeUndefined();
  });

  // Vendors' common words (issue 11): a timestamp counted since the epoch is an integer (no
  // date-time, no width); a width or format only where the word states one the project has.
  it.each([
    ['unix timestamp', { kind: 'integer' }],
    ['Unix time', { kind: 'integer' }],
    ['epoch', { kind: 'integer' }],
    ['epoch seconds', { kind: 'integer' }],
    ['epoch millis', { kind: 'integer' }],
    ['epoch ms', { kind: 'integer' }],
    ['unix timestamp (seconds)', { kind: 'integer' }],
    ['Unix timestamp in milliseconds', { kind: 'integer' }],
    ['posix time', { kind: 'integer' }],
    ['int8', { kind: 'integer', format: 'int8' }],
    ['uint8', { kind: 'integer', format: 'uint8' }],
    ['unsigned int', { kind: 'integer', format: 'uint32' }],
    ['u32', { kind: 'integer', format: 'uint32' }],
    ['uint', { kind: 'integer', format: 'uint32' }],
    ['ushort', { kind: 'integer', format: 'uint16' }],
    ['i16', { kind: 'integer', format: 'int16' }],
    ['sbyte', { kind: 'integer', format: 'int8' }],
    ['u64', { kind: 'integer', format: 'uint64' }],
    ['uint64', { kind: 'integer', format: 'uint64' }],
    ['short', { kind: 'integer', format: 'int16' }],
    ['unsigned long', { kind: 'integer', format: 'uint64' }],
    ['i32', { kind: 'integer', format: 'int32' }],
    ['usize', { kind: 'integer', format: 'int64' }],
    ['bigint', { kind: 'integer', format: 'int64' }],
    ['long integer', { kind: 'integer', format: 'int64' }],
    ['positive integer', { kind: 'integer' }],
    ['non-negative integer', { kind: 'integer' }],
    ['double precision', { kind: 'number', format: 'double' }],
    ['real', { kind: 'number' }],
    ['e-mail', { kind: 'string', format: 'email' }],
    ['email address', { kind: 'string', format: 'email' }],
    ['ipv4', { kind: 'string', format: 'ipv4' }],
    ['IPv6 address', { kind: 'string', format: 'ipv6' }],
    ['hostname', { kind: 'string', format: 'hostname' }],
    ['url string', { kind: 'string', format: 'uri' }],
    ['base64 string', { kind: 'string', format: 'byte' }],
    ['JSON string', { kind: 'string' }],
    ['stringified JSON', { kind: 'string' }],
    ['numeric string', { kind: 'string' }],
    ['JSON array', { kind: 'array', items: { kind: 'unknown' } }],
    ['RFC 3339 timestamp', { kind: 'string', format: 'date-time' }],
    ['ISO 8601 datetime', { kind: 'string', format: 'date-time' }],
    ['ISO 8601 date', { kind: 'string', format: 'date' }],
    ['date string', { kind: 'string', format: 'date' }],
    ['string array', { kind: 'array', items: { kind: 'string' } }],
    ['integer array', { kind: 'array', items: { kind: 'integer' } }],
    ['CollectionQuery array', { kind: 'array', items: { kind: 'ref', name: 'CollectionQuery' } }],
    ['Optional[str]', { kind: 'string', nullable: true }],
  ])('should read the vendor word %j', (text, want) => {
    expect(parseTypeText(text)).toEqual(want);
  });

  // Already in the vocabulary, kept as they were.
  it.each([
    ['int64', { kind: 'integer', format: 'int64' }],
    ['float64', { kind: 'number', format: 'double' }],
    ['byte', { kind: 'string', format: 'byte' }],
    ['char', { kind: 'string' }],
    ['text', { kind: 'string' }],
    ['uuid', { kind: 'string', format: 'uuid' }],
    ['guid', { kind: 'string', format: 'uuid' }],
    ['url', { kind: 'string', format: 'uri' }],
    ['email', { kind: 'string', format: 'email' }],
    ['json', { kind: 'unknown' }],
    ['dictionary', { kind: 'map', values: { kind: 'unknown' } }],
    ['list of strings', { kind: 'array', items: { kind: 'string' } }],
    ['string[]', { kind: 'array', items: { kind: 'string' } }],
    ['enum', { kind: 'string' }],
    ['file', { kind: 'string', format: 'binary' }],
    ['timestamp', { kind: 'string', format: 'date-time' }],
  ])('should keep reading %j as before', (text, want) => {
    expect(parseTypeText(text)).toEqual(want);
  });

  // apiDoc's raw types: a size (a string's length, a number's value) or the allowed values after `=`.
  it.each([
    ['String{2..30}', { kind: 'string', minLength: 2, maxLength: 30 }],
    ['String{..5}', { kind: 'string', maxLength: 5 }],
    ['Number{1-100}', { kind: 'number', minimum: 1, maximum: 100 }],
    ['Number{0..}', { kind: 'number', minimum: 0 }],
    ['Number{-5..5}', { kind: 'number', minimum: -5, maximum: 5 }],
    ['String="a","b"', { kind: 'enum', base: 'string', values: [{ value: 'a' }, { value: 'b' }] }],
    ['String{..10}="light","dark"', { kind: 'enum', base: 'string', values: [{ value: 'light' }, { value: 'dark' }] }],
    ['Number=1,2,3', { kind: 'enum', base: 'number', values: [{ value: 1 }, { value: 2 }, { value: 3 }] }],
    // An array's size states neither its items' length nor their count plainly.
    ['String[]{1..3}', { kind: 'array', items: { kind: 'string' } }],
    // A size with a negative length states none; words in braces are no size.
    ['String{-1..3}', { kind: 'string' }],
    ['String{abc}', undefined],
  ])('should read apiDoc type %j', (text, want) => {
    expect(parseTypeText(text)).toEqual(want);
  });

  it.each(['unix', 'epoch days', 'Widget array', 'timestamp seconds'])('should not take %j for a vendor word', (text) => {
    expect(parseTypeText(text)).not.toEqual({ kind: 'integer' });
  });

  it('should read a type and a format parted by a comma, or long runs of letters and blanks, in one pass', () => {
    expect(parseTypeText(`${'a'.repeat(100_000)}${' '.repeat(300_000)}, uuid`)).toBeUndefined();
    expect(parseTypeText(`string,${' '.repeat(300_000)}uuid`)).toEqual({ kind: 'string', format: 'uuid' });
    expect(parseTypeText(`string (${'Uu'.repeat(100_000)})`)).toBeUndefined();
  });

  it('should return a fresh schema each time (callers may annotate it)', () => {
    const a = parseTypeText('string')!;
    a.readOnly = true;
    expect(parseTypeText('string')).toEqual({ kind: 'string' });
  });
});

describe('schemaFromTypeText', () => {
  it('should report an unknown word with its place and type it unknown', () => {
    const diagnostics = new DiagnosticBag();
    const source = { ...sourceOf('a.md', undefined), start: { line: 4, column: 1, offset: 30 } };
    expect(schemaFromTypeText('whatever thing', source, diagnostics)).toEqual({ kind: 'unknown' });
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line, d.message])).toEqual([
      ['unknown-type', 'warning', 4, 'unknown type "whatever thing"; typed unknown'],
    ]);
  });

  it('should shorten a huge unknown type in the message', () => {
    const diagnostics = new DiagnosticBag();
    schemaFromTypeText('x'.repeat(10_000), sourceOf('a.md', undefined), diagnostics);
    expect(diagnostics.items[0]!.message.length).toBeLessThan(120);
  });
});
