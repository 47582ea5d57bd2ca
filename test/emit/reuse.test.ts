import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { LastFile, LastOutputs } from '../../src/emit/reuse.js';
import { FUNCTION_FORM_FROM } from '../../src/emit/zod/schema-const.js';
import type { ApiDocument, NamedSchema } from '../../src/ir/types.js';
import { emitOutputs } from '../../src/run/emit-outputs.js';
import { irDocument, irOperation } from '../helpers/ir-builders.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

function named(name: string, description: string): NamedSchema {
  return {
    name,
    origin: 'documented',
    sources: [],
    schema: { kind: 'object', properties: [{ name: 'id', required: true, schema: { kind: 'integer' }, description }] },
  };
}

function api(description: string, extra: NamedSchema[] = []): ApiDocument {
  const ok = {
    status: '200',
    description: 'ok',
    headers: [],
    content: [{ mediaType: 'application/json', schema: { kind: 'ref' as const, name: 'A' }, examples: [] }],
  };
  return irDocument({
    operations: [irOperation('getA', 'get', '/a', { responses: [ok] }), irOperation('getB', 'get', '/b')],
    schemas: [named('A', description), named('B', 'The B id'), ...extra],
  });
}

async function emit(doc: ApiDocument, last?: LastOutputs) {
  return emitOutputs(doc, {}, new DiagnosticBag(), last);
}

/** The outputs of `before` as a later run sees them; `changed` are the items that differ. */
async function lastOf(before: ApiDocument, changed: readonly string[], poisoned = false): Promise<LastOutputs> {
  const { outputs, layout } = await emit(before);
  const bytes = new Map(outputs.map((output) => [output.path, output.bytes!]));
  // Poisoned: every byte of the last outputs is X, so any piece taken from them shows.
  if (poisoned) for (const [path, kept] of bytes) bytes.set(path, Buffer.alloc(kept.length, 'X'));
  return { layout, bytes, unchanged: (key) => !changed.includes(key) };
}

