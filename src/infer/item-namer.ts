/**
 * Names the object shapes that samples show as array items or map values, and builds their named
 * schemas — the same name for the same shape wherever it appears.
 *
 * 1. `collect` every slot's shape: each items / map-values record shape becomes an entry named by
 *    its holder (`MessageHeaders` → `MessageHeader`, see names.ts) with its key set.
 * 2. `finish`: entries are joined when they have the same candidate name and one key set holds the
 *    other (a request sample shows fewer fields than a response sample), or the same key set of at
 *    least MIN_SHARED_KEYS keys whatever their names (`Emails`, `Faxes`, `OfficePhones` items).
 *    A group whose fields a documented entity's table lists, or whose name is a documented entity's
 *    whose fields it shows (`shelves` → `Shelf`), takes that entity's name and gets no schema of
 *    its own (documented-match.ts); any other takes the candidate seen most often (ties:
 *    the first by code units), made free of the documented names and of other groups' (`freeName`).
 * 3. `nameItems` (the `Naming` of infer-schema) maps a shape to its group's name; `nameEmpty`
 *    gives items that show no fields (`[]`, `[{}]`) the one group their property's name has;
 *    `namedSchemas` gives one schema per group from all its members' samples together.
 *
 * Every step sorts, so the names do not depend on the order pages or samples come in.
 */

import { compareText } from '../ir/order.js';
import { compareSources, type Source } from '../ir/source.js';
import type { NamedSchema, ResourceRelationship, Schema } from '../ir/types.js';
import { documentedEntityFor, type Entity, namedEntityFor, resourceEntityFor, resourceRelationshipsFor } from './documented-match.js';
import { type InferOptions, type Naming, schemaFromShape } from './infer-schema.js';
import type { KindReads } from './kind-reads.js';
import type { ListReads } from './list-reads.js';
import { freeName, itemName } from './names.js';
import { mergeShape, type Shape } from './shape.js';

const MIN_SHARED_KEYS = 3;
/** At most this many sample positions go into `inferred.from` (the first by file and offset). */
export const MAX_FROM = 10;

interface Entry {
  candidate: string;
  keys: string[];
  keysKey: string;
  shape: Shape;
  /** Sorted and made unique (`unionSources`) when the entries are grouped; collected as they come until then. */
  sources: Source[];
}

interface Group {
  entries: Entry[];
  name: string;
  /** The name is a documented entity's (documented-match.ts): no inferred schema for it. */
  documented: boolean;
  shape: Shape;
  sources: Source[];
}

export class ItemNamer implements Naming {
  private readonly entries = new Map<string, Entry>();
  private readonly groups: Group[] = [];
  private readonly byEntry = new Map<string, Group>();
  private finished = false;

  private readonly hints: ReadonlyMap<string, Schema> | undefined;
  private readonly entities: readonly Entity[];
  /** Where the kinds the entities' properties were compared with are recorded (kind-reads.ts). */
  private readonly typed: KindReads | undefined;
  /** Where the entities' property lists were read (list-reads.ts). */
  private readonly lists: ListReads | undefined;
  /** Where the entities whose required flags were compared with the keys are recorded (format-reads.ts). */
  private readonly requires: Set<string> | undefined;

  constructor(
    private readonly taken: Set<string>,
    options: {
      hints?: ReadonlyMap<string, Schema>;
      entities?: readonly Entity[];
      typed?: KindReads;
      lists?: ListReads;
      requires?: Set<string>;
    } = {},
  ) {
    this.hints = options.hints;
    this.entities = options.entities ?? [];
    this.typed = options.typed;
    this.lists = options.lists;
    this.requires = options.requires;
  }

  /** Phase 1: records the item shapes of one slot's shape (converted as `options` say). */
  collect(shape: Shape, options: InferOptions, sources: readonly Source[]): void {
    const collector: Naming = {
      nameItems: (property, items) => {
        this.addEntry(itemName(property), items, sources);
        schemaFromShape(items, { naming: collector });
        return '-';
      },
    };
    schemaFromShape(shape, { ...options, naming: collector });
  }

