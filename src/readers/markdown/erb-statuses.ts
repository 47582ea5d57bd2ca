/**
 * A response stated by the ERB helpers of a page rendered by a Ruby site generator (GitHub's
 * legacy v3 reference, kramdown with ERB): `headers` states the status, `json` names a sample
 * the page renders from elsewhere, which the page does not hold (no body is read from it).
 *
 *     ### Response
 *
 *     <%= headers 200, :pagination => default_pagination_rels %>
 *     <%= json(:issue) { |h| [h] } %>
 *       → 200 (no body: the `:issue` sample is not on the page)
 */

/** `<%= headers 201, :Location => … %>`, `<%= headers(204) %>`: the status the helper states. */
const HEADERS_TAG = /<%=\s*headers[\s(]+([1-5]\d\d)\b[^%]*%>/g;

/** The statuses a paragraph's ERB `headers` tags state, in order; empty where it holds none. */
export function erbStatuses(text: string): string[] {
  if (!text.includes('<%')) return [];
  return [...new Set([...text.matchAll(HEADERS_TAG)].map((match) => match[1]!))];
}
