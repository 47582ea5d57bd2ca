/**
 * A TypeScript type, as a declaration in a reference's fence writes it, → the IR schema it states
 * (ts-declarations.ts walks the declarations; this module their types):
 *
 *     string · number · boolean · null          → string · number · boolean · null
 *     any · unknown · object · {}               → unknown · unknown · map of unknown · an object of no properties
 *     Date                                      → string (JSON sends a Date as text; its form is not stated: no format)
 *     T[] · Array<T> · ReadonlyArray<T> · readonly T[]   → array of T        Set<T> → array of T, unique items
 *     [A, B?]                                   → a tuple (prefixItems), one or two elements
 *     Record<string, T> · Map<string, T> · { [key: string]: T }   → map of T
 *     Record<'a' | 'b', T>                      → an object of those properties, each required, of T
 *     'a' | 'b' · 1 | 2 · 'a'                   → a string enum · an integer enum · the constant
 *     A | B · A & B · T | null · T | undefined  → a union (oneOf) · an intersection (allOf) · T nullable · T (the member optional)
 *     { a: string; b?: number }                 → an inline object (JSDoc on its members read as on the declaration's)
 *     Address · Api.Address                     → ref Address · ref Api.Address (a named type, resolved as any other)
 *
 *     Partial<T> · Required<T> · Readonly<T>    → T's members (T an object the page declares), each optional · required · read-only
 *     Pick<T, 'a' | 'b'> · Omit<T, 'c'>         → T's members the keys name · those they do not
 *
 * `Partial<T>` and the others of a T another page declares: a placeholder, made by the merge.
 * What no schema states — a generic's type arguments (`Page<T>`), mapped and conditional types, `keyof`, `typeof`, functions — is typed unknown and
 * reported (`unsupported-declaration`) at its place; never a guess.
 */
import type ts from 'typescript';
import { derivedObject, objectOf } from '../../ir/derived.js';
import type { DerivedType, JsonValue, Property, Schema } from '../../ir/types.js';

/** What converting a declaration's types needs: the compiler, the page's declared names, and where to say what it cannot read. */
export interface TypeReading {
  ts: typeof ts;
  /** The names the page declares (a declared `Date` is the page's type, not the built-in). */
  declared: ReadonlySet<string>;
  /** Says that `node` states what no schema can (`what`: its words). */
  unsupported(node: ts.Node, what: string): void;
  /** A member's place in the page, for its property's `source`. */
  sourceOf(node: ts.Node): Property['source'];
  /** The schema the page's declaration of `name` states (read on demand), or undefined (none, not read, or being read: a cycle). */
  resolve(name: string): Schema | undefined;
  /** A utility type (`node`) of a type the page does not declare, kept for the merge to make: the placeholder name its uses hold. */
  derive(node: ts.Node, derived: Pick<DerivedType, 'utility' | 'of' | 'keys'>): string;
}

/** Deeper type nesting than this is not read (a page's declarations are never so deep). */
const MAX_DEPTH = 32;

/** The schema `node` states, and whether it admits `undefined` (`T | undefined`: the member may be left out). */
export function typeSchema(node: ts.TypeNode | undefined, reading: TypeReading, depth = 0): { schema: Schema; undefinedAllowed: boolean } {
  if (!node) return { schema: { kind: 'unknown' }, undefinedAllowed: false };
  const { ts } = reading;
  if (ts.isUnionTypeNode(node)) return unionSchema(node, reading, depth);
  return { schema: oneSchema(node, reading, depth), undefinedAllowed: node.kind === ts.SyntaxKind.UndefinedKeyword };
}

function oneSchema(node: ts.TypeNode, reading: TypeReading, depth: number): Schema {
  const { ts } = reading;
  if (depth > MAX_DEPTH) return unsupported(node, reading, 'a type nested this deep');
  const inner = (child: ts.TypeNode | undefined): Schema => typeSchema(child, reading, depth + 1).schema;
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    // A bigint has no width: an integer (JSON carries no bigint, a reference that says so means its digits).
    case ts.SyntaxKind.BigIntKeyword:
      return { kind: 'integer' };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
    case ts.SyntaxKind.NullKeyword:
      return { kind: 'null' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return { kind: 'unknown' };
    case ts.SyntaxKind.ObjectKeyword:
      return { kind: 'map', values: { kind: 'unknown' } };
  }
  if (ts.isParenthesizedTypeNode(node)) return inner(node.type);
  if (ts.isArrayTypeNode(node)) return { kind: 'array', items: inner(node.elementType) };
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return inner(node.type);
  if (ts.isTupleTypeNode(node)) return tupleSchema(node, reading, depth);
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null' };
  if (ts.isLiteralTypeNode(node)) return literalSchema(node, reading) ?? unsupported(node, reading, 'this literal type');
  if (ts.isTemplateLiteralTypeNode(node)) return { kind: 'string' };
  if (ts.isIntersectionTypeNode(node)) return { kind: 'intersection', parts: node.types.map((part) => inner(part)) };
  if (ts.isTypeLiteralNode(node)) return objectSchema(node.members, reading, depth + 1);
  if (ts.isTypeReferenceNode(node)) return referenceSchema(node, reading, depth);
  if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node)) return unsupported(node, reading, 'a function type');
  if (ts.isMappedTypeNode(node)) return unsupported(node, reading, 'a mapped type');
  if (ts.isConditionalTypeNode(node)) return unsupported(node, reading, 'a conditional type');
  return unsupported(node, reading, `\`${words(node)}\``);
}

