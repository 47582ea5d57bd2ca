import { describe, expect, it } from 'vitest';
import {
  type KnownTypes,
  splitArgumentRow,
  splitEnumRow,
  splitHeader,
  splitPropertyRow,
  typeEnds,
} from '../../../src/readers/dto/split-row.js';

const NONE: KnownTypes = { dto: new Set(), enums: new Set() };
const SEED: KnownTypes = {
  dto: new Set(['DTO_ticket_conversation', 'DTO_reference_color', 'DTO_reference_user', 'DTO_contact', 'DTO_rich_text']),
  enums: new Set(['ticket_conversation_type', 'attachment_status']),
};

const texts = (cells: object) =>
  Object.fromEntries(Object.entries(cells as Record<string, { text: string }>).map(([key, cut]) => [key, cut.text]));

describe('splitPropertyRow', () => {
  it.each([
    [
      'a DTO type and the ReadOnly flag',
      'created_byDTO_reference_userReadOnlyCreated by',
      SEED,
      ['created_by', 'DTO_reference_user', 'ReadOnly', 'Created by'],
    ],
    [
      'a DTO type without the flag',
      'sys_statusDTO_reference_colorSys status',
      SEED,
      ['sys_status', 'DTO_reference_color', '', 'Sys status'],
    ],
    [
      'an undefined DTO type (the run ends at the capital)',
      'requesterDTO_somewhere_elseRequester',
      SEED,
      ['requester', 'DTO_somewhere_else', '', 'Requester'],
    ],
    [
      'an array of DTOs',
      'sys_attachmentsDTO_reference_attachment[]Sys attachments',
      NONE,
      ['sys_attachments', 'DTO_reference_attachment[]', '', 'Sys attachments'],
    ],
    ['an ENUM type', 'typeENUM ticket_conversation_typeType', SEED, ['type', 'ENUM ticket_conversation_type', '', 'Type']],
    [
      'an ENUM type with the flag',
      'statusENUM attachment_statusReadOnlyStatus',
      SEED,
      ['status', 'ENUM attachment_status', 'ReadOnly', 'Status'],
    ],
    [
      'a base type',
      'last_message_extractedStringLast message extracted',
      NONE,
      ['last_message_extracted', 'String', '', 'Last message extracted'],
    ],
    ['Int64 (not Int32)', 'timeInt64Time', NONE, ['time', 'Int64', '', 'Time']],
    ['DateTime with the flag', 'createdDateTimeReadOnlyCreated', NONE, ['created', 'DateTime', 'ReadOnly', 'Created']],
    ['DateTimeOffset (longest base type)', 'atDateTimeOffsetWhen', NONE, ['at', 'DateTimeOffset', '', 'When']],
    ['an array of strings', 'bounce_emailsString[]Email addresses', NONE, ['bounce_emails', 'String[]', '', 'Email addresses']],
    ['an array of arrays', 'gridInt32[][]Cells', NONE, ['grid', 'Int32[][]', '', 'Cells']],
    ['no description', 'idInt32', NONE, ['id', 'Int32', '', '']],
    ['the flag and no description', 'idInt32ReadOnly', NONE, ['id', 'Int32', 'ReadOnly', '']],
    [
      'a description that starts with ReadOnly after the flag',
      'idInt32ReadOnlyReadOnly id',
      NONE,
      ['id', 'Int32', 'ReadOnly', 'ReadOnly id'],
    ],
    [
      'a description that starts with "ReadOnly " (no flag)',
      'idInt32ReadOnly in practice',
      NONE,
      ['id', 'Int32', '', 'ReadOnly in practice'],
    ],
    [
      'a description that starts with "ReadOnlyness" (no flag)',
      'idInt32ReadOnlyness matters',
      NONE,
      ['id', 'Int32', '', 'ReadOnlyness matters'],
    ],
    ['a description that repeats the type', 'nameStringString', NONE, ['name', 'String', '', 'String']],
    ['a name with $ and dots', 'odata.next_linkStringOdata.next link', NONE, ['odata.next_link', 'String', '', 'Odata.next link']],
    ['a name with digits', 'post3StringPostal address', NONE, ['post3', 'String', '', 'Postal address']],
    ['a defined DTO at the run end beats a shorter one', 'textDTO_rich_textRich', SEED, ['text', 'DTO_rich_text', '', 'Rich']],
  ])('should split %s', (_name, row, known, [name, type, readOnly, description]) => {
    const result = splitPropertyRow(row, known);
    expect(result.ok && texts(result.cells)).toEqual({ name, type, readOnly, description });
  });

  it.each([
    ['no type at all', 'just some words'],
    ['an unknown base type', 'sizeInt128Size'],
    ['a name with a space', 'bad nameStringText'],
    ['an empty row', ''],
    ['a type with no name', 'Int32Id'],
  ])('should refuse %s', (_name, row) => {
    const result = splitPropertyRow(row, NONE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/type|boundary/);
  });

  it.each([
    [
      'a lower-case description after a defined DTO',
      'contactDTO_contacte.g. the owner',
      'the type is ambiguous (DTO_contact / DTO_contacte)',
    ],
    ['a run that may be a longer undefined DTO', 'barDTO_contactbar baz', 'the type is ambiguous (DTO_contact / DTO_contactbar)'],
  ])('should refuse %s: only a guess could settle the boundary', (_name, row, reason) => {
    expect(splitPropertyRow(row, SEED)).toEqual({ ok: false, reason });
  });

  it('should take the snake_case name when a camelCase name could also parse', () => {
    const result = splitPropertyRow('fooStringString', NONE);
    expect(result.ok && texts(result.cells)).toEqual({ name: 'foo', type: 'String', readOnly: '', description: 'String' });
  });

  it('should accept a camelCase name when only one boundary parses', () => {
    const result = splitPropertyRow('contactIdInt32Id', NONE);
    expect(result.ok && texts(result.cells)).toEqual({ name: 'contactId', type: 'Int32', readOnly: '', description: 'Id' });
  });

  it('should refuse a camelCase name the grammar cannot settle', () => {
    expect(splitPropertyRow('aBStringCStringD', NONE)).toEqual({
      ok: false,
      reason: 'the name/type boundary is ambiguous (aB / aBStringC)',
    });
  });

  it('should give cut offsets into the row', () => {
    const result = splitPropertyRow('created_byDTO_reference_userReadOnlyCreated by', SEED);
    expect(result.ok && result.cells).toEqual({
      name: { text: 'created_by', from: 0, to: 10 },
      type: { text: 'DTO_reference_user', from: 10, to: 28 },
      readOnly: { text: 'ReadOnly', from: 28, to: 36 },
      description: { text: 'Created by', from: 36, to: 46 },
    });
  });
});

