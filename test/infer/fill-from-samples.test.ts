import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { emitOpenApi } from '../../src/emit/openapi/index.js';
import { emitTypes } from '../../src/emit/typescript/index.js';
import { fillFromSamples } from '../../src/infer/fill-from-samples.js';
import { MAX_DEPTH, MAX_KEYS } from '../../src/infer/shape.js';
import { parseIr } from '../../src/ir/ir-schema.js';
import type { ApiDocument, JsonValue, NamedSchema, ObjectSchema, PageFragment, Schema } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { extractDocfx, withoutSources } from '../extract/helpers.js';
import { irDocument, irOperation } from '../helpers/ir-builders.js';
import { SHARED_DIR } from '../helpers/temp-dir.js';
import { CONTRADICTING_PAGE, GET_PAGE, PUT_PAGE } from './fixtures.js';

/**
 * Merge, then fill. `diagnostics` are the fill's own (the merge may already fill, once the pipeline
 * wires it: filling is idempotent, and a second fill reports the same contradictions again).
 */
function build(pages: Array<[file: string, text: string]>): { document: ApiDocument; diagnostics: DiagnosticBag; before: ApiDocument } {
  const fragments: PageFragment[] = pages.map(([file, text]) => extractDocfx(text, file).fragment!);
  const before = mergeFragments(fragments, new DiagnosticBag(), { version: '1.0.0' });
  const diagnostics = new DiagnosticBag();
  const document = fillFromSamples(before, diagnostics);
  return { document, diagnostics, before };
}

const named = (document: ApiDocument, name: string): NamedSchema => {
  const found = document.schemas.find((s) => s.name === name);
  if (!found) throw new Error(`no schema ${name}: ${document.schemas.map((s) => s.name).join(', ')}`);
  return found;
};
/** A DocFX GET page whose response body is the named entity with these `Name | type` rows. */
const extractDocfxPage = (requestLine: string, entity: string, rows: string[]): string =>
  `# ${requestLine}\n\n\`\`\`http\n${requestLine}\n\`\`\`\n\nGets it.\n\n## Response:\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n\n` +
  `### Response body: ${entity}\n\n| Property Name | Type | Description |\n|---|---|---|\n${rows.map((row) => `| ${row} | |`).join('\n')}\n`;
const property = (schema: Schema, name: string): Schema => {
  if (schema.kind !== 'object') throw new Error(`not an object: ${schema.kind}`);
  return schema.properties.find((p) => p.name === name)!.schema;
};
const propertyNames = (schema: Schema): Array<[string, boolean]> => (schema as ObjectSchema).properties.map((p) => [p.name, p.required]);