describe('reusing the pieces of the last outputs', () => {
  it('should give what emitting everything gives when one schema changed', async () => {
    const after = api('The A id, changed');
    const last = await lastOf(api('The A id'), ['schema:A']);
    const reused = await emit(after, last);
    const fresh = await emit(after);
    expect(reused.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
  });

  it('should take unchanged items from the last outputs and render the changed ones', async () => {
    const last = await lastOf(api('The A id'), ['schema:A'], true);
    const reused = await emit(api('The A id, changed'), last);
    const types = reused.outputs.find((o) => o.path === 'types.ts')!.contents;
    expect(types).toContain('The A id, changed');
    expect(types).toContain('XXXX');
    expect(types).not.toContain('The B id');
  });

  it('should take the unchanged items when a schema no item refers to was added', async () => {
    const after = api('The A id', [named('C', 'The C id')]);
    const reused = await emit(after, await lastOf(api('The A id'), []));
    expect(reused.outputs.map((o) => o.contents)).toEqual((await emit(after)).outputs.map((o) => o.contents));
    const poisoned = await emit(after, await lastOf(api('The A id'), [], true));
    for (const output of poisoned.outputs) {
      expect(output.contents).toContain('XXXX');
      expect(output.contents).toContain('The C id');
      expect(output.contents).not.toContain('The B id');
    }
  });

  it('should take the unchanged items when a schema was removed', async () => {
    const after = api('The A id');
    const reused = await emit(after, await lastOf(api('The A id', [named('C', 'The C id')]), [], true));
    for (const output of reused.outputs) expect(output.contents).toContain('XXXX');
    const fresh = await emit(after, await lastOf(api('The A id', [named('C', 'The C id')]), []));
    expect(fresh.outputs.map((o) => o.contents)).toEqual((await emit(after)).outputs.map((o) => o.contents));
  });

  it('should take no code when a name an unchanged item refers to comes in', async () => {
    // B refers to C, which the document before does not define (openapi.json's keys hold it, as an undocumented component).
    const withRef = (extra: NamedSchema[]) => {
      const doc = api('The A id', extra);
      const b = doc.schemas[1]!;
      const schema = { kind: 'object' as const, properties: [{ name: 'c', required: false, schema: { kind: 'ref' as const, name: 'C' } }] };
      return { ...doc, schemas: [doc.schemas[0]!, { ...b, schema }, ...doc.schemas.slice(2)] };
    };
    const after = withRef([named('C', 'The C id')]);
    const reused = await emit(after, await lastOf(withRef([]), ['schema:C'], true));
    for (const output of reused.outputs.filter((o) => o.path !== 'openapi.json')) expect(output.contents).not.toContain('XXXX');
    const fresh = await emit(after);
    const again = await emit(after, await lastOf(withRef([]), ['schema:C']));
    expect(again.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
  });

  it('should take the consts of a reference cycle whose number a schema added shifts', async () => {
    const ref = (name: string) => ({
      kind: 'object' as const,
      properties: [{ name: 'next', required: false, schema: { kind: 'ref' as const, name } }],
    });
    const cycle = (extra: NamedSchema[]) =>
      api('The A id', [{ ...named('M', 'The M id'), schema: ref('N') }, { ...named('N', 'The N id'), schema: ref('M') }, ...extra]);
    const after = cycle([named('C', 'The C id')]);
    const fresh = await emit(after);
    expect(fresh.layout.zod!.component.get('M')).not.toBe((await emit(cycle([]))).layout.zod!.component.get('M'));
    const reused = await emit(after, await lastOf(cycle([]), []));
    expect(reused.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
    const poisoned = await emit(after, await lastOf(cycle([]), [], true));
    expect(poisoned.outputs.find((o) => o.path === 'schemas.ts')!.contents).toContain('XXXX');
  });

  it('should take no const whose refs left its reference cycle, though the same names are in cycles', async () => {
    // A refers to itself and B; B to itself and, before, to A (one cycle), after only to itself (two).
    const refs = (...names: string[]) => ({
      kind: 'object' as const,
      properties: names.map((name) => ({ name: `to${name}`, required: false, schema: { kind: 'ref' as const, name } })),
    });
    const cycles = (bRefs: string[], extra: NamedSchema[]) => {
      const doc = api('The A id', extra);
      const [a, b] = doc.schemas as [NamedSchema, NamedSchema];
      return { ...doc, schemas: [{ ...a, schema: refs('A', 'B') }, { ...b, schema: refs(...bRefs) }, ...doc.schemas.slice(2)] };
    };
    const after = cycles(['B'], [named('C', 'The C id')]);
    const reused = await emit(after, await lastOf(cycles(['B', 'A'], []), ['schema:B']));
    expect(reused.outputs.map((o) => o.contents)).toEqual((await emit(after)).outputs.map((o) => o.contents));
  });
  /** `api` with `extra` operations (a page that documents them came or went). */
  const withOperations = (...extra: ReturnType<typeof irOperation>[]) => {
    const doc = api('The A id');
    return { ...doc, operations: [...doc.operations, ...extra] };
  };
  const typesAndZod = (outputs: Array<{ path: string; contents: string }>) => outputs.filter((o) => o.path !== 'openapi.json');

  it('should take the unchanged items of the code when an operation was added', async () => {
    const after = withOperations(irOperation('listC', 'get', '/c'));
    const fresh = await emit(after);
    const reused = await emit(after, await lastOf(api('The A id'), ['path:/c']));
    expect(reused.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
    const poisoned = await emit(after, await lastOf(api('The A id'), ['path:/c'], true));
    for (const output of typesAndZod(poisoned.outputs)) {
      expect(output.contents).toContain('XXXX');
      expect(output.contents).not.toContain('The B id');
    }
    expect(poisoned.outputs.find((o) => o.path === 'types.ts')!.contents).toContain('export type ListCResponse');
  });

  it('should take the unchanged items of the code when an operation was removed', async () => {
    const after = api('The A id');
    const last = () => lastOf(withOperations(irOperation('listC', 'get', '/c')), [], true);
    for (const output of typesAndZod((await emit(after, await last())).outputs)) expect(output.contents).toContain('XXXX');
    const reused = await emit(after, await lastOf(withOperations(irOperation('listC', 'get', '/c')), []));
    expect(reused.outputs.map((o) => o.contents)).toEqual((await emit(after)).outputs.map((o) => o.contents));
  });

  it('should take no code when an operation added takes the names another operation had', async () => {
    // `GetA` sorts before `getA` and claims `GetAResponse` first: getA's names move on (`GetAResponse_2`).
    const after = withOperations(irOperation('GetA', 'get', '/c'));
    const fresh = await emit(after);
    expect(fresh.outputs.find((o) => o.path === 'types.ts')!.contents).toContain('GetAResponse_2');
    const poisoned = await emit(after, await lastOf(api('The A id'), ['path:/c'], true));
    for (const output of typesAndZod(poisoned.outputs)) expect(output.contents).not.toContain('XXXX');
    const reused = await emit(after, await lastOf(api('The A id'), ['path:/c']));
    expect(reused.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
  });
});

describe('reusing pieces across the const form of schemas.ts', () => {
  /** `api` with enough unused schemas that schemas.ts holds one const short of the function form. */
  function atThreshold(inlineBody: boolean): ApiDocument {
    const extra = Array.from({ length: FUNCTION_FORM_FROM - 4 }, (_, i) => named(`Extra${i}`, `Extra ${i}`));
    const doc = api('The A id', extra);
    if (!inlineBody) return doc;
    // getA's 200 body inline rather than a ref: one const more (it was an alias of ASchema).
    const body = { kind: 'object' as const, properties: [{ name: 'id', required: true, schema: { kind: 'integer' as const } }] };
    const getA = doc.operations[0]!;
    const ok = { ...getA.responses[0]!, content: [{ mediaType: 'application/json', schema: body, examples: [] }] };
    return { ...doc, operations: [{ ...getA, responses: [ok] }, ...doc.operations.slice(1)] };
  }

  const form = (schemas: string) => (/^function \w+\$\(\)/m.test(schemas) ? 'function' : 'inline');
  const schemasOf = (outputs: Array<{ path: string; contents: string }>) => outputs.find((o) => o.path === 'schemas.ts')!.contents;

  it('should render every const again when one more const turns the file into the function form', async () => {
    const before = atThreshold(false);
    const after = atThreshold(true);
    const last = await lastOf(before, ['path:/a']);
    expect(form(schemasOf((await emit(before)).outputs))).toBe('inline');
    const fresh = await emit(after);
    expect(form(schemasOf(fresh.outputs))).toBe('function');
    const reused = await emit(after, last);
    expect(reused.outputs.map((o) => o.contents)).toEqual(fresh.outputs.map((o) => o.contents));
    expect(reused.layout.zod?.functionForm).toBe(true);
  });

  it('should render every const again when the file leaves the function form', async () => {
    const last = await lastOf(atThreshold(true), ['path:/a']);
    const after = atThreshold(false);
    const reused = await emit(after, last);
    expect(form(schemasOf(reused.outputs))).toBe('inline');
    expect(reused.outputs.map((o) => o.contents)).toEqual((await emit(after)).outputs.map((o) => o.contents));
  });

  it('should take the consts of the last outputs when the form stayed', async () => {
    const doc = atThreshold(true);
    const last = await lastOf(doc, ['schema:A'], true);
    const reused = await emit(doc, last);
    expect(schemasOf(reused.outputs)).toContain('XXXX');
    expect(schemasOf(reused.outputs)).toContain('function ASchema$()');
  });
});

describe('reusing the pieces of last outputs the cache keeps as files', () => {
  /** The outputs of `before` written to files, as the cache keeps them; `changed` are the items that differ. */
  async function lastInFiles(before: ApiDocument, changed: readonly string[]): Promise<LastOutputs> {
    const { outputs, layout } = await emit(before);
    const dir = tempDir();
    const files = new Map<string, LastFile>();
    outputs.forEach((output, index) => {
      const file = path.join(dir, `output-${index}`);
      writeFileSync(file, output.bytes!);
      const read = (start: number, end: number) => readFileSync(file).subarray(start, end);
      files.set(output.path, { file, size: output.bytes!.length, read });
    });
    return { layout, files, unchanged: (key) => !changed.includes(key) };
  }

  it('should give each output as its last file with the changed pieces spliced in, the kept ones unread', async () => {
    const after = withC(api('The A id, changed'));
    const last = await lastInFiles(api('The A id'), ['schema:A', 'schema:C']);
    const reused = await emit(after, last);
    const fresh = await emit(after);
    for (const output of reused.outputs) {
      // The last output's file and the places to replace, not its bytes.
      expect(output.spliced?.file).toBe(last.files!.get(output.path)!.file);
      expect(output.spliced!.edits.length).toBeGreaterThan(0);
    }
    // The kept pieces are read from the files only when the bytes are asked for: the files' bytes, not a copy of them.
    for (const [, { file }] of last.files!) writeFileSync(file, readFileSync(file, 'utf8').replaceAll('The B id', 'The X id'));
    for (const output of reused.outputs) expect(output.contents).toContain('The X id');
    expect(reused.outputs.map((o) => o.contents.replaceAll('The X id', 'The B id'))).toEqual(fresh.outputs.map((o) => o.contents));
    expect(reused.layout.pieces).toEqual(fresh.layout.pieces);
  });
});

/** `doc` with a schema C no item refers to. */
function withC(doc: ApiDocument): ApiDocument {
  return { ...doc, schemas: [...doc.schemas, named('C', 'The C id')] };
}
