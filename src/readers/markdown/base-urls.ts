/**
 * Where a page's examples send their requests: the host and base path its curl commands (and
 * request lines written with a host) put before the routes it documents.
 *
 *     GET /projects/:id/repository/branches                          ← the request line
 *     curl https://gitlab.example.com/api/v4/projects/5/repository/branches
 *          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the base URL: what the curl adds in front of a path
 *                                            the request line matches (`5` where `{id}` stands)
 */
import { parseCurl } from './curl.js';
import type { Signature } from './signatures.js';

/** The base URL a curl command shows for one of `signatures`, if its path ends with one of theirs. */
export function curlBaseUrl(command: string, signatures: readonly Signature[]): string | undefined {
  const request = parseCurl(command);
  const match = request ? /^([a-z][a-z0-9+.-]*:\/\/[^/?#\s]+)([^?#\s]*)/i.exec(request.url) : null;
  if (!request || !match) return undefined;
  const host = match[1]!;
  const segments = match[2]!.split('/').filter(Boolean);
  for (const signature of signatures) {
    if (signature.method.toUpperCase() !== request.method) continue;
    const route = signature.path.split('/').filter(Boolean);
    if (route.length > segments.length) continue;
    const tail = segments.slice(segments.length - route.length);
    if (route.every((part, index) => /^\{[^}]*\}$/.test(part) || part === tail[index])) {
      const base = segments.slice(0, segments.length - route.length);
      return `${host}${base.length > 0 ? `/${base.join('/')}` : ''}`;
    }
  }
  return undefined;
}
