/** Media Type Objects (content maps) and their examples. */
import type { Content, Example } from '../../ir/types.js';
import { isMap, type JsonMap, own, ownMap, ownString, toJson } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { type ImportContext, sourceIn } from './context.js';
import { readSchema } from './schema.js';

/** A `content` map → IR contents, in document order. */
export function readContent(ctx: ImportContext, holder: JsonMap, file: SpecFile): Content[] {
  const content = ownMap(holder, 'content');
  if (!content) return [];
  return ctx.positions.keysOf(content).map((mediaType) => {
    const media = content[mediaType];
    const out: Content = { mediaType, examples: readExamples(ctx, media, file) };
    const schema = own(media, 'schema');
    if (schema !== undefined) out.schema = readSchema(ctx, schema, file);
    return out;
  });
}

/** `example` (one value) and `examples` (a map of Example Objects or `$ref`s) → IR examples. */
export function readExamples(ctx: ImportContext, holder: unknown, file: SpecFile): Example[] {
  if (!isMap(holder)) return [];
  const examples: Example[] = [];
  if (Object.hasOwn(holder, 'example')) {
    examples.push({ name: 'example', value: toJson(holder.example), source: sourceIn(ctx, file, holder, 'example') });
  }
  const map = ownMap(holder, 'examples');
  for (const name of map ? ctx.positions.keysOf(map) : []) {
    const resolved = followRefs(ctx, map![name], file);
    if (!resolved || !isMap(resolved.value)) continue;
    const example: Example = { name, source: sourceIn(ctx, file, map, name) };
    const summary = ownString(resolved.value, 'summary');
    if (summary !== undefined) example.summary = summary;
    if (Object.hasOwn(resolved.value, 'value')) example.value = toJson(resolved.value.value);
    examples.push(example);
  }
  return examples;
}
