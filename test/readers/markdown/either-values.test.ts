/**
 * "Can be either `a` or `b`", "Must be `a` or `b`.", "Either `a`, `b`, or `c`.": a string parameter
 * whose description lists its values in code spans, closing the sentence, is an enum of them, as
 * "One of `a`, `b`" and "Possible values: `a`, `b`" already were; so does a description of the
 * values alone (`` `full` or `empty`. ``).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/either-values/kettles.md'), 'utf8');

const values = (...names: string[]) => names.map((value) => ({ value }));

describe('general reader: values a description lists with either / can be', () => {
  it('should read the values that close an either / can be sentence as the string’s enum', () => {
    const parameters = strip(operation(readGeneral(PAGE), 'GET /kettles').parameters).map((p) => [p.name, p.schema]);
    expect(parameters).toEqual([
      ['state', { kind: 'enum', base: 'string', values: values('hot', 'cold') }],
      ['shape', { kind: 'enum', base: 'string', values: values('round', 'square', 'tall') }],
      ['finish', { kind: 'enum', base: 'string', values: values('matte', 'gloss') }],
      ['sort', { kind: 'enum', base: 'string', values: values('asc', 'desc'), default: 'asc' }],
      ['scope', { kind: 'enum', base: 'string', values: values('mine', 'shared', 'all') }],
      // Fields named, not values; a list that says more ("or empty"); values no phrase announces.
      ['order_by', { kind: 'string' }],
      ['lid', { kind: 'string' }],
      ['spout', { kind: 'enum', base: 'string', values: values('left', 'right') }],
      ['colour', { kind: 'enum', base: 'string', values: values('red', 'blue', 'green') }],
      ['visibility', { kind: 'string' }],
      ['lookup', { kind: 'string' }],
      // A description of the values alone, two or more; one value alone is no list.
      ['status', { kind: 'enum', base: 'string', values: values('full', 'empty') }],
      ['handle', { kind: 'string' }],
    ]);
  });

  it('should read values in double quotes a sentence closes with (`Allowed values are "name", or "-name".`) as the enum', () => {
    const read = readGeneral(
      ['### List kettles', '`GET /api/v2/kettles`', '| Name | Type | In | Required | Description |\n| --- | --- | --- | --- | --- |'].join(
        '\n\n',
      ) +
        '\n| sort | string | Query | false | Sort order. Allowed values are "name", or "-name". |' +
        '\n| size | string | Query | false | Allowed values: "small" or "large" |' +
        '\n| note | string | Query | false | Allowed values are "a" and more. |',
    );
    expect(strip(operation(read, 'GET /api/v2/kettles').parameters).map((p) => [p.name, p.schema])).toEqual([
      ['sort', { kind: 'enum', base: 'string', values: values('name', '-name') }],
      ['size', { kind: 'enum', base: 'string', values: values('small', 'large') }],
      ['note', { kind: 'string' }],
    ]);
  });

  it('should read values on lines of their own that close the description, each `value`: its meaning, as the enum', () => {
    const read = readGeneral(
      [
        '## Retrieve a list of kettles',
        '',
        '`GET /admin/api/2023-10/kettles.json`',
        '',
        '| Parameter | Description |',
        '| --- | --- |',
        '| `status` | Show kettles by status. (default: `any`)<br>`full`: Show only full kettles.<br>`empty`: Show only empty kettles.<br>`any`: Show all kettles. |',
        '| `glaze` | The glaze.<br>`clear`: No colour. |',
        '| `handle` | `left`: A left handle.<br>Handles may also be fitted later. |',
        '| `base` | The base.<br>`flat`: A flat base.<br>Bases may be changed.<br>`round`: A round base. |',
        '',
      ].join('\n'),
    );
    expect(strip(operation(read, 'GET /admin/api/2023-10/kettles.json').parameters).map((p) => [p.name, p.schema])).toEqual([
      ['status', { kind: 'enum', base: 'string', values: values('full', 'empty', 'any'), default: 'any' }],
      // One value; a value line that opens the description; a line of prose between value lines.
      ['glaze', { kind: 'string' }],
      ['handle', { kind: 'string' }],
      ['base', { kind: 'string' }],
    ]);
  });

  it("should read the values an `Enum:` label lists (code spans, bare words, Redoc's quoted values) as the enum", () => {
    const read = readGeneral(
      ['### List kettles', '`GET /api/v2/kettles`', '| Name | Type | In | Description |\n| --- | --- | --- | --- |'].join('\n\n') +
        '\n| state | string | Query | Filter by state. Enum: `hot`, `cold` |' +
        '\n| sort | string | Query | Sort order. Enum: asc, desc. |' +
        '\n| colour | string | Query | Enum: "red" "green" "blue" |' +
        '\n| level | integer | Query | Enum: `1`, `2`, `3` |' +
        '\n| mood | string | Query | Enumerated values: calm, v1.2 |' +
        '\n| lid | string | Query | Enum: the values listed below and more words |' +
        '\n| size | string | Query | Sizes, small or large. |',
    );
    expect(strip(operation(read, 'GET /api/v2/kettles').parameters).map((p) => [p.name, p.schema])).toEqual([
      ['state', { kind: 'enum', base: 'string', values: values('hot', 'cold') }],
      // The sentence's period is no part of the last value; a dot inside one is.
      ['sort', { kind: 'enum', base: 'string', values: values('asc', 'desc') }],
      ['colour', { kind: 'enum', base: 'string', values: values('red', 'green', 'blue') }],
      ['level', { kind: 'enum', base: 'integer', values: [{ value: 1 }, { value: 2 }, { value: 3 }] }],
      ['mood', { kind: 'enum', base: 'string', values: values('calm', 'v1.2') }],
      // Words that are no list of values; values no label announces.
      ['lid', { kind: 'string' }],
      ['size', { kind: 'string' }],
    ]);
  });
});
