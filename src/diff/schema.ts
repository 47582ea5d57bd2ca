/**
 * A schema read for comparison: refs followed, `allOf` merged, nullability normalised across
 * OpenAPI 3.0 (`nullable`) and 3.1 (`type: [.., 'null']`, `anyOf: [X, {type: 'null'}]`), and
 * alternatives that hold only a type folded into a type list (`anyOf: [{type: string},
 * {type: integer}]` is `type: [string, integer]`), so two schemas that mean the same compare
 * equal however they are written.
 */
import { asRecord, type Node, type Resolver } from './resolve.js';

export interface Schema {
  node: Node;
  /** Keywords of the schema and its `allOf` members (the schema's own win), sub-schemas aside. */
  kw: Record<string, unknown>;
  properties: Map<string, Node>;
  required: Set<string>;
  items?: Node;
  /** A tuple's leading element schemas (`prefixItems`, or draft-04 `items: [...]`). */
  prefixItems: Node[];
  additional?: Node;
  alternatives: Node[];
  alternativesKind?: 'oneOf' | 'anyOf';
  /**
   * The other JSON Schema 2020-12 applicators, by keyword (`not`, `if`, `then`, `else`,
   * `contains`, `propertyNames`, `unevaluatedItems`, `unevaluatedProperties`, `contentSchema`,
   * and `patternProperties/<p>`, `dependentSchemas/<name>`): compared pairwise like properties.
   */
  applicators: Map<string, Node>;
  /** Names (component name, else title, else `#i`) of the `allOf` members. */
  allOf: string[];
  /** True when `null` is an accepted value. */
  nullable: boolean;
  /** Accepted JSON types without `null`, sorted; empty means any. */
  types: string[];
  refName?: string;
}

