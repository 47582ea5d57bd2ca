/**
 * The YAML 1.2 core schema's scalar tags (null, bool, int, float), `yaml`'s own, without loading
 * the whole package: its Node build keeps each in a CommonJS module of its own, and requiring
 * the four (and the Scalar node they return) takes 8 ms of CPU where importing `yaml` takes
 * 80 ms (72 ES modules). With them the events reader (yaml-events-values.ts) types plain
 * scalars exactly as a Document of the default options does (`yaml-core-tags.test.ts` holds them
 * to that Document's tags), so YAML as tools write it is read without `yaml` being loaded at all.
 * Undefined when the package is not laid out as expected: a Document's tags are used then.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IsScalar, ScalarTag, TagSource } from './yaml-plain-scalars.js';

export interface CoreTags {
  /** The tags, as a Document of the default options holds them in its schema (in the core schema's order). */
  source: TagSource;
  isScalar: IsScalar;
}

let loaded: CoreTags | null | undefined;

/** The core schema's scalar tags, required once; undefined when they are not where `yaml` 2 keeps them. */
export function coreTags(): CoreTags | undefined {
  if (loaded === undefined) loaded = requireCoreTags() ?? null;
  return loaded ?? undefined;
}

function requireCoreTags(): CoreTags | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dist = path.join(path.dirname(require.resolve('yaml/package.json')), 'dist');
    const load = (file: string) => require(path.join(dist, file)) as Record<string, unknown>;
    const { nullTag } = load('schema/common/null.js');
    const { boolTag } = load('schema/core/bool.js');
    const { intOct, int, intHex } = load('schema/core/int.js');
    const { floatNaN, floatExp, float } = load('schema/core/float.js');
    const { isScalar } = load('nodes/identity.js');
    // The core schema's order (schema/core/schema.js, less its collection and string tags, which have no test).
    const tags = [nullTag, boolTag, intOct, int, intHex, floatNaN, floatExp, float] as Array<ScalarTag & { default?: unknown }>;
    const valid = tags.every((tag) => tag?.default === true && tag.test instanceof RegExp && typeof tag.resolve === 'function');
    if (!valid || typeof isScalar !== 'function') return undefined;
    // The only option the core tags read is `intAsBigInt` (false by default).
    return { source: { schema: { tags }, options: { intAsBigInt: false } }, isScalar: isScalar as IsScalar };
  } catch {
    return undefined;
  }
}
