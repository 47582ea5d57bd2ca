/**
 * Names for generated code, shared by the TypeScript and zod emitters so they stay in step:
 * named schema `TicketMessageEntity` → type `TicketMessageEntity` and const `TicketMessageEntitySchema`.
 * Any docs name (`DTO_ticket_conversation`, `odata.nextLink`, `2fa`, `__proto__`) becomes a valid,
 * unique identifier; the result depends only on the set of names, never on their order.
 */

import { compareText } from '../../ir/order.js';
import type { ApiDocument } from '../../ir/types.js';
import { quoteString } from './literal.js';

/**
 * Words a declared name cannot be: ECMAScript's reserved words (strict mode and modules included),
 * TypeScript's predefined type names, and the keywords that start a type (`keyof T`, `unique
 * symbol`, `infer U`). Each was checked with tsc (`export interface X` and `X` as a type);
 * `test/emit/shared/reserved-names.test.ts` compiles docs naming their types after all of them.
 * A docs name that is one gets a trailing `_` (`class` → `class_`).
 */
const KEYWORDS = new Set([
  ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export'],
  ...['extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super'],
  ...['switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'await', 'let', 'static'],
  ...['implements', 'interface', 'package', 'private', 'protected', 'public'],
  ...['any', 'unknown', 'never', 'undefined', 'string', 'number', 'bigint', 'boolean', 'symbol', 'object', 'intrinsic'],
  ...['keyof', 'readonly', 'unique', 'infer'],
]);

/** Identifiers the generated files use themselves (`Record<…>`, `z`, `import type * as Types`, the `operations` map): a docs name yields them. */
const TAKEN = ['Record', 'operations', 'Types', 'z'];

const SEPARATORS = /[^\p{ID_Continue}$\u200c\u200d]+|_+/u;
const START = /^[\p{ID_Start}$]/u;

/**
 * How docs names become identifiers (config `naming`):
 * - `pascal` (default): `DTO_ticket_conversation` → `DTOTicketConversation`;
 * - `preserve`: names that are identifiers stay exactly as written (`DTO_ticket_conversation`);
 *   other characters become `_`.
 */
type NameCasing = 'pascal' | 'preserve';

export interface NamingOptions {
  /** Named schema → type name. */
  types?: NameCasing;
  /** operationId → the base of its part names (`<base>PathParams`, `<base>Response`, …). */
  operations?: NameCasing;
}

/**
 * The one door from a docs name (a schema name, an operationId) to an identifier: cased as the
 * config says, valid, never a reserved word. `NameRegistry` then makes it unique.
 */
export function toIdentifier(raw: string, casing: NameCasing = 'pascal'): string {
  const name = identifierPart(raw, casing);
  return KEYWORDS.has(name) ? `${name}_` : name;
}

/** A docs name cased and made a valid identifier, to be completed (`<base>Response`) or checked by `toIdentifier`. */
function identifierPart(raw: string, casing: NameCasing): string {
  return casing === 'preserve' ? toPreservedIdentifier(raw) : toPascalIdentifier(raw);
}

/** `DTO_ticket_conversation` stays; `odata.nextLink` → `odata_nextLink`; `2fa` → `_2fa`. */
function toPreservedIdentifier(raw: string): string {
  const replaced = raw.replace(/[^\p{ID_Continue}$\u200c\u200d]+/gu, '_');
  if (replaced === '' || /^_*$/.test(replaced)) return 'Unnamed';
  return START.test(replaced) ? replaced : `_${replaced}`;
}

/** `DTO_ticket_conversation` → `DTOTicketConversation`; `odata.nextLink` → `OdataNextLink`. */
function toPascalIdentifier(raw: string): string {
  const words = raw.split(SEPARATORS).filter((word) => word !== '');
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  if (joined === '') return 'Unnamed';
  return START.test(joined) ? joined : `_${joined}`;
}

/** True for names that need no quotes as a property key (plain ASCII identifiers, not `__proto__`). */
function isPlainPropertyName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== '__proto__';
}

