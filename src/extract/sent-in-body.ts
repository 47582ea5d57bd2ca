/**
 * The names an operation's own request sample sends in its JSON body: where a method whose listed
 * attributes are query parameters (GET, DELETE, HEAD) shows its call sending them as JSON, they are
 * the body's fields.
 *
 *     DELETE /api/lamps
 *     ### Parameters
 *     - `name`: name of the lamp to delete         → a body field, not a query parameter
 *     curl -X DELETE http://localhost:8080/api/lamps -d '{"name": "desk"}'
 *
 * A name the call's URL also sends in its query (`…/lamps?name=desk`) stays the query's.
 */
import type { Section } from './sections.js';

export function sentInBody(group: readonly Section[], method: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const section of group) {
    if (section.kind !== 'sample-request' || (section.method && section.method !== method)) continue;
    for (const node of section.nodes) {
      if (node.type !== 'code' || node.lang !== 'json' || (node.meta && !/json/i.test(node.meta))) continue;
      const keys = objectKeys(node.value);
      const query = new Set(node.data?.queryNames ?? []);
      for (const key of keys) if (!query.has(key)) names.add(key);
    }
  }
  return names;
}

/** The keys of a JSON object's text (none where it is no object). */
function objectKeys(text: string): string[] {
  if (!/^\s*\{/.test(text)) return [];
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

/**
 * Every name the JSON objects of an operation's own request samples hold, at any depth
 * (`{"Items": {"user": …}}`: `Items`, `user`), for a call that sends a file (extract/parameters.ts).
 */
export function sampledNames(group: readonly Section[], method: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const section of group) {
    if (section.kind !== 'sample-request' || (section.method && section.method !== method)) continue;
    for (const node of section.nodes) {
      if (node.type !== 'code' || node.lang !== 'json' || (node.meta && !/json/i.test(node.meta))) continue;
      addNames(parsed(node.value), names);
    }
  }
  return names;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The keys of `value`'s objects, at any depth (a stack, no recursion: a deep sample is no deep call stack). */
function addNames(value: unknown, names: Set<string>): void {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) for (const item of next) stack.push(item);
    else
      for (const [key, member] of Object.entries(next)) {
        names.add(key);
        stack.push(member);
      }
  }
}
