/**
 * The `key=value` pairs of a query string or a url-encoded form, split once here for every reader:
 * `id=<lamp id>&list&&x=a=b#top` → `id`: `<lamp id>`, `list` (no value), `x`: `a=b#top`. Empty pairs
 * are skipped and nothing is decoded or trimmed: each caller decodes (`decodeFormValue`), drops a
 * fragment and tests a key as its convention needs.
 */
export interface QueryField {
  key: string;
  /** Everything after the pair's first `=`; undefined for a key alone (`?list`). */
  value: string | undefined;
}

export function splitQuery(query: string): QueryField[] {
  const pairs: QueryField[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    pairs.push(at < 0 ? { key: pair, value: undefined } : { key: pair.slice(0, at), value: pair.slice(at + 1) });
  }
  return pairs;
}

/** The keys of a query, decoded and trimmed, each once, in order, its fragment dropped (`id=<lamp id>&list#top` → `id`, `list`). */
export function queryKeys(query: string): string[] {
  const hash = query.indexOf('#');
  const keys = splitQuery(hash < 0 ? query : query.slice(0, hash)).map((pair) => decodeFormValue(pair.key).trim());
  return [...new Set(keys.filter((key) => key.length > 0))];
}

/** A url-encoded value (`F%C3%A9rias`, `a+b`) as text; as written when it does not decode. */
export function decodeFormValue(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
