/**
 * Bodies from the evidence a page gives (issue 12): JSON Patch tables, item tables with array
 * samples, body headings with neither table nor type words. Pages written in the DocFX template's
 * conventions (seed 001/002).
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../src/ir/types.js';
import { codesAndLines, extractDocfx, page, withoutSources } from './helpers.js';

const TABLE_HEAD = '| Property Name | Type |  Description |\n|----------------|------|--------------|';

function requestSchema(sections: string, requestLine?: string): { schema: Schema | undefined; codes: Array<[string, number]> } {
  const { fragment, diagnostics } = extractDocfx(page(sections, requestLine));
  const content = fragment!.operations[0]!.requestBody?.content ?? [];
  const schemas = new Set(content.map((c) => JSON.stringify(c.schema)));
  expect(schemas.size).toBeLessThanOrEqual(1); // every media type gets the same schema
  return { schema: withoutSources(content[0]?.schema), codes: codesAndLines(diagnostics) };
}

const sample = (body: string, line = 'PATCH /api/v1/Widget/{id}') =>
  `## Sample request\n\n\`\`\`http!\n${line}\nContent-Type: application/json; charset=utf-8\n\n${body}\n\`\`\`\n`;

describe('JSON Patch bodies', () => {
  const patchTable = `${TABLE_HEAD}\n| op | String | "add", "replace", "remove" |\n| path | String | The property to change |\n| value | Object | New value |`;

  it('should read an op/path/value table as an array of RFC 6902 operations, whatever the type word says', () => {
    const { schema, codes } = requestSchema(
      `## Request Body: changes string\n\nJSON-Patch array of operations.\n\n${patchTable}\n\n${sample('[ { "op": "add", "path": "/Name", "value": {} } ]')}`,
      'PATCH /api/v1/Widget/{id}',
    );
    expect(schema).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    const items = (schema as { items: { properties: Array<{ name: string; schema: Schema; required: boolean }> } }).items;
    expect(items.properties.map((p) => [p.name, p.schema.kind, p.required])).toEqual([
      ['op', 'string', true],
      ['path', 'string', true],
      ['value', 'map', false],
      ['from', 'string', false],
    ]);
    expect(codes.filter(([code]) => code === 'body-table-ignored')).toEqual([]);
  });

  it('should read a string-typed body without a table whose samples are JSON Patch documents as one', () => {
    const { schema } = requestSchema(
      `## Request Body: changes string\n\nJSON-Patch array of operations.\n\n${sample('[ { "op": "replace", "path": "/Name", "value": "x" } ]')}`,
      'PATCH /api/v1/Widget/{id}',
    );
    expect(schema).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    const items = (schema as { items: { properties: Array<{ name: string; required: boolean }> } }).items;
    expect(items.properties.map((p) => [p.name, p.required])).toEqual([
      ['op', true],
      ['path', true],
      ['value', false],
      ['from', false],
    ]);
    // A string body whose sample is anything else stays a string.
    expect(requestSchema(`## Request Body: text string\n\n${sample('"hello"')}`, 'PATCH /api/v1/Widget/{id}').schema).toMatchObject({
      kind: 'string',
    });
  });

  it('should keep a table that merely has an op row as an object', () => {
    const { schema } = requestSchema(
      `## Request Body: request\n\n${TABLE_HEAD}\n| op | String | Operation |\n| Target | String | Target |`,
    );
    expect(schema).toMatchObject({ kind: 'object' });
  });
});

describe('array bodies', () => {
  const itemTable = `${TABLE_HEAD}\n| FieldId | Integer | Primary key |\n| Label | String | The label |`;

  it('should read an item table with a JSON array sample as an array of the item', () => {
    const { schema, codes } = requestSchema(
      `## Request Body: fields\n\n${itemTable}\n\n${sample('[\n  { "FieldId": 1, "Label": "a" },\n  { "FieldId": 2, "Label": "b" }\n]', 'PUT /api/v1/Widget/Layout')}`,
      'PUT /api/v1/Widget/Layout',
    );
    expect(schema).toMatchObject({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'FieldId', schema: { kind: 'integer', format: 'int32' } },
          { name: 'Label', schema: { kind: 'string' } },
        ],
      },
    });
    expect(codes).toEqual([]);
  });

  it('should read an item table as an array without a sample when the name is plural and the description says array', () => {
    expect(requestSchema(`## Request Body: entities\n\nAn array of entities to save.\n\n${itemTable}`).schema).toMatchObject({
      kind: 'array',
      items: { kind: 'object' },
    });
    // A plural name alone is no evidence: settings are often one object.
    expect(requestSchema(`## Request Body: settings\n\nThe settings to save.\n\n${itemTable}`).schema).toMatchObject({ kind: 'object' });
  });

  it('should keep the object when the sample is an object', () => {
    const { schema } = requestSchema(
      `## Request Body: field\n\n${itemTable}\n\n${sample('{ "FieldId": 1, "Label": "a" }', 'PUT /api/v1/Widget/Layout')}`,
      'PUT /api/v1/Widget/Layout',
    );
    expect(schema).toMatchObject({ kind: 'object' });
  });
});

describe('a body heading with neither table nor type words', () => {
  it('should be an array when its name is plural and its description speaks of many', () => {
    expect(requestSchema('## Request Body: contactIds \n\nThe primary keys. \n').schema).toEqual({
      kind: 'array',
      items: { kind: 'unknown' },
      description: 'The primary keys.',
    });
    expect(requestSchema('## Request Body: attachmentIds \n\nAn array of attachments to connect. \n').schema).toMatchObject({
      kind: 'array',
    });
  });

  it('should be an open schema with the description otherwise, never dropped', () => {
    expect(requestSchema('## Request Body: entity \n\nThe entity to check. \n').schema).toEqual({
      kind: 'unknown',
      description: 'The entity to check.',
    });
    expect(requestSchema('## Request Body: status \n\nThe statuses to set. \n').schema).toMatchObject({ kind: 'unknown' });
    expect(requestSchema('## Request Body: request \n\n').schema).toEqual({ kind: 'unknown' });
  });

  it('should take its type words when it has them', () => {
    expect(requestSchema('## Request Body: ids int32[]\n\nThe ids. \n').schema).toEqual({
      kind: 'array',
      items: { kind: 'integer', format: 'int32' },
    });
  });
});
