/**
 * A list of query parameters shared by a GET and a POST of one route, where a sentence says the POST
 * sends them in its body (Loki's series API writes it so):
 *
 *     - `GET /v1/lamps/find`
 *     - `POST /v1/lamps/find`
 *     URL query parameters:
 *     - `room`: A room name.
 *     You can URL-encode these parameters directly in the request body by using the POST method
 *     and `Content-Type: application/x-www-form-urlencoded` header.
 *
 * The list is the GET's query (its section marked `method: 'get'`), and the POST's body: the
 * list's tables again, under a request body of the POST, a form where the sentence says so
 * ("URL-encode", "form", `x-www-form-urlencoded`). Before, the POST took the GET's query
 * parameters, which the page says it sends in no URL. The sentence names the parameters ("these
 * parameters", "them"), the body and the POST method; a page that says nothing of the POST's body
 * keeps the list the query of both.
 */
import type { Heading, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { Signature } from './signatures.js';

/** A sentence sending the parameters in the POST's body: "parameters … in the request body … POST". */
const PARAMETERS = /\b(?:these|the(?:se)? same|the above|all) (?:query )?param(?:eter)?s\b|\bthem\b/i;
const BODY = /\b(?:request|POST|message) body\b|\bin the body\b|\bas (?:a )?form\b/i;
const POST = /\bPOST\b/;
const FORM = /\bform\b|url-?encode|x-www-form-urlencoded/i;

/** Marks the region's query-parameter sections the GET's and adds their tables as the POST's body (see the file's comment). */
export function postedForms(out: RootContent[], signatures: readonly Signature[]): void {
  const methods = new Set(signatures.map((signature) => signature.method.toLowerCase()));
  const paths = new Set(signatures.map((signature) => signature.path));
  if (methods.size !== 2 || !methods.has('get') || !methods.has('post') || paths.size !== 1) return;
  const sentence = out
    .filter((node) => node.type === 'paragraph')
    .flatMap((node) => plainText(node).split(/(?<=[.!?])\s+/))
    .find((text) => PARAMETERS.test(text) && BODY.test(text) && POST.test(text));
  if (sentence === undefined) return;
  const form = FORM.test(sentence);
  for (let at = 0; at < out.length; at++) {
    const node = out[at]!;
    if (node.type !== 'heading' || node.data?.section !== 'query-parameters' || node.data.method !== undefined) continue;
    node.data = { ...node.data, method: 'get' };
    let end = at + 1;
    while (end < out.length && out[end]!.type !== 'heading') end++;
    const tables = out.slice(at + 1, end).filter((child): child is Table => child.type === 'table');
    if (tables.length === 0) continue;
    const body: Heading = {
      type: 'heading',
      depth: node.depth,
      children: [{ type: 'text', value: 'request-body' }],
      data: { section: 'request-body', method: 'post', ...(form ? { form: true } : {}) },
    };
    out.splice(end, 0, body, ...tables.map((table) => structuredClone(table)));
    at = end + tables.length;
  }
}