/** `A | B | null | undefined`: null makes it nullable, undefined lets the member be left out; literals of one kind an enum. */
function unionSchema(node: ts.UnionTypeNode, reading: TypeReading, depth: number): { schema: Schema; undefinedAllowed: boolean } {
  const { ts } = reading;
  let nullable = false;
  let undefinedAllowed = false;
  const parts: ts.TypeNode[] = [];
  for (const part of node.types) {
    const bare = ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword;
    if (part.kind === ts.SyntaxKind.NullKeyword || bare) nullable = true;
    else if (part.kind === ts.SyntaxKind.UndefinedKeyword) undefinedAllowed = true;
    else parts.push(part);
  }
  const schema = parts.length === 0 ? ({ kind: 'null' } as Schema) : variantsSchema(parts, reading, depth);
  if (nullable && schema.kind !== 'null') schema.nullable = true;
  return { schema, undefinedAllowed };
}

function variantsSchema(parts: readonly ts.TypeNode[], reading: TypeReading, depth: number): Schema {
  const { ts } = reading;
  const literals = parts.map((part) => (ts.isLiteralTypeNode(part) ? literalValue(part, reading) : undefined));
  if (literals.every((value) => value !== undefined)) {
    const values = [...new Set(literals as Array<string | number | boolean>)];
    // `true | false`: a boolean.
    if (values.length === 2 && values.includes(true) && values.includes(false)) return { kind: 'boolean' };
    if (values.every((value) => typeof value === 'string'))
      return { kind: 'enum', base: 'string', values: values.map((value) => ({ value })) };
    if (values.every((value) => typeof value === 'number'))
      return {
        kind: 'enum',
        base: values.every((value) => Number.isInteger(value)) ? 'integer' : 'number',
        values: values.map((value) => ({ value })),
      };
  }
  if (parts.length === 1) return oneSchema(parts[0]!, reading, depth + 1);
  return { kind: 'union', mode: 'oneOf', variants: parts.map((part) => oneSchema(part, reading, depth + 1)) };
}

/** `'a'`, `1`, `-1`, `true`: the one value it states, as a constant. */
function literalSchema(node: ts.LiteralTypeNode, reading: TypeReading): Schema | undefined {
  const value = literalValue(node, reading);
  return value === undefined ? undefined : { kind: 'const', value };
}

function literalValue(node: ts.LiteralTypeNode, reading: TypeReading): string | number | boolean | undefined {
  const { ts } = reading;
  const literal = node.literal;
  if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) return literal.text;
  if (ts.isNumericLiteral(literal)) return Number(literal.text);
  if (literal.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (literal.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand))
    return -Number(literal.operand.text);
  return undefined;
}

/** `[number, number]`, `[string, number?]`: the elements in order, no more than written. */
function tupleSchema(node: ts.TupleTypeNode, reading: TypeReading, depth: number): Schema {
  const { ts } = reading;
  const prefixItems: Schema[] = [];
  let minItems = 0;
  for (const element of node.elements) {
    const member = ts.isNamedTupleMember(element) ? element.type : element;
    const optional = ts.isOptionalTypeNode(member) || (ts.isNamedTupleMember(element) && element.questionToken !== undefined);
    if (ts.isRestTypeNode(member) || (ts.isNamedTupleMember(element) && element.dotDotDotToken))
      return unsupported(element, reading, 'a tuple with a rest element');
    const type = ts.isOptionalTypeNode(member) ? member.type : member;
    prefixItems.push(typeSchema(type, reading, depth + 1).schema);
    if (!optional) minItems = prefixItems.length;
  }
  return { kind: 'array', prefixItems, items: { kind: 'unknown' }, minItems, maxItems: prefixItems.length };
}

