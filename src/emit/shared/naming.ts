/**
 * Names for generated code, shared by the TypeScript and zod emitters so they stay in step:
 * named schema `TicketMessageEntity` → type `TicketMessageEntity` and const `TicketMessageEntitySchema`.
 * Any docs name (`DTO_ticket_conversation`, `odata.nextLink`, `2fa`, `__proto__`) becomes a valid,
 * unique identifier; the result depends only on the set of names, never on their order.
 */

import { compareText } from '../../ir/order.js';
import type { ApiDocument } from '../../ir/types.js';
import { quoteString } from './literal.js';

/** Identifiers the generated files use themselves. */
const RESERVED = new Set(['Record', 'operations', 'Types', 'z']);

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

/** `toPascalIdentifier` or `toPreservedIdentifier`, by casing. */
function toIdentifier(raw: string, casing: NameCasing = 'pascal'): string {
  return casing === 'preserve' ? toPreservedIdentifier(raw) : toPascalIdentifier(raw);
}

/** `DTO_ticket_conversation` stays; `odata.nextLink` → `odata_nextLink`; `2fa` → `_2fa`. */
export function toPreservedIdentifier(raw: string): string {
  const replaced = raw.replace(/[^\p{ID_Continue}$\u200c\u200d]+/gu, '_');
  if (replaced === '' || /^_*$/.test(replaced)) return 'Unnamed';
  return START.test(replaced) ? replaced : `_${replaced}`;
}

/** `DTO_ticket_conversation` → `DTOTicketConversation`; `odata.nextLink` → `OdataNextLink`. */
export function toPascalIdentifier(raw: string): string {
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

/** Allocates unique identifiers: the first to ask for a name gets it, later ones get `_2`, `_3`, … */
class NameRegistry {
  readonly #taken = new Set<string>(RESERVED);

  claim(base: string): string {
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
  const typeName = (name: string) => toIdentifier(name, naming.types);
  // Names that are already identifiers keep them; sanitised ones yield on collision.
  const raw = [...new Set(doc.schemas.map((schema) => schema.name))].sort(compareText);
  const clean = raw.filter((name) => typeName(name) === name);
  const dirty = raw.filter((name) => typeName(name) !== name);
  for (const name of [...clean, ...dirty]) types.set(name, registry.claim(typeName(name)));

  const operations = new Map<string, OperationNames>();
  const byId = new Map<string, ApiDocument['operations'][number]>();
  for (const operation of doc.operations) if (!byId.has(operation.operationId)) byId.set(operation.operationId, operation);
  const ids = [...byId.keys()].sort(compareText);
  for (const id of ids) {
    const operation = byId.get(id);
    const base = toIdentifier(id, naming.operations);
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
    for (const status of codes) statuses.set(status, registry.claim(`${base}${toPascalIdentifier(status).replace(/^_/, '')}Response`));
    operations.set(id, names);
  }
  return { types, operations };
}

/** Code-point order (re-exported for the emitters). */
export { compareText } from '../../ir/order.js';
