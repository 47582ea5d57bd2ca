/**
 * A section of the parameters every endpoint takes, as Icinga 2's REST API page writes them:
 *
 *     ### Global Parameters
 *     Name     | Description
 *     ---------|-------------
 *     pretty   | Pretty-print the JSON response.
 *     verbose  | Add verbose debug information …
 *
 *     ## Status and Statistics
 *     curl -k … 'https://localhost:5665/v1/status?pretty=1'
 *
 * The page states these names for every call, not for the one whose example URL shows one: a key
 * of an example's query that the section names (`?pretty=1`) is no parameter of that call alone
 * (before, `GET /v1/status` took `pretty` and `GET /v1/types` did not). Where the section does not
 * say in which part of the request they travel (Icinga's go in the query or in the JSON body),
 * no call is given them: none, rather than one.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { documentedNames } from './example-queries.js';

/** `Global Parameters`, `Common query parameters`, `Standard parameters`: the parameters of every call. */
const GLOBAL_TITLE = /^(?:global|common|standard|system)[ \t]+(?:(?:query|url|request)[ \t]+)?parameters$/i;
/** A cheap test of the page's text first: most pages hold no such title. */
export const MAY_STATE_GLOBALS = /\b(?:global|common|standard|system)[ \t]+(?:(?:query|url|request)[ \t]+)?parameters\b/i;

/** The names the first table under each global-parameters heading lists (first cell of each row). */
export function globalParameterNames(nodes: readonly RootContent[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type !== 'heading' || !GLOBAL_TITLE.test(plainText(node).trim())) continue;
    for (let next = index + 1; next < nodes.length; next++) {
      const below = nodes[next]!;
      if (below.type === 'heading') break;
      if (below.type !== 'table') continue;
      // Its rows' names as a table documents them for example queries (example-queries.ts), each a key a URL may send.
      for (const name of documentedNames([below])) if (/^[A-Za-z_][\w.[\]-]{0,80}$/.test(name)) names.add(name);
      break;
    }
  }
  return names;
}