/** The built-in generics a declaration's field may use, by name. */
function referenceSchema(node: ts.TypeReferenceNode, reading: TypeReading, depth: number): Schema {
  const { ts } = reading;
  const name = ts.isIdentifier(node.typeName) ? node.typeName.text : entityName(node.typeName, reading);
  const args = node.typeArguments ?? [];
  const arg = (index: number): Schema => typeSchema(args[index], reading, depth + 1).schema;
  if (reading.declared.has(name)) {
    if (args.length > 0) return unsupported(node, reading, `\`${words(node)}\` (a generic's type arguments)`);
    return { kind: 'ref', name };
  }
  switch (`${name}/${args.length}`) {
    case 'Date/0':
      return { kind: 'string' };
    case 'Array/1':
    case 'ReadonlyArray/1':
      return { kind: 'array', items: arg(0) };
    case 'Set/1':
    case 'ReadonlySet/1':
      return { kind: 'array', items: arg(0), uniqueItems: true };
    case 'Record/2':
    case 'Map/2':
    case 'ReadonlyMap/2':
      return keyedSchema(node, args[0]!, arg(1), reading);
    case 'Partial/1':
    case 'Required/1':
    case 'Readonly/1':
    case 'Pick/2':
    case 'Omit/2':
      return utilitySchema(node, name, reading, depth);
  }
  if (args.length > 0) return unsupported(node, reading, `\`${words(node)}\` (a generic's type arguments)`);
  return { kind: 'ref', name };
}

/** `Record<string, T>`: a map of T; `Record<'a' | 'b', T>`: an object of those members, each required. */
function keyedSchema(node: ts.TypeReferenceNode, key: ts.TypeNode, values: Schema, reading: TypeReading): Schema {
  const { ts } = reading;
  if (key.kind === ts.SyntaxKind.StringKeyword || key.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'map', values };
  const keys = ts.isUnionTypeNode(key) ? key.types : [key];
  const names = keys.map((part) => (ts.isLiteralTypeNode(part) ? literalValue(part, reading) : undefined));
  if (names.every((name) => typeof name === 'string' || typeof name === 'number') && names.length > 0)
    return {
      kind: 'object',
      properties: [...new Set(names.map(String))].map((name) => ({ name, schema: structuredClone(values), required: true })),
    };
  return unsupported(node, reading, `\`${words(node)}\` (keys of a type the page does not list)`);
}

/**
 * `Partial<T>`, `Required<T>`, `Readonly<T>`, `Pick<T, 'a' | 'b'>`, `Omit<T, 'c'>` of an object the
 * page states (T a declaration of the page, an object literal, another such type): that object's
 * members, every one optional, required or read-only, or those the keys name (Pick: each a member
 * of T) or do not (Omit), made as the merge makes them (ir/derived.ts). T the page does not declare
 * (another page may): a placeholder the merge makes once it knows every page's types
 * (`reading.derive`). Keys that are no string literals, T with an index signature (Pick, Omit) or
 * no object: reported.
 */
function utilitySchema(node: ts.TypeReferenceNode, name: string, reading: TypeReading, depth: number): Schema {
  const [target, keyNode] = node.typeArguments!;
  const utility = name as DerivedType['utility'];
  const keys = keyNode && keyNames(keyNode, reading);
  const schema = typeSchema(target, reading, depth + 1).schema;
  const object = objectOf(schema, (named) => reading.resolve(named));
  if (!object && schema.kind === 'ref' && !reading.declared.has(schema.name) && (!keyNode || keys))
    return { kind: 'ref', name: reading.derive(node, { utility, of: schema.name, ...(keys ? { keys } : {}) }) };
  if (!object)
    return unsupported(node, reading, `\`${words(node)}\` (\`${words(target!)}\` is no object the page's other declarations state)`);
  if (keyNode && !keys) return unsupported(node, reading, `\`${words(node)}\` (keys that are no string literals)`);
  const made = derivedObject(object, utility, keys, words(target!));
  return typeof made === 'string' ? unsupported(node, reading, `\`${words(node)}\` (${made})`) : made;
}

/** `'a'`, `'a' | 'b'`: the keys named; undefined for any other key type. */
function keyNames(node: ts.TypeNode, reading: TypeReading): string[] | undefined {
  const { ts } = reading;
  const parts = ts.isUnionTypeNode(node) ? node.types : [node];
  const names = parts.map((part) => (ts.isLiteralTypeNode(part) ? literalValue(part, reading) : undefined));
  return names.every((key): key is string => typeof key === 'string') ? names : undefined;
}

function entityName(name: ts.EntityName, reading: TypeReading): string {
  return reading.ts.isIdentifier(name) ? name.text : `${entityName(name.left, reading)}.${name.right.text}`;
}

/**
 * The members of an interface or a type literal → an object schema: property signatures in written
 * order (`?` or a `| undefined` type optional, `readonly` read-only, JSDoc its words), an index
 * signature its other keys' type. Methods and call signatures are functions no JSON carries: reported.
 */
