import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import type { ApiDocument } from '../../../src/ir/types.js';
import { identifiersOf, reversed, syntaxErrors } from '../shared/code-safety.js';
import { compileStrict, useScratchDir, writeFiles } from '../shared/generated-project.js';
import { hostileDocument, richDocument } from '../shared/rich-document.js';

describe('emitTypes', () => {
  const scratch = useScratchDir();
  const doc = richDocument();
  const text = emitTypes(doc);

  it('should match the reviewed snapshot', async () => {
    await expect(text).toMatchFileSnapshot('../__snapshots__/rich-types.ts.snap');
  });

  it('should be byte-identical for the same document in any order', () => {
    const shuffled: ApiDocument = { ...doc, schemas: reversed(doc.schemas), operations: reversed(doc.operations) };
    expect(emitTypes(shuffled)).toBe(text);
    expect(emitTypes(richDocument())).toBe(text);
  });

  it('should compile alone in strict mode with zero diagnostics', () => {
    const dir = scratch();
    writeFiles(dir, { 'types.ts': text });
    expect(compileStrict(dir, ['types.ts'])).toEqual([]);
  });

  it('should keep hostile descriptions inside comments', () => {
    expect(syntaxErrors(text)).toEqual([]);
    const identifiers = identifiersOf(text);
    for (const word of ['alert', 'process', 'exit', 'ls', 'ps']) expect(identifiers.has(word), word).toBe(false);
    expect(text).not.toContain('\u2028');
    expect(text).not.toContain('\u2029');
    expect(text).toContain('Ends here *\\/ alert(1)');
  });

  it('should give named schemas interfaces, aliases and enum name objects', () => {
    const cases: Array<[string, string]> = [
      ['interface for an object', 'export interface TicketMessageEntity {'],
      ['alias otherwise', 'export type Node = Leaf | Branch;'],
      ['readonly property', '  readonly id: number;'],
      ['quoted key', "  'odata.nextLink'?: string | undefined;"],
      ['quoted __proto__ key', "  '__proto__'?: string | undefined;"],
      ['nullable', '  text?: string | null | undefined;'],
      ['enum literal union', 'export type TicketStatus = 0 | 1 | 2;'],
      ['enum names', 'export const TicketStatus = {\n  /** Not set *\\/ */\n  Unknown: 0,\n  Open: 1,\n  Closed: 2,\n} as const;'],
      ['deprecated', '   * @deprecated\n   */\n  old?: boolean | undefined;'],
      ['inferred note', '  /** Inferred from samples at pages/ticket.md:42 */\n  score?: number | undefined;'],
      ['undocumented note', '/** Named by the docs but never defined: any object. */\nexport type Proto = Record<string, unknown>;'],
      ['sanitised name', 'export interface SuperOfficeCRMServicesAssociate {'],
      ['digit-leading name', 'export interface _2faConfig {'],
      ['reserved-word name', 'export type Class = string;'],
      ['collision suffix', 'export interface DTOTicketConversation_2 {'],
      ['global shadowing avoided', 'export type Record_2 = Record<string, number>;'],
      ['index signature', '  [key: string]: string | number;'],
    ];
    for (const [name, want] of cases) expect(text, name).toContain(want);
  });

  it('should declare operation parts and the operations map', () => {
    const cases: Array<[string, string]> = [
      ['path params', 'export interface TicketMessageGetPathParams {\n  /** The id */\n  id: number;\n}'],
      ['query', 'export interface TicketMessageGetQuery {\n  $select?: string | undefined;\n}'],
      ['headers', "export interface TicketMessageGetHeaders {\n  'X-Tenant': string;\n}"],
      ['request body', 'export type CreatePetRequestBody = Pet;'],
      ['per-status response', 'export type CreatePet201Response = Pet;'],
      ['success union with no-content', 'export type CreatePetResponse = CreatePet201Response | undefined;'],
      ['JSON content preferred', 'export type TreeWalkAllRequestBody = Tree;'],
      [
        'operations entry',
        "  'tree.walk-all': {\n    parameters: {\n      query: TreeWalkAllQuery;\n    };\n    requestBody?: TreeWalkAllRequestBody;",
      ],
      ['deprecated operation', '   * POST /pets\n   * @deprecated\n   */\n  createPet: {'],
    ];
    for (const [name, want] of cases) expect(text, name).toContain(want);
  });

  it('should keep a document of hostile names and texts valid, inert and compiling', () => {
    const out = emitTypes(hostileDocument());
    expect(syntaxErrors(out)).toEqual([]);
    expect(identifiersOf(out).has('alert')).toBe(false);
    const dir = scratch();
    writeFiles(dir, { 'types.ts': out });
    expect(compileStrict(dir, ['types.ts'])).toEqual([]);
  });

  it('should emit a valid file for an empty document', () => {
    const empty: ApiDocument = { ...doc, schemas: [], operations: [] };
    const out = emitTypes(empty);
    expect(syntaxErrors(out)).toEqual([]);
    expect(out.startsWith('/**\n * Types for Rich *\\/ API 1.0.0.')).toBe(true);
  });
});
