/**
 * Schema comparison for a whole spec pair: every parameter, header and body schema of every
 * matched operation is a *root*; the roots are solved together in one pair graph (pair-graph.ts),
 * and each site (a pair whose own facets differ) becomes one `SchemaPair` per kind of place that
 * reaches it (request body, response body, a given parameter…), listing every place. A change
 * to a shared schema is thus judged once, named where it is (`Customer.address.city`), and knows
 * every operation it reaches.
 */

import { unescapePointerToken } from '../ir/json-pointer.js';
import { PairGraph } from './pair-graph.js';
import type { OperationSide } from './read-operations.js';
import type { Node } from './resolve.js';
import type { Schema, SchemaReader } from './schema.js';

export { stableStringify } from './schema-signature.js';

type Direction = 'request' | 'response';

export interface Scope {
  direction: Direction;
  area: 'parameter' | 'body' | 'header';
  /** Parameter or header name; media type for bodies. */
  name: string;
  /** Parameter location (`query`, `path`...); response status for response bodies and headers. */
  where: string;
  /**
   * Set inside a webhook or callback, where the API is the client: `direction` is then flipped
   * (its request body is judged as a response, its response bodies as requests).
   */
  event?: 'webhook' | 'callback';
}

/** One root that reaches a schema pair: the operation, and where in it the schema sits. */
export interface Place {
  operation: OperationSide;
  scope: Scope;
  /** Pointer of the root schema inside the operation: `responses/200/content/application~1json/schema`. */
  path: string;
}

export interface SchemaPair {
  scope: Scope;
  /** Pointer of the pair: inside the first place's operation, or `#/components/schemas/…` for a component. */
  path: string;
  /** Display path: `pet.tags[].name` inside an operation, `Pet.tags[].name` in a component; '' for a root. */
  property: string;
  base: Schema;
  revision: Schema;
  alternativesAdded: string[];
  alternativesRemoved: string[];
  /** Every place whose schema reaches the pair, in operation order (the first names it). */
  places: Place[];
  /** The component schema the pair lies in, when it does. */
  component?: string;
}

interface Root extends Place {
  pair: number;
  /** The root schema node as written (before its `$ref` is followed). */
  node: Node;
}

export class SchemaComparer {
  private readonly graph: PairGraph;
  private readonly roots: Root[] = [];

  constructor(base: SchemaReader, revision: SchemaReader) {
    this.graph = new PairGraph(base, revision);
  }

  /** Registers a root pair (a parameter, header or body schema present on both sides). */
  add(b: Node | undefined, r: Node | undefined, scope: Scope, path: string, operation: OperationSide): void {
    const pair = this.graph.pair(b, r);
    if (pair !== undefined && r) this.roots.push({ pair, node: r, scope, path, operation });
  }

  /** Solves every root at once and returns the differing pairs, one per site and kind of place. */
  finish(): SchemaPair[] {
    this.graph.solve(this.roots.map((root) => root.pair));
    const byKey = new Map<string, { site: number; places: Root[] }>();
    for (const root of this.roots) {
      for (const site of this.graph.pairs[root.pair]!.sites) {
        const s = root.scope;
        const key = `${site}|${s.direction}|${s.area}|${s.event ?? ''}|${s.area === 'body' ? '' : `${s.where}:${s.name}`}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { site, places: [] };
          byKey.set(key, entry);
        }
        const last = entry.places.at(-1);
        if (!last || last.operation !== root.operation || last.path !== root.path) entry.places.push(root);
      }
    }
    return [...byKey.values()].map(({ site, places }) => this.describe(site, places));
  }

  private describe(site: number, places: Root[]): SchemaPair {
    const p = this.graph.pairs[site]!;
    const scope = places[0]!.scope;
    const where = locate(p.r, places);
    return {
      scope,
      path: where.path,
      property: scope.area === 'body' || !where.component ? where.property : where.property.replace(/^[^.[(]*\.?/, ''),
      base: p.bs!,
      revision: p.rs!,
      alternativesAdded: p.alternatives!.added,
      alternativesRemoved: p.alternatives!.removed,
      places: places.map(({ operation, scope: placeScope, path }) => ({ operation, scope: placeScope, path })),
      ...(where.component !== undefined ? { component: where.component } : {}),
    };
  }
}

const COMPONENT = /^\/(?:components\/schemas|definitions)\/([^/]+)(.*)$/;
/** The key a schema sits under in a file of schemas (`/Pet/properties/name` → `Pet`). */
const OTHER_FILE = /^(?:\/(?:components\/schemas|definitions|\$defs))?\/([^/]+)((?:\/.*)?)$/;

const SCHEMA_WORDS = new Set(['properties', 'items', 'prefixItems', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'not']);

const joinName = (name: string, rest: string) => (rest ? `${name}${/^[[(]/.test(rest) ? '' : '.'}${rest}` : name);

/**
 * Where a site is: under a place's own inline schema (named from there), inside a component
 * (named from the component), else inside an inline schema shared by several places (a YAML
 * alias; named from the schema it was first read under).
 */
function locate(node: Node, places: Root[]): { path: string; property: string; component?: string } {
  const pointer = node.pointer;
  for (const root of places) {
    if (root.node.file !== node.file) continue;
    const rootPointer = root.node.pointer;
    if (pointer === rootPointer || pointer.startsWith(`${rootPointer}/`)) {
      const rest = pointer.slice(rootPointer.length);
      return { path: `${root.path}${rest}`, property: displayPath(rest) };
    }
  }
  // A schema in another file is a component too: named by its key there (`pet.yaml#/Pet`), or the file.
  const keyed = node.file !== places[0]!.node.file ? OTHER_FILE.exec(pointer) : null;
  const m = COMPONENT.exec(pointer) ?? (keyed && !SCHEMA_WORDS.has(keyed[1]!) ? keyed : undefined);
  if (node.file !== places[0]!.node.file && !m) {
    const name = node.file.rel.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
    return { path: `${node.file.rel}#${pointer}`, property: joinName(name, displayPath(pointer)), component: name };
  }
  if (m) {
    const name = unescapePointerToken(m[1]!);
    const rest = displayPath(m[2]!);
    const file = node.file !== places[0]!.node.file ? node.file.rel : '';
    return { path: `${file}#${pointer}`, property: joinName(name, rest), component: name };
  }
  const schema = pointer.lastIndexOf('/schema/');
  return { path: `#${pointer}`, property: displayPath(schema === -1 ? pointer : pointer.slice(schema + '/schema'.length)) };
}

/** `/properties/tags/items/properties/name` → `tags[].name`. */
function displayPath(pointer: string): string {
  const segments = pointer.split('/').slice(1).map(unescapePointerToken);
  let out = '';
  const name = (n: string) => {
    out = out ? `${out}.${n}` : n;
  };
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1];
    if (s === 'properties' && next !== undefined) name(segments[++i]!);
    else if (s === 'items') out += '[]';
    else if (s === 'prefixItems' && next !== undefined) out += `[${segments[++i]}]`;
    else if (s === 'additionalProperties') name('*');
    else if ((s === 'oneOf' || s === 'anyOf') && next !== undefined) out += `(#${segments[++i]})`;
    else if (s === 'allOf' && next !== undefined) i++;
    else if (s === 'patternProperties' && next !== undefined) name(`/${segments[++i]}/`);
    else if (s === 'dependentSchemas' && next !== undefined) out += `(if ${segments[++i]})`;
    else if (s === 'schema' || s === 'content') {
      /* wrappers of a parameter's or header's schema */
    } else out += `(${s})`;
  }
  return out;
}
