/**
 * Path parameters a page's route names and no row of the page documents: the page reports each
 * (`path-parameter-undocumented`, at its request line) and types it string. Where another place
 * documenting the same route (an OpenAPI spec in the input, which the page may name in its front
 * matter, `openapi: GET /trees/{treeId}`, or another page) documents it, that place's parameter is
 * the operation's (same-route.ts), and the page's report is withdrawn: the parameter is documented.
 * The merged document's parameters carry no `undocumented` mark.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { undocumentedParameterName } from '../diagnostics/undocumented-parameter.js';
import { formatSource, type Source } from '../ir/source.js';
import type { Operation, Parameter } from '../ir/types.js';

interface Placeholder {
  route: string;
  name: string;
  source: Source;
}

/** The undocumented path parameters of `operations` (before the routes merge), by route. */
export function undocumentedParameters(operations: readonly Operation[]): Placeholder[] {
  const found: Placeholder[] = [];
  for (const operation of operations) {
    // One route string an operation, however many placeholders it has (each its own copy was quadratic).
    let route: string | undefined;
    for (const parameter of operation.parameters) {
      if (!parameter.undocumented || parameter.in !== 'path' || !parameter.source) continue;
      route ??= routeOf(operation);
      found.push({ route, name: parameter.name, source: parameter.source });
    }
  }
  return found;
}

/** Withdraws the reports of `placeholders` another place documented in `merged` (one operation per route); drops the marks. */
export function withdrawDocumented(placeholders: readonly Placeholder[], merged: readonly Operation[], diagnostics: DiagnosticBag): void {
  if (placeholders.length > 0) {
    const byRoute = new Map(merged.map((operation) => [routeOf(operation), operation]));
    // Each route's first path parameter of a name, looked up per placeholder, not searched for.
    const pathParameters = new Map<string, Map<string, Parameter>>();
    const pathParameter = (route: string, name: string): Parameter | undefined => {
      let byName = pathParameters.get(route);
      if (!byName) {
        byName = new Map();
        for (const parameter of byRoute.get(route)?.parameters ?? [])
          if (parameter.in === 'path' && !byName.has(parameter.name)) byName.set(parameter.name, parameter);
        pathParameters.set(route, byName);
      }
      return byName.get(name);
    };
    const answered = new Set<string>();
    for (const { route, name, source } of placeholders) {
      const parameter = pathParameter(route, name);
      if (parameter && !parameter.undocumented) answered.add(`${formatSource(source)}\0${name}`);
    }
    if (answered.size > 0)
      diagnostics.withdraw(
        (diagnostic) =>
          diagnostic.code === 'path-parameter-undocumented' &&
          answered.has(`${formatSource(diagnostic.source)}\0${undocumentedParameterName(diagnostic.message) ?? ''}`),
      );
  }
  for (const operation of merged) for (const parameter of operation.parameters) delete parameter.undocumented;
}

function routeOf(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
