/**
 * Nothing dangles: a type the docs name (`Associate`, `TableRight`) but no page defines becomes a
 * named schema with origin `undocumented` — an open object whose description says so — and ONE
 * `undocumented-type` diagnostic lists them all.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { compareText } from '../ir/order.js';
import { childSchemas } from '../ir/schema-children.js';
import { compareSources, type Source } from '../ir/source.js';
import type { NamedSchema, Operation, Schema } from '../ir/types.js';

export function addUndocumentedTypes(operations: readonly Operation[], schemas: NamedSchema[], diagnostics: DiagnosticBag): NamedSchema[] {
  const defined = new Set(schemas.map((s) => s.name));
  const named = new Map<string, Source[]>();
  const visit = (schema: Schema | undefined, fallback: Source | undefined): void => {
    if (!schema) return;
    const at = schema.source ?? fallback;
    switch (schema.kind) {
      case 'ref':
        if (!defined.has(schema.name)) {
          const list = named.get(schema.name) ?? [];
          if (at) list.push(at);
          named.set(schema.name, list);
        }
        return;
      case 'object':
        // A property's own position is the better place to point at its type.
        for (const property of schema.properties) visit(property.schema, property.source ?? at);
        if (schema.additionalProperties) visit(schema.additionalProperties, at);
        return;
      default:
        for (const child of childSchemas(schema)) visit(child, at);
        return;
    }
  };
  for (const named of schemas) visit(named.schema, named.sources[0]);
  for (const operation of operations) {
    for (const parameter of operation.parameters) visit(parameter.schema, parameter.source);
    for (const content of operation.requestBody?.content ?? []) visit(content.schema, operation.requestBody?.source);
    for (const response of operation.responses) {
      for (const content of response.content) visit(content.schema, response.source);
      for (const header of response.headers) visit(header.schema, header.source);
    }
  }
  if (named.size === 0) return schemas;
  const names = [...named.keys()].sort(compareText);
  const added: NamedSchema[] = names.map((name) => ({
    name,
    origin: 'undocumented',
    sources: dedupe(named.get(name)!),
    schema: { kind: 'object', properties: [], description: `Undocumented: the docs name ${name} but no page defines it.` },
  }));
  const firsts = added
    .map((s) => s.sources[0])
    .filter((s): s is Source => s !== undefined)
    .sort(compareSources);
  if (firsts.length > 0) {
    const [source, ...related] = firsts;
    diagnostics.report(
      'undocumented-type',
      source!,
      `${names.length} type${names.length === 1 ? ' is' : 's are'} named but defined by no page (open objects, unless samples show their shape): ${names.join(', ')}`,
      { related },
    );
  }
  return [...schemas, ...added].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function dedupe(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return [...sources].sort(compareSources).filter((s) => {
    const key = `${s.file}:${s.start.offset}:${s.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