  /** Phase 2: groups and names the entries. */
  finish(): void {
    this.finished = true;
    // One sort per entry rather than one per slot that adds to it (the same result: sorting is stable).
    for (const entry of this.entries.values()) entry.sources = unionSources([], entry.sources);
    const entries = [...this.entries.values()].sort((a, b) => compareText(a.candidate, b.candidate) || compareText(a.keysKey, b.keysKey));
    const parent = entries.map((_, i) => i);
    const root = (i: number): number => {
      if (parent[i] !== i) parent[i] = root(parent[i]!);
      return parent[i]!;
    };
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) if (related(entries[i]!, entries[j]!)) parent[root(j)] = root(i);
    }
    const components = new Map<number, Entry[]>();
    entries.forEach((entry, i) => {
      components.set(root(i), [...(components.get(root(i)) ?? []), entry]);
    });
    const drafts = [...components.values()].map((members) => ({ members, base: mostSeen(members) }));
    drafts.sort((a, b) => compareText(a.base, b.base) || compareText(a.members[0]!.keysKey, b.members[0]!.keysKey));
    for (const { members, base } of drafts) this.addGroup(members, base);
  }

  nameItems(property: string, shape: Shape): string {
    if (!this.finished) throw new Error('ItemNamer.finish() must run before naming');
    const candidate = itemName(property);
    const keys = [...shape.object!.keys.keys()].sort(compareText);
    const found = this.byEntry.get(entryKey(candidate, keysKeyOf(keys, shape)));
    if (found) return found.name;
    const probe: Entry = { candidate, keys, keysKey: keysKeyOf(keys, shape), shape, sources: [] };
    const group = this.groups.find((g) => g.entries.some((entry) => related(entry, probe)));
    return (group ?? this.addGroup([probe], candidate)).name;
  }

  /** Items that show no fields take the name the same property's items have elsewhere, when only one group has it. */
  nameEmpty(property: string): string | undefined {
    const candidate = itemName(property);
    const groups = new Set(this.groups.filter((g) => g.entries.some((entry) => entry.candidate === candidate)));
    return groups.size === 1 ? [...groups][0]!.name : undefined;
  }

  /** The attributes of a JSON:API resource object whose `type` names a documented entity whose fields they show (documented-match.ts). */
  nameAttributes(type: string, shape: Shape): string | undefined {
    return resourceEntityFor(type, shape, this.entities, this.requires, this.typed, this.lists);
  }

  /** The relationships the documented entity a JSON:API resource's `type` names states (documented-match.ts). */
  relationshipsOf(type: string): readonly ResourceRelationship[] | undefined {
    return resourceRelationshipsFor(type, this.entities);
  }

  /** A record held by a property named after a documented entity whose fields it shows (documented-match.ts). */
  nameRecord(property: string, shape: Shape): string | undefined {
    return namedEntityFor(property, shape, this.entities, this.typed, this.lists);
  }

  /** One inferred named schema per group, sorted by name. */
  namedSchemas(): NamedSchema[] {
    const out: NamedSchema[] = [];
    // Building a schema may add groups (nested shapes no entry matched): loop until none is new.
    for (let i = 0; i < this.groups.length; i++) {
      const group = this.groups[i]!;
      if (group.documented) continue;
      const schema: Schema = schemaFromShape(group.shape, { naming: this, ...(this.hints ? { hints: this.hints } : {}) }) ?? {
        kind: 'object',
        properties: [],
      };
      delete schema.nullable;
      const sources = group.sources.slice(0, MAX_FROM);
      schema.inferred = { from: sources };
      out.push({ name: group.name, origin: 'inferred', sources, schema });
    }
    return out.sort((a, b) => compareText(a.name, b.name));
  }

  private addEntry(candidate: string, shape: Shape, sources: readonly Source[]): void {
    const keys = [...shape.object!.keys.keys()].sort(compareText);
    const keysKey = keysKeyOf(keys, shape);
    const key = entryKey(candidate, keysKey);
    const known = this.entries.get(key);
    if (known) {
      known.shape = mergeShape(known.shape, shape);
      known.sources.push(...sources);
    } else this.entries.set(key, { candidate, keys, keysKey, shape, sources: [...sources] });
  }

  private addGroup(members: Entry[], base: string): Group {
    let shape = members[0]!.shape;
    for (const member of members.slice(1)) shape = mergeShape(shape, member.shape);
    // Items a documented entity's fields describe, or named after one (`shelves` → `Shelf`) whose fields they show.
    const entity =
      documentedEntityFor(shape, this.entities, this.typed, this.lists) ??
      namedEntityFor(base, shape, this.entities, this.typed, this.lists);
    const name = entity ?? freeName(base, this.taken);
    this.taken.add(name);
    const group: Group = {
      entries: members,
      name,
      documented: entity !== undefined,
      shape,
      sources: unionSources(
        [],
        members.flatMap((m) => m.sources),
      ),
    };
    this.groups.push(group);
    for (const member of members) this.byEntry.set(entryKey(member.candidate, member.keysKey), group);
    return group;
  }
}

/**
 * The key set's key, and a JSON:API resource object's type after it (`{"type": "lamps", "attributes":
 * {…}}`): the items of two resources are two shapes, their attributes two resources' (infer-schema.ts),
 * however alike their keys.
 */
function keysKeyOf(keys: readonly string[], shape: Shape): string {
  const type = shape.object?.keys.get('attributes')?.object ? shape.object.keys.get('type')?.text : undefined;
  return `${keys.join('\u0000')}${type ? `\u0002${type}` : ''}`;
}

/** The JSON:API resource type a key set's key ends with (`keysKeyOf`), if any. */
function resourceOf(keysKey: string): string | undefined {
  const at = keysKey.indexOf('\u0002');
  return at < 0 ? undefined : keysKey.slice(at + 1);
}

function entryKey(candidate: string, keysKey: string): string {
  return `${candidate}\u0001${keysKey}`;
}

function related(a: Entry, b: Entry): boolean {
  if (resourceOf(a.keysKey) !== resourceOf(b.keysKey)) return false;
  if (a.keysKey === b.keysKey && a.keys.length >= MIN_SHARED_KEYS) return true;
  return a.candidate === b.candidate && (holds(a.keys, b.keys) || holds(b.keys, a.keys));
}

function holds(outer: readonly string[], inner: readonly string[]): boolean {
  const set = new Set(outer);
  return inner.every((key) => set.has(key));
}

/** The candidate with the most observations; ties go to the first by code units. */
function mostSeen(members: readonly Entry[]): string {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.candidate, (counts.get(member.candidate) ?? 0) + member.shape.count);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

function unionSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return [...a, ...b].sort(compareSources).filter((source) => {
    const key = `${source.file}:${source.start.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
