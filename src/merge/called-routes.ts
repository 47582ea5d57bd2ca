/**
 * A guide page's sample call to a concrete route, whose route no heading or request line states
 * (`PageFragment.calledRoutes`), calls the one template a page documents that it matches segment
 * by segment: a sample of that operation, not an operation of its own.
 *
 *     guide.md   curl -X PUT 'http://host/lamps/desk/settings/stopwords' --data-binary '["the"]'
 *     api.md     PUT /lamps/{lamp_uid}/settings/stopwords      ← the call folds into it
 *
 * Literal segments match equal, a template's placeholder (`{lamp_uid}`, the whole segment) any one
 * concrete segment. The call's bodies and answers join the template's as a second page of the route
 * would (merge/same-route.ts: its samples kept, disagreements reported); its parameters and words
 * do not (its query is a sample's, its prose a guide's). Where no template or several match, or a
 * page documents the concrete route itself (`GET /users/me` beside `GET /users/{id}`), the call
 * stays its own operation. Templates are kept in a trie per method: a call walks its segments, so
 * a reference of thousands of routes costs a call no scan of them.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { formatSource, sourceOf } from '../ir/source.js';
import type { Operation, PageFragment } from '../ir/types.js';
import { mergeSameRoute } from './same-route.js';

interface Node {
  literal: Map<string, Node>;
  placeholder?: Node;
  /** The documented operations whose template ends here (several: the same route on two pages). */
  ends: Operation[];
}

/** A template's segment that is a placeholder, whole: `{lamp_uid}`. */
const PLACEHOLDER = /^\{[^{}/]+\}$/;

/** At most this many trie nodes visited per call: past it, the call stays as it is. */
const VISIT_LIMIT = 1_000;

function node(): Node {
  return { literal: new Map(), ends: [] };
}

function segments(path: string): string[] {
  return path.split('/').slice(1);
}

/** Folds each page's called routes into the documented template they match: the calls folded, which are no operations. */
export function foldCalledRoutes(pages: readonly PageFragment[], diagnostics: DiagnosticBag, merged?: Set<Operation>): Set<Operation> {
  const folded = new Set<Operation>();
  const calledPages = pages.filter((page) => page.calledRoutes && page.calledRoutes.length > 0);
  if (calledPages.length === 0) return folded;
  const called = new Set(calledPages.flatMap((page) => page.calledRoutes!.map((index) => page.operations[index]!)));
  const roots = new Map<string, Node>();
  const documented = new Set<string>();
  for (const page of pages)
    for (const operation of page.operations) {
      if (called.has(operation) || !operation.path.startsWith('/')) continue;
      documented.add(`${operation.method} ${operation.path}`);
      let at = roots.get(operation.method) ?? node();
      roots.set(operation.method, at);
      for (const segment of segments(operation.path)) {
        if (PLACEHOLDER.test(segment)) at = at.placeholder ??= node();
        else {
          const next = at.literal.get(segment) ?? node();
          at.literal.set(segment, next);
          at = next;
        }
      }
      at.ends.push(operation);
    }
  for (const page of calledPages) {
    for (const index of page.calledRoutes!) {
      const call = page.operations[index]!;
      const root = roots.get(call.method);
      if (!root || call.path.includes('{') || documented.has(`${call.method} ${call.path}`)) continue;
      const template = onlyMatch(root, segments(call.path));
      if (!template) continue;
      const { parameters: _, summary: __, description: ___, ...samples } = call;
      mergeSameRoute(template, { ...samples, path: template.path, parameters: [] }, page.file, diagnostics);
      merged?.add(template);
      folded.add(call);
      const here = call.source ?? sourceOf(page.file, undefined);
      const there = template.source ?? sourceOf(page.file, undefined);
      diagnostics.report(
        'called-route',
        here,
        `${call.method.toUpperCase()} ${call.path} calls ${call.method.toUpperCase()} ${template.path} (${formatSource(there)}): read as its sample`,
        { related: [there] },
      );
    }
  }
  return folded;
}

/** The one documented operation whose template matches `parts`; undefined where none, several, or the walk grows too long. */
function onlyMatch(root: Node, parts: readonly string[]): Operation | undefined {
  const found: Operation[] = [];
  let visits = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [at, depth] = stack.pop()!;
    if (++visits > VISIT_LIMIT) return undefined;
    if (depth === parts.length) {
      found.push(...at.ends);
      if (found.length > 1) return undefined;
      continue;
    }
    const next = at.literal.get(parts[depth]!);
    if (next) stack.push([next, depth + 1]);
    if (at.placeholder && parts[depth] !== '') stack.push([at.placeholder, depth + 1]);
  }
  return found.length === 1 ? found[0] : undefined;
}
