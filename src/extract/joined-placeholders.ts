/**
 * A placeholder joined to the one before it in a segment, written as the route's others are
 * (Gogs' `GET /repos/:username/:reponame/archive/:ref:format`, which the reader reads as
 * `…/archive/{ref}:format`): a second placeholder where a row of the operation's parameters names it
 * (`| format | string | The format of archive … |`), `…/archive/{ref}{format}`, that row the path's.
 * With no row naming it the colon and the word stay as written: Google's custom methods
 * (`/v1/{name}:cancel`) write a verb there, no parameter.
 */
import type { Parameter } from '../ir/types.js';

/** `}:format` closing a segment: the word after a placeholder and a colon. */
const JOINED = /\}:([A-Za-z_][\w-]*)(?=\/|$)/g;

/** `path` with each joined word a row names made a placeholder, and those rows moved to the path. */
export function joinPlaceholders(path: string, parameters: readonly Parameter[]): string {
  if (!path.includes('}:')) return path;
  // The query and path rows by name, `null` for a name two rows give: one look-up a joined word.
  const rows = new Map<string, Parameter | null>();
  for (const parameter of parameters)
    if (parameter.in === 'query' || parameter.in === 'path') rows.set(parameter.name, rows.has(parameter.name) ? null : parameter);
  return path.replace(JOINED, (whole, name: string) => {
    const row = rows.get(name);
    if (!row) return whole;
    row.in = 'path';
    row.required = true;
    return `}{${name}}`;
  });
}
