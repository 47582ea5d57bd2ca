/**
 * What an operation's own sample call says of where its listed parameters go, kept on its request
 * line for the extractor (extract/parameters.ts), where the list states no location:
 *
 *     ## Put lamp setting                      | `PUT` | `/lamps/:lamp` |
 *     - `cas` `(int: 0)` - Check-and-set index.
 *     curl -X PUT --data @setting '…/lamps/desk?cas=0'
 *                        ^^^^^^^^ a file of no JSON: bytes as sent, no row is a field of them
 *                                                 ^^^ the URL sends `cas` in the query
 *
 * A call of another method or route than the region's one request line of its method, or of a
 * region of several lines of its method, says nothing of any.
 */
import type { Code } from 'mdast';
import { callOf } from './client-calls.js';
import { namesInQuery } from './curl-samples.js';
import { callsAnyRoute, signatureOf } from './paths.js';
import type { Signature } from './signatures.js';

export function noteCall(node: Code, lines: readonly Code[], signatures: readonly Signature[]): void {
  const call = callOf(node);
  if (!call || call.tool) return;
  // `curl -X POST …/lamps` under `POST /lamps/:lamp/glow` (the lamp made first): another route's call.
  const called = signatureOf(call.method, call.url.replace(/\s[\s\S]*$/, ''));
  if (!called || !callsAnyRoute(called.path, signatures)) return;
  const prefix = `${call.method.toUpperCase()} `;
  const own = lines.filter((line) => line.value.startsWith(prefix));
  if (own.length !== 1) return;
  const line = own[0]!;
  // A call that sends a body beside its URL's query (`--data @contents '…?cas=0'`): the query's names are no part of the
  // body. One that sends none may be writing the body's fields in the URL (`curl --request PUT …/settings?signup=false`,
  // as GitLab's pages write their calls, a framework reading either): it says nothing.
  const sends = call.data !== undefined || call.uploaded !== undefined || call.form || call.urlencoded;
  const queried = sends ? namesInQuery(call.url) : [];
  if (queried.length > 0) line.data = { ...line.data, callQuery: [...new Set([...(line.data?.callQuery ?? []), ...queried])] };
  const file = call.uploaded ?? (call.data?.trim().startsWith('@') ? call.data.trim().slice(1) : undefined);
  if (file === undefined || call.form || call.urlencoded) return;
  const type = call.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const json = call.json || /json/i.test(type) || /\.json$/i.test(file.trim());
  // One call of the operation sending JSON makes its body JSON, whatever file another sends.
  if (line.data?.fileBody !== 'json') line.data = { ...line.data, fileBody: json ? 'json' : 'raw' };
}