export function objectSchema(members: readonly ts.TypeElement[], reading: TypeReading, depth: number): Schema {
  const { ts } = reading;
  const properties: Property[] = [];
  let additional: Schema | undefined;
  for (const member of members) {
    if (ts.isIndexSignatureDeclaration(member)) {
      additional = typeSchema(member.type, reading, depth + 1).schema;
      continue;
    }
    if (!ts.isPropertySignature(member)) {
      unsupported(member, reading, ts.isMethodSignature(member) ? 'a method (a function)' : 'a call or construct signature (a function)');
      continue;
    }
    const name = memberName(member.name, reading);
    if (name === undefined) {
      unsupported(member.name, reading, 'a computed member name');
      continue;
    }
    if (properties.some((property) => property.name === name)) continue;
    properties.push(memberProperty(member, name, reading, depth));
  }
  if (properties.length === 0 && additional) return { kind: 'map', values: additional };
  const object: Schema = { kind: 'object', properties };
  if (additional) object.additionalProperties = additional;
  return object;
}

function memberName(name: ts.PropertyName, reading: TypeReading): string | undefined {
  const { ts } = reading;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name))
    return name.text;
  if (ts.isPrivateIdentifier(name)) return undefined;
  return undefined;
}

function memberProperty(member: ts.PropertySignature, name: string, reading: TypeReading, depth: number): Property {
  const { ts } = reading;
  const read = typeSchema(member.type, reading, depth + 1);
  const schema = read.schema;
  const doc = jsDocOf(member, reading);
  if (member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)) schema.readOnly = true;
  if (doc.deprecated) schema.deprecated = true;
  const fallback = doc.default === undefined ? undefined : statedValue(doc.default, schema);
  if (fallback !== undefined) schema.default = fallback;
  const example = doc.example === undefined ? undefined : statedValue(doc.example, schema);
  if (example !== undefined) schema.examples = [example];
  const property: Property = { name, schema, required: member.questionToken === undefined && !read.undefinedAllowed };
  if (doc.description) property.description = doc.description;
  const source = reading.sourceOf(member);
  if (source) property.source = source;
  return property;
}

/** A declaration's or member's JSDoc: its words, and its `@deprecated`, `@default` (TSDoc's `@defaultValue`) and `@example` tags. */
export interface JsDoc {
  description?: string;
  deprecated?: boolean;
  default?: string;
  example?: string;
}

export function jsDocOf(node: ts.Node, reading: TypeReading): JsDoc {
  const { ts } = reading;
  const doc: JsDoc = {};
  const words: string[] = [];
  for (const part of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(part)) continue;
    const text = ts.getTextOfJSDocComment(part.comment)?.trim();
    if (text) words.push(text);
    for (const tag of part.tags ?? []) {
      const name = tag.tagName.text;
      const said = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
      if (name === 'deprecated') {
        doc.deprecated = true;
        if (said) words.push(`Deprecated: ${said}`);
      } else if ((name === 'default' || name === 'defaultValue') && said) doc.default = said;
      else if (name === 'example' && said) doc.example ??= said;
    }
  }
  const description = words.join('\n\n').trim();
  if (description) doc.description = description;
  return doc;
}

/**
 * The value a tag states (`@default 20`, `@default "member"`, `@default 'member'`, `@example a@b.c`),
 * where it is one of the schema's kind: JSON, a quoted text, or the bare words of a string.
 */
function statedValue(text: string, schema: Schema): JsonValue | undefined {
  const written = text.replace(/^`([^`]*)`$/, '$1').trim();
  let value: JsonValue | undefined;
  try {
    value = JSON.parse(written) as JsonValue;
  } catch {
    const quoted = /^'([^'\n]*)'$/.exec(written);
    value = quoted ? quoted[1]! : stringy(schema) && !written.includes('\n') ? written : undefined;
  }
  if (value === undefined) return undefined;
  return fits(value, schema) ? value : undefined;
}

function stringy(schema: Schema): boolean {
  return (
    schema.kind === 'string' ||
    (schema.kind === 'enum' && schema.base === 'string') ||
    (schema.kind === 'const' && typeof schema.value === 'string')
  );
}

/** Whether `value` is of the schema's kind (a ref, a union or an unknown: any). */
function fits(value: JsonValue, schema: Schema): boolean {
  if (value === null) return schema.nullable === true || schema.kind === 'null' || schema.kind === 'unknown';
  switch (schema.kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return schema.values.some((member) => member.value === value);
    case 'const':
      return JSON.stringify(schema.value) === JSON.stringify(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
    case 'map':
      return typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

function unsupported(node: ts.Node, reading: TypeReading, what: string): Schema {
  reading.unsupported(node, what);
  return { kind: 'unknown' };
}

/** A node's words, on one line and cut short. */
export function words(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
