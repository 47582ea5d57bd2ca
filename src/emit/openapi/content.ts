/**
 * Media-type maps, examples and headers, shared by request bodies and responses.
 */
import type { Content, Example, Header } from '../../ir/types.js';
import { copyJson, type JsonObject, objectFromEntries, orderKeys } from './json-object.js';
import { emitSchema, type SchemaContext } from './schema.js';

/** `examples` map: JSON samples as `value`, other samples (XML, text) as their text. */
export function emitExamples(examples: Example[] | undefined): JsonObject | undefined {
  if (!examples || examples.length === 0) return undefined;
  return objectFromEntries(examples.map((example) => [example.name, emitExample(example)] as const));
}

function emitExample(example: Example): JsonObject {
  const value = example.value !== undefined ? copyJson(example.value) : example.raw;
  return orderKeys({ summary: example.summary, value }, ['summary', 'value']);
}

export function emitContent(content: Content[], ctx: SchemaContext): JsonObject {
  return objectFromEntries(
    content.map(
      (entry) =>
        [
          entry.mediaType,
          orderKeys({ schema: entry.schema && emitSchema(entry.schema, ctx), examples: emitExamples(entry.examples) }, [
            'schema',
            'examples',
          ]),
        ] as const,
    ),
  );
}

export function emitHeaders(headers: Header[], ctx: SchemaContext): JsonObject | undefined {
  if (headers.length === 0) return undefined;
  return objectFromEntries(
    headers.map(
      (header) =>
        [
          header.name,
          orderKeys(
            {
              description: header.description,
              required: header.required || undefined,
              deprecated: header.deprecated || undefined,
              schema: emitSchema(header.schema, ctx),
            },
            ['description', 'required', 'deprecated', 'schema'],
          ),
        ] as const,
    ),
  );
}
