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
 * `Shelf`), else by the heading's words. A link to a section without a field table or to an
 * operation's section states no type.
 *
 * A link to another page (`See [Shelf data](../objects/shelves.md#shelf-data)`, `[Shelf](shelf.md)`)
 * is resolved where the pages meet (merge/page-links.ts): the body's type is a placeholder the
 * page's `links` name, and each page offers its sections of the kind above as `linkable`.
 */
import path from 'node:path';
import type { Heading, Link, PhrasingContent, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { anchoredSection } from '../../ir/anchor.js';
import { cjkObjectTitle } from './cjk-object-titles.js';
import { headingAnchors, qualifiedAnchors } from './heading-anchors.js';
import { objectLinkType, objectTypeText, typeNameOf, withoutObjectWord } from './linked-returns.js';
import type { Region } from './regions.js';
import { normaliseTitle, sectionOfTitle, type TitleVocabulary, withoutAttributeLists } from './section-titles.js';
import { headingText } from './signatures.js';
import { classifyTable } from './tables.js';
import { translatedObjectTitle } from './translated-object-titles.js';

/**
 * A heading that names one type: `The Customer object` (Stripe), `Channel Structure`, `Guild Member
 * Object` (Discord), `Pet model`, `Shelf resource`, `Coupon properties` (Slate's), `user resource
 * type` (Microsoft Graph's), `Shelf entity`, `Address complex type`, `Resource: Shelf` (Google);
 * in Chinese or Japanese, `订单对象`, `Order 对象`, `ユーザーオブジェクト` (`cjk-object-titles.ts`).
 */
const OBJECT_TITLE =
  /^(?:the\s+)?`?([A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3})`?\s+(?:object|structure|model|resource|properties|entity|(?:resource|complex|entity)\s+type)$|^(?:resource|message|object):\s*`?([A-Za-z_][\w.]*)`?$/i;
/** A heading of a type's name whose id is that name (Kubernetes' `## PodSpec {#PodSpec}`). */
const ANCHORED_TYPE = /^([A-Z][\w.]*)[ \t]*\{#\1\}$/;

/**
 * The type a heading below the page's title names by its words (`Guild Member Object` →
 * `GuildMember`), if any; the page's title too where `title` (a type's page: type-pages.ts).
 */
export function titledTypeName(node: Heading, title = false): string | undefined {
  if (node.depth <= 1 && !title) return undefined;
  const text = headingText(node).trim().replace(/\*+/g, '').trim();
  const object = OBJECT_TITLE.exec(text);
  // `###### Poll Object Structure`, as `### Poll Object` over it: the type `Poll`.
  if (object) return typeNameOf(withoutObjectWord((object[1] ?? object[2])!));
  // `### 订单对象`, `## Order 对象`, `### ユーザーオブジェクト` (cjk-object-titles.ts).
  // `## El objeto Libro`, `## Obiekt Lampa`, `## Bahçe nesnesi` (translated-object-titles.ts).
  const named = cjkObjectTitle(text) ?? translatedObjectTitle(text);
  return named ? typeNameOf(named.words) : ANCHORED_TYPE.exec(plainText(node).trim())?.[1];
}

/** The headings a body's link was bound to, each with the type it defines. */
const BOUND = new WeakMap<Heading, string>();

/** The type a section defines because an operation's body links to it (`## Shelf data` → `ShelfData`). */
export function linkedTypeName(node: Heading): string | undefined {
  return BOUND.get(node);
}

interface LinkTarget {
  /** The section, where it is on the page (none for another page's). */
  heading?: Heading;
  /** The type's name; for another page's section, the placeholder the merge renames. */
  name: string;
  /** Another page's section: the page (input-relative) and the heading's anchor (empty: the page's one section). */
  page?: { file: string; anchor: string };
}

/** A body's link to another page's section: `key` is the placeholder type the body has until the merge resolves it. */
interface PageLinkAt {
  key: string;
  file: string;
  anchor: string;
  position?: Position;
}

/** The section a link of the page goes to, where it documents a type (by its URL: `#shelf-data`, `shelves.md#shelf-data`). */
export type LinkedSections = ((url: string) => LinkTarget | undefined) & {
  /** The links to other pages' sections the page's bodies were bound to, in order. */
  readonly links: PageLinkAt[];
};

/** A section of the page a link of another page may go to: its anchor, its heading and the type it names. */
export interface LinkableHeading {
  anchor: string;
  heading: Heading;
  name: string;
  /** The section's own field table. */
  table: Table;
}

/** The sections of the page outside every operation whose own blocks include a field table, by their anchors. */
export function linkableHeadings(
  nodes: readonly RootContent[],
  regions: readonly Region[],
  columnNames?: Readonly<Record<string, string>>,
): Map<string, LinkableHeading> {
  const found = new Map<string, LinkableHeading>();
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || regions.some((region) => index >= region.start && index < region.end)) return;
    const name = sectionTypeName(node);
    const table = name && ownFieldTable(nodes, index, columnNames);
    if (!name || !table) return;
    for (const anchor of headingAnchors(node)) if (!found.has(anchor)) found.set(anchor, { anchor, heading: node, name, table });
  });
  // `#shelf-object-shelf-structure`: after every heading's own anchors, never in place of one.
  const qualified = qualifiedAnchors(nodes);
  for (const section of [...found.values()]) {
    const anchor = qualified.get(section.heading);
    if (anchor && !found.has(anchor)) found.set(anchor, { ...section, anchor });
  }
  return found;
}

