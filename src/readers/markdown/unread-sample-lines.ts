/**
 * A section whose only request line is written with a sample value, no table of it naming the
 * parameter the value stands for:
 *
 *     ### Get a feed's icon
 *     Request:
 *         GET /v1/feeds/42/icon          → no operation (`42` is a sample id, its name unstated),
 *                                          reported `sample-route` at the line
 *
 * Such a line is an example (regions.ts): the route's parameter is not named, and naming it would
 * be inventing. The run says so, with what the page can do: write the route with a placeholder
 * (`GET /v1/feeds/{feed_id}/icon`) or document the parameter (a "Path parameters" table naming
 * it). Lines beside a route the section states are its examples, and are not reported.
 */
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import type { UnreadSampleLine } from './regions.js';

export function reportSampleRoutes(lines: readonly UnreadSampleLine[], file: string, diagnostics: DiagnosticBag): void {
  for (const { node, method, path, placeholder } of lines) {
    const route = placeholder ? ` (\`${method} ${placeholder}\`, the parameter's name in the braces)` : '';
    diagnostics.report(
      'sample-route',
      sourceOf(file, node),
      `${method} ${path}: the section's only request line shows a sample value and no table names its parameter, so no operation was read; write the route with a placeholder${route}, or name the parameter in a "Path parameters" table`,
    );
  }
}
