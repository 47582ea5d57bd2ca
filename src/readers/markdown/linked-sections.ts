/**
 * A body documented by a link to the section of the page that tabulates its fields:
 *
 *     ## Create a shelf
 *     * Response:
 *         - Status code:
 *             + `201 Created`
 *         - Data:
 *
 *             See [Shelf data](#shelf-data)      → the success's body is type `ShelfData`
 *     …
 *     ## Shelf data                               → type-definition `ShelfData`
 *     | field | type | Description |
 *
 * The part is a body's title (`Data:` under a response, `Response:`, `Request body:`) over a link,
 * or a body's heading with the link alone under it ("See [Shelf data](#shelf-data)", "An array of
 * [Shelf data](#shelf-data)"). The link goes to a heading of the same page, outside every
 * operation, with a field table of its own under it before any other heading: the section is then
 * that type's definition, named as a heading that names an object is (`### Shelf object` is
 * `Shelf`), else by the heading's words. A link to a section without a field table, to an
 * operation's section or to another page states no type.
 */
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { typeNameOf } from './linked-returns.js';
import { slug } from './linked-tables.js';
import type { Region } from './regions.js';
import { normaliseTitle, sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { headingText } from './signatures.js';
import { classifyTable } from './tables.js';

/** A heading that names one type: `The Customer object` (Stripe), `Channel Structure`, `Guild Member Object` (Discord), `Pet model`, `Coupon properties` (Slate's), `Resource: Shelf` (Google). */
const OBJECT_TITLE =
  /^(?:the\s+)?`?([A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3})`?\s+(?:object|structure|model|properties)$|^(?:resource|message|object):\s*`?([A-Za-z_][\w.]*)`?$/i;
/** A heading of a type's name whose id is that name (Kubernetes' `## PodSpec {#PodSpec}`). */
const ANCHORED_TYPE = /^([A-Z][\w.]*)[ \t]*\{#\1\}$/;

/** The type a heading below the page's title names by its words (`Guild Member Object` → `GuildMember`), if any. */
export function titledTypeName(node: Heading): string | undefined {
  if (node.depth <= 1) return undefined;
  const object = OBJECT_TITLE.exec(headingText(node).trim().replace(/\*+/g, '').trim());
  return object ? typeNameOf((object[1] ?? object[2])!) : ANCHORED_TYPE.exec(plainText(node).trim())?.[1];
}

/** The headings a body's link was bound to, each with the type it defines. */
const BOUND = new WeakMap<Heading, string>();

/** The type a section defines because an operation's body links to it (`## Shelf data` → `ShelfData`). */
export function linkedTypeName(node: Heading): string | undefined {
  return BOUND.get(node);
}

interface LinkTarget {
  heading: Heading;
  name: string;
}

/** The section a link of the page goes to, where it documents a type (by its URL: `#shelf-data`, `shelves.md#shelf-data`). */
export type LinkedSections = (url: string) => LinkTarget | undefined;

/** The sections of the page outside every operation whose own blocks include a field table, by their anchors. */
export function linkedSections(
  nodes: readonly RootContent[],
  regions: readonly Region[],
  file: string,
  columnNames?: Readonly<Record<string, string>>,
): LinkedSections {
  let targets: Map<string, LinkTarget> | undefined;
  // Found on the first link asked about: most pages have none.
  const find = (): Map<string, LinkTarget> => {
    const found = new Map<string, LinkTarget>();
    nodes.forEach((node, index) => {
      if (node.type !== 'heading' || regions.some((region) => index >= region.start && index < region.end)) return;
      const name = titledTypeName(node) ?? wordsName(headingText(node));
      if (!name || !ownFieldTable(nodes, index, columnNames)) return;
      const anchor = slug(headingText(node));
      if (!found.has(anchor)) found.set(anchor, { heading: node, name });
    });
    return found;
  };
  const page = file.split('/').pop()!.toLowerCase();
  return (url) => {
    const hash = url.indexOf('#');
    if (hash < 0 || (hash > 0 && url.slice(0, hash).replace(/^\.\//, '').toLowerCase() !== page)) return undefined;
    targets ??= find();
    return targets.get(url.slice(hash + 1).toLowerCase());
  };
}

/** `Shelf data` → `ShelfData`: a few plain words, as a type is named; a sentence or punctuation names none. */
function wordsName(title: string): string | undefined {
  const words = title.replace(/[`*]/g, '').trim();
  return /^[A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,3}$/.test(words) ? typeNameOf(words.replace(/[_-]/g, ' ')) : undefined;
}

/** Whether a field table comes under the heading at `index` before any other heading. */
function ownFieldTable(nodes: readonly RootContent[], index: number, columnNames?: Readonly<Record<string, string>>): boolean {
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'heading') return false;
    if (node.type === 'table' && classifyTable(node, columnNames).kind === 'attributes') return true;
  }
  return false;
}

/** "See ", "Refer to the ", "An array of " before the link; " below.", " object" after it. */
const BEFORE = /^\s*(?:(?:see|refer\s+to)\s+)?(?:the\s+)?(?:(an?\s+)?(array|list)\s+of\s+)?$/i;
const AFTER = /^\s*(?:(?:object|structure|section|table|entry|entries|objects)\s*)?(?:below|above)?\s*\.?\s*$/i;

/** The type a body's link states, and the section's binding to it (done where the body is placed). */
export interface LinkedType {
  /** `ShelfData`, `array of ShelfData`. */
  typeText: string;
  /** Makes the linked section that type's definition. */
  bind: () => void;
}

/**
 * The type a paragraph's words state when they are only a link to a documented section ("See
 * [Shelf data](#shelf-data)"; `array of ShelfData` for "An array of [Shelf data](#shelf-data)").
 */
export function linkedBodyType(children: readonly PhrasingContent[], sections: LinkedSections): LinkedType | undefined {
  const at = children.findIndex((child) => child.type === 'link');
  const link = children[at];
  if (link?.type !== 'link' || !plainText(link).trim()) return undefined;
  const before = children.slice(0, at);
  const after = children.slice(at + 1);
  if (!before.every((child) => child.type === 'text') || !after.every((child) => child.type === 'text')) return undefined;
  const lead = BEFORE.exec(before.map(plainText).join(''));
  if (!lead || !AFTER.test(after.map(plainText).join(''))) return undefined;
  const target = sections(link.url);
  if (!target) return undefined;
  return {
    typeText: lead[2] ? `array of ${target.name}` : target.name,
    bind: () => BOUND.set(target.heading, target.name),
  };
}

/** Where a body's link stands: what decides the body it documents. */
export interface LinkContext {
  sections: LinkedSections;
  titles: TitleVocabulary | undefined;
  /** The link follows a response's title (`* Response:` ⏎ `- Status code:` …): `Data:` is its body. */
  inResponse: boolean;
  /** Every method of the operation sends a body: `Data:` elsewhere is the request's. */
  sendsBody: boolean;
}

/** A body a link documents: its kind, its type, and the linked section's binding to that type. */
export interface LinkedBody extends LinkedType {
  kind: 'response-body' | 'request-body';
}

/**
 * Body titles over links to the sections that tabulate them, one a block (a list's items, a
 * paragraph): `- Data:` ⏎ `See [Shelf data](#shelf-data)`, `**Response**: see [Shelf
 * data](#shelf-data)`. Undefined where any block is something else.
 */
export function titledLinks(blocks: ReadonlyArray<readonly RootContent[]>, context: LinkContext): LinkedBody[] | undefined {
  const bodies: LinkedBody[] = [];
  for (const block of blocks) {
    const linked = titledLink(block, context.sections);
    const kind = linked && bodyKind(linked.title, context);
    if (!linked || !kind) return undefined;
    bodies.push({ kind, typeText: linked.typeText, bind: linked.bind });
  }
  return bodies.length > 0 ? bodies : undefined;
}

/** The body a title over a link names (`Response:`, `Request body:`; `Data:` under a response its body). */
function bodyKind(title: string, context: LinkContext): LinkedBody['kind'] | undefined {
  const kind = sectionOfTitle(title, context.titles)?.kind;
  if (kind === 'response-body' || kind === 'request-body') return kind;
  if (normaliseTitle(title) !== 'data') return undefined;
  if (context.inResponse) return 'response-body';
  return context.sendsBody ? 'request-body' : undefined;
}

/**
 * A body's title and its link in one block: a list item `Data:` ⏎ `See [Shelf data](#shelf-data)`,
 * or one paragraph `**Response**: see [Shelf data](#shelf-data)`. The title's words (`Data:`) and
 * the type.
 */
function titledLink(blocks: readonly RootContent[], sections: LinkedSections): (LinkedType & { title: string }) | undefined {
  const [first, second, ...rest] = blocks;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  if (second) {
    const title = plainText(first).trim();
    if (second.type !== 'paragraph' || !TITLE.test(title)) return undefined;
    const linked = linkedBodyType(second.children, sections);
    return linked && { ...linked, title };
  }
  // The title's words up to the first colon (bold or not), the link after it.
  const colon = first.children.findIndex((child) => child.type === 'text' && child.value.includes(':'));
  const label = first.children[colon];
  if (label?.type !== 'text') return undefined;
  const head = first.children.slice(0, colon);
  if (!head.every((child) => child.type === 'text' || child.type === 'strong' || child.type === 'emphasis')) return undefined;
  const cut = label.value.indexOf(':') + 1;
  const title = `${head.map(plainText).join('')}${label.value.slice(0, cut)}`.trim();
  if (!TITLE.test(title)) return undefined;
  const linked = linkedBodyType([{ type: 'text', value: label.value.slice(cut) }, ...first.children.slice(colon + 1)], sections);
  return linked && { ...linked, title };
}

/** A part's title: a few words and a colon. */
const TITLE = /^[^:\n]{1,40}:$/;
