import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { LastOutputs } from '../../src/emit/reuse.js';
import { FUNCTION_FORM_FROM } from '../../src/emit/zod/schema-const.js';
import type { ApiDocument, NamedSchema } from '../../src/ir/types.js';
import { emitOutputs } from '../../src/run/emit-outputs.js';
import { irDocument, irOperation } from '../helpers/ir-builders.js';

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

  it('should take nothing when the names changed (a schema was added)', async () => {
    const last = await lastOf(api('The A id'), [], true);
    const reused = await emit(api('The A id', [named('C', 'The C id')]), last);
    for (const output of reused.outputs) expect(output.contents).not.toContain('XXXX');
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