describe('fillFromSamples', () => {
  const pages: Array<[string, string]> = [
    ['Message/put.md', PUT_PAGE],
    ['Message/get.md', GET_PAGE],
  ];

  it('should turn an untyped array of objects into a named item schema learnt from every sample', () => {
    const { document } = build(pages);
    const entity = named(document, 'MessageEntity').schema;
    const headers = property(entity, 'MessageHeaders');
    expect(withoutSources(headers)).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'MessageHeader' } });
    const header = named(document, 'MessageHeader');
    expect(header.origin).toBe('inferred');
    // Request sample: 5 fields twice; response sample adds TableRight/FieldProperties; the GET
    // page's empty array is a sample of the same property too. Inferred fields are optional even
    // when every sample has them: samples promise no more than tables.
    expect(propertyNames(header.schema)).toEqual([
      ['Id', false],
      ['Name', false],
      ['Value', false],
      ['StdItem', false],
      ['StdItemCol', false],
      ['TableRight', false],
      ['FieldProperties', false],
    ]);
    expect(property(header.schema, 'Id')).toEqual({ kind: 'integer' });
    expect(header.schema.inferred!.from.map((s) => `${s.file}:${s.start.line}`)).toEqual([
      'Message/get.md:42',
      'Message/put.md:56',
      'Message/put.md:90',
    ]);
  });

  it('should name items that are not plural by appending Item, and merge integer with number', () => {
    const { document } = build(pages);
    const items = property(named(document, 'MessageEntity').schema, 'AttachmentsInfo');
    expect(items).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'AttachmentsInfoItem' } });
    const item = named(document, 'AttachmentsInfoItem').schema;
    expect(property(item, 'AttSize')).toEqual({ kind: 'number' });
    expect(propertyNames(item)).toEqual([
      ['AttachmentId', false],
      ['Name', false],
      ['AttSize', false],
      ['InlineImage', false],
      ['TableRight', false],
    ]);
  });

  it('should type items with the documented entity whose table lists their fields (tables win)', () => {
    const attachment = extractDocfxPage('GET /api/v1/Attachment/{id}', 'AttachmentEntity', [
      'AttachmentId | int32',
      'Name | string',
      'AttSize | double',
      'InlineImage | bool',
      'ContentId | string',
      'TableRight | TableRight',
    ]);
    const { document } = build([...pages, ['Attachment/get.md', attachment]]);
    const items = property(named(document, 'MessageEntity').schema, 'AttachmentsInfo');
    expect(items).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'AttachmentEntity' }, inferred: {} });
    expect(named(document, 'AttachmentEntity').origin).toBe('documented');
    expect(document.schemas.map((s) => s.name)).not.toContain('AttachmentsInfoItem');
  });

  it('should not take a documented entity whose types the samples contradict', () => {
    const attachment = extractDocfxPage('GET /api/v1/Attachment/{id}', 'AttachmentEntity', [
      'AttachmentId | string',
      'Name | string',
      'AttSize | double',
      'InlineImage | bool',
      'TableRight | TableRight',
    ]);
    const { document } = build([...pages, ['Attachment/get.md', attachment]]);
    expect(property(named(document, 'MessageEntity').schema, 'AttachmentsInfo')).toMatchObject({
      items: { kind: 'ref', name: 'AttachmentsInfoItem' },
    });
  });

  it('should fill the values of object-typed dictionaries (ExtraFields1/2 → Record<string, string>)', () => {
    const { document } = build(pages);
    const entity = named(document, 'MessageEntity').schema;
    for (const name of ['ExtraFields', 'CustomFields']) {
      expect(withoutSources(property(entity, name))).toMatchObject({
        kind: 'map',
        values: { kind: 'string' },
        inferred: { from: [{ file: 'Message/put.md' }, { file: 'Message/put.md' }] },
      });
    }
    expect(property(entity, 'FieldProperties')).toMatchObject({ kind: 'map', values: { kind: 'ref', name: 'FieldProperty' } });
    expect(propertyNames(named(document, 'FieldProperty').schema)).toEqual([
      ['FieldRight', false],
      ['FieldType', false],
      ['FieldLength', false],
    ]);
  });

  it('should fill an undocumented named type from a sample on ANOTHER page', () => {
    const { document } = build(pages);
    const associate = named(document, 'Associate');
    expect(associate.origin).toBe('inferred');
    expect(propertyNames(associate.schema)).toEqual([
      ['AssociateId', false],
      ['Name', false],
      ['Deleted', false],
    ]);
    expect(associate.sources.map((s) => s.file)).toEqual(['Message/get.md']);
    // TableRight is only ever null: still undocumented.
    expect(named(document, 'TableRight').origin).toBe('undocumented');
  });

  it("should type an untyped field by its samples and its stated default together (`(default 'all')` beside samples of 1)", () => {
    const at = { file: 'api/entities.md', start: { line: 9, column: 1, offset: 80 }, end: { line: 12, column: 4, offset: 120 } };
    const field = (name: string, value: JsonValue) => ({ name, required: false, schema: { kind: 'unknown', default: value } as Schema });
    const body: Schema = { kind: 'object', properties: [field('scope', 'all'), field('recursive', false)] };
    const sample = { name: 'sample', value: { scope: 1, recursive: true }, source: at };
    const before = irDocument({
      operations: [
        irOperation('changeScope', 'post', '/scope', {
          requestBody: { required: true, content: [{ mediaType: 'application/json', schema: body, examples: [sample] }] },
        }),
      ],
    });
    const filled = fillFromSamples(before, new DiagnosticBag()).operations[0]!.requestBody!.content[0]!.schema!;
    // The default the docs state is a value of the field as much as the sample's: a union, whose default holds.
    expect(withoutSources(property(filled, 'scope'))).toMatchObject({
      kind: 'union',
      variants: [{ kind: 'integer' }, { kind: 'string' }],
      default: 'all',
    });
    expect(property(filled, 'recursive')).toMatchObject({ kind: 'boolean', default: false });
  });

  it('should be idempotent: filling a filled document changes nothing', () => {
    const { document } = build(pages);
    expect(JSON.stringify(fillFromSamples(document, new DiagnosticBag()))).toBe(JSON.stringify(document));
  });

  it('should never change a documented type, and leave the input document untouched', () => {
    const { document, before } = build(pages);
    const snapshot = JSON.stringify(before);
    fillFromSamples(before, new DiagnosticBag());
    expect(JSON.stringify(before)).toBe(snapshot);
    const was = named(before, 'MessageEntity').schema as ObjectSchema;
    const now = named(document, 'MessageEntity').schema as ObjectSchema;
    expect(now.properties.map((p) => p.name)).toEqual(was.properties.map((p) => p.name));
    for (const name of ['MessageId', 'CreatedBy', 'Body', 'TableRight']) expect(property(now, name)).toEqual(property(was, name));
  });

  it('should give byte-identical results in any page order', () => {
    const forward = build(pages);
    const backward = build([...pages].reverse());
    expect(JSON.stringify(backward.document)).toBe(JSON.stringify(forward.document));
    expect(backward.diagnostics.items).toEqual(forward.diagnostics.items);
  });

  it('should report, not apply, what a sample contradicts: unknown property, wrong type, value outside the enum', () => {
    const { document, diagnostics } = build([['Widget/post.md', CONTRADICTING_PAGE]]);
    const found = diagnostics.items.filter((d) => d.code.startsWith('sample-')).map((d) => [d.code, d.source.start.line, d.message]);
    expect(found).toEqual([
      ['sample-type-mismatch', 25, 'POST /api/v1/Widget request body.Count is documented as an int32, but a sample shows a string ("7")'],
      [
        'sample-type-mismatch',
        25,
        'POST /api/v1/Widget request body.Kind is documented as one of "Small", "Large", but a sample shows a string ("Huge")',
      ],
      [
        'sample-unknown-property',
        25,
        'a sample shows property "Colour", which the table of POST /api/v1/Widget request body does not list (and 1 more sample)',
      ],
    ]);
    const colour = diagnostics.items.find((d) => d.code === 'sample-unknown-property')!;
    expect(colour.related?.map((s) => s.start.line)).toEqual([29]);
    const body = document.operations[0]!.requestBody!.content[0]!.schema as ObjectSchema;
    expect(body.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['Count', 'integer'],
      ['Name', 'string'],
      ['Kind', 'enum'],
    ]);
  });

  it('should mark what it inferred in the outputs: a JSDoc note in types.ts, x-specdown-inferred in OpenAPI', () => {
    const { document } = build(pages);
    const types = emitTypes(document);
    expect(types).toMatch(/Inferred from samples at Message\/get\.md:42, Message\/put\.md:56, Message\/put\.md:90/);
    expect(types).toMatch(/ExtraFields\?: Record<string, string>/);
    const spec = emitOpenApi(document, { sources: true }) as unknown as {
      components: { schemas: Record<string, Record<string, unknown> & { properties: Record<string, Record<string, unknown>> }> };
    };
    const schemas = spec.components.schemas;
    expect(schemas.MessageHeader!['x-specdown-inferred']).toEqual(['Message/get.md:42:1', 'Message/put.md:56:1', 'Message/put.md:90:1']);
    expect(schemas.MessageEntity!.properties.ExtraFields).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
      'x-specdown-inferred': ['Message/put.md:56:1', 'Message/put.md:90:1'],
    });
    expect(schemas.MessageEntity!.properties.MessageHeaders).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/MessageHeader' },
    });
    expect(schemas.MessageEntity!.properties.MessageId!['x-specdown-inferred']).toBeUndefined();
    expect((emitOpenApi(document).components!.schemas!.MessageHeader as Record<string, unknown>)['x-specdown-inferred']).toBe(true);
    expect(() => parseIr(JSON.parse(JSON.stringify(document)))).not.toThrow();
  });

  it('should look at no more than MAX_KEYS keys of a huge sample object', () => {
    const { before } = build(pages);
    const entity = before.schemas.find((s) => s.name === 'MessageEntity')!;
    const wide: Record<string, JsonValue> = {};
    for (let i = 0; i < 100_000; i++) wide[`Extra${i}x`] = i;
    const at = { file: 'wide.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const document: ApiDocument = {
      ...before,
      operations: [
        {
          operationId: 'w',
          method: 'get',
          path: '/w',
          tags: [],
          parameters: [],
          responses: [
            {
              status: '200',
              description: 'OK',
              headers: [],
              content: [
                {
                  mediaType: 'application/json',
                  schema: { kind: 'ref', name: entity.name },
                  examples: [{ name: 'sample', value: wide, source: at }],
                },
              ],
            },
          ],
        },
      ],
    };
    const diagnostics = new DiagnosticBag();
    fillFromSamples(document, diagnostics);
    expect(diagnostics.items.filter((d) => d.code === 'sample-unknown-property')).toHaveLength(MAX_KEYS);
  });

  it('should survive hostile samples: 10,000 levels deep and 200,000 items', () => {
    let deep: JsonValue = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { Inner: [deep] };
    const huge: JsonValue[] = Array.from({ length: 200_000 }, (_, i) => ({ Id: i }));
    const at = { file: 'x.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const document: ApiDocument = {
      irVersion: 1,
      info: { title: 'x', version: '1' },
      servers: [],
      tags: [],
      securitySchemes: [],
      schemas: [],
      operations: [
        {
          operationId: 'op',
          method: 'post',
          path: '/x',
          tags: [],
          parameters: [],
          responses: [],
          requestBody: {
            required: true,
            content: [
              {
                mediaType: 'application/json',
                schema: {
                  kind: 'object',
                  properties: [
                    { name: 'Deep', schema: { kind: 'unknown' }, required: false },
                    { name: 'Rows', schema: { kind: 'array', items: { kind: 'unknown' } }, required: false },
                  ],
                },
                examples: [{ name: 'sample', value: { Deep: deep, Rows: huge }, source: at }],
              },
            ],
          },
        },
      ],
    };
    const filled = fillFromSamples(document, new DiagnosticBag());
    const body = filled.operations[0]!.requestBody!.content[0]!.schema!;
    expect(property(body, 'Rows')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Row' } });
    let node: Schema | undefined = property(body, 'Deep');
    let depth = 0;
    const names = new Map(filled.schemas.map((s) => [s.name, s.schema]));
    while (node && depth < 100) {
      if (node.kind === 'ref') node = names.get(node.name);
      else if (node.kind === 'array') node = node.items;
      else if (node.kind === 'object') node = node.properties[0]?.schema;
      else break;
      depth++;
    }
    expect(node).toEqual({ kind: 'unknown' });
    expect(depth).toBeLessThanOrEqual(3 * MAX_DEPTH);
  });
});

