import { describe, expect, it } from 'vitest';
import { buildNames } from '../../../src/emit/shared/naming.js';
import { emitZod, emitZodPieces } from '../../../src/emit/zod/index.js';
import type { ApiDocument } from '../../../src/ir/types.js';
import { lowerForCode } from '../../../src/lower/index.js';
import { identifiersOf, reversed, syntaxErrors } from '../shared/code-safety.js';
import { hostileDocument, richDocument } from '../shared/rich-document.js';

describe('emitZod', () => {
  const doc = richDocument();
  const text = emitZod(doc);

  it('should match the reviewed snapshot', async () => {
    await expect(text).toMatchFileSnapshot('../__snapshots__/rich-schemas.ts.snap');
  });

  it('should be byte-identical for the same document in any order', () => {
    const shuffled: ApiDocument = { ...doc, schemas: reversed(doc.schemas), operations: reversed(doc.operations) };
    expect(emitZod(shuffled)).toBe(text);
  });

  it('should keep hostile text out of the code', () => {
    expect(syntaxErrors(text)).toEqual([]);
    const identifiers = identifiersOf(text);
    for (const word of ['alert', 'process', 'exit', 'ls', 'ps']) expect(identifiers.has(word), word).toBe(false);
    expect(text).not.toContain('\u2028');
  });

  it('should define every const before a direct use of it', () => {
    const order = [...text.matchAll(/^export const (\w+)/gm)].map((match) => match[1] as string);
    order.forEach((name, index) => {
      const definition = text.indexOf(`export const ${name}`);
      const before = text.slice(0, definition);
      for (const later of order.slice(index + 1)) {
        const uses = [...before.matchAll(new RegExp(`(?<![\\w$])${later.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))];
        for (const use of uses)
          expect(before.slice(Math.max(0, (use.index ?? 0) - 14), use.index), `${later} used before ${name}`).toContain('z.lazy(() => ');
      }
    });
  });

  it('should pick zod constructs per IR shape', () => {
    const cases: Array<[string, string]> = [
      ['import', "import { z } from 'zod';"],
      ['types for recursion', "import type * as Types from './types.js';"],
      ['loose open object', 'export const ZzzSchema = z.looseObject({'],
      ['strict closed object', 'export const AttachmentSchema = z.strictObject({'],
      ['catchall', '}).catchall(z.string());'],
      ['recursive annotation', 'export const TreeSchema: z.ZodType<Types.Tree> = z.looseObject({'],
      ['lazy self reference', 'children: z.array(z.lazy(() => TreeSchema)).optional(),'],
      ['mutual recursion', 'export const NodeSchema: z.ZodType<Types.Node> = z.union([LeafSchema, z.lazy(() => BranchSchema)]);'],
      ['discriminated union', "export const PetSchema = z.discriminatedUnion('petType', [CatSchema, DogSchema]);"],
      ['forward reference ordered', 'export const ZzzSchema'],
      ['computed __proto__ key', "['__proto__']: z.string().optional(),"],
      ['inherited-name guard', 'export const TicketMessageEntitySchema = z.preprocess((value: unknown) =>'],
      ['date-time', 'createdAt: z.iso.datetime({ offset: true, local: true }),'],
      ['integer enum', 'export const TicketStatusSchema = z.literal([0, 1, 2]);'],
      ['operation part', 'export const TicketMessageGetPathParamsSchema = z.looseObject({'],
      ['success union', 'export const CreatePetResponseSchema = z.union([PetSchema, z.undefined()]);'],
      ['part alias', 'export { PetSchema as CreatePet201ResponseSchema };'],
      ['alias of an alias', 'export { NodeSchema as TreeWalkAllResponseSchema };'],
      ['operation lookup', 'export const operationSchemas = /* @__PURE__ */ operationSchemaTable();'],
      [
        'operation lookup entry',
        "    'tree.walk-all': {\n      query: TreeWalkAllQuerySchema,\n      requestBody: TreeSchema,\n      responses: {\n        '200': NodeSchema,\n      },\n      response: NodeSchema,\n    },\n  } as const;\n}",
      ],
    ];
    for (const [name, want] of cases) expect(text, name).toContain(want);
    expect(text.indexOf('export const ZzzSchema')).toBeLessThan(text.indexOf('export const AaaSchema'));
  });

  it('should keep a document of hostile names and texts valid and inert', async () => {
    const out = emitZod(hostileDocument());
    expect(syntaxErrors(out)).toEqual([]);
    expect(identifiersOf(out).has('alert')).toBe(false);
    expect(emitZod(hostileDocument())).toBe(out);
  });

  it('should not import types.ts when nothing is recursive', () => {
    const flat: ApiDocument = {
      ...doc,
      schemas: doc.schemas.filter((schema) => ['Cat', 'Dog', 'Pet'].includes(schema.name)),
      operations: [],
    };
    const out = emitZod(flat);
    expect(out).not.toContain('./types.js');
    expect(syntaxErrors(out)).toEqual([]);
  });
});

describe('emitZodPieces with the names of types.ts', () => {
  it('should take the names it is given (the run passes those types.ts built) instead of building them again', () => {
    const lowered = lowerForCode(richDocument());
    const built = buildNames(lowered.doc);
    const [first] = [...built.types.keys()].sort();
    const types = new Map(built.types).set(first!, 'GivenName');
    const { text, layout } = emitZodPieces(lowered, { names: { ...built, types } });
    expect(layout.names.types.get(first!)).toBe('GivenName');
    expect(text.finish()).toContain('export const GivenNameSchema');
    expect(emitZodPieces(lowered).text.finish()).not.toContain('GivenName');
  });
});
