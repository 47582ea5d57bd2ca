import { describe, expect, it } from 'vitest';
import { inferSchema } from '../../src/infer/infer-schema.js';
import { ItemNamer } from '../../src/infer/item-namer.js';
import { freeName, itemName, looksLikeMapKeys } from '../../src/infer/names.js';
import { MAX_DEPTH, MAX_ITEMS, shapeOf } from '../../src/infer/shape.js';
import type { JsonValue, Schema } from '../../src/ir/types.js';

describe('inferSchema', () => {
  const cases: Array<{ name: string; given: JsonValue[]; want: Schema | undefined }> = [
    { name: 'integers only → integer', given: [1, 2, -3], want: { kind: 'integer' } },
    { name: 'an integer and a fraction → number', given: [1, 2.5], want: { kind: 'number' } },
    { name: 'strings → string', given: ['a', 'b'], want: { kind: 'string' } },
    {
      name: 'date-time strings → string date-time',
      given: ['2015-09-27T17:37:39.36531+02:00', '2012-01-27T17:37:39Z'],
      want: { kind: 'string', format: 'date-time' },
    },
    { name: 'a date-time and a word → plain string', given: ['2015-09-27T17:37:39Z', 'soon'], want: { kind: 'string' } },
    { name: 'uuid strings → string uuid', given: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'], want: { kind: 'string', format: 'uuid' } },
    { name: 'booleans → boolean', given: [true, false], want: { kind: 'boolean' } },
    { name: 'null tells only nullability', given: ['a', null], want: { kind: 'string', nullable: true } },
    { name: 'only null → nothing known', given: [null, null], want: undefined },
    { name: 'no samples → nothing known', given: [], want: undefined },
    {
      name: 'mixed types → anyOf in a fixed order',
      given: ['a', 1, true],
      want: { kind: 'union', mode: 'anyOf', variants: [{ kind: 'boolean' }, { kind: 'integer' }, { kind: 'string' }] },
    },
    {
      name: 'objects merge property sets; absent somewhere → optional',
      given: [{ Id: 1, Name: 'x' }, { Id: 2 }],
      want: {
        kind: 'object',
        properties: [
          { name: 'Id', schema: { kind: 'integer' }, required: false },
          { name: 'Name', schema: { kind: 'string' }, required: false },
        ],
      },
    },
    {
      name: 'a property that is only null is unknown',
      given: [{ TableRight: null }],
      want: { kind: 'object', properties: [{ name: 'TableRight', schema: { kind: 'unknown' }, required: false }] },
    },
    {
      name: 'numbered keys → map (ExtraFields1, ExtraFields2)',
      given: [{ ExtraFields1: 'rerum', ExtraFields2: 'consequatur' }],
      want: { kind: 'map', values: { kind: 'string' } },
    },
    {
      name: 'additionalProp1..3 → map',
      given: [{ additionalProp1: 1, additionalProp2: 2, additionalProp3: 3 }],
      want: { kind: 'map', values: { kind: 'integer' } },
    },
    { name: 'numeric keys → map', given: [{ '17': true, '42': false }], want: { kind: 'map', values: { kind: 'boolean' } } },
    {
      name: 'a placeholder key (fieldName) → map',
      given: [{ fieldName: { FieldLength: 1 } }],
      want: {
        kind: 'map',
        values: { kind: 'object', properties: [{ name: 'FieldLength', schema: { kind: 'integer' }, required: false }] },
      },
    },
    { name: 'arrays merge items across all elements', given: [[1, 2], [3.5], []], want: { kind: 'array', items: { kind: 'number' } } },
    { name: 'only empty arrays → array of unknown', given: [[], []], want: { kind: 'array', items: { kind: 'unknown' } } },
    {
      name: 'array items that are objects merge (inline without a namer)',
      given: [[{ a: 1 }, { a: 2, b: 'x' }]],
      want: {
        kind: 'array',
        items: {
          kind: 'object',
          properties: [
            { name: 'a', schema: { kind: 'integer' }, required: false },
            { name: 'b', schema: { kind: 'string' }, required: false },
          ],
        },
      },
    },
  ];
  it.each(cases)('should infer: $name', ({ given, want }) => {
    expect(inferSchema(given)).toEqual(want);
  });

  it('should read any object as a map when the docs say dictionary (forceMap)', () => {
    expect(inferSchema([{ Name: 'a', Other: 'b' }], { forceMap: true })).toEqual({ kind: 'map', values: { kind: 'string' } });
  });

  it('should type a null-only property as the tables type its name (hints)', () => {
    const hints = new Map<string, Schema>([['TableRight', { kind: 'ref', name: 'TableRight' }]]);
    expect(inferSchema([{ TableRight: null, Other: null }], { hints })).toEqual({
      kind: 'object',
      properties: [
        { name: 'TableRight', schema: { kind: 'ref', name: 'TableRight', nullable: true }, required: false },
        { name: 'Other', schema: { kind: 'unknown' }, required: false },
      ],
    });
  });

  it('should not blow the stack on 10,000 levels of nesting and stop inferring below the depth cap', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    let schema = inferSchema([deep]);
    let levels = 0;
    while (schema?.kind === 'object') {
      schema = schema.properties[0]!.schema;
      levels++;
    }
    expect(levels).toBe(MAX_DEPTH);
    expect(schema).toEqual({ kind: 'unknown' });
  });

  it('should look at no more than MAX_ITEMS elements of a huge array', () => {
    const huge: JsonValue[] = Array.from({ length: 200_000 }, (_, i) => (i < MAX_ITEMS ? i : 'late'));
    expect(shapeOf([huge]).array!.items.count).toBe(MAX_ITEMS);
    expect(inferSchema([huge])).toEqual({ kind: 'array', items: { kind: 'integer' } });
  });

  it('should keep __proto__ and constructor as ordinary property names', () => {
    const value = JSON.parse('{"__proto__": 1, "constructor": "x"}') as JsonValue;
    const schema = inferSchema([value]);
    expect(schema).toMatchObject({ kind: 'object', properties: [{ name: '__proto__' }, { name: 'constructor' }] });
  });
});

