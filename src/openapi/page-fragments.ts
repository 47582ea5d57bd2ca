/**
 * A markdown page whose operations are OpenAPI fragments in ```` ```openapi ```` fences, each a
 * `paths:` map of one or a few operations, beside prose and examples:
 *
 *     ## Water a garden
 *
 *     ```openapi
 *     paths:
 *       /gardens/{garden-id}/water:
 *         post:
 *           parameters: …
 *     ```
 *
 * Such a page is read as the one document its fences make together: each fence parsed on its own
 * (every place in it given in the page), their `paths` (and `components`, `webhooks`) joined, an
 * operation of a path another fence already gave being added to it. Only a fence whose info string
 * is `openapi` counts (a `yaml` fence showing how to write a spec is an example).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { FRAGMENT_KEY, openapiFences } from '../input/openapi-fences.js';
import { linesOf, type Source } from '../ir/source.js';
import { isMap, type JsonMap, setOwn } from './json.js';
import { parseSpecText } from './parse.js';
import type { SpecPositions } from './positions.js';

export { MARKDOWN_PAGE } from '../input/openapi-fences.js';

/**
 * The document the `openapi` fences of `page` (named `file`) make together: `openapi: 3.1.0` unless
 * a fence names its version, an empty `info`, and each fence's paths, webhooks and components
 * joined. A fence that does not parse is reported where it breaks and left out; undefined when no
 * fence could be read.
 */
export async function readPageFragments(
  page: string,
  file: string,
  positions: SpecPositions,
  diagnostics: DiagnosticBag,
): Promise<JsonMap | undefined> {
  const pointAt = linesOf(page);
  const document: JsonMap = { openapi: '3.1.0', info: { title: '', version: '' } };
  let read = false;
  for (const fence of openapiFences(page)) {
    if (!FRAGMENT_KEY.test(fence.text)) continue;
    const parsed = await parseSpecText(fence.text, file, positions, diagnostics, false, (offset) => pointAt(fence.start + offset));
    if (!parsed.ok || !isMap(parsed.value)) continue;
    read = true;
    const fragment = parsed.value;
    if (typeof fragment.openapi === 'string') document.openapi = fragment.openapi;
    const joining = { positions, file, diagnostics };
    for (const key of JOINED) join(document, fragment, key, joining);
    const components = fragment.components;
    if (isMap(components)) {
      if (!isMap(document.components)) document.components = {};
      const joined = document.components as JsonMap;
      for (const kind of Object.keys(components)) join(joined, components, kind, joining);
    }
  }
  if (!read) return undefined;
  positions.set(document, at(file, pointAt(0)));
  return document;
}

/** The maps of a fragment that are joined, key by key. */
const JOINED = ['paths', 'webhooks'] as const;

const METHODS: ReadonlySet<string> = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface Joining {
  positions: SpecPositions;
  file: string;
  diagnostics: DiagnosticBag;
}

/**
 * `fragment[key]`'s entries added to `into[key]`; an entry both have (a path) gets the fragment's
 * members it lacks (its other methods). A member both have keeps the first; the same method of a path
 * twice is reported.
 */
function join(into: JsonMap, fragment: JsonMap, key: string, { positions, file, diagnostics }: Joining): void {
  const from = fragment[key];
  if (!isMap(from)) return;
  const had = into[key];
  if (!isMap(had)) {
    setOwn(into, key, from);
    return;
  }
  for (const name of Object.keys(from)) {
    const value = from[name];
    const old = had[name];
    if (isMap(old) && isMap(value)) {
      for (const member of Object.keys(value)) {
        if (Object.hasOwn(old, member)) {
          if (!METHODS.has(member)) continue;
          const first = positions.ofKey(old, member, file).start.line;
          diagnostics.report(
            'spec-invalid',
            positions.ofKey(value, member, file),
            `\`${member}\` of ${name} is given a second time on this page; only the first, at line ${first}, was read.`,
            { severity: 'warning' },
          );
          continue;
        }
        setOwn(old, member, value[member]);
        positions.setKey(old, member, positions.ofKey(value, member, file));
      }
    } else if (!Object.hasOwn(had, name)) {
      setOwn(had, name, value);
      positions.setKey(had, name, positions.ofKey(from, name, file));
    }
  }
}

function at(file: string, point: Source['start']): Source {
  return { file, start: point, end: point };
}