const SEED_001 = path.join(SHARED_DIR, 'seeds', '001_51cb8e4b9c77d33a.txt');
const SEED_002 = path.join(SHARED_DIR, 'seeds', '002_b27a34cfbb5ae078.txt');

describe.skipIf(!existsSync(SEED_001) || !existsSync(SEED_002))('fillFromSamples on seeds 001 and 002', () => {
  it('should show the shapes only the sample bodies document', () => {
    const { document } = build([
      ['TicketMessage/put.md', readFileSync(SEED_001, 'utf8')],
      ['TicketMessage/post.md', readFileSync(SEED_002, 'utf8')],
    ]);
    const entity = named(document, 'TicketMessageEntity').schema;
    expect(property(entity, 'MessageHeaders')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'MessageHeader' } });
    expect(propertyNames(named(document, 'MessageHeader').schema).map(([name]) => name)).toEqual([
      'Id',
      'Name',
      'Value',
      'StdItem',
      'StdItemCol',
      'TableRight',
      'FieldProperties',
    ]);
    expect(property(entity, 'AttachmentsInfo')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'AttachmentsInfoItem' } });
    expect(propertyNames(named(document, 'AttachmentsInfoItem').schema)).toContainEqual(['AuthKey', false]);
    for (const name of ['ExtraFields', 'CustomFields'])
      expect(property(entity, name)).toMatchObject({ kind: 'map', values: { kind: 'string' } });
    expect(property(entity, 'FieldProperties')).toMatchObject({ kind: 'map', values: { kind: 'ref', name: 'FieldProperty' } });
  });
});
