/**
 * A placeholder named by the alternatives it takes, whose path table lists each of them instead
 * (`/keys/{key_or_uid}` over rows `key` and `uid`; `{keyOrUid}` so too): that placeholder, its
 * type the rows' one type, its description each row's, named. Only where the placeholder's name is
 * its rows' names joined by `_or_` (or `Or` in camel case) and every path row off the route is one
 * of them; rows of different types stay as they were.
 */
import type { Parameter } from '../ir/types.js';

/** The names a placeholder joins: `key_or_uid` → key, uid; `keyOrUid` → key, uid; none where it joins none. */
function alternativesOf(name: string): string[] {
  const parts = name.length > 200 ? [name] : name.split(/_or_|(?<=[a-z0-9])Or(?=[A-Z])/);
  return parts.length > 1 ? parts.map((part) => part.charAt(0).toLowerCase() + part.slice(1)) : [];
}

export function joinAlternativeRows(parameters: Parameter[], names: readonly string[]): void {
  const placeholders = new Set(names);
  const strays = parameters.filter((parameter) => parameter.in === 'path' && !placeholders.has(parameter.name));
  if (strays.length < 2) return;
  // The path rows' names, and each stray by its name in lower case (the first of a name): looked up per placeholder.
  const documented = new Set(parameters.flatMap((parameter) => (parameter.in === 'path' ? [parameter.name] : [])));
  const byName = new Map<string, Parameter>();
  for (const stray of strays) if (!byName.has(stray.name.toLowerCase())) byName.set(stray.name.toLowerCase(), stray);
  for (const name of names) {
    if (documented.has(name)) continue;
    const parts = alternativesOf(name);
    if (parts.length !== strays.length) continue;
    const rows = parts.map((part) => byName.get(part.toLowerCase()));
    if (rows.some((row) => row === undefined) || new Set(rows).size !== rows.length) continue;
    const found = rows as Parameter[];
    const schema = JSON.stringify(found[0]!.schema);
    if (found.some((row) => JSON.stringify(row.schema) !== schema)) continue;
    const described = found.filter((row) => row.description);
    const joined: Parameter = {
      ...found[0]!,
      name,
      required: true,
      ...(described.length > 0 ? { description: described.map((row) => `\`${row.name}\`: ${row.description}`).join(' ') } : {}),
    };
    const at = parameters.indexOf(found[0]!);
    parameters.splice(at, 1, joined);
    for (const row of found.slice(1)) parameters.splice(parameters.indexOf(row), 1);
    return;
  }
}
