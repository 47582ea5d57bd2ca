/**
 * `discriminator` (3.x object, 2.0 string) → IR discriminator. Mapping values are `$ref`s or
 * bare schema names; both become the names of named schemas.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { Discriminator } from '../../ir/types.js';
import { isMap, type JsonMap, own, ownMap } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { resolveRef } from '../../openapi/refs.js';
import { type ImportContext, sourceIn } from './context.js';

export function readDiscriminator(ctx: ImportContext, value: JsonMap, file: SpecFile): Discriminator | undefined {
  const raw = own(value, 'discriminator');
  if (typeof raw === 'string') return { propertyName: raw };
  if (!isMap(raw)) return undefined;
  const propertyName = own(raw, 'propertyName');
  if (typeof propertyName !== 'string') {
    ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, value, 'discriminator'), 'A discriminator needs a "propertyName".');
    return undefined;
  }
  const discriminator: Discriminator = { propertyName };
  const mapping = ownMap(raw, 'mapping');
  if (!mapping) return discriminator;
  const entries: [string, string][] = [];
  for (const key of ctx.positions.keysOf(mapping)) {
    const target = mapping[key];
    if (typeof target !== 'string') continue;
    const ref = /[#/]|\.(ya?ml|json)$/i.test(target) ? target : `${schemasPointer(ctx)}/${encodeURIComponent(escapePointerToken(target))}`;
    const holder = { $ref: ref };
    ctx.positions.copy(mapping, holder);
    const resolved = resolveRef(ctx, ref, ref === target ? file : ctx.root, holder);
    if (resolved) entries.push([key, ctx.names.nameOf(resolved)]);
  }
  discriminator.mapping = Object.fromEntries(entries);
  return discriminator;
}

function schemasPointer(ctx: ImportContext): string {
  return ctx.version === '2.0' ? '#/definitions' : '#/components/schemas';
}
