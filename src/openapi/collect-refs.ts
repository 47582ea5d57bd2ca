/**
 * Finds the `$ref`s of a parsed document: in its structure, and in discriminator mappings, but
 * not inside example, default or enum values (data that may hold a `$ref` key of its own).
 */
import type { Source } from '../ir/source.js';
import { isMap, type JsonMap, own } from './json.js';
import type { SpecPositions } from './positions.js';
import type { SpecFile } from './spec-file.js';

/** Keys whose values are data (examples, defaults), not spec structure, unless they name a child. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value', 'x-examples']);
const NAMING_PARENTS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'requestBodies',
  'securitySchemes',
  'paths',
  'callbacks',
  'links',
  'pathItems',
]);

export interface FoundRef {
  ref: string;
  source: Source;
}

/** Every `$ref` string in the structure of `file` (not inside example or default values). */
export function collectRefs(file: SpecFile, positions: SpecPositions): FoundRef[] {
  const found: FoundRef[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, parentKey: string | undefined): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, undefined);
      return;
    }
    const ref = own(value, '$ref');
    if (typeof ref === 'string') found.push({ ref, source: positions.ofKey(value, '$ref', file.rel) });
    const mapping = own(own(value, 'discriminator'), 'mapping');
    for (const target of isMap(mapping) ? Object.values(mapping) : []) {
      if (typeof target === 'string' && /[#/]|\.(ya?ml|json)$/i.test(target))
        found.push({ ref: target, source: positions.of(mapping, file.rel) });
    }
    const naming = parentKey !== undefined && NAMING_PARENTS.has(parentKey);
    for (const key of Object.keys(value)) {
      if (!naming && DATA_KEYS.has(key) && !(key === 'examples' && isExampleObjectMap((value as JsonMap)[key]))) continue;
      visit((value as JsonMap)[key], naming ? undefined : key);
    }
  };
  visit(file.value, undefined);
  return found;
}

/** An OpenAPI `examples` map (name → Example Object or $ref), not a JSON Schema `examples` array. */
function isExampleObjectMap(value: unknown): boolean {
  return (
    isMap(value) &&
    Object.values(value).every((item) => isMap(item) && ('$ref' in item || 'value' in item || 'externalValue' in item || 'summary' in item))
  );
}
