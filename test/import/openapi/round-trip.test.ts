/**
 * Spec in → IR → spec out (the OpenAPI emitter) is the same document once both sides are
 * normalised: local `$ref`s resolved (a cycle becomes a marker), `$defs` dropped (their
 * content is inlined by the resolution), key order ignored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffSpecs } from '../../../src/diff/index.js';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { schemaErrors } from '../../helpers/openapi-validate.js';
import { documentOf, FIXTURES, importFixture } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Rewrites that keep the meaning (the emitter writes the right-hand forms):
 * `oneOf: [X, {type: null}]` → `anyOf` (X does not admit null); `additionalProperties: true`
 * → `{}`; `type: [a, b]` (no null) → `anyOf: [{type: a}, {type: b}]`. And what the spec
 * wrote against OpenAPI's rules: `style`/`explode`/`allowReserved` beside a parameter's
 * `content` (allowed only beside `schema`) are reported and left out.
 */
function rewrite(value: Record<string, Json>): Record<string, Json> {
  const out = { ...value };
  const oneOf = out.oneOf;
  if (Array.isArray(oneOf) && oneOf.some((item) => JSON.stringify(item) === '{"type":"null"}')) {
    out.anyOf = oneOf;
    delete out.oneOf;
  }
  if (out.additionalProperties === true) out.additionalProperties = {};
  if (typeof out.in === 'string' && out.content !== undefined) {
    for (const key of ['style', 'explode', 'allowReserved']) delete out[key];
  }
  const type = out.type;
  if (Array.isArray(type) && type.length > 1 && !type.includes('null')) {
    out.anyOf = type.map((item) => ({ type: item }));
    delete out.type;
  }
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((key) => [key, out[key]!]),
  );
}

function normalise(root: Json): Json {
  const resolve = (ref: string): Json => {
    let value: Json = root;
    for (const segment of ref
      .slice(2)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))) {
      value = (value as Record<string, Json>)[segment]!;
    }
    return value;
  };
  const walk = (value: Json, stack: string[]): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, stack));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    const ref = value.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      if (stack.includes(ref)) return { $cycle: ref.split('/').at(-1)! };
      Object.assign(out, walk(resolve(ref), [...stack, ref]) as Record<string, Json>);
    }
    for (const key of Object.keys(value).sort()) {
      if (key === '$ref' && typeof ref === 'string' && ref.startsWith('#/')) continue;
      if (key === '$defs') continue;
      out[key] = walk(value[key]!, stack);
    }
    return rewrite(
      Object.fromEntries(
        Object.keys(out)
          .sort()
          .map((key) => [key, out[key]!]),
      ),
    );
  };
  return walk(root, []);
}

/**
 * An operation the input gives no operationId gets one made up (method + path): compared only
 * where the input has one, so the made-up id is taken out of `output` where `input` has none.
 */
function dropMadeUpIds(input: Json, output: Json): void {
  if (!input || !output || typeof input !== 'object' || typeof output !== 'object' || Array.isArray(input) || Array.isArray(output)) return;
  if (Object.hasOwn(input, 'responses') && !Object.hasOwn(input, 'operationId')) delete output.operationId;
  for (const key of Object.keys(input)) if (Object.hasOwn(output, key)) dropMadeUpIds(input[key]!, output[key]!);
}

async function roundTrip(file: string): Promise<{ input: Record<string, Json>; output: Record<string, Json> }> {
  const { spec } = await importFixture(file);
  const doc = documentOf(spec!);
  const input = normalise(parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as Json) as Record<string, Json>;
  const output = normalise(emitOpenApi(doc) as unknown as Json) as Record<string, Json>;
  dropMadeUpIds(input, output);
  return { input, output };
}

describe('OpenAPI 3.1 → IR → OpenAPI 3.1', () => {
  it.each(['store-3.1.yaml', 'round-trip-3.1.yaml'])('should give back the same document for %s', async (file) => {
    const { input, output } = await roundTrip(file);
    for (const key of ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'webhooks', 'x-api-id'])
      expect(output[key], key).toEqual(input[key]);
    const components = (input.components ?? {}) as Record<string, Record<string, Json>>;
    const emitted = (output.components ?? {}) as Record<string, Record<string, Json>>;
    for (const [kind, entries] of Object.entries(components)) {
      for (const name of Object.keys(entries)) expect(emitted[kind]?.[name], `components.${kind}.${name}`).toEqual(entries[name]);
    }
  });

  it.each(['store-3.1.yaml', 'round-trip-3.1.yaml'])('should emit a document the official OAS 3.1 schema accepts for %s', async (file) => {
    const { spec } = await importFixture(file);
    expect(await schemaErrors(emitOpenApi(documentOf(spec!)))).toEqual([]);
  });

  // The differ reads specs itself (webhooks and callbacks included, which it does not compare yet).
  // Not store-3.1.yaml: the differ reads `type: [string, integer]` and its `anyOf` form as a
  // change, and `style` beside `content` (invalid, so left out) as a change of style.
  it.each(['round-trip-3.1.yaml'])('should give specdown diff no change between %s and its round trip', async (file) => {
    const { spec } = await importFixture(file);
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const result = await diffSpecs(
      { kind: 'text', text, label: file },
      { kind: 'object', document: emitOpenApi(documentOf(spec!)), label: 'openapi.json' },
    );
    expect(result.changes).toEqual([]);
  });
});
