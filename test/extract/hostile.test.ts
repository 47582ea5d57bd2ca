import { describe, expect, it } from 'vitest';
import type { ObjectSchema } from '../../src/ir/types.js';
import { extractDocfx, page } from './helpers.js';

const propertyTable = (rows: string) => `## Request Body: entity\n\n| Property Name | Type | Description |\n|---|---|---|\n${rows}`;

describe('hostile input', () => {
  it.each([
    ['an empty page', ''],
    ['binary junk', '\u0000\u0001\u0002\ufffd\ufffe PNG\r\n\u001a\n|\u0000|\n|-|\n'],
    ['a lone heading', '# '],
    ['a request line of only a method', '# GET\n\n```http\nGET\n```\n'],
    ['an unterminated fence', '# GET A\n\n```http\nGET /a\n'],
    ['deeply nested lists', `${'- '.repeat(500)}x\n`],
  ])('should not throw on %s', (_name, text) => {
    expect(() => extractDocfx(text)).not.toThrow();
  });

  it('should read ragged rows, reporting the short ones with their line and the long one at its first cell past the header', () => {
    const { fragment, diagnostics } = extractDocfx(page(propertyTable('| A | int32 |\n| B |\n| C | string | c | extra |\n')));
    const schema = fragment!.operations[0]!.requestBody!.content[0]!.schema as ObjectSchema;
    expect(schema.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['A', 'integer'],
      ['B', 'unknown'],
      ['C', 'string'],
    ]);
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.start.column])).toEqual([
      ['malformed-row', 13, 1],
      ['malformed-row', 14, 1],
      ['malformed-row', 15, 18],
      ['unknown-type', 14, 1],
    ]);
  });

  it('should skip rows without a name and report duplicates', () => {
    const { fragment, diagnostics } = extractDocfx(
      page(propertyTable('|  | int32 | no name |\n| A | int32 | a |\n| A | string | again |\n')),
    );
    const schema = fragment!.operations[0]!.requestBody!.content[0]!.schema as ObjectSchema;
    expect(schema.properties.map((p) => p.name)).toEqual(['A']);
    expect(diagnostics.items.map((d) => d.code)).toEqual(['malformed-row', 'duplicate-property']);
  });

  it('should keep names such as __proto__ and constructor as plain data', () => {
    const { fragment } = extractDocfx(
      page(propertyTable('| \\_\\_proto\\_\\_ | string | p |\n| constructor | int32 | c |\n| toString | bool | t |\n')),
    );
    const schema = fragment!.operations[0]!.requestBody!.content[0]!.schema as ObjectSchema;
    expect(schema.properties.map((p) => p.name)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(schema)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should keep a huge cell whole', () => {
    const huge = 'word '.repeat(20_000).trim();
    const { fragment } = extractDocfx(page(propertyTable(`| A | string | ${huge} |\n`)));
    const schema = fragment!.operations[0]!.requestBody!.content[0]!.schema as ObjectSchema;
    expect(schema.properties[0]!.description).toBe(huge);
  });

  it('should report a duplicated parameter once and keep the first', () => {
    const { fragment, diagnostics } = extractDocfx(
      page(
        '## Query String Parameters\n\n| Parameter Name | Type | Description |\n|---|---|---|\n| a | int32 | first |\n| a | string | second |\n',
      ),
    );
    expect(fragment!.operations[0]!.parameters.map((p) => p.description)).toEqual(['first']);
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line])).toEqual([['duplicate-parameter', 14]]);
  });

  it('should report unknown type words and go on', () => {
    const { fragment, diagnostics } = extractDocfx(
      page('## Query String Parameters\n\n| Parameter Name | Type | Description |\n|---|---|---|\n| a | some thing | A |\n'),
    );
    expect(fragment!.operations[0]!.parameters[0]!.schema).toEqual({ kind: 'unknown' });
    expect(diagnostics.items.map((d) => d.code)).toEqual(['unknown-type']);
  });
});