/**
 * What of the laid-out page another page's link may name, by anchor: each type it defines, and each
 * section of `headings` (outside every operation, with a field table of its own) that stayed a
 * section and defines none: its table's start offset, read as a type definition's is.
 */
export function linkableSections(
  children: readonly RootContent[],
  headings: ReadonlyMap<string, LinkableHeading>,
): Array<{ anchor: string; name: string; table?: number }> {
  const linkable: Array<{ anchor: string; name: string; table?: number }> = [];
  const seen = new Set<string>();
  const named = new Map<Heading, { name: string; table?: number }>();
  for (const node of children) {
    if (node.type !== 'heading') continue;
    for (const anchor of headingAnchors(node)) {
      if (seen.has(anchor)) continue;
      const defined = node.data?.section === 'type-definition' ? node.data.name : undefined;
      const section = headings.get(anchor);
      const offset = section?.heading === node ? section.table.position?.start.offset : undefined;
      const entry = defined ? { name: defined } : section && offset !== undefined ? { name: section.name, table: offset } : undefined;
      if (!entry) continue;
      linkable.push({ anchor, ...entry });
      named.set(node, entry);
      seen.add(anchor);
    }
  }
  // `#shelf-object-shelf-structure`, the section's anchor under its parent's, where no section has it as its own.
  for (const [node, anchor] of qualifiedAnchors(children)) {
    const entry = named.get(node);
    if (!entry || seen.has(anchor)) continue;
    linkable.push({ anchor, ...entry });
    seen.add(anchor);
  }
  return linkable;
}

/**
 * A link to a page: no scheme, no host (`//…`), no query; its path and anchor. The path names a
 * markdown file (`../objects/shelf.md`), or as docs sites write links, a page without its
 * extension (`../objects/shelf`), the site's page (`../objects/shelf.html`) or a folder
 * (`../objects/`, `../objects/shelf/`), relative to the page, or from the site's root
 * (`/objects/shelf`, `/docs/objects/shelf.md`): which file that is, the merge decides among the
 * pages (merge/page-links.ts).
 */
