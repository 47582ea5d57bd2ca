/**
 * Names of the schemas a spec defines or reaches by `$ref`.
 *
 * - The root document's components (`#/components/schemas/X`, 2.0 `#/definitions/X`) keep
 *   their names; they are reserved first, so they win every clash.
 * - A target elsewhere under `schemas` / `definitions` / `$defs` is named by its key (`Pet`).
 * - A top-level key of another file is named by the key (`common.yaml#/Pet` → `Pet`).
 * - A whole other file is named after the file (`pet.yaml` → `pet`).
 * - Any other pointer is named from its path: file base name (other files only) and pointer
 *   segments, non-identifier characters as `_` (`#/paths/~1pets/get/…/schema` →
 *   `paths_pets_get_…_schema`).
 * - A clash with a different target takes the first free `_2`, `_3`, … suffix.
 * Names are given in the order targets are met, which the spec alone fixes: deterministic.
 */
import path from 'node:path';
import type { RefTarget } from '../../openapi/refs.js';

const NAMING_CONTAINERS = new Set(['schemas', 'definitions', '$defs']);

export class SchemaNames {
  private readonly byId = new Map<string, string>();
  private readonly used = new Set<string>();
  /** Targets named but not converted yet, in the order they were named. */
  readonly pending: { name: string; target: RefTarget }[] = [];

  constructor(private readonly rootId: string) {}

  /** Names `target` `name` (or the first free variant); `convert: false` for an alias of a name already queued. */
  reserve(target: RefTarget, name: string): string {
    const known = this.byId.get(target.id);
    if (known !== undefined) return known;
    const free = this.freeName(name);
    this.byId.set(target.id, free);
    this.used.add(free);
    this.pending.push({ name: free, target });
    return free;
  }

  /** Gives `target` the name `name` already holds (a root component that only `$ref`s it). */
  alias(target: RefTarget, name: string): boolean {
    if (this.byId.has(target.id)) return false;
    this.byId.set(target.id, name);
    return true;
  }

  has(target: RefTarget): boolean {
    return this.byId.has(target.id);
  }

  /** The name of `target`, naming (and queueing) it on first sight. */
  nameOf(target: RefTarget): string {
    return this.byId.get(target.id) ?? this.reserve(target, this.derive(target));
  }

  private derive(target: RefTarget): string {
    const { segments } = target;
    const last = segments.at(-1);
    const container = segments.at(-2);
    if (last !== undefined && container !== undefined && NAMING_CONTAINERS.has(container) && last !== '') return last;
    // A top-level key of another file (a file of shared definitions: `common.yaml#/Pet`).
    if (last !== undefined && segments.length === 1 && target.file.id !== this.rootId && sanitise(last) !== '') return sanitise(last);
    const base = path.basename(target.file.id.replace(/[?#].*$/, '')).replace(/\.(ya?ml|json)$/i, '');
    if (segments.length === 0) return sanitise(base) || 'Schema';
    const parts = target.file.id === this.rootId ? segments : [base, ...segments];
    return sanitise(parts.filter((part) => part !== 'components').join('_')) || 'Schema';
  }

  private freeName(name: string): string {
    if (!this.used.has(name)) return name;
    for (let n = 2; ; n++) if (!this.used.has(`${name}_${n}`)) return `${name}_${n}`;
  }
}

function sanitise(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, '_');
}