describe('names', () => {
  it.each([
    ['MessageHeaders', 'MessageHeader'],
    ['AttachmentsInfo', 'AttachmentsInfoItem'],
    ['FieldProperties', 'FieldProperty'],
    ['Addresses', 'Address'],
    ['Matches', 'Match'],
    ['Statuses', 'Status'],
    ['email_addresses', 'EmailAddress'],
    ['shelves', 'Shelf'],
    ['knives', 'Knife'],
    ['archives', 'Archive'],
    ['children', 'Child'],
    ['people', 'Person'],
    ['sub_indices', 'SubIndex'],
    ['value', 'ValueItem'],
    ['Data', 'DataItem'],
    ['Status', 'StatusItem'],
    ['', 'Item'],
    ['2fa', '_2faItem'],
  ])('should name the items of %j %j', (property, want) => {
    expect(itemName(property)).toBe(want);
  });

  it.each([
    [['ExtraFields1', 'ExtraFields2'], true],
    [['CustomFields1'], false],
    [['fieldName'], true],
    [['1', '2'], true],
    [['2024-01-01'], true],
    [['Id', 'Name'], false],
    [['Name'], false],
    [['A1', 'B2'], false],
    [[], false],
  ])('should tell map keys %j → %j', (keys, want) => {
    expect(looksLikeMapKeys(keys)).toBe(want);
  });

  it('should pick a free name: base, baseItem, base2…', () => {
    expect(freeName('Email', new Set())).toBe('Email');
    expect(freeName('Email', new Set(['Email']))).toBe('EmailItem');
    expect(freeName('Email', new Set(['Email', 'EmailItem']))).toBe('Email2');
    expect(freeName('DataItem', new Set(['DataItem']))).toBe('DataItem2');
  });
});

describe('ItemNamer', () => {
  const namerFor = (slots: Array<{ property: string; values: JsonValue[] }>, taken: string[] = []) => {
    const namer = new ItemNamer(new Set(taken));
    for (const slot of slots) namer.collect(shapeOf(slot.values), { property: slot.property }, []);
    namer.finish();
    const schemas = slots.map((slot) => inferSchema(slot.values, { property: slot.property, naming: namer }));
    return { schemas, named: namer.namedSchemas() };
  };
  const phone = { Value: '1', StrippedValue: '1', Description: 'x' };

  it('should name arrays of objects after their property and reuse the name for the same shape', () => {
    const { schemas, named } = namerFor([
      { property: 'Emails', values: [[phone]] },
      { property: 'Faxes', values: [[phone], [phone]] },
      { property: 'OfficePhones', values: [[phone], [phone], [phone]] },
    ]);
    expect(schemas).toEqual([0, 1, 2].map(() => ({ kind: 'array', items: { kind: 'ref', name: 'OfficePhone' } })));
    expect(named.map((n) => [n.name, n.origin])).toEqual([['OfficePhone', 'inferred']]);
  });

  it('should join a smaller sample of the same property with the larger one (request vs response)', () => {
    const { schemas, named } = namerFor([
      { property: 'MessageHeaders', values: [[{ Id: 1, Name: 'a' }]] },
      { property: 'MessageHeaders', values: [[{ Id: 1, Name: 'a', TableRight: null }]] },
    ]);
    expect(schemas[0]).toEqual(schemas[1]);
    expect(named).toHaveLength(1);
    expect(named[0]!.schema).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'Id', required: false },
        { name: 'Name', required: false },
        { name: 'TableRight', required: false },
      ],
    });
  });

  it('should avoid documented names and keep different shapes apart', () => {
    const { named } = namerFor(
      [
        { property: 'Items', values: [[{ a: 1 }]] },
        { property: 'Items', values: [[{ b: 1 }]] },
      ],
      ['Item'],
    );
    expect(named.map((n) => n.name)).toEqual(['Item2', 'Item3']);
  });

  it('should give items that show no fields ([], [{}]) the schema the same property has elsewhere', () => {
    const namer = new ItemNamer(new Set());
    namer.collect(shapeOf([[{ Id: 1, Name: 'a' }]]), { property: 'MessageHeaders' }, []);
    namer.finish();
    const want = { kind: 'array', items: { kind: 'ref', name: 'MessageHeader' } };
    expect(inferSchema([[{}, {}]], { property: 'MessageHeaders', naming: namer })).toEqual(want);
    expect(inferSchema([[]], { property: 'MessageHeaders', naming: namer })).toEqual(want);
    expect(inferSchema([[]], { property: 'Rows', naming: namer })).toEqual({ kind: 'array', items: { kind: 'unknown' } });
  });

  it('should give the same names whatever order the slots come in', () => {
    const slots = [
      { property: 'Emails', values: [[phone]] as JsonValue[] },
      { property: 'Faxes', values: [[phone]] as JsonValue[] },
      { property: 'Rows', values: [[{ x: 1 }]] as JsonValue[] },
    ];
    const forward = namerFor(slots);
    const backward = namerFor([...slots].reverse());
    expect(backward.named).toEqual(forward.named);
    expect([...backward.schemas].reverse()).toEqual(forward.schemas);
  });
});
