/**
 * Definition order for schema consts: every schema after the ones it refers to (a const cannot be
 * used before its line runs), cycles kept together. Ties are broken by name, so the order depends
 * only on the document. Tarjan's algorithm finds the cycles.
 */
import { childSchemas } from '../../ir/schema-children.js';
import type { Schema } from '../../ir/types.js';
import { compareText } from '../shared/naming.js';
import { MinHeap } from './min-heap.js';

export interface SchemaOrder {
  /** Schema names in definition order. */
  order: string[];
  /** Schema name → index of its cycle (strongly connected component). */
  component: Map<string, number>;
  /** Names in a cycle (a component of two or more, or a schema that refers to itself). */
  recursive: Set<string>;
}

/** Every named schema a schema refers to, directly or through nested schemas. */
export function collectRefs(schema: Schema, into = new Set<string>()): Set<string> {
  if (schema.kind === 'ref') into.add(schema.name);
  for (const child of childSchemas(schema)) collectRefs(child, into);
  return into;
}

/** `sortKey` (default: the name) breaks ties, so the order reads like the type list. */
export function orderSchemas(schemas: Map<string, Schema>, sortKey: (name: string) => string = (name) => name): SchemaOrder {
  const byKey = (a: string, b: string): number => compareText(sortKey(a), sortKey(b)) || compareText(a, b);
  const names = [...schemas.keys()].sort(byKey);
  const edges = new Map<string, string[]>();
  for (const name of names) {
    const refs = [...collectRefs(schemas.get(name) as Schema)].filter((ref) => schemas.has(ref)).sort(byKey);
    edges.set(name, refs);
  }
  const components = tarjan(names, edges);
  const component = new Map<string, number>();
  components.forEach((members, index) => {
    for (const name of members) component.set(name, index);
  });
  const recursive = new Set<string>();
  for (const members of components) {
    const only = members[0] as string;
    if (members.length > 1 || (edges.get(only) ?? []).includes(only)) for (const name of members) recursive.add(name);
  }
  // Kahn's algorithm over the cycles: of those whose dependencies are all defined, take the first by name.
  const members = components.map((group) => [...group].sort(byKey));
  const waiting = members.map(() => 0);
  const dependents = members.map(() => new Set<number>());
  members.forEach((group, index) => {
    const needs = new Set<number>();
    for (const name of group) for (const ref of edges.get(name) ?? []) needs.add(component.get(ref) as number);
    needs.delete(index);
    waiting[index] = needs.size;
    for (const need of needs) dependents[need]?.add(index);
  });
  const ready = new MinHeap<number>((a, b) => byKey(members[a]?.[0] as string, members[b]?.[0] as string));
  waiting.forEach((count, index) => {
    if (count === 0) ready.push(index);
  });
  const order: string[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    order.push(...(members[next] as string[]));
    for (const dependent of dependents[next] ?? []) {
      waiting[dependent] = (waiting[dependent] as number) - 1;
      if (waiting[dependent] === 0) ready.push(dependent);
    }
  }
  return { order, component, recursive };
}

function tarjan(names: string[], edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (start: string): void => {
    // Iterative DFS: deep reference chains must not overflow the call stack.
    const frames: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { name: string; next: number };
      const targets = edges.get(frame.name) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          frames.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name) as number, index.get(target) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name) as number, low.get(frame.name) as number));
      if (low.get(frame.name) === index.get(frame.name)) {
        const members: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          members.push(member);
        } while (member !== frame.name);
        out.push(members);
      }
    }
  };
  for (const name of names) if (!index.has(name)) visit(name);
  return out;
}
