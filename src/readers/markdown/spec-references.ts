/**
 * The operation of an OpenAPI spec an MDX page's front matter names (Mintlify's endpoint pages):
 *
 *     ---
 *     openapi: 'GET /users/{id}'                 → { method: get, path: /users/{id} }
 *     openapi: openapi.json POST /users          → { spec: openapi.json, method: post, path: /users }
 *     ---
 *
 * The site fills such a page from that spec; specdown reads the spec where it is in the input, and
 * the merge reports the reference where it is not (merge/spec-references.ts): the page's own
 * words are then all that is known of the operation.
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { pointAt } from './attribute-lists.js';

const OPENAPI_LINE =
  /^openapi[ \t]*:[ \t]*["']?(?:(\S+\.(?:json|ya?ml))[ \t]+)?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+([^\s"']+)["']?[ \t]*$/im;

export interface SpecReference {
  spec?: string;
  /** Lower-case, as the IR's methods are. */
  method: string;
  path: string;
  position?: Position;
}

export function frontMatterSpec(root: Root, page: string): SpecReference | undefined {
  const yaml = root.children[0];
  if (yaml?.type !== 'yaml' || yaml.position?.start.offset === undefined) return undefined;
  const line = OPENAPI_LINE.exec(yaml.value);
  if (!line) return undefined;
  const reference: SpecReference = { method: line[2]!.toLowerCase(), path: line[3]! };
  if (line[1]) reference.spec = line[1];
  const at = page.indexOf(line[0], yaml.position.start.offset);
  if (at >= 0) reference.position = { start: pointAt(page, at), end: pointAt(page, at + line[0].length) };
  return reference;
}