describe('splitArgumentRow', () => {
  it.each([
    ['a path argument (no Source)', 'ticket_idInt32', ['ticket_id', 'Int32', '']],
    ['a body argument', 'conversationsDTO_ticket_conversation[]Body', ['conversations', 'DTO_ticket_conversation[]', 'Body']],
    ['a query argument', '$selectStringQuery', ['$select', 'String', 'Query']],
    ['an enum query argument', '$modeENUM contact_modeQuery', ['$mode', 'ENUM contact_mode', 'Query']],
    ['a header argument', 'x_tokenStringHeader', ['x_token', 'String', 'Header']],
  ])('should split %s', (_name, row, [name, type, source]) => {
    const result = splitArgumentRow(row, NONE);
    expect(result.ok && texts(result.cells)).toEqual({ name, type, source });
  });

  it.each([
    ['an unknown Source', 'idInt32Somewhere'],
    ['text after the Source', 'idInt32Query string'],
  ])('should refuse %s', (_name, row) => {
    const result = splitArgumentRow(row, NONE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('Source');
  });
});

describe('splitEnumRow', () => {
  it.each([
    ['a description equal to the name', '0UNKNOWNUNKNOWN', ['0', 'UNKNOWN', 'UNKNOWN']],
    [
      'a description extending the name',
      '1UNAVAILABLEUNAVAILABLE, processing in progress',
      ['1', 'UNAVAILABLE', 'UNAVAILABLE, processing in progress'],
    ],
    ['a name that is a repeated letter pair', '3CCCC', ['3', 'CC', 'CC']],
    ['a name with underscores', '5FORWARDED_TOFORWARDED_TO', ['5', 'FORWARDED_TO', 'FORWARDED_TO']],
    ['a name with no description', '7LONELY', ['7', 'LONELY', '']],
    ['a negative value', '-1NONENONE', ['-1', 'NONE', 'NONE']],
    ['a multi-digit value', '1024BIGBIG', ['1024', 'BIG', 'BIG']],
  ])('should split %s', (_name, row, [value, name, description]) => {
    const result = splitEnumRow(row);
    expect(result.ok && texts(result.cells)).toEqual({ value, name, description });
  });

  it.each([
    ['no value', 'UNKNOWNUNKNOWN', 'numeric value'],
    ['a description that does not repeat the name', '2OKAll good', 'does not repeat'],
    ['a lower-case name', '0unknownunknown', 'does not repeat'],
  ])('should refuse %s', (_name, row, reason) => {
    const result = splitEnumRow(row);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

describe('splitHeader', () => {
  it.each([
    ['NameTypeReadOnlyDescription', ['Name', 'Type', 'ReadOnly', 'Description']],
    ['ValueNameDescription', ['Value', 'Name', 'Description']],
    ['Name Type Source', ['Name', 'Type', 'Source']],
  ])('should split %s', (header, words) => {
    expect(splitHeader(header)?.map((cell) => cell.text)).toEqual(words);
  });

  it.each(['NameTypeReadOnlyDescriptionX', 'TypeDescription', 'Name', 'DTO_contact', ''])('should refuse "%s"', (header) => {
    expect(splitHeader(header)).toBeUndefined();
  });
});

describe('typeEnds', () => {
  it('should list no end where no type starts', () => {
    expect(typeEnds('hello', 0, NONE)).toEqual([]);
  });
});
