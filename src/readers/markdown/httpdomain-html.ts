/**
 * Sphinx's HTTP domain as Sphinx renders it (the HTML of Read the Docs-hosted references): each
 * `<dl class="http get">` is a list item once the page is markdown, its term the request line and
 * its definition the prose, the samples and a field list of the parts:
 *
 *     * GET /users/(int:user_id)/¶         → heading `GET /users/{user_id}`, `user_id` typed integer
 *       The user.                          → its prose (fences are samples)
 *       * Query Parameters:                → `Query parameters:` (`**sort** (*string*) – the order`)
 *       * Request JSON Object:             → `Request body:`  (`Request JSON Array of Objects:` an array)
 *       * Response JSON Object:            → `Response body:` (`Response JSON Array of Objects:` an array)
 *       * Request Headers:                 → `Request headers:` (`Authorization – a token`)
 *       * Status Codes:                    → `Status codes:` (`200 OK – no error`)
 *
 * The rows become the tables the MyST directive's fields become (`httpdomain.ts`'s
 * `directiveBlocks`); an item whose term is no request line, or a group the domain does not
 * write, is left as it is.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { directiveBlocks } from './httpdomain.js';
import type { Field, Part } from './httpdomain-fields.js';

/** The term: a method, the route, the permalink's mark. */
export const TERM = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+(\/\S*?)\s*¶?$/;

/** The field list's group titles → the part their rows go to. */
export const GROUPS: Readonly<Record<string, Part>> = {
  parameters: 'parameters',
  'query parameters': 'query',
  'request headers': 'headers',
  'response headers': 'ignored',
  'form parameters': 'request',
  'request json object': 'request',
  'request json array of objects': 'request[]',
  'response json object': 'response',
  'response json array of objects': 'response[]',
  'status codes': 'statuses',
};

/** `name (type) – description`; the type and the description may be absent. */
const ENTRY = /^(\S+)(?:\s+\(([^()]*)\))?(?:\s+[–—-]+\s+([\s\S]*))?$/;
/** `200 OK – description`. */
const STATUS_ENTRY = /^([1-5]\d\d)\b[^–—]*?(?:\s+[–—-]+\s+([\s\S]*))?$/;

export function convertRenderedHttpDomain(root: Root): void {
  if (!root.children.some((node) => node.type === 'list' && node.children.some((item) => termOf(item)))) return;
  const out: RootContent[] = [];
  let depth = 1;
  for (const node of root.children) {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'list' || !node.children.every((item) => termOf(item))) {
      out.push(node);
      continue;
    }
    for (const item of node.children) {
      const converted = convertItem(item, Math.min(depth + 1, 6), node.position);
      out.push(...(converted ?? [{ ...node, children: [item] } satisfies List]));
    }
  }
  root.children = out;
}

function termOf(item: ListItem): RegExpExecArray | null {
  const first = item.children[0];
  return first?.type === 'paragraph' ? TERM.exec(plainText(first).trim()) : null;
}

function convertItem(item: ListItem, depth: number, around: Position | undefined): RootContent[] | undefined {
  const term = termOf(item)!;
  // hast-util-to-mdast places the blocks it made of a `<dd>`'s words, not always the paragraph of a `<dt>`.
  const where = item.children[0]!.position ?? item.position ?? around;
  if (!where) return undefined;
  const fields: Field[] = [];
  const prose: RootContent[] = [];
  for (const child of item.children.slice(1)) {
    const read = child.type === 'list' ? fieldGroups(child, where) : undefined;
    if (read) fields.push(...read);
    else prose.push(child);
  }
  return directiveBlocks({ method: term[1]!, route: term[2]!, where, fields, depth, prose: () => prose });
}

/** A field list's rows, or undefined where any of its items is no group the domain writes. */
function fieldGroups(list: List, fallback: Position): Field[] | undefined {
  const fields: Field[] = [];
  for (const group of list.children) {
    const [title, ...rest] = group.children;
    const part = title?.type === 'paragraph' ? GROUPS[plainText(title).trim().replace(/:$/, '').toLowerCase()] : undefined;
    if (!part) return undefined;
    // Several rows are a list; one row is a paragraph of its own.
    const entries = rest.flatMap((block) =>
      block.type === 'list' ? block.children.flatMap((entry) => entry.children.filter(isParagraph)) : isParagraph(block) ? [block] : [],
    );
    for (const entry of entries) {
      const field = fieldOf(part, entry, fallback);
      if (field) fields.push(field);
    }
  }
  return fields;
}

function isParagraph(node: RootContent): node is Paragraph {
  return node.type === 'paragraph';
}

function fieldOf(part: Part, entry: Paragraph, fallback: Position): Field | undefined {
  return rowField(part, plainText(entry).replace(/\s+/g, ' ').trim(), entry.position ?? fallback);
}

/**
 * A group's row: a status's (`200 OK – words`), else a field's by the first of `entries` that
 * matches (the name, the type and the words in its groups 1–3).
 */
export function rowField(part: Part, text: string, position: Position, entries: readonly RegExp[] = [ENTRY]): Field | undefined {
  if (part === 'statuses') {
    const status = STATUS_ENTRY.exec(text);
    return status ? { part, name: status[1]!, type: '', description: status[2]?.trim() ?? '', position } : undefined;
  }
  const match = entries.map((entry) => entry.exec(text)).find((found) => found !== null);
  if (!match) return undefined;
  const untyped = part === 'headers' || part === 'ignored';
  return { part, name: match[1]!, type: untyped ? '' : (match[2]?.trim() ?? ''), description: match[3]?.trim() ?? '', position };
}
