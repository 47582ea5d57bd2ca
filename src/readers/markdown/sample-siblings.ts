/**
 * Request lines that show the same call twice, once with a sample id and once with another sample
 * value where the id stood, as Miniflux's reference writes a call its parameter takes in two forms:
 *
 *     # Get user by user ID
 *     GET /v1/users/270
 *
 *     # Get user by username
 *     GET /v1/users/foobar       ← a sample username, no route of its own
 *
 * Where one line of a fence shows a sample id in one segment, a line of the same method that differs
 * from it in that segment alone shows a sample value there too: neither states a route.
 */
import { sampleIdSegment } from './paths.js';

interface Line {
  method: string;
  path: string;
}

/** The lines of `lines` that repeat a sample-id line of theirs with another value where its id stands. */
export function sampleSiblings<T extends Line>(lines: readonly T[], routes: readonly string[]): Set<T> {
  const siblings = new Set<T>();
  if (lines.length < 2) return siblings;
  // Each sample-id line keyed by its method and its segments with the id's left out; the places ids
  // stand at are the only ones another line is tried at (each line split once).
  const keys = new Set<string>();
  const places = new Set<number>();
  const keyOf = (method: string, segments: readonly string[], at: number): string =>
    `${method.toUpperCase()} ${segments.length} ${at} ${segments.slice(0, at).join('/')} ${segments.slice(at + 1).join('/')}`;
  const others: Array<{ line: T; segments: string[] }> = [];
  for (const line of lines) {
    const segments = line.path.split('/').filter((segment) => segment.length > 0);
    const at = sampleIdSegment(line.path, routes);
    if (at === undefined) others.push({ line, segments });
    else {
      keys.add(keyOf(line.method, segments, at));
      places.add(at);
    }
  }
  if (keys.size === 0) return siblings;
  for (const { line, segments } of others)
    for (const at of places)
      if (at < segments.length && keys.has(keyOf(line.method, segments, at))) {
        siblings.add(line);
        break;
      }
  return siblings;
}