/** Sub-schema keywords besides properties, items, allOf and alternatives. */
const SINGLE_APPLICATORS = [
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
const MAP_APPLICATORS = ['patternProperties', 'dependentSchemas'] as const;
const STRUCTURE = new Set<string>(['allOf', 'properties', 'required', 'items', 'prefixItems', 'oneOf', 'anyOf', ...MAP_APPLICATORS]);

/** JSON Schema's boolean schemas, read as the objects that mean the same. */
const TRUE_SCHEMA = {};
const FALSE_SCHEMA = { not: {} };

/** A schema value as an object: `true`/`false` (and anything not an object) as the schemas they mean. */
export function schemaValue(value: unknown): object {
  if (typeof value === 'object' && value !== null) return value;
  return value === false ? FALSE_SCHEMA : TRUE_SCHEMA;
}

export class SchemaReader {
  private readonly cache = new WeakMap<object, Schema>();
  private readonly building = new Set<object>();
  /** Schemas being read (a union that reaches itself gets no derived type). */
  private readonly reading = new Set<object>();

  constructor(readonly resolver: Resolver) {}

  read(raw: Node | undefined): Schema | undefined {
    let node = this.resolver.deref(raw);
    if (!node) return undefined;
    if (typeof node.value !== 'object' || node.value === null) node = { ...node, value: schemaValue(node.value) };
    const key = node.value as object;
    const cached = this.cache.get(key);
    if (cached) return cached;
    this.reading.add(key);
    const schema = this.build(node);
    this.reading.delete(key);
    this.cache.set(key, schema);
    return schema;
  }

  private build(node: Node): Schema {
    const record = asRecord(node.value) ?? {};
    const child = (k: string) => this.resolver.child(node, k);
    const schema: Schema = {
      node,
      kw: {},
      properties: new Map(),
      required: new Set(),
      prefixItems: [],
      alternatives: [],
      applicators: new Map(),
      allOf: [],
      nullable: false,
      types: [],
      ...(node.refName ? { refName: node.refName } : {}),
    };
    for (const [k, v] of Object.entries(record)) {
      if (STRUCTURE.has(k)) continue;
      if ((SINGLE_APPLICATORS as readonly string[]).includes(k) && typeof v === 'object' && v !== null) continue;
      schema.kw[k] = v;
    }
    for (const k of SINGLE_APPLICATORS) {
      const v = record[k];
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) schema.applicators.set(k, child(k)!);
    }
    for (const k of MAP_APPLICATORS) {
      const map = child(k);
      for (const name of Object.keys(asRecord(map?.value) ?? {})) {
        const n = this.resolver.child(map, name);
        if (n) schema.applicators.set(`${k}/${name}`, n);
      }
    }
    const properties = child('properties');
    for (const name of Object.keys(asRecord(properties?.value) ?? {})) {
      const n = this.resolver.child(properties, name);
      if (n) schema.properties.set(name, n);
    }
    if (Array.isArray(record.required)) for (const r of record.required) if (typeof r === 'string') schema.required.add(r);
    if (typeof record.items === 'object' && record.items !== null && !Array.isArray(record.items)) schema.items = child('items');
    else if (record.items === false) schema.kw.items = false;
    const prefixKey = Array.isArray(record.prefixItems) ? 'prefixItems' : Array.isArray(record.items) ? 'items' : undefined;
    if (prefixKey) {
      const list = child(prefixKey)!;
      (record[prefixKey] as unknown[]).forEach((_, i) => {
        const n = this.resolver.child(list, i);
        if (n) schema.prefixItems.push(n);
      });
    }
    if (asRecord(record.additionalProperties)) schema.additional = child('additionalProperties');
    const altKind = Array.isArray(record.oneOf) ? 'oneOf' : Array.isArray(record.anyOf) ? 'anyOf' : undefined;
    let nullAlternative = false;
    if (altKind) {
      const list = child(altKind)!;
      (record[altKind] as unknown[]).forEach((_, i) => {
        const alt = this.resolver.child(list, i);
        const t = asRecord(this.resolver.deref(alt)?.value);
        if (t && (t.type === 'null' || (Array.isArray(t.enum) && t.enum.length === 1 && t.enum[0] === null))) nullAlternative = true;
        else if (alt) schema.alternatives.push(alt);
      });
      schema.alternativesKind = altKind;
      // `anyOf: [{type: string}, {type: integer}]` means `type: [string, integer]`: fold it.
      const folded = record.type === undefined ? foldTypes(this.resolver, schema.alternatives, altKind) : undefined;
      if (folded) {
        if (folded.includes('null')) nullAlternative = true;
        schema.kw.type = folded.filter((t) => t !== 'null');
        schema.alternatives = [];
        delete schema.alternativesKind;
      }
    }
    const key = node.value as object;
    if (!this.building.has(key)) {
      this.building.add(key);
      // `allOf` members, and a lone alternative (the 3.1 nullable idiom among others), merge into the schema.
      const members: Node[] = [];
      if (Array.isArray(record.allOf)) {
        const list = child('allOf')!;
        record.allOf.forEach((_, i) => {
          const n = this.resolver.child(list, i);
          if (!n) return;
          members.push(n);
          schema.allOf.push(this.label(n) ?? `#${i}`);
        });
      }
      // One alternative means exactly that alternative (`anyOf: [X]`, often beside `nullable`).
      if (schema.alternatives.length === 1) {
        members.push(schema.alternatives.pop()!);
        delete schema.alternativesKind;
      }
      for (const member of members) this.merge(schema, member);
      this.building.delete(key);
    }
    const type = schema.kw.type;
    let typeList = Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
    // Swagger 2.0's `type: file` (a form field or a response) is what OpenAPI 3 writes `type: string, format: binary`.
    if (typeList.includes('file')) {
      typeList = typeList.map((t) => (t === 'file' ? 'string' : t));
      schema.kw.format ??= 'binary';
    }
    schema.nullable =
      nullAlternative ||
      schema.kw.nullable === true ||
      schema.kw['x-nullable'] === true ||
      typeList.includes('null') ||
      (Array.isArray(schema.kw.enum) && schema.kw.enum.includes(null) && typeList.length === 0);
    let types = typeList.filter((t) => t !== 'null');
    if (types.length === 0 && schema.alternatives.length > 0) types = this.alternativeTypes(schema.alternatives);
    if (types.length === 0 && schema.properties.size > 0) types = ['object'];
    if (types.length === 0 && (schema.items || schema.prefixItems.length > 0)) types = ['array'];
    schema.types = [...new Set(types)].sort();
    delete schema.kw.nullable;
    delete schema.kw['x-nullable'];
    if (schema.types.length > 0) schema.kw.type = schema.types.length === 1 ? schema.types[0] : schema.types;
    else delete schema.kw.type;
    return schema;
  }

  /** The types a union's values can have, when every alternative says (else empty: any). */
  private alternativeTypes(alternatives: Node[]): string[] {
    const out = new Set<string>();
    for (const alt of alternatives) {
      const node = this.resolver.deref(alt);
      if (!node || (typeof node.value === 'object' && node.value !== null && this.reading.has(node.value))) return [];
      const s = this.read(node);
      if (!s || s.types.length === 0) return [];
      for (const t of s.types) out.add(t);
    }
    return [...out];
  }

  private merge(into: Schema, member: Node): void {
    const m = this.read(member);
    if (!m) return;
    for (const [k, v] of Object.entries(m.kw)) if (!(k in into.kw)) into.kw[k] = v;
    if (m.nullable && m.types.length > 0) into.kw.nullable ??= true;
    if (m.types.length > 0 && into.kw.type === undefined) into.kw.type = m.types.length === 1 ? m.types[0] : m.types;
    for (const [name, n] of m.properties) if (!into.properties.has(name)) into.properties.set(name, n);
    for (const r of m.required) into.required.add(r);
    into.items ??= m.items;
    if (into.prefixItems.length === 0) into.prefixItems.push(...m.prefixItems);
    into.additional ??= m.additional;
    for (const [k, n] of m.applicators) if (!into.applicators.has(k)) into.applicators.set(k, n);
    if (into.alternatives.length === 0 && m.alternatives.length > 0) {
      into.alternatives.push(...m.alternatives);
      into.alternativesKind = m.alternativesKind;
    }
    if (!into.refName && m.refName) into.refName = m.refName;
  }

  /** How an alternative is matched across versions: its component name, else its title. */
  label(node: Node): string | undefined {
    const s = this.read(node);
    if (!s) return undefined;
    if (s.refName) return s.refName;
    return typeof s.kw.title === 'string' ? s.kw.title : undefined;
  }
}

/** Keywords that do not change what a schema accepts. */
const ANNOTATIONS = new Set(['type', 'description', 'title', '$comment', 'example', 'examples']);

/**
 * The type list that inline alternatives holding nothing but a type mean together, or undefined
 * when any of them says more (or is a named component). `oneOf` folds only when no value can
 * match two alternatives (`integer` is also a `number`).
 */
function foldTypes(resolver: Resolver, alternatives: Node[], kind: 'oneOf' | 'anyOf'): string[] | undefined {
  if (alternatives.length === 0) return undefined;
  const seen: string[] = [];
  for (const alt of alternatives) {
    const node = resolver.deref(alt);
    const record = asRecord(node?.value);
    if (!record || node?.refName || !Object.keys(record).every((k) => ANNOTATIONS.has(k))) return undefined;
    const list = Array.isArray(record.type) ? record.type : [record.type];
    if (list.length === 0 || !list.every((t): t is string => typeof t === 'string')) return undefined;
    for (const t of new Set(list)) {
      const overlaps = seen.includes(t) || (t === 'integer' && seen.includes('number')) || (t === 'number' && seen.includes('integer'));
      if (kind === 'oneOf' && overlaps) return undefined;
      seen.push(t);
    }
  }
  return [...new Set(seen)];
}
