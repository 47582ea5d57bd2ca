/**
 * Tables that mark only their optional rows (apiDoc's `**optional**`, Discord's `name?`, Telegram's
 * `*Optional*.`): the unmarked rows are required, the marks stripped; a table with no mark says
 * nothing of its rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/optional-markers', name), 'utf8');

/** `name*` (required) and the description of each property of a page's type. */
function fields(schema: Schema | undefined): Array<[string, string | undefined]> {
  return schema?.kind === 'object' ? schema.properties.map((p) => [`${p.name}${p.required ? '*' : ''}`, p.description]) : [];
}

/** The page's definition of the type `name` (the one with fields: a link to it names it too). */
function type(read: ReturnType<typeof readGeneral>, name: string): Schema | undefined {
  return read.fragment?.schemas.find((s) => s.name === name && s.schema.kind === 'object' && s.schema.properties.length > 0)?.schema;
}

describe('general reader: tables that mark only their optional rows', () => {
  it("should read apiDoc's `**optional**` rows as optional and the others as required, the mark stripped", () => {
    const read = readGeneral(fixture('apidoc.md'));
    expect(parameterNames(operation(read, 'GET /plants'))).toEqual(['query:bed*', 'query:limit']);
    expect(operation(read, 'GET /plants').parameters[1]?.description).toBe('How many plants to list.');
    expect(fields(bodySchema(operation(read, 'POST /plants')))).toEqual([
      ['species*', 'Latin name of the species.'],
      ['height', 'Height in centimetres.'],
      ['colour*', 'Colour of the flowers.'],
    ]);
    // A table that also marks a row required says each row's own.
    const both = readGeneral(
      [
        '## Add a plant',
        '```\nPOST /plants\n```',
        '### Parameters',
        '| Name | Type | Description |\n|---|---|---|\n| species | `String` | **Required.** Latin name. |\n| height | `Number` | **optional** <p>Height.</p> |\n| colour | `String` | <p>Colour.</p> |',
      ].join('\n\n'),
    );
    expect(fields(bodySchema(operation(both, 'POST /plants'))).map(([name]) => name)).toEqual(['species*', 'height', 'colour']);
  });

  it("should read a type table's `name?` rows (Discord) as optional, the names without the mark, and the others as required", () => {
    const read = readGeneral(fixture('structures.md'));
    expect(fields(type(read, 'Greenhouse'))).toEqual([
      ['id*', 'the id of this greenhouse'],
      ['name*', 'the name of the greenhouse'],
      ['heated', 'whether the greenhouse is heated'],
      ['keeper_id', 'the id of the gardener keeping it'],
    ]);
    // No row marked: the table says nothing of its rows.
    expect(fields(type(read, 'Bed'))).toEqual([
      ['id', 'the id of this bed'],
      ['soil', 'the soil of the bed'],
    ]);
  });

  it("should read a type table's `*Optional*.` rows (Telegram) as optional, the mark stripped, and the others as required", () => {
    const read = readGeneral(fixture('types.md'));
    expect(fields(type(read, 'Gardener'))).toEqual([
      ['id*', 'Unique identifier for this gardener'],
      ['is_bot*', '*True*, if this gardener is a bot'],
      ['nickname', "Gardener's nickname"],
      ['plot', 'The plot the gardener keeps, if any'],
    ]);
    expect(fields(type(read, 'Plot'))).toEqual([
      ['id', 'Unique identifier for this plot'],
      ['size', 'Size in square metres'],
    ]);
    // The types' headings two levels down (`## Available types` ⏎ `#### Gardener`): the level the section uses.
    const deeper = readGeneral(fixture('types.md').replace('### Available types', '## Available types'));
    expect(fields(type(deeper, 'Gardener')).map(([name]) => name)).toEqual(['id*', 'is_bot*', 'nickname', 'plot']);
  });

  it('should not make the marked rows of a page whose parameters are all required, unless marked, required', () => {
    const read = readGeneral(
      [
        '# Plants',
        'All request parameters are required, unless otherwise specified.',
        '## List plants',
        '```\nGET /plants\n```',
        '### Query parameters',
        '| Name | Type | Description |\n|---|---|---|\n| bed | string | The bed |\n| limit? | integer | How many |\n| cursor | string | *Optional*. Where to go on |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /plants'))).toEqual(['query:bed*', 'query:limit', 'query:cursor']);
  });

  it('should read `(optional)` after a name as the mark, in a table of its own and beside `name?` rows', () => {
    const read = readGeneral(
      [
        '## List plants',
        '```\nGET /plants\n```',
        '| Name | Type | Description |\n|---|---|---|\n| bed | string | The bed |\n| limit (optional) | integer | How many |\n| page? | integer | Which page |',
        '## Add a plant',
        '```\nPOST /plants\n```',
        '| Name | Type | Description |\n|---|---|---|\n| species | string | Latin name |\n| colour (optional) | string | Colour |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /plants'))).toEqual(['query:bed*', 'query:limit', 'query:page']);
    expect(fields(bodySchema(operation(read, 'POST /plants'))).map(([name]) => name)).toEqual(['species*', 'colour']);
  });
});
