/**
 * An answer written as a whole HTTP message whose body is a sketch of placeholders (the container
 * registry API's way), its status line with or without the protocol:
 *
 *     200 OK                                  the status (and the media type a real
 *     Docker-Content-Digest: <digest>         `Content-Type` states) from the message,
 *     Content-Type: application/json
 *
 *     {                                       the body's fields from the sketch, their
 *        "name": <name>,                      types unstated; no example
 *        "layers": [ { "digest": <digest> } ]
 *     }
 *
 * A message whose body is real JSON is a sample, as before (code-parts.ts, status-messages.ts).
 */
import type { Code, Table } from 'mdast';
import { statedContentType } from '../../document/content-type.js';
import { sketchTable } from './code-parts.js';
import type { Open, State } from './part-state.js';
import type { Signature } from './signatures.js';
import { STATUS_CODE } from './status-words.js';

/** The status line: `HTTP/1.1 200 OK`, `200 OK`, `Status: 200 OK`. Group: the code. */
const STATUS_LINE = new RegExp(String.raw`^(?:HTTP\/[\d.]+\s+|status\s*:?\s+)?(${STATUS_CODE})(?:\s+[A-Za-z][\w '-]*)?$`, 'i');

/** A header line: `Content-Type: application/json`. */
const HEADER = /^[\w-]+[ \t]*:/;

/** The fields table of a response message whose body is a type sketch, its section opened; undefined where the fence is none. */
export function messageSketch(node: Code, state: State, open: Open, signatures: readonly Signature[]): Table | undefined {
  const value = node.value;
  // Cheap: a sketch has placeholders, a message a blank line before its body.
  if (!value.includes('<') || !/\n[ \t]*\r?\n/.test(value) || !/^(?:|http|text|plaintext)$/i.test(node.lang ?? '')) return undefined;
  const lines = value.trim().split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0]!.trim())?.[1];
  if (!status) return undefined;
  const blank = lines.findIndex((line) => line.trim() === '');
  const headers = lines.slice(1, blank);
  if (headers.some((line) => !HEADER.test(line.trim()))) return undefined;
  const body = lines.slice(blank + 1).join('\n');
  const saved = state.status;
  state.status = status;
  const table = sketchTable({ ...node, lang: 'json', value: body }, state, open, signatures);
  if (!table) {
    state.status = saved;
    return undefined;
  }
  const mediaType = headers.map(statedContentType).find((type) => type !== undefined);
  const data = state.section?.data;
  if (mediaType && data && data.mediaType === undefined) data.mediaType = mediaType;
  return table;
}
