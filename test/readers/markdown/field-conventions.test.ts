/**
 * How references describe one field: an `ENUM` type word whose values the description states,
 * a list whose item is a bold code name over a schema sentence, a list of fields one odd item
 * does not spoil, a definition whose first line is the type and its flags. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

describe('general reader: an ENUM type word with its values in the description', () => {
  const read = readGeneral(
    [
      '# Books',
      '## Create a book',
      '`POST /books`',
      '### Body parameters',
      [
        '| Name | Type | Description |',
        '| --- | --- | --- |',
        '| `format` | ENUM | The format. Valid values are `hardcover`, `paperback` and `ebook`. |',
        '| `shelf` | enum | One of: `top`, `middle`, `bottom`. |',
        '| `state` | Enum | Possible values: `new` \\| `used` |',
        '| `lang` | ENUM | Allowed values: en, fr, de |',
        '| `kind` | ENUM | The kind of book; see the kinds page. |',
      ].join('\n'),
      '## List books',
      '`GET /books`',
      '### Query parameters',
      '- `sort` (enum) – The order. One of: `title`, `year`.',
      '- `cover` (string) – Allowed values: soft, hard.',
    ].join('\n\n'),
  );

  it('should read the values the description states as a string enum of exactly those values', () => {
    const properties = (bodySchema(operation(read, 'POST /books')) as { properties: Array<{ name: string; schema: unknown }> }).properties;
    const enumOf = (values: string[]) => ({ kind: 'enum', base: 'string', values: values.map((value) => ({ value })) });
    expect(Object.fromEntries(properties.map((p) => [p.name, p.schema]))).toEqual({
      format: enumOf(['hardcover', 'paperback', 'ebook']),
      shelf: enumOf(['top', 'middle', 'bottom']),
      state: enumOf(['new', 'used']),
      // The type word says it is an enum: values written bare are read too.
      lang: enumOf(['en', 'fr', 'de']),
      // Values the description does not state: a string, no enum.
      kind: { kind: 'string' },
    });
  });

  it('should read an enum type word in a list item, and bare values closing a string’s description', () => {
    const list = operation(read, 'GET /books');
    expect(parameterNames(list)).toEqual(['query:sort', 'query:cover']);
    expect(strip(list.parameters.map((p) => p.schema))).toEqual([
      { kind: 'enum', base: 'string', values: [{ value: 'title' }, { value: 'year' }] },
      // Bare values after "Allowed values:" that close the description (options-values.test.ts).
      { kind: 'enum', base: 'string', values: [{ value: 'soft' }, { value: 'hard' }] },
    ]);
  });

  it('should not report an ENUM type word as an unknown type', () => {
    expect(codes(read)).not.toContain('unknown-type');
  });
});

describe('general reader: a definition whose first line is the type and its flags', () => {
  const read = readGeneral(
    [
      '# Invoices',
      '## Create an invoice',
      '`POST /invoices`',
      '### Body parameters',
      'customer\n: string, required',
      '  The customer the invoice is for.',
      'timeout\n: number, optional, default value: 86400',
      '  A number of seconds before the invoice expires.',
      '  Counted from its creation.',
      'draft\n:   boolean, optional, default value: false',
      '    Whether the invoice stays a draft.',
      'memo\n: string\n  A note printed on the invoice.',
      'The invoice is created in the draft state.',
    ].join('\n\n'),
  );

  it('should read the type, the flag and the default the line states, the indented paragraphs the description', () => {
    expect(bodySchema(operation(read, 'POST /invoices'))).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'customer', required: true, schema: { kind: 'string' }, description: 'The customer the invoice is for.' },
        { name: 'timeout', required: false, schema: { kind: 'number', default: 86400 } },
        { name: 'draft', required: false, schema: { kind: 'boolean', default: false }, description: 'Whether the invoice stays a draft.' },
        { name: 'memo', required: false, schema: { kind: 'string' }, description: 'A note printed on the invoice.' },
      ],
    });
    const timeout = (bodySchema(operation(read, 'POST /invoices')) as { properties: Array<{ description?: string }> }).properties[1];
    expect(timeout?.description).toMatch(/^A number of seconds before the invoice expires\.\s+Counted from its creation\.$/);
  });

  it('should state no default or flag the line does not', () => {
    const properties = (
      bodySchema(operation(read, 'POST /invoices')) as { properties: Array<{ name: string; schema: { default?: unknown } }> }
    ).properties;
    expect(properties.filter((p) => p.schema.default !== undefined).map((p) => p.name)).toEqual(['timeout', 'draft']);
    // A paragraph not indented under the definition is prose, not the last field's.
    expect(JSON.stringify(properties)).not.toContain('draft state');
  });
});

describe('general reader: a list of fields with one odd item', () => {
  it('should skip the odd item under a parameters title and read the others, only where most items read', () => {
    const read = readGeneral(
      [
        '# Pets',
        '## Create a pet',
        '`POST /pets`',
        '### Body parameters',
        [
          "- `name` (string) – The pet's name.",
          '- `species` (string) – The species.',
          '- `age` – The age in years.',
          '- `owner_id` (integer) – The owner.',
          '- Note: pets are created in the default shelter.',
          '  - `shelter` is the default one',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /pets'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', required: false, schema: { kind: 'string' }, description: "The pet's name." },
        { name: 'species', required: false, schema: { kind: 'string' }, description: 'The species.' },
        // No type stated: left open, never a guessed string.
        { name: 'age', required: false, schema: { kind: 'unknown' }, description: 'The age in years.' },
        { name: 'owner_id', required: false, schema: { kind: 'integer' }, description: 'The owner.' },
      ],
    });

    // Where the odd items are as many as the others, or no parameters title is over the list, it is left alone.
    const left = readGeneral(
      [
        '# Pets',
        '## Update a pet',
        '`PATCH /pets/{id}`',
        '### Body parameters',
        [
          "- `name` (string) – The pet's name.",
          '- `species` (string) – The species.',
          '- Pets are renamed at once.',
          '- Species cannot change for adopted pets.',
        ].join('\n'),
        '## Delete a pet',
        '`DELETE /pets/{id}`',
        [
          '- `soft` (boolean) – Keeps the record.',
          '- `reason` (string) – Why the pet leaves.',
          '- `notify` (boolean) – Tells the owner.',
          '- Deleted pets are kept for a month.',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(bodySchema(operation(left, 'PATCH /pets/{id}'))?.kind).not.toBe('object');
    expect(parameterNames(operation(left, 'DELETE /pets/{id}'))).toEqual(['path:id*']);
  });
});

describe('general reader: a list of bold code names over schema sentences', () => {
  const read = readGeneral(
    [
      '# Shelves',
      '## Update a shelf',
      '`PATCH /shelves/{id}`',
      '### Parameters',
      [
        '* **`name`** value may be nil, or if non-nil, value must be a non-blank string.',
        '* **`limit`** value must be an integer greater than zero.',
        '* **`archived`** nullable boolean',
        '* **`tags`** value must be an array of strings.',
        '* **`meta`** value may be nil, or if non-nil, value must be a map.',
      ].join('\n'),
    ].join('\n\n'),
  );

  it('should read each name, the type its sentence states, nullable where it may be nil, the sentence its description', () => {
    expect(bodySchema(operation(read, 'PATCH /shelves/{id}'))).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'name',
          required: false,
          schema: { kind: 'string', nullable: true },
          description: 'value may be nil, or if non-nil, value must be a non-blank string.',
        },
        { name: 'limit', required: false, schema: { kind: 'integer' }, description: 'value must be an integer greater than zero.' },
        { name: 'archived', required: false, schema: { kind: 'boolean', nullable: true } },
        {
          name: 'tags',
          required: false,
          schema: { kind: 'array', items: { kind: 'string' } },
          description: 'value must be an array of strings.',
        },
        {
          name: 'meta',
          required: false,
          schema: { kind: 'map', values: { kind: 'unknown' }, nullable: true },
          description: 'value may be nil, or if non-nil, value must be a map.',
        },
      ],
    });
  });

  it('should skip an item whose sentence names no type it knows, the others read', () => {
    const other = readGeneral(
      [
        '## Move a shelf',
        '`POST /shelves/{id}/move`',
        '### Parameters',
        '* **`to`** value must be a room name.\n* **`at`** value must be a valid timestamp.\n* **`by`** value must be a string.',
        '## Notes',
        '* **`room`** value must be a string.\n* **`floor`** value must be an integer.',
      ].join('\n\n'),
    );
    const properties = (bodySchema(operation(other, 'POST /shelves/{id}/move')) as { properties: Array<{ name: string; schema: unknown }> })
      .properties;
    // `to` reads no type (a room name is none) and is the odd item; the others are read.
    expect(properties.map((p) => [p.name, p.schema])).toEqual([
      ['at', { kind: 'string', format: 'date-time' }],
      ['by', { kind: 'string' }],
    ]);
  });

  it('should read the later sentences: `nullable` opening one, the values one of which it must be, type words and a stop, a bold name alone', () => {
    const later = readGeneral(
      [
        '## `GET /api/lamp/:id`',
        '### PARAMS:',
        [
          '-  **`id`**',
          '-  **`glow`** value may be nil, or if non-nil, value must be one of: `dim`, `warm`.',
          '-  **`room`** nullable value must be an integer greater than zero.',
        ].join('\n\n'),
        '## `POST /api/lamp/`',
        '### PARAMS:',
        [
          '-  **`name`** string.',
          '-  **`label`** nullable string.',
          '-  **`lit`** nullable boolean.',
          '-  **`shade`** nullable enum of paper, glass.',
          '-  **`kind`** value must be one of: `desk`, `floor`.',
        ].join('\n\n'),
      ].join('\n\n'),
    );
    const get = operation(later, 'GET /api/lamp/{id}');
    expect(parameterNames(get)).toEqual(['path:id*', 'query:glow', 'query:room']);
    expect(get.parameters.map((p) => p.schema)).toMatchObject([
      { kind: 'string' },
      { kind: 'enum', nullable: true, values: [{ value: 'dim' }, { value: 'warm' }] },
      { kind: 'integer', nullable: true },
    ]);
    const body = bodySchema(operation(later, 'POST /api/lamp'));
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', required: false, schema: { kind: 'string' } },
        { name: 'label', schema: { kind: 'string', nullable: true } },
        { name: 'lit', schema: { kind: 'boolean', nullable: true } },
        { name: 'shade', schema: { kind: 'enum', nullable: true, values: [{ value: 'paper' }, { value: 'glass' }] } },
        { name: 'kind', schema: { kind: 'enum', values: [{ value: 'desk' }, { value: 'floor' }] } },
      ],
    });
    // The sentence is the description, as the older ones are.
    expect(body?.kind === 'object' && body.properties[4]?.description).toBe('value must be one of: `desk`, `floor`.');
  });

  it('should read a collection sentence, `vector of` or `sequence of` then the sentence of each value, as an array of that', () => {
    const listed = readGeneral(
      [
        '## `GET /api/lamp/`',
        '### PARAMS:',
        [
          '-  **`rooms`** nullable vector of value must be an integer greater than zero.',
          '-  **`kinds`** vector of enum of desk, floor.',
          '-  **`tags`** sequence of value must be a non-blank string.',
          '-  **`lit`** nullable boolean.',
        ].join('\n\n'),
      ].join('\n\n'),
    );
    const list = operation(listed, 'GET /api/lamp');
    expect(parameterNames(list)).toEqual(['query:rooms', 'query:kinds', 'query:tags', 'query:lit']);
    expect(list.parameters.map((p) => p.schema)).toMatchObject([
      { kind: 'array', nullable: true, items: { kind: 'integer' } },
      { kind: 'array', items: { kind: 'enum', values: [{ value: 'desk' }, { value: 'floor' }] } },
      { kind: 'array', items: { kind: 'string' } },
      { kind: 'boolean', nullable: true },
    ]);
  });
});

describe('general reader: the values a short description lists in parentheses, parted by `|`', () => {
  const read = readGeneral(
    [
      '# Loans',
      '## GET /api/shelves/:shelfId/loans',
      'Lists the loans of a shelf.',
      '**Parameters**',
      [
        '- `period`: Time period (week | month | year).',
        '- `order`: Sort order (`asc` | `desc`)',
        '- `kind`: (optional) Loan kind (integer | string).',
        '- `format`: Loan format (paper | optional).',
        '- `label`: A free label, shown beside the loan wherever it is listed (short | long).',
        '- `state`: Loan state (open).',
      ].join('\n'),
    ].join('\n\n'),
  );
  const schemas = () =>
    Object.fromEntries(operation(read, 'GET /api/shelves/{shelfId}/loans').parameters.map((p) => [p.name, strip(p.schema)]));
  const enumOf = (values: string[]) => ({ kind: 'enum', base: 'string', values: values.map((value) => ({ value })) });

  it('should read `Time period (week | month | year).` as a string enum of exactly those values, bare or in code', () => {
    expect(schemas()).toMatchObject({ period: enumOf(['week', 'month', 'year']), order: enumOf(['asc', 'desc']) });
  });

  it('should read no enum where a type word or a flag is among them, the description is a longer sentence, or one value alone is written', () => {
    const { kind, format, label, state } = schemas();
    expect([kind, format, label, state].map((schema) => (schema as { kind: string }).kind)).not.toContain('enum');
  });
});

describe('general reader: a required flag an empty Required cell leaves to the row’s other words', () => {
  const page = [
    '## Add a pet',
    'POST /pets',
    '| Name | Type | Required | Description |\n|---|---|---|---|\n| name | String, required | | Name. |\n| age | Integer - optional | | Age. |\n| chipped | Boolean | Yes. | Chipped. |\n| owner | string | No. | Owner. |\n| nick | string | | Nickname. |',
    '## List pets',
    'GET /pets',
    '| Name | Type | Required | Description |\n|---|---|---|---|\n| limit | Integer – required | | Page size. |\n| page | integer | | Page. |',
  ].join('\n\n');
  const read = readGeneral(page);

  it('should read a flag the type states where the Required cell is empty, and `Yes.` / `No.` with their full stops', () => {
    const body = bodySchema(operation(read, 'POST /pets'));
    const properties = body?.kind === 'object' ? body.properties : [];
    expect(properties.map((p) => [p.name, p.schema.kind, p.required === true])).toEqual([
      ['name', 'string', true],
      ['age', 'integer', false],
      ['chipped', 'boolean', true],
      ['owner', 'string', false],
      ['nick', 'string', false],
    ]);
    expect(parameterNames(operation(read, 'GET /pets'))).toEqual(['query:limit*', 'query:page']);
    expect(codes(read)).not.toContain('unknown-type');
  });
});
