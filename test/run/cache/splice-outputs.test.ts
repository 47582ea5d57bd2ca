/**
 * A patched run splices the pieces of the items that changed into the last outputs
 * (splice-outputs.ts): what it gives must be what emitting the changed document whole gives, in
 * either form of schemas.ts (schema-const.ts: a file of many consts builds each in a function).
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { FUNCTION_FORM_FROM } from '../../../src/emit/zod/schema-const.js';
import type { ApiDocument, NamedSchema, Operation, Schema } from '../../../src/ir/types.js';
import type { MergedItem } from '../../../src/run/cache/merged-store.js';
import { spliceOutputs } from '../../../src/run/cache/splice-outputs.js';
import { emitOutputs } from '../../../src/run/emit-outputs.js';
import { irDocument, irOperation } from '../../helpers/ir-builders.js';

const object = (type: 'integer' | 'string', description?: string): Schema => ({
  kind: 'object',
  properties: [{ name: 'id', required: true, schema: { kind: type }, ...(description ? { description } : {}) }],
});

const named = (name: string, schema: Schema): NamedSchema => ({ name, origin: 'documented', sources: [], schema });

/** getA answers with an inline object (a const of its own); schema A; `extra` unused schemas. */
function document(extra: number, bodyType: 'integer' | 'string', description: string): ApiDocument {
  const ok = {
    status: '200',
    description: 'ok',
    headers: [],
    content: [{ mediaType: 'application/json', schema: object(bodyType), examples: [] }],
  };
  const schemas = [named('A', object('integer', description))];
  for (let i = 0; i < extra; i++) schemas.push(named(`Extra${i}`, object('integer', `Extra ${i}`)));
  return irDocument({ operations: [irOperation('getA', 'get', '/a', { responses: [ok] })], schemas });
}

function items(doc: ApiDocument): MergedItem[] {
  const operations: Operation[] = doc.operations.filter((operation) => operation.path === '/a');
  return [
    { key: 'path:/a', operations },
    { key: 'schema:A', schema: doc.schemas.find((schema) => schema.name === 'A')! },
  ];
}

async function emit(doc: ApiDocument) {
  return emitOutputs(doc, {}, new DiagnosticBag());
}

describe('splicing changed items into the last outputs', () => {
  for (const [form, extra] of [
    ['inline', 3],
    ['function', FUNCTION_FORM_FROM],
  ] as const) {
    it(`should give what emitting the whole document gives, schemas.ts in the ${form} form`, async () => {
      const before = document(extra, 'integer', 'The A id');
      const after = document(extra, 'string', 'The A id, changed');
      const last = await emit(before);
      const schemas = last.outputs.find((output) => output.path === 'schemas.ts')!.contents;
      expect(/^function ASchema\$\(\)/m.test(schemas)).toBe(form === 'function');
      const spliced = spliceOutputs(last.outputs, last.layout, items(before), items(after));
      expect(spliced).toBeDefined();
      const fresh = await emit(after);
      const text = (outputs: ReadonlyArray<{ path: string; bytes?: Uint8Array; contents?: string }>) =>
        outputs.map((output) => [output.path, output.bytes ? Buffer.from(output.bytes).toString('utf8') : output.contents]);
      expect(text(spliced!.outputs)).toEqual(text(fresh.outputs));
      // The operation's 200 body const was rewritten in place, not the file emitted again.
      expect(text(spliced!.outputs).find(([path]) => path === 'schemas.ts')![1]).toContain('id: z.string()');
    });
  }
});
