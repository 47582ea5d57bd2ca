import { describe, expect, it } from 'vitest';
import { splitPipeRun } from '../../../src/readers/text/pipe-rows.js';
import { splitRow } from '../../../src/readers/text/row-cells.js';
import type { ColumnGrammar } from '../../../src/readers/text/table-header.js';
import { matchTableHeader } from '../../../src/readers/text/table-header.js';
import { isTypeWord } from '../../../src/readers/text/type-words.js';

const NTD: ColumnGrammar[] = ['token', 'type', 'rest'];

function texts(text: string, grammars: ColumnGrammar[]): string[] | string {
  const split = splitRow(text, grammars);
  return 'cells' in split
    ? split.cells.map((cell) => text.slice(cell.from, cell.to))
    : `${split.wrapped ? 'wrapped' : 'broken'}: ${split.error}`;
}

describe('splitRow', () => {
  const cases: Array<{ name: string; given: string; grammars?: ColumnGrammar[]; want: string[] | string }> = [
    { name: 'name, type, description', given: 'EjMessageId int32 The primary key', want: ['EjMessageId', 'int32', 'The primary key'] },
    { name: 'an empty description', given: 'odata.nextLink string', want: ['odata.nextLink', 'string', ''] },
    { name: 'trailing spaces left out of the description', given: 'a string Text   ', want: ['a', 'string', 'Text'] },
    {
      name: 'an Enum list as the type',
      given: '$mode Enum: Slim, Wide, Full FULL (with raw values)',
      want: ['$mode', 'Enum: Slim, Wide, Full', 'FULL (with raw values)'],
    },
    {
      name: 'an Enum list whose last value reads like a word',
      given: 'm Enum: Unknown, Even, Not An integer',
      want: ['m', 'Enum: Unknown, Even, Not', 'An integer'],
    },
    { name: 'an Enum list with one value', given: 'f Enum: Only The only one', want: ['f', 'Enum: Only', 'The only one'] },
    { name: 'an Enum list glued to its first value', given: 'f Enum:A, B Text', want: ['f', 'Enum:A, B', 'Text'] },
    { name: 'generic, array and nullable types', given: 'x List<int>[] Items', want: ['x', 'List<int>[]', 'Items'] },
    { name: 'a dotted type name', given: 'x SuperOffice.Contact The contact', want: ['x', 'SuperOffice.Contact', 'The contact'] },
    {
      name: 'a two-column header table',
      given: 'X-XSRF-TOKEN If not using it',
      grammars: ['token', 'rest'],
      want: ['X-XSRF-TOKEN', 'If not using it'],
    },
    { name: 'a status row', given: '404 Not Found.', grammars: ['status', 'rest'], want: ['404', 'Not Found.'] },
    {
      name: 'a wrapped line in a status table',
      given: 'Entity to save is missing',
      grammars: ['status', 'rest'],
      want: 'wrapped: "Entity" is not a status code',
    },
    { name: 'a wrapped line (no type word)', given: 'Use MDO List name "person"', want: 'wrapped: "MDO" is not a type' },
    { name: 'a wrapped line (lower-case word)', given: 'Extra fields added to the carrier.', want: 'wrapped: "fields" is not a type' },
    { name: 'a lone name', given: 'TicketEntityId', want: 'wrapped: the row has no type' },
    {
      name: 'a lower-case primitive type',
      given: 'createdOn timestamp When it was made',
      want: ['createdOn', 'timestamp', 'When it was made'],
    },
    { name: 'an Enum list cut off after a comma', given: 'x Enum: A, B,', want: 'broken: the Enum value list ends without a last value' },
    { name: 'an empty line', given: '   ', want: 'broken: the row is empty' },
    { name: 'tab-separated cells', given: 'mode\tEnum: A, B\tPick one', want: ['mode', 'Enum: A, B', 'Pick one'] },
    { name: 'tab-separated cells without a description', given: 'Tags\tarray', want: ['Tags', 'array', ''] },
    { name: 'tab-separated cells, an empty one kept', given: 'x\t\tText', want: ['x', '', 'Text'] },
    {
      name: 'a tab inside a description only',
      given: 'a string Text\twith a tab and more',
      want: ['a', 'string', 'Text\twith a tab and more'],
    },
  ];
  for (const { name, given, grammars, want } of cases) {
    it(`should read ${name}`, () => expect(texts(given, grammars ?? NTD)).toEqual(want));
  }
});

describe('isTypeWord', () => {
  const cases: Array<[string, boolean]> = [
    ['int32', true],
    ['date-time', true],
    ['String', true],
    ['TicketEntity', true],
    ['string[]', true],
    ['int?', true],
    ['Dictionary<string,int>', true],
    ['MDO', false],
    ['fields', false],
    ['"quoted"', false],
    ['(optional)', false],
    ['123', false],
    ['Type.', false],
  ];
  for (const [word, want] of cases) it(`should say ${word} is ${want ? '' : 'not '}a type`, () => expect(isTypeWord(word)).toBe(want));
});

describe('splitPipeRun', () => {
  it('should cut rows at the pipes, the text before the first row being the lead', () => {
    const text = 'the end. | | a | string | A | | b | object | |';
    const run = splitPipeRun(text, 3)!;
    expect(text.slice(run.lead.from, run.lead.to)).toBe('the end.');
    expect(run.rows.map((row) => row.map((cell) => text.slice(cell.from, cell.to)))).toEqual([
      ['a', 'string', 'A'],
      ['b', 'object', ''],
    ]);
  });

  it('should read a run that starts with a pipe as having no lead', () => {
    const run = splitPipeRun('| a | int32 | A | | b | bool | B |', 3)!;
    expect(run.lead).toEqual({ from: 0, to: 0 });
    expect(run.rows).toHaveLength(2);
  });

  it('should refuse text whose pieces do not make whole rows', () => {
    expect(splitPipeRun('x | | a | string | A | | b | object |', 3)).toBeUndefined();
    expect(splitPipeRun('Site | Community | Privacy | Back to top', 3)).toBeUndefined();
    expect(splitPipeRun('x | | | string | A |', 3)).toBeUndefined();
  });
});

describe('matchTableHeader', () => {
  const labels = (text: string) => matchTableHeader({ index: 0, offset: 0, text })?.map((c) => `${c.label}:${c.grammar}`);

  it('should split a flattened header by the known column words', () => {
    expect(labels('Property Name Type Description')).toEqual(['Property Name:token', 'Type:type', 'Description:rest']);
    expect(labels('Path Part Type Description')).toEqual(['Path Part:token', 'Type:type', 'Description:rest']);
    expect(labels('Response Description')).toEqual(['Response:status', 'Description:rest']);
    expect(labels('Parameter Name Description')).toEqual(['Parameter Name:token', 'Description:rest']);
  });

  it('should not take prose or a table without a naming first column for a header', () => {
    expect(labels('Type Description')).toBeUndefined();
    expect(labels('Name Type Description of things')).toBeUndefined();
    expect(labels('Response:')).toBeUndefined();
    expect(labels('Name Name')).toBeUndefined();
  });
});
