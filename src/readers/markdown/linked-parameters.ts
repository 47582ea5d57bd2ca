/**
 * Parameters documented by a link to the section that tabulates them, as references that share
 * one set of parameters among many operations write it:
 *
 *     ## List lamps
 *     `GET /v1/lamps`
 *     This endpoint supports the [pagination](../conventions.md#pagination) parameters.
 *                                ^^^^^^^^^^^^ the section `## Pagination`, a field table under it
 *     Accepts the [common list parameters](#list-parameters).
 *     Supports the [#pagination](…) parameters, alongside the [#query-and-fields](…) parameters.
 *
 * A verb offers the link as parameters (supports, accepts, takes, …), with nothing between them
 * but "the" and words that qualify (optional, standard, common); "parameters" follows the link or
 * ends its text; further links join by "and", "or", "alongside", "as well as". The names are the
 * linked section's rows, so the merge reads them (merge/parameter-links.ts) where the pages meet;
 * the link may go to a section of this page or of another. Names the sentence states itself
 * ("supports the `offset` and `count` [pagination] parameters") are prose-parameters.ts'.
 * Not read: a negated verb ("does not support the [pagination] parameters"), a link to another
 * site. The location is the sentence's word (`query`), else query for GET, DELETE and HEAD (a
 * parameter of another method could be a body field: not read).
 */
