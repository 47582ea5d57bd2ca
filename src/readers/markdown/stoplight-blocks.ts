/**
 * Stoplight's markdown (SMD): a call written as a JSON request object in a fence whose info string
 * says `http` (```` ```json http ````, ```` ```http json ````), as Stoplight's guides and its
 * markdown references write their "try it" blocks:
 *
 *     ```json http                           → ```http
 *     {                                        POST https://api.example.com/v1/shelves?limit=10 HTTP/1.1
 *       "method": "post",                      Content-Type: application/json
 *       "url": "https://api.example.com/v1/shelves",
 *       "query": { "limit": "10" },            {"name":"Fiction"}
 *       "headers": { "Content-Type": "application/json" },
 *       "body": { "name": "Fiction" }
 *     }
 *     ```
 *
 * becomes the request message it stands for, which the reader takes as a call (its route where the
 * page states none otherwise) and its sample. A fence whose JSON is no such object (no method or no
 * URL, a value of another type) is left as it is.
 *
 * A fence labelled `json_schema` (```` ```json json_schema ````), or written in the `json-schema`
 * (`jsonschema`) language as any page may (```` ```json-schema ````), holds a JSON Schema: an object's
 * becomes the table of its fields (json-schema-tables.ts), an array of objects' the table of its
 * items' fields (the body an array of them; of arrays of them, arrays of arrays), under the title it stands under (`### Request body`,
 * `### Response`); an array of arrays of values' the body's type, that title's (`### Response` →
 * `Response: integer[][]`); any other is dropped — a schema is never a sample.
 */
import type { Code, Nodes, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { isJsonObject } from '../shared/json-object.js';
import { nestedArrayWords, schemaTable } from './json-schema-tables.js';
import { sectionOfTitle } from './section-titles.js';

const METHOD = /^(?:get|post|put|patch|delete|head|options)$/i;
/** More text than a call's block holds is no call (and is never parsed). */
const MAX_TEXT = 100_000;

export function convertStoplightBlocks(root: Root): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'code') convertCall(node);
    else if (BLOCK_CONTAINERS.has(node.type) && 'children' in node) {
      if (node.children.some(isSchemaFence)) node.children = withSchemaTables(node.children as RootContent[]) as typeof node.children;
      stack.push(...(node.children as Nodes[]));
    }
  }
}

/** The nodes a fence may stand in (paragraphs, headings and tables hold none: their text is not walked). */
const BLOCK_CONTAINERS = new Set<Nodes['type']>(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function isSchemaFence(node: Nodes): node is Code {
  return (
    node.type === 'code' &&
    `${node.lang ?? ''} ${node.meta ?? ''}`
      .toLowerCase()
      .split(/\s+/)
      .some((word) => SCHEMA_LANGUAGE.has(word))
  );
}

/** A fence's word saying it holds a JSON Schema: Stoplight's `json_schema`, and the `json-schema` or `jsonschema` language any page may write. */
const SCHEMA_LANGUAGE: ReadonlySet<string> = new Set(['json_schema', 'json-schema', 'jsonschema']);

/** The blocks with each JSON Schema fence made its fields' table, or its body's type its title's, or dropped. */
function withSchemaTables(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (!isSchemaFence(node)) out.push(node);
    else {
      const table = schemaTable(node);
      if (table) out.push(table);
      else typeTitle(out, nestedArrayWords(node));
    }
  }
  return out;
}

/**
 * `### Response` ⏎ a schema of arrays of arrays of integers: `Response: integer[][]`, the body's
 * type (`Request body: …` under a request body's title), where the title states no type and
 * nothing but prose stands between it and the fence.
 */
function typeTitle(before: RootContent[], words: string | undefined): void {
  if (!words) return;
  const at = before.findLastIndex((node) => node.type !== 'paragraph');
  const title = before[at];
  if (title?.type !== 'heading') return;
  const kind = sectionOfTitle(plainText(title));
  if (!kind || kind.typeText !== undefined) return;
  const head =
    kind.kind === 'request-body' ? 'Request body' : kind.kind === 'response-body' || kind.kind === 'responses' ? 'Response' : undefined;
  if (!head) return;
  const where = title.children[0]?.position;
  title.children = [{ type: 'text', value: `${head}: ${words}`, ...(where ? { position: where } : {}) }];
}

function convertCall(node: Code): void {
  if (!isCallFence(node)) return;
  const message = requestMessage(node.value);
  if (message === undefined) return;
  node.lang = 'http';
  node.meta = null;
  node.value = message;
}

function isCallFence(node: Code): boolean {
  const words = `${node.lang ?? ''} ${node.meta ?? ''}`.toLowerCase().split(/\s+/);
  return words.includes('http') && words.includes('json') && node.value.length <= MAX_TEXT;
}

/** The request message a JSON request object stands for; undefined where the text is no such object. */
function requestMessage(text: string): string | undefined {
  let call: unknown;
  try {
    call = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(call) || typeof call.method !== 'string' || !METHOD.test(call.method) || typeof call.url !== 'string') return undefined;
  const url = call.url.trim();
  if (!/^(?:https?:\/\/\S+|\/\S*)$/.test(url)) return undefined;
  const query = isJsonObject(call.query)
    ? Object.entries(call.query)
        .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
        .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    : [];
  const line = `${call.method.toUpperCase()} ${url}${query.length > 0 ? `${url.includes('?') ? '&' : '?'}${query.join('&')}` : ''} HTTP/1.1`;
  const headers = isJsonObject(call.headers)
    ? Object.entries(call.headers).flatMap(([name, value]) =>
        /^[A-Za-z][\w-]*$/.test(name) && typeof value === 'string' && !/[\r\n]/.test(value) ? [`${name}: ${value}`] : [],
      )
    : [];
  const body = call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body, undefined, 2);
  return [line, ...headers, ...(body === undefined ? [] : ['', body])].join('\n');
}