const PAGE_LINK =
  /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)([^?#]*\.(?:md|mdx|markdown)|(?:[^?#]*\/)?(?:[^?#./]+(?:\.html?)?|\.\.?)?\/?)(?:#(.*))?$/i;

/** The sections of the page outside every operation whose own blocks include a field table, and other pages' sections, by their URLs. */
export function linkedSections(
  nodes: readonly RootContent[],
  regions: readonly Region[],
  file: string,
  columnNames?: Readonly<Record<string, string>>,
): LinkedSections {
  let targets: Map<string, LinkableHeading> | undefined;
  const name = file.split('/').pop()!.toLowerCase();
  // The page itself, by its file name with or without its extension, or its site's (`shelves.md#…`, `shelves#…`, `shelves.html#…`).
  const stem = name.replace(/\.[^.]+$/, '');
  const page = new Set([name, stem, `${stem}.html`, `${stem}.htm`]);
  const keys = new Map<string, string>();
  const find = (url: string): LinkTarget | undefined => {
    const hash = url.indexOf('#');
    if (hash < 0 || (hash > 0 && !page.has(url.slice(0, hash).replace(/^\.\//, '').toLowerCase()))) return other(url);
    // Found on the first link asked about: most pages have none.
    targets ??= linkableHeadings(nodes, regions, columnNames);
    return anchoredSection(targets.values(), url.slice(hash + 1).toLowerCase());
  };
  // Another page: its file, relative to this page's folder, and the anchor.
  const other = (url: string): LinkTarget | undefined => {
    const page = otherPageOf(file, url);
    if (!page) return undefined;
    const id = `${page.file}#${page.anchor}`;
    const key = keys.get(id) ?? `SpecdownPageLink${keys.size + 1}`;
    keys.set(id, key);
    return { name: key, page };
  };
  return Object.assign(find, { links: [] as PageLinkAt[] });
}

/**
 * The other page of the docs a link of `file` goes to (`../objects/shelves.md#shelf-data`: the
 * page, input-relative, and the anchor, lower-case; empty for the page alone); none for a link to
 * a site or to the page itself, by any of its names (`shelves.md`, `shelves`, `shelves.html`).
 */
export function otherPageOf(file: string, url: string): { file: string; anchor: string } | undefined {
  const link = PAGE_LINK.exec(url);
  if (!link?.[1]) return undefined;
  const target = pagePath(file, safeDecode(link[1]));
  const own = file.toLowerCase().replace(/\.[^./]+$/, '');
  if (new Set([file.toLowerCase(), own, `${own}.html`, `${own}.htm`]).has(target.toLowerCase())) return undefined;
  return { file: target, anchor: (link[2] ?? '').toLowerCase() };
}

/**
 * The linked page's path, input-relative: a folder's with a trailing `/` (`objects/`; the input's
 * own folder `/`); a path from the site's root as written, `/`-rooted (`/docs/objects/shelf`).
 */
function pagePath(file: string, linked: string): string {
  if (linked.startsWith('/')) return path.posix.normalize(linked);
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), linked));
  if (!/(?:^|\/)(?:\.\.?)?$/.test(linked)) return joined;
  const folder = joined.replace(/\/$/, '');
  return folder === '.' ? '/' : `${folder}/`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The type a section outside every operation names: as a heading that names an object does, else by its words (without its `{#id}`). */
export function sectionTypeName(node: Heading): string | undefined {
  return titledTypeName(node) ?? wordsName(withoutAttributeLists(headingText(node)));
}

/**
 * `Shelf data` → `ShelfData`, `Shelves & books` → `ShelvesAndBooks`, `Shelf/Book` → `ShelfBook`:
 * a few plain words, as a type is named; a sentence or other punctuation names none.
 */
function wordsName(title: string): string | undefined {
  const words = andForAmpersands(title.replace(/[`*]/g, '').trim()).replace(/(?<=\w)\s*\/\s*(?=\w)/g, ' ');
  return /^[A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,3}$/.test(words) ? typeNameOf(words.replace(/[_-]/g, ' ')) : undefined;
}

/** `text` with each `&` between spaces, and the spaces, as ` and `: `/\s+&\s+/g`'s replacement, found from each `&` (that regex tries every position of a long run of spaces). */
function andForAmpersands(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    let start = at;
    while (start > last && /\s/.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    if (start === at || end === at + 1) continue;
    out += `${text.slice(last, start)} and `;
    last = end;
    at = end - 1;
  }
  return out + text.slice(last);
}

/** The field table that comes under the heading at `index` before any other heading, if one does. */
function ownFieldTable(nodes: readonly RootContent[], index: number, columnNames?: Readonly<Record<string, string>>): Table | undefined {
  for (let at = index + 1; at < nodes.length; at++) {
    const node = nodes[at]!;
    if (node.type === 'heading') return undefined;
    if (node.type === 'table' && classifyTable(node, columnNames).kind === 'attributes') return node;
  }
  return undefined;
}

/**
 * "See ", "Refer to the ", "A ", "An array of ", "Fetched ", "The updated " before the link (a
 * participle saying what became of it, as Okta's `Fetched [User](#user-object)`); " below.",
 * " object" after it.
 */
const BEFORE = /^\s*(?:(?:see|refer\s+to)\s+)?(?:(?:the|an?)\s+)?(?:[a-z]+ed\s+)?(?:(an?\s+)?(array|list)\s+of\s+)?$/i;
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
  const list = lead[2] !== undefined;
  const linked = linkedType(link, list, sections);
  if (linked) return linked;
  // A link to the heading of the object its words name (`[User](#user-object)`): that object.
  const object = objectLinkType(link);
  return object ? { typeText: objectTypeText(object, list), bind: () => {} } : undefined;
}

/** The type of the section `link` goes to (`array of` it for a list), where it documents one. */
export function linkedType(link: Link, list: boolean, sections: LinkedSections): LinkedType | undefined {
  const target = sections(link.url);
  if (!target) return undefined;
  const { heading, page } = target;
  return {
    typeText: objectTypeText(target.name, list),
    bind: () => {
      if (heading) BOUND.set(heading, target.name);
      else if (page && !sections.links.some((known) => known.key === target.name && known.position === link.position))
        sections.links.push({ key: target.name, ...page, ...(link.position ? { position: link.position } : {}) });
    },
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
