/**
 * A parameter row naming the API version that the route already writes as a literal segment
 * (Shopify's REST admin reference lists `api_version` *required* in every operation's parameters,
 * beside `GET /admin/api/2024-01/shelves.json`): that segment, no query parameter nor body field.
 *
 *     api_version  beside /admin/api/2024-01/shelves.json  → the route's `2024-01`: no parameter
 *     api_version  beside /api/{api_version}/shelves       → a path parameter, as any the route names
 *     api_version  beside /shelves                          → a query parameter or a field, as written
 *
 * A version segment is `v1`, `v2.1`, or a release date (`2024-01`, `2024-01-15`).
 */
const VERSION_NAME = /^api_?version$/i;
const VERSION_SEGMENT = /^(?:v\d+(?:\.\d+)*|\d{4}-\d{2}(?:-\d{2})?)$/i;

/** Whether a row named `name` names the version segment `path` writes. */
export function namesRouteVersion(name: string, path: string): boolean {
  return VERSION_NAME.test(name) && path.split('/').some((segment) => VERSION_SEGMENT.test(segment));
}
