import { describe, expect, it } from 'vitest';
import { buildNames } from '../../../src/emit/shared/naming.js';
import { createTypeContext, renderType } from '../../../src/emit/typescript/type.js';
import type { Schema } from '../../../src/ir/types.js';
import { richDocument } from '../shared/rich-document.js';

const context = createTypeContext(buildNames(richDocument()));

const cases: Array<{ name: string; given: Schema; want: string }> = [
  { name: 'string', given: { kind: 'string', format: 'date-time' }, want: 'string' },
  { name: 'nullable string', given: { kind: 'string', nullable: true }, want: 'string | null' },
  { name: 'integer', given: { kind: 'integer', minimum: 1 }, want: 'number' },
  { name: 'number', given: { kind: 'number' }, want: 'number' },
  { name: 'boolean', given: { kind: 'boolean' }, want: 'boolean' },
  { name: 'null', given: { kind: 'null', nullable: true }, want: 'null' },
  { name: 'unknown', given: { kind: 'unknown', nullable: true }, want: 'unknown' },
  { name: 'array', given: { kind: 'array', items: { kind: 'string' } }, want: 'string[]' },
  { name: 'array of nullable', given: { kind: 'array', items: { kind: 'integer', nullable: true } }, want: '(number | null)[]' },
  {
    name: 'array of union',
    given: { kind: 'array', items: { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'boolean' }] } },
    want: '(string | boolean)[]',
  },
  { name: 'nullable array', given: { kind: 'array', items: { kind: 'string' }, nullable: true }, want: 'string[] | null' },
  { name: 'map', given: { kind: 'map', values: { kind: 'ref', name: 'Attachment' } }, want: 'Record<string, Attachment>' },
  { name: 'string enum', given: { kind: 'enum', base: 'string', values: [{ value: 'a' }, { value: "b'c" }] }, want: "'a' | 'b\\'c'" },
  { name: 'integer enum', given: { kind: 'enum', base: 'integer', values: [{ value: 0 }, { value: 1 }, { value: 1 }] }, want: '0 | 1' },
  { name: 'empty enum', given: { kind: 'enum', base: 'string', values: [] }, want: 'never' },
  { name: 'const string', given: { kind: 'const', value: 'v1' }, want: "'v1'" },
  { name: 'const null', given: { kind: 'const', value: null }, want: 'null' },
  { name: 'const object', given: { kind: 'const', value: { 'a.b': [1, false] } }, want: "{ 'a.b': [1, false] }" },
  { name: 'ref', given: { kind: 'ref', name: 'DTO_ticket_conversation' }, want: 'DTOTicketConversation_2' },
  { name: 'ref to reserved name', given: { kind: 'ref', name: 'Record' }, want: 'Record_2' },
  { name: 'dangling ref', given: { kind: 'ref', name: 'Missing' }, want: 'unknown' },
  { name: 'nullable ref', given: { kind: 'ref', name: 'Cat', nullable: true }, want: 'Cat | null' },
  {
    name: 'union',
    given: {
      kind: 'union',
      mode: 'oneOf',
      variants: [
        { kind: 'ref', name: 'Cat' },
        { kind: 'ref', name: 'Dog' },
        { kind: 'ref', name: 'Cat' },
      ],
    },
    want: 'Cat | Dog',
  },
  { name: 'empty union', given: { kind: 'union', mode: 'anyOf', variants: [] }, want: 'never' },
  {
    name: 'intersection',
    given: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'Cat' },
        { kind: 'union', mode: 'anyOf', variants: [{ kind: 'ref', name: 'Dog' }, { kind: 'null' }] },
      ],
    },
    want: 'Cat & (Dog | null)',
  },
  { name: 'empty intersection', given: { kind: 'intersection', parts: [] }, want: 'unknown' },
  { name: 'open empty object', given: { kind: 'object', properties: [] }, want: 'Record<string, unknown>' },
  { name: 'closed empty object', given: { kind: 'object', properties: [], additionalProperties: false }, want: 'Record<string, never>' },
  {
    name: 'object',
    given: {
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'integer', readOnly: true } },
        { name: 'odata.nextLink', required: false, description: 'Next page', schema: { kind: 'string' } },
        { name: '__proto__', required: false, schema: { kind: 'string' } },
        { name: 'id', required: false, schema: { kind: 'string' } },
      ],
    },
    want: "{\n  readonly id: number;\n  /** Next page */\n  'odata.nextLink'?: string | undefined;\n  '__proto__'?: string | undefined;\n}",
  },
  {
    name: 'object with extra keys',
    given: {
      kind: 'object',
      properties: [{ name: 'n', required: false, schema: { kind: 'integer' } }],
      additionalProperties: { kind: 'string' },
    },
    want: '{\n  n?: number | undefined;\n  [key: string]: string | number | undefined;\n}',
  },
  {
    name: 'nested object',
    given: {
      kind: 'object',
      properties: [
        {
          name: 'a',
          required: true,
          schema: { kind: 'object', properties: [{ name: 'b', required: true, schema: { kind: 'boolean', deprecated: true } }] },
        },
      ],
    },
    want: '{\n  a: {\n    /** @deprecated */\n    b: boolean;\n  };\n}',
  },
];

describe('renderType', () => {
  it.each(cases)('should render $name', ({ given, want }) => {
    expect(renderType(given, context)).toBe(want);
  });

  it('should handle every schema kind of the IR', () => {
    const kinds = new Set(cases.map((entry) => entry.given.kind));
    expect([...kinds].sort()).toEqual([
      'array',
      'boolean',
      'const',
      'enum',
      'integer',
      'intersection',
      'map',
      'null',
      'number',
      'object',
      'ref',
      'string',
      'union',
      'unknown',
    ]);
  });
});