/** A property key in a type (`id`, `'odata.nextLink'`, `'__proto__'`). */
export function typePropertyKey(name: string): string {
  return isPlainPropertyName(name) ? name : quoteString(name);
}

/**
 * A property key in an object literal. `__proto__` is written as a computed key: a plain
 * `'__proto__': x` would set the object's prototype instead of creating the property.
 */
export function objectLiteralKey(name: string): string {
  if (name === '__proto__') return `[${quoteString(name)}]`;
  return typePropertyKey(name);
}

/**
 * Allocates every identifier the generated files declare: the first to ask for a name gets it,
 * later ones get `_2`, `_3`, …; a reserved word is never handed out.
 */
class NameRegistry {
  readonly #taken = new Set<string>(TAKEN);

  claim(wanted: string): string {
    const base = KEYWORDS.has(wanted) ? `${wanted}_` : wanted;
    let name = base;
    for (let n = 2; this.#taken.has(name); n++) name = `${base}_${n}`;
    this.#taken.add(name);
    return name;
  }
}

export interface OperationNames {
  base: string;
  pathParams: string;
  query: string;
  headers: string;
  cookies: string;
  requestBody: string;
  /** The success body: the union of the 2xx responses. */
  response: string;
  /** Status code (`200`, `4XX`, `default`) → the type of that response's body. */
  statuses: Map<string, string>;
}

export interface EmitNames {
  /** Schema name → type name (types.ts). */
  types: Map<string, string>;
  /** Operation id → the names of its parts. */
  operations: Map<string, OperationNames>;
}

/** The zod const for a type name: `Ticket` → `TicketSchema`. */
export function schemaConstName(typeName: string): string {
  return `${typeName}Schema`;
}

/** Names for every named schema and operation part of `doc`, independent of input order. */
export function buildNames(doc: ApiDocument, naming: NamingOptions = {}): EmitNames {
  const registry = new NameRegistry();
  const types = new Map<string, string>();
  // Names that are already identifiers keep them; sanitised ones yield on collision.
  const raw = [...new Set(doc.schemas.map((schema) => schema.name))].sort(compareText);
  const wanted = new Map(raw.map((name) => [name, toIdentifier(name, naming.types)]));
  const clean = raw.filter((name) => wanted.get(name) === name);
  const dirty = raw.filter((name) => wanted.get(name) !== name);
  for (const name of [...clean, ...dirty]) types.set(name, registry.claim(wanted.get(name)!));

  const operations = new Map<string, OperationNames>();
  const byId = new Map<string, ApiDocument['operations'][number]>();
  for (const operation of doc.operations) if (!byId.has(operation.operationId)) byId.set(operation.operationId, operation);
  const ids = [...byId.keys()].sort(compareText);
  for (const id of ids) {
    const operation = byId.get(id);
    // A base is completed (`<base>Response`), so it may be a reserved word itself.
    const base = identifierPart(id, naming.operations ?? 'pascal');
    const statuses = new Map<string, string>();
    const names: OperationNames = {
      base,
      pathParams: registry.claim(`${base}PathParams`),
      query: registry.claim(`${base}Query`),
      headers: registry.claim(`${base}Headers`),
      cookies: registry.claim(`${base}Cookies`),
      requestBody: registry.claim(`${base}RequestBody`),
      response: registry.claim(`${base}Response`),
      statuses,
    };
    const codes = [...new Set((operation?.responses ?? []).map((response) => response.status))].sort(compareText);
    for (const status of codes)
      statuses.set(status, registry.claim(`${base}${identifierPart(status, 'pascal').replace(/^_/, '')}Response`));
    operations.set(id, names);
  }
  return { types, operations };
}

/** Code-point order (re-exported for the emitters). */
export { compareText } from '../../ir/order.js';
