/**
 * A patched run splices the pieces of the items that changed into the last outputs
 * (splice-outputs.ts): what it gives must be what emitting the changed document whole gives, in
 * either form of schemas.ts (schema-const.ts: a file of many consts builds each in a function),
 * whether the last outputs are held in memory or as the cache's files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { FUNCTION_FORM_FROM } from '../../../src/emit/zod/schema-const.js';
import type { ApiDocument, NamedSchema, Operation, Schema } from '../../../src/ir/types.js';
import type { MergedItem } from '../../../src/run/cache/merged-store.js';
import { spliceOutputs } from '../../../src/run/cache/splice-outputs.js';
import { emitOutputs } from '../../../src/run/emit-outputs.js';
import type { OutputFile } from '../../../src/run/result.js';
import { writeFileAtomic } from '../../../src/run/write/atomic-file.js';
import type { SplicedFile } from '../../../src/run/write/spliced-file.js';
import { irDocument, irOperation } from '../../helpers/ir-builders.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

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

const text = (outputs: ReadonlyArray<{ path: string; bytes?: Uint8Array; contents?: string | Uint8Array }>) =>
  outputs.map((output) => [
    output.path,
    output.bytes
      ? Buffer.from(output.bytes).toString('utf8')
      : typeof output.contents === 'string'
        ? output.contents
        : Buffer.from(output.contents!).toString('utf8'),
  ]);

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
      expect(text(spliced!.outputs as Array<{ path: string; contents: Buffer }>)).toEqual(text(fresh.outputs));
      // The operation's 200 body const was rewritten in place, not the file emitted again.
      expect(text(spliced!.outputs as Array<{ path: string; contents: Buffer }>).find(([file]) => file === 'schemas.ts')![1]).toContain(
        'id: z.string()',
      );
    });
  }

  it('should splice outputs the cache holds as files without reading them whole, and give the same bytes', async () => {
    const before = document(3, 'integer', 'The A id');
    const after = document(3, 'string', 'The A id, changed');
    const last = await emit(before);
    const dir = tempDir();
    const cached: OutputFile[] = last.outputs.map((output, index) => {
      const cachedFile = path.join(dir, `output-${index}`);
      writeFileSync(cachedFile, output.contents);
      // No text and no bytes in memory: only the file.
      return Object.defineProperty({ path: output.path } as OutputFile, 'cachedFile', { value: cachedFile });
    });
    const spliced = spliceOutputs(cached, last.layout, items(before), items(after));
    expect(spliced).toBeDefined();
    const written = [];
    for (const [index, output] of spliced!.outputs.entries()) {
      // The file and the places to replace, not the bytes.
      const contents = output.contents as SplicedFile;
      expect(contents.file).toBe(cached[index]!.cachedFile);
      expect(contents.edits.length).toBeGreaterThan(0);
      const target = path.join(dir, `new-${index}`);
      await writeFileAtomic(target, contents);
      written.push({ path: output.path, contents: readFileSync(target, 'utf8') });
    }
    expect(text(written)).toEqual(text((await emit(after)).outputs));
    // The new layout describes the new files: splicing again from them gives the first text back.
    const again = spliceOutputs(
      written.map((output, index) =>
        Object.defineProperty({ path: output.path } as OutputFile, 'cachedFile', { value: path.join(dir, `new-${index}`) }),
      ),
      spliced!.layout,
      items(after),
      items(before),
    );
    const back = [];
    for (const [index, output] of again!.outputs.entries()) {
      const target = path.join(dir, `back-${index}`);
      await writeFileAtomic(target, output.contents);
      back.push({ path: output.path, contents: readFileSync(target, 'utf8') });
    }
    expect(text(back)).toEqual(text(last.outputs));
  });
});