import type { Link, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { otherPageOf } from './linked-sections.js';
import type { Signature } from './signatures.js';

export interface ParameterLinkAt {
  /** The linked page, input-relative (this page's own file for a link to one of its sections). */
  file: string;
  /** The heading's anchor, lower-case; empty for a link to the page alone. */
  anchor: string;
  in: 'query' | 'path';
  /** The link's text, as the page shows it. */
  words: string;
  position?: Position;
}

const QUALIFIERS = '(?:(?:optional|standard|common|usual|shared|general|global|following|regular|default|list|listing)\\s+)*';
/** What stands between the verb and the link: the verb, "the", words that qualify. */
const OFFERED = new RegExp(
  `\\b(?:supports?|accepts?|takes?|honou?rs?|understands?|allows?|use|pass|add)\\s+(?:the\\b\\s*)?${QUALIFIERS}$`,
  'i',
);
/** Before the verb: it is negated ("does not support", "doesn't accept", "never takes"). */
const NEGATED = /(?:\bnot|\bnever|n't)\s+(?:also\s+)?$/i;
/** What joins a further link to one read: "and the", ", alongside the", "as well as"; a list's comma, ", the". */
const JOINED = new RegExp(
  `^\\s*(?:parameters?\\s*)?(?:,?\\s*(?:and|or|alongside|as\\s+well\\s+as|plus)\\s+|,\\s*)(?:the\\b\\s*)?${QUALIFIERS}$`,
  'i',
);
/** After the link: "parameters", "query parameters". */
const PARAMETERS_AFTER = /^\s*(?:(query|path)\s+)?parameters?\b/i;
/** A link's text that says parameters itself ("[pagination parameters]", "[OData query parameters]"). */
const PARAMETERS_TEXT = /(?:^|\s)(?:(query|path)\s+)?parameters?\s*$/i;

/**
 * The links a region's paragraphs (and its lists' items) offer as the operations' parameters;
 * none where the region's methods are not all GET, DELETE or HEAD and the sentence does not say
 * where they go.
 */
export function parameterLinks(nodes: readonly RootContent[], signatures: readonly Signature[], file: string): ParameterLinkAt[] {
  const found: ParameterLinkAt[] = [];
  if (signatures.length === 0) return found;
  const bodiless = signatures.every((signature) => /^(?:get|delete|head)$/i.test(signature.method));
  for (const node of nodes) {
    const paragraphs =
      node.type === 'paragraph'
        ? [node]
        : node.type === 'list'
          ? node.children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph'))
          : [];
    for (const paragraph of paragraphs) {
      // Each reading has a link and says `parameter`: most paragraphs have neither.
      if (!paragraph.children.some((child) => child.type === 'link') || !/parameter/i.test(plainText(paragraph))) continue;
      for (const link of offeredLinks(paragraph.children)) {
        const location = link.in ?? (bodiless ? 'query' : undefined);
        const target = linkedPlace(link.node.url, file);
        if (!location || !target) continue;
        found.push({
          ...target,
          in: location,
          words: plainText(link.node).trim(),
          ...(link.node.position ? { position: link.node.position } : {}),
        });
      }
    }
  }
  return found;
}

/** The links the phrasing offers as parameters, with the location its words state. */
function offeredLinks(children: readonly PhrasingContent[]): Array<{ node: Link; in?: 'query' | 'path' }> {
  const found: Array<{ node: Link; in?: 'query' | 'path' }> = [];
  // The text since the last link, and whether that link was offered.
  let before = '';
  let offered = false;
  const listed = listedLinks(children);
  for (let at = 0; at < children.length; at++) {
    const child = children[at]!;
    if (child.type !== 'link') {
      before += child.type === 'text' ? child.value : plainText(child);
      continue;
    }
    // A sentence's end since the last link: this link is offered by a verb of its own.
    const sentence = lastSentence(before);
    if (sentence.length < before.length) offered = false;
    before = sentence;
    const text = plainText(child);
    const after = nextText(children, at);
    const verb = OFFERED.exec(before);
    const joins = offered && JOINED.test(before);
    const negated = verb !== null && NEGATED.test(before.slice(0, verb.index));
    offered = false;
    before = '';
    if ((!verb || negated) && !joins) continue;
    const own = PARAMETERS_TEXT.exec(text);
    const follows = PARAMETERS_AFTER.exec(after);
    // "[pagination] parameters", or the link's own words say so, or a further link before "parameters" ("the [a] and [b] parameters").
    const closes = follows ?? own ?? (listed.has(at) ? [] : undefined);
    if (!closes) continue;
    const where = (follows?.[1] ?? own?.[1])?.toLowerCase() as 'query' | 'path' | undefined;
    found.push({ node: child, ...(where ? { in: where } : {}) });
    offered = true;
  }
  return found;
}

/** `text` after its last sentence's end, at most its last 200 characters (a verb and its qualifiers stand near the link). */
function lastSentence(text: string): string {
  const tail = text.length > 200 ? text.slice(-200) : text;
  const ends = [...tail.matchAll(/[.!?;:](?:\s+|$)/g)];
  const last = ends[ends.length - 1];
  return last ? tail.slice(last.index + last[0].length) : tail;
}

/** The text right after the link at `at`, up to the next link (its first 80 characters: "parameters" stands right after it). */
function nextText(children: readonly PhrasingContent[], at: number): string {
  let text = '';
  for (let next = at + 1; next < children.length && children[next]!.type !== 'link' && text.length < 80; next++)
    text += plainText(children[next]!);
  return text;
}

/**
 * The links of a list that "parameters" follows, save its last: "the [a] and [b] parameters",
 * "the [a], [b] and [c] parameters", "the [a], the [b], or the [c] parameters". Read from the
 * paragraph's end, so each link is looked at once: a link is listed when a comma or "and"/"or"
 * joins it to the next, and "parameters" follows that one or it is listed in its turn.
 */
function listedLinks(children: readonly PhrasingContent[]): Set<number> {
  const listed = new Set<number>();
  // The next link to the right, and whether "parameters" follows it or it is listed.
  let next = -1;
  let closes = false;
  for (let at = children.length - 1; at >= 0; at--) {
    if (children[at]!.type !== 'link') continue;
    // "and the": a text or two between them.
    if (next >= 0 && next <= at + 3 && closes) {
      const between = children
        .slice(at + 1, next)
        .map((child) => plainText(child))
        .join('');
      if (LIST_JOIN.test(between)) listed.add(at);
    }
    closes = listed.has(at) || PARAMETERS_AFTER.test(nextText(children, at));
    next = at;
  }
  return listed;
}

/** What stands between two links of a list: ", ", " and the ", ", or ". */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?$/i;

/** The page and anchor a link goes to: a section of this page (`#pagination`) or another page of the docs. */
function linkedPlace(url: string, file: string): { file: string; anchor: string } | undefined {
  if (url.startsWith('#')) return url.length > 1 ? { file, anchor: url.slice(1).toLowerCase() } : undefined;
  const other = otherPageOf(file, url);
  if (other) return other;
  // A link to this page by its name (`lamps.md#pagination`, `lamps#pagination`): its own section.
  const hash = url.indexOf('#');
  const name = file.split('/').pop()!.toLowerCase();
  const stem = name.replace(/\.[^.]+$/, '');
  const named = url.slice(0, Math.max(hash, 0)).replace(/^\.\//, '').toLowerCase();
  return hash > 0 && [name, stem, `${stem}.html`, `${stem}.htm`].includes(named)
    ? { file, anchor: url.slice(hash + 1).toLowerCase() }
    : undefined;
}
