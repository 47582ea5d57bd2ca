/**
 * Operations of a general page: which signatures define an operation, and which stretch of the
 * page (its region) documents each.
 *
 *     # Branches API                       ← page title: no operation
 *     ## List repository branches          ← region of GET …/branches starts at its heading
 *     ```
 *     GET /projects/:id/repository/branches
 *     ```
 *     | Attribute | Type | Required | …    ← belongs to it
 *     ## Get single repository branch      ← the next region
 *
 * Example lines never define one: signatures under a sample heading or label, paths with sample
 * values (`/projects/5`, `%2F`), and `?query=` examples of a route the page also states plainly.
 * Signatures next to each other (one fence of several lines, fences with only prose between)
 * form one group: one region whose tables document all of them.
 */
import type { Heading, List, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { withoutColon, withoutTrailing } from '../shared/trim.js';
import { namesAction } from './action-titles.js';
import { cjkObjectTitle } from './cjk-object-titles.js';
import { documentsCall, isProgramTool } from './client-calls.js';
import { closesComponent } from './component-openings.js';
import { isDeprecationMark } from './deprecated-operations.js';
import { documentedNames } from './example-queries.js';
import { callsBelowBase, callsRoute, sampleIdSegment, showsSampleValues } from './paths.js';
import { sampleSiblings } from './sample-siblings.js';
import { sectionEnd } from './section-end.js';
import { isTypesTitle, normaliseTitle, sectionOfTitle, type TitleVocabulary, TYPE_NAME } from './section-titles.js';
import { isLaterCommand } from './shell-transcripts.js';
import { curlSignature, headingText, labelPartner, type Signature, signaturesIn } from './signatures.js';
import { placeholderQuery, statesQuery } from './stated-queries.js';
import { sharesParts } from './titled-routes.js';
import { translatedObjectTitle } from './translated-object-titles.js';

export interface Region {
  /** Index of the first node (the operation heading when `headed`). */
  start: number;
  /** Index after the last node. */
  end: number;
  headed: boolean;
  /** Depth of the heading that owns the region (0 when none). */
  depth: number;
  signatures: Signature[];
  /** Nodes that only state signatures: not content. */
  signatureNodes: Set<number>;
  /** Index of the group's last signature node. */
  last: number;
  /** The call's title in bold over its request line (`**Revoke a lamp key**:`), where no heading of its own names it. */
  title?: string;
}

/** The sections that hold sample calls and answers. */
export const SAMPLE_KINDS: ReadonlySet<string> = new Set(['sample-request', 'sample-response']);

export interface RegionOptions {
  titles?: TitleVocabulary;
  columnNames?: Readonly<Record<string, string>>;
}

/**
 * A section's only request line, written with a sample value (`### Get a feed` ⏎ `GET
 * /v1/feeds/42`) that no table of the section names (no "Path parameters" table): an example,
 * never an operation, and said so (`sample-route`). None beside a route the section states.
 */
export interface UnreadSampleLine {
  node: RootContent;
  method: string;
  path: string;
  /** The path with its one sample id a placeholder (`/v1/feeds/{…}`), where it shows one. */
  placeholder?: string;
}

export function findRegions(nodes: readonly RootContent[], options: RegionOptions = {}, unread?: UnreadSampleLine[]): Region[] {
  const found = definingSignatures(nodes, options, unread);
  const groups = groupSignatures(nodes, found, options);
  const regions: Region[] = [];
  const stating = found.map((item) => item.index);
  const routesAt = new Map(found.map((item) => [item.index, item.signatures.map(routeOf)]));
  for (const group of groups) {
    const previous = regions[regions.length - 1];
    const first = group.indices[0]!;
    const after = previous ? previous.last : -1;
    const nearest = ownerHeading(nodes, first, after, options);
    const own = new Set(group.indices);
    const owner =
      nearest === undefined || nearest === first
        ? nearest
        : (callHeadingAbove(nodes, nearest, after, (index) => !own.has(index), stating, routeCalls(routesAt, group.signatures)) ?? nearest);
    // `**Retrieve**` ⏎ the fence of its request line: the call's title in bold opens its stretch
    // (no words of the call before it) and is no prose of its own; `**Deprecated**` there is a mark, no title.
    const above = nodes[first - 1];
    const titled = first - 1 > after && above && isCallTitle(above, options) && !isDeprecationMark(above) ? first - 1 : undefined;
    const start = owner ?? titled ?? first;
    const region: Region = {
      start,
      end: nodes.length,
      headed: owner !== undefined,
      depth: owner !== undefined ? (nodes[owner] as Heading).depth : 0,
      signatures: group.signatures,
      // A list whose items are sentences (one tells the request) stays the operation's words.
      signatureNodes: new Set(
        group.indices
          .filter(
            (index) =>
              nodes[index]!.type !== 'table' &&
              nodes[index]!.type !== 'heading' &&
              !(nodes[index]!.type === 'list' && !group.signatures.some((signature) => signature.kind === 'list')),
          )
          .flatMap((index) => labelPair(nodes, index))
          .concat(titled === undefined ? [] : [titled]),
      ),
      last: group.indices[group.indices.length - 1]!,
    };
    // Its bold title names the call where no heading does (several calls under one heading, each titled in bold).
    if (titled !== undefined) region.title = withoutColon(plainText(above!).trim());
    if (previous) previous.end = Math.min(previous.end, start);
    regions.push(region);
  }
  // Under one heading, a bold title names each call (`## Lamp keys` ⏎ `**Create a lamp key**:` ⏎ its request line ⏎
  // `**Revoke a lamp key**:` ⏎ …): the first call's own title too, not the heading the calls share.
  for (const [at, region] of regions.entries()) {
    const next = regions[at + 1];
    if (region.headed && region.title !== undefined && !(next && !next.headed && next.start === region.end)) delete region.title;
  }
  for (const region of regions) {
    region.end = regionEnd(nodes, region, options);
    if (region.signatures.every((signature) => signature.listed)) region.end = Math.min(region.end, region.last + 1);
    if (region.signatures.some((signature) => signature.kind === 'curl' || CAPITALS_PARAMETER.test(signature.path))) {
      const documented = documentedNames(nodes.slice(region.start, region.end));
      region.signatures = region.signatures.map((signature) => namePlaceholders(signature, documented));
    }
  }
  return regions;
}

/**
 * A signature node, and the paragraph before it where the two state it together (`**URL** :
 * `/v1/books`` ⏎ `**Method** : `POST``): both only state the signature, neither is prose.
 */
function labelPair(nodes: readonly RootContent[], index: number): number[] {
  const partner = labelPartner(nodes, index);
  return partner?.signature.kind === 'label' ? [partner.index, index] : [index];
}

/** A parameter named in capitals, as a shell variable is: `{ACCOUNT_ID}` (from `$ACCOUNT_ID`). */
const CAPITALS_PARAMETER = /\{[A-Z][A-Z0-9_]*\}/;

/**
 * A path with its placeholders named as the region documents them: a curl command's
 * `https://api.github.com/orgs/ORG/repos` → `/orgs/{org}/repos`, a request line's
 * `/accounts/$ACCOUNT_ID` → `/accounts/{account_id}`, where the region's tables or lists give a
 * parameter `org`, `account_id` (a segment in capitals that is, but for case, a name they give).
 */
function namePlaceholders(signature: Signature, documented: ReadonlySet<string>): Signature {
  const byLower = new Map([...documented].map((name) => [name.toLowerCase(), name]));
  const named = (name: string) => (byLower.has(name.toLowerCase()) ? `{${byLower.get(name.toLowerCase())}}` : undefined);
  const path = signature.path
    .split('/')
    .map((segment) => {
      const braced = /^\{([A-Z][A-Z0-9_]*)\}$/.exec(segment)?.[1];
      if (braced) return named(braced) ?? segment;
      return signature.kind === 'curl' && /^[A-Z][A-Z0-9_]*$/.test(segment) ? (named(segment) ?? segment) : segment;
    })
    .join('/');
  return path === signature.path ? signature : { ...signature, path };
}

/**
 * A paragraph whose last sentence brings in an example: "… For example, the call for the porch
 * lamp would be:", "For instance, to fetch the hall lamps, call:".
 */
function isExampleIntro(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && EXAMPLE_INTRO.test(plainText(node).trim());
}

const EXAMPLE_INTRO = /(?:^|[.!?]\s+)(?:for\s+(?:example|instance)|as\s+an\s+example)\b[^.!?]*:$/i;

/** A heading that titles an example: `Example`, `Examples`, `Example request`. */
const EXAMPLE_TITLE = /\b(?:examples?|samples?)\b/i;

interface Found {
  index: number;
  signatures: Signature[];
}

function definingSignatures(nodes: readonly RootContent[], options: RegionOptions, unread?: UnreadSampleLine[]): Found[] {
  const found: Found[] = [];
  // Request lines of samples: the signatures of a page that states its routes only in example requests.
  const sampled: Found[] = [];
  // Those under an example's title (`### Example` beside `### Request`): shown, never stated.
  const shown = new Set<Found>();
  let context: string | undefined;
  let example = false;
  // Under an example's label (`Example request:`), not only its heading.
  let labelledExample = false;
  // The index of the last heading: a route stated after it is its section's.
  let sectionStart = -1;
  nodes.forEach((node, index) => {
    if (node.type === 'heading') {
      sectionStart = index;
      context = sectionOfTitle(plainText(node), options.titles)?.kind;
      example = EXAMPLE_TITLE.test(plainText(node));
      labelledExample = false;
    } else if (node.type === 'paragraph' && isLabel(node)) {
      const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
      // A title in bold alone (`**Retrieve**`) opens a stretch of its own as a heading does: an
      // example label above it (`Example response:`) no longer holds what follows.
      if (kind === undefined && isBoldTitle(node, options)) {
        context = undefined;
        example = EXAMPLE_TITLE.test(plainText(node));
      } else {
        context = kind ?? context;
        if (kind) labelledExample = EXAMPLE_TITLE.test(plainText(node));
      }
    }
    const split = labelPartner(nodes, index)?.signature;
    const signatures = split ? [split] : signaturesIn(node, options.columnNames);
    if (signatures.length === 0) return;
    // `## Request` ⏎ `Method: get` ⏎ `Path: /20160918/shelves` (Oracle's reference): labels state
    // the call's facts, where no example's title or label stands above them; a sample shows a call.
    const statedFacts = context === 'sample-request' && !example && !labelledExample && signatures.every((s) => s.kind === 'label');
    if (node.type !== 'heading' && context && SAMPLE_KINDS.has(context) && !statedFacts) {
      // A fence, or a route alone in code (`## Request` over `` `GET /<index>` ``: a search engine's reference).
      if (
        context === 'sample-request' &&
        (node.type === 'code' || (node.type === 'paragraph' && signatures.every((s) => s.kind === 'inline')))
      ) {
        const item = { index, signatures };
        sampled.push(item);
        if (example) shown.add(item);
      }
      return;
    }
    // `GET /lamps/:id` ⏎ "For example, the call for the porch lamp would be:" ⏎ `GET /lamps/porch`:
    // a line a sentence opening "For example" brings in, after a route its section states, shows that call.
    if (isExampleIntro(nodes[index - 1]) && found.some((item) => item.index > sectionStart)) {
      const item = { index, signatures };
      sampled.push(item);
      shown.add(item);
      return;
    }
    found.push({ index, signatures });
  });
  // Calls in console syntax over what they send (```` ```json ```` ⏎ `POST /search` ⏎ `{…}`) state the routes
  // of a page that states them nowhere else but in such calls (a fence of one request line is one, a
  // call that sends nothing), one of a route such a call states under another method as a route stated
  // (`POST /sql` beside `GET /sql?query=…`); beside a route stated otherwise they are samples, no route.
  const consoleCall = (item: Found): boolean => {
    const node = nodes[item.index];
    return (
      item.signatures.every((signature) => signature.console) ||
      (item.signatures.length === 1 && node?.type === 'code' && !node.value.trim().includes('\n'))
    );
  };
  if ([...found, ...sampled].some((item) => !consoleCall(item)))
    for (const list of [found, sampled])
      list.splice(0, list.length, ...list.filter((item) => !item.signatures.every((signature) => signature.console)));
  else {
    const plain = found.flatMap((item) => item.signatures.filter((signature) => !signature.console));
    const paired = (signature: Signature) => plain.some((other) => other.path === signature.path && other.method !== signature.method);
    for (const item of found)
      item.signatures = item.signatures.map(({ message, ...signature }) =>
        signature.console && paired(signature) ? signature : { ...signature, message },
      );
  }
  // Every route the page writes, examples too: what tells a version number from a sample id.
  const all = [...found, ...sampled];
  const routes = all.flatMap((item) => item.signatures.map((signature) => signature.path));
  // The page's curl commands, read once (where the page states no better route, they are its signatures).
  let commands: Found[] | undefined;
  const pageCurls = (): Found[] => {
    commands ??= curlCalls(nodes).map(({ index, signature }) => ({ index, signatures: [signature] }));
    return commands;
  };
  const done = (chosen: Found[]): Found[] => {
    // A section whose only call, a request line or a curl command, shows a sample value: said so.
    if (unread)
      unread.push(...unreadSampleLines(nodes, [...all.filter((item) => !shown.has(item)), ...pageCurls()], chosen, routes, options));
    return chosen;
  };
  // A table of several routes over sections that each call one of them by a curl command alone (`## Get a shelf` ⏎ `curl …/shelves/{id}`): an index.
  const indexed = found.some((item) => item.signatures.length > 1 && item.signatures.every((s) => s.kind === 'table'));
  const sectioned = indexed ? sectionCalls(nodes, found, options) : new Set<string>();
  const kept = plainRoutes(withoutIndexes(namedSampleIds(nodes, found, all, routes, options), sectioned), routes, { nodes, options });
  // A section whose only call is its curl command, beside sections that state their routes (Spring
  // REST Docs' `curl-request` snippet where no `http-request` one is shown): that command's route.
  // The page's commands are read only on the paths that use them (each path once).
  const ownCurls = (stated: readonly Found[]) => sectionsOwnSamples(nodes, pageCurls(), stated, routes, options);
  // Request messages (`GET http://host/v1/pets HTTP/1.1` + headers) are sample calls where the page states its routes otherwise.
  if (kept.some((item) => item.signatures.some((signature) => !signature.message))) {
    const stated = kept
      .map((item) => ({ index: item.index, signatures: item.signatures.filter((signature) => !signature.message) }))
      .filter((item) => item.signatures.length > 0);
    const messages = kept.filter((item) => item.signatures.every((signature) => signature.message));
    const unstated = [...messages, ...sampled.filter((item) => !shown.has(item))];
    const ownSamples = sectionsOwnSamples(nodes, unstated, stated, routes, options);
    const actions = actionCurls(nodes, pageCurls(), all, stated, routes, options);
    return done([...stated, ...ownSamples, ...actions].sort((a, b) => a.index - b.index));
  }
  if (kept.length > 0) return done([...kept, ...ownCurls(kept)].sort((a, b) => a.index - b.index));
  // Nothing better: the request lines of the page's example requests (`#### Request` over
  // `GET /api/users?page=2 HTTP/1.1`), then its curl commands.
  // Routes alone in code under `## Request` are stated, not shown: the fences beside them are examples.
  // Under `### Example` beside them, they are shown again (Directus' reference): the stated ones are the routes.
  const curls = pageCurls();
  // An example request that calls a route a curl command writes with its placeholders
  // (`POST /shelves/shf_1/books HTTP/1.1` beside `curl -X POST https://…/shelves/{shelf_id}/books`) is that route's example.
  const calls = sampled.filter(
    (item) => !item.signatures.every((line) => curls.some(({ signatures: [route] }) => callsTemplate(line, route!))),
  );
  const inline = calls.filter((item) => item.signatures.every((signature) => signature.kind === 'inline'));
  const stated = inline.some((item) => !shown.has(item)) ? inline.filter((item) => !shown.has(item)) : inline;
  const fromSamples = plainRoutes(namedSampleIds(nodes, stated.length > 0 ? stated : calls, all, routes, options), routes, {
    nodes,
    options,
  });
  if (fromSamples.length > 0) {
    // The fence of a section no route alone in code stands in (`## Create a pot` ⏎ `### Request` ⏎ a fence of
    // `POST /v1/pots`, after `## Get a pot` ⏎ `### Request` ⏎ `` `GET /v1/pots/{pot_id}` ``): that section's route.
    const fenced = stated.length > 0 ? calls.filter((item) => !stated.includes(item) && !shown.has(item)) : [];
    const own = [...fromSamples, ...sectionsOwnSamples(nodes, fenced, fromSamples, routes, options)];
    return done([...own, ...ownCurls(own)].sort((a, b) => a.index - b.index));
  }
  // A command that calls its section's route with a sample id, the section's "Path parameters" naming
  // the one parameter (`curl -X DELETE …/shelves/shf_123` over `id`): that route (namedSampleIds).
  const called = curls.map((item) => item.signatures[0]!.path);
  const operations = withoutUsageExamples(nodes, curls, options);
  return done(
    namedSampleIds(nodes, operations, all, called, options).filter((item) => !showsSampleValues(item.signatures[0]!.path, called)),
  );
}

/** A route's first segment past its version (`/v1/shelves/{id}` → `shelves`): the resource it calls. */
function resourceOf(path: string): string | undefined {
  return path.split('/').find((segment) => segment !== '' && !/^v\d+(?:\.\d+)*$/i.test(segment));
}

/**
 * A guide of one resource whose calls are its curl commands, each under a title naming an action
 * (`## Adding shelves`, `## Get a shelf`): the command of a section whose title names none
 * (`## Using shelves during search` ⏎ `curl -X POST …/multi_search`) that calls another resource
 * than every other command of the page is a usage example of an operation documented elsewhere, no
 * operation of this page.
 */
function withoutUsageExamples(nodes: readonly RootContent[], curls: readonly Found[], options: RegionOptions): Found[] {
  if (curls.length < 3) return [...curls];
  const measured = new Map<number, { start: number; end: number } | undefined>();
  const titled = curls.map((item) => {
    const section = sectionAround(nodes, item.index, options, measured);
    return { item, action: section ? namesAction(plainText(nodes[section.start]!)) : undefined };
  });
  const actions = titled.filter((entry) => entry.action === true);
  if (actions.length < 2) return [...curls];
  const resources = new Set(actions.map((entry) => resourceOf(entry.item.signatures[0]!.path)));
  if (resources.size !== 1) return [...curls];
  return titled
    .filter((entry) => entry.action !== false || resources.has(resourceOf(entry.item.signatures[0]!.path)))
    .map((entry) => entry.item);
}

/**
 * The page's curl commands (and other clients' calls, client-calls.ts); a transcript's later
 * commands (the call made with the login's cookie) only where no first one stands. A program's call
 * (`fetch`, `requests.get`) only where the page documents a call beside the code — a table, a JSON
 * sample, a status — as a reference does; a tutorial's `fetch` is no operation.
 */
function curlCalls(nodes: readonly RootContent[]): Array<{ index: number; signature: Signature }> {
  let documents: boolean | undefined;
  const commands = nodes.flatMap((node, index) => {
    const signature = node.type === 'code' ? curlSignature(node) : undefined;
    if (signature?.tool && isProgramTool(signature.tool)) {
      documents ??= documentsCall(nodes);
      if (!documents) return [];
    }
    return signature ? [{ index, signature, later: node.type === 'code' && isLaterCommand(node) }] : [];
  });
  return commands.some((item) => !item.later) ? commands.filter((item) => !item.later) : commands;
}

/** Whether `line` is a call of `route`: the same method, its segments the route's or values where the route's parameters stand. */
function callsWithSamples(line: Signature, route: Signature): boolean {
  const called = line.path.split('/').filter(Boolean);
  const routed = route.path.split('/').filter(Boolean);
  return (
    line.method === route.method &&
    called.length === routed.length &&
    routed.every((segment, index) => segment === called[index] || /^\{[^{}]+\}$/.test(segment))
  );
}

/** Whether `line` calls `route` with values where the route writes its placeholders (`/shelves/shf_1` of `/shelves/{shelf_id}`). */
function callsTemplate(line: Signature, route: Signature): boolean {
  return line.path !== route.path && route.path.includes('{') && callsWithSamples(line, route);
}

/** The request lines written with sample values that stand alone in a section no chosen signature stands in: one a section. */
function unreadSampleLines(
  nodes: readonly RootContent[],
  all: readonly Found[],
  chosen: readonly Found[],
  routes: readonly string[],
  options: RegionOptions,
): UnreadSampleLine[] {
  const measured = new Map<number, { start: number; end: number } | undefined>();
  const taken = new Set(chosen.map((item) => item.index));
  const firsts = new Set(chosen.flatMap((item) => item.signatures.map((signature) => signature.path.split('/').find(Boolean) ?? '')));
  const sections = new Set<number>();
  const lines: UnreadSampleLine[] = [];
  for (const item of all) {
    const signature = item.signatures.length === 1 ? item.signatures[0]! : undefined;
    if (!signature || taken.has(item.index) || !showsSampleValues(signature.path, routes)) continue;
    // A call of a route the page states, sample values where its parameters stand: that route's example.
    if (chosen.some((other) => other.signatures.some((stated) => callsWithSamples(signature, stated)))) continue;
    // One below the API's base path (`curl …/v1/notes/42` of `PATCH /notes/{noteId}`): that route's sample too (stray-calls.ts).
    if (
      chosen.some((other) =>
        other.signatures.some((stated) => stated.method === signature.method && callsBelowBase(signature.path, stated.path, firsts)),
      )
    )
      continue;
    const section = sectionAround(nodes, item.index, options, measured);
    if (!section || sections.has(section.start)) continue;
    if (chosen.some((other) => other.index >= section.start && other.index < section.end)) continue;
    sections.add(section.start);
    const at = sampleIdSegment(signature.path, routes);
    const segments = signature.path.split('/').filter((segment) => segment.length > 0);
    const placeholder = at === undefined ? undefined : `/${segments.map((segment, index) => (index === at ? '{…}' : segment)).join('/')}`;
    lines.push({
      node: nodes[item.index]!,
      method: signature.method.toUpperCase(),
      path: signature.path,
      ...(placeholder ? { placeholder } : {}),
    });
  }
  return lines;
}

/**
 * Where a page states its routes, the sample call of an operation's section that states none
 * (`## Import shelves` ⏎ `Request:` ⏎ a fence `POST /v1/shelves/import` + headers, among sections
 * of `` `GET /v1/shelves` ``): that section's route. Only the section's one sample call, a route
 * with no sample value and no query, and not one the page states elsewhere.
 */
function sectionsOwnSamples(
  nodes: readonly RootContent[],
  unstated: readonly Found[],
  stated: readonly Found[],
  routes: readonly string[],
  options: RegionOptions,
): Found[] {
  const statedRoutes = stated.flatMap((item) => item.signatures);
  const measured = new Map<number, { start: number; end: number } | undefined>();
  const within = (section: { start: number; end: number }, items: readonly Found[]) =>
    items.filter((other) => other.index >= section.start && other.index < section.end);
  return unstated.filter((item) => {
    const signature = item.signatures.length === 1 ? item.signatures[0]! : undefined;
    if (!signature || showsSampleValues(signature.path, routes)) return false;
    // A call of a stated route (`/api/shelves` of `/api/{collection}`), of the same method.
    if (statedRoutes.some((route) => route.method === signature.method && callsRoute(signature.path, route.path))) return false;
    const section = sectionAround(nodes, item.index, options, measured);
    // A section titled as an example (`### Example 2: Count the shelves`) shows calls; it states none.
    if (!section || EXAMPLE_TITLE.test(plainText(nodes[section.start]!))) return false;
    // A curl command's query is the call's sample values; a request line's query is no route's, but where it
    // states the route's query (`?before=<before_ts>`, or `?from=2` and "Where `from` is …": stated-queries.ts).
    if (
      signature.query !== undefined &&
      signature.kind !== 'curl' &&
      !statesQuery(signature.query, nodes.slice(section.start, section.end))
    )
      return false;
    if (within(section, stated).length > 0) return false;
    // Its one sample call; or calls that each state their query by placeholders (`POST /v1/notes/delete?before=<ts>` and
    // its deprecated `POST /v1/{shelf}/notes/delete?before=<ts>`): templates, each a route, where samples show values.
    const calls = within(section, unstated);
    return calls.length === 1 || calls.every((call) => call.signatures.length === 1 && placeholderQuery(call.signatures[0]!.query));
  });
}

/**
 * Where a page states its routes, the curl command of a section that states or shows no other
 * call, titled by an action (`## Delete a note` ⏎ `curl -X DELETE …/v1/notes/{note_id}`;
 * action-titles.ts: an "Authentication" section's `curl …/v1/me` is none): that section's route.
 * A sample id in it is named as `namedSampleIds` names one, else the command stays an example; a
 * call of a route the page states, of its method, is that route's example.
 */
function actionCurls(
  nodes: readonly RootContent[],
  curls: readonly Found[],
  all: readonly Found[],
  stated: readonly Found[],
  routes: readonly string[],
  options: RegionOptions,
): Found[] {
  if (curls.length === 0) return [];
  const measured = new Map<number, { start: number; end: number } | undefined>();
  const own = curls.filter((item) => {
    const section = sectionAround(nodes, item.index, options, measured);
    if (!section || !namesAction(plainText(nodes[section.start]!))) return false;
    const within = (other: Found) => other.index >= section.start && other.index < section.end;
    return !all.some(within) && curls.filter(within).length === 1;
  });
  const statedRoutes = stated.flatMap((item) => item.signatures);
  return namedSampleIds(nodes, own, all, routes, options).filter((item) => {
    const signature = item.signatures[0]!;
    return (
      !showsSampleValues(signature.path, routes) &&
      !statedRoutes.some((route) => route.method === signature.method && callsRoute(signature.path, route.path))
    );
  });
}

/**
 * A section's only route, written with a sample id (`### Get a feed` ⏎ `GET /v1/feeds/42`), whose
 * own "Path parameters" table names exactly one parameter (`feed_id`): that route, the parameter
 * where its one sample stands (`GET /v1/feeds/{feed_id}`). A line with a query, another sample
 * value, a section stating another route, or a route the page states otherwise stays an example.
 */
function namedSampleIds(
  nodes: readonly RootContent[],
  items: readonly Found[],
  all: readonly Found[],
  routes: readonly string[],
  options: RegionOptions,
): Found[] {
  // Sections already measured, by their heading (a page of many sample lines under one heading measures it once).
  const measured = new Map<number, { start: number; end: number } | undefined>();
  // The page's routes by their shape around each placeholder, made once: looked up per line, not scanned.
  let placeholders: PlaceholderRoutes | undefined;
  return items.map((item) => {
    const signature = item.signatures.length === 1 ? item.signatures[0]! : undefined;
    const at = signature ? sampleIdSegment(signature.path, routes) : undefined;
    if (!signature || at === undefined) return item;
    const section = sectionAround(nodes, item.index, options, measured);
    if (!section || all.some((other) => other !== item && other.index >= section.start && other.index < section.end)) return item;
    placeholders ??= placeholderRoutes(all);
    const stated = statedOtherwise(signature, at, item, placeholders);
    if (stated) return { index: item.index, signatures: [{ ...signature, path: stated }] };
    const name = signature.query === undefined ? onlyPathParameter(nodes, section, options) : undefined;
    if (!name) return item;
    const segments = signature.path.split('/').filter((segment) => segment.length > 0);
    segments[at] = `{${name}}`;
    const path = `/${segments.join('/')}`;
    if (routes.some((route) => route !== signature.path && shape(route) === shape(path))) return item;
    return { index: item.index, signatures: [{ ...signature, path }] };
  });
}

/**
 * The route a page states with a parameter where a section's only request line shows a sample id,
 * for another method: `**PUT** …/repos/{repo-id}/dir/shared_items/` stated, then `**POST**
 * …/repos/2deffbac-…/dir/shared_items/?p=/asd` under its own heading is `POST
 * /repos/{repo-id}/dir/shared_items` (its query as written). Only where one route of the page has
 * that shape, its every other segment the line's, and none of its methods is the line's (a line of
 * the route's own method is its example).
 */
function statedOtherwise(signature: Signature, at: number, item: Found, placeholders: PlaceholderRoutes): string | undefined {
  const segments = signature.path.split('/').filter((segment) => segment.length > 0);
  const matches = new Map<string, Set<string>>();
  for (const route of placeholders.get(shapeAround(segments, at)) ?? []) {
    if (route.item === item) continue;
    matches.set(route.path, (matches.get(route.path) ?? new Set()).add(route.method));
  }
  if (matches.size !== 1) return undefined;
  const [path, methods] = [...matches][0]!;
  return methods.has(signature.method) ? undefined : path;
}

/** Each route of the page (and the request line stating it) under its shape around each of its placeholders (`shapeAround`). */
type PlaceholderRoutes = Map<string, Array<{ item: Found; path: string; method: string }>>;

function placeholderRoutes(all: readonly Found[]): PlaceholderRoutes {
  const routes: PlaceholderRoutes = new Map();
  for (const item of all)
    for (const route of item.signatures) {
      const segments = route.path.split('/').filter((segment) => segment.length > 0);
      segments.forEach((segment, at) => {
        if (!/^\{[^{}]+\}$/.test(segment)) return;
        const key = shapeAround(segments, at);
        const list = routes.get(key);
        const entry = { item, path: route.path, method: route.method };
        if (list) list.push(entry);
        else routes.set(key, [entry]);
      });
    }
  return routes;
}

/** A route's segments with the one at `at` left out, and where it stood: routes alike but for that segment share it. */
function shapeAround(segments: readonly string[], at: number): string {
  return `${at}\u0000${segments.length}\u0000${segments.map((segment, index) => (index === at ? '' : segment)).join('/')}`;
}

/** The section a node stands in: from the nearest heading above it that is no part title to the next heading as high. */
function sectionAround(
  nodes: readonly RootContent[],
  index: number,
  options: RegionOptions,
  measured: Map<number, { start: number; end: number } | undefined>,
): { start: number; end: number } | undefined {
  let start = index - 1;
  for (; start >= 0; start--) {
    const node = nodes[start]!;
    if (node.type !== 'heading') continue;
    const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
    if (!kind || kind === 'aside' || kind === 'notes') break;
  }
  if (start < 0) return undefined;
  if (measured.has(start)) return measured.get(start);
  const depth = (nodes[start] as Heading).depth;
  const end = sectionEnd(nodes, start, depth);
  measured.set(start, { start, end });
  return { start, end };
}

/** The one parameter a section's one table titled "Path parameters" (or "Route parameters") names, if it names one. */
function onlyPathParameter(
  nodes: readonly RootContent[],
  section: { start: number; end: number },
  options: RegionOptions,
): string | undefined {
  let title: string | undefined;
  const names: string[] = [];
  let tables = 0;
  for (let index = section.start + 1; index < section.end; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading' || (node.type === 'paragraph' && isLabel(node))) title = plainText(node);
    if (node.type !== 'table' || title === undefined) continue;
    // "URL parameters" may list the query's too: only a title that says path (or route) states path parameters alone.
    if (sectionOfTitle(title, options.titles)?.kind !== 'path-parameters' || !/\b(?:path|route)\b/i.test(title)) continue;
    tables++;
    for (const row of node.children.slice(1)) {
      const cell = row.children[0];
      const code = cell?.children.find((child) => child.type === 'inlineCode');
      names.push(withoutTrailing(code ? code.value : cell ? plainText(cell) : '', '*').trim());
    }
  }
  return tables === 1 && names.length === 1 && /^[A-Za-z_][\w.-]*$/.test(names[0]!) ? names[0] : undefined;
}

/**
 * Without the rows of an overview table (`| Method | Endpoint | Description |` over the page's
 * sections), the items of a list of routes, or the lines of a fence of several request lines,
 * whose routes the page states again where it documents them: the table is an index.
 */
function withoutIndexes(found: readonly Found[], called: ReadonlySet<string>): Found[] {
  // A fence of several request lines (`**Endpoints**` over the page's routes) lists them as a table would.
  const listings = new Set(found.filter((item) => item.signatures.length > 1 && item.signatures.every((s) => s.kind === 'fence')));
  const overview = (item: Found, signature: Signature) => signature.kind === 'table' || signature.kind === 'list' || listings.has(item);
  // (A request line with a query, `GET _lamps/health?level=rooms` under a how-to's title, shows a call of the route: it states it nowhere.)
  // (Routes compare by their shape: a row's `/lamps/{lamp_id}/dim` is the section's `/lamps/{lamps_id}/dim`, one template.)
  const elsewhere = new Set(
    found.flatMap((item) => item.signatures.filter((s) => !overview(item, s) && s.query === undefined).map(shapeOf)),
  );
  // A section's own table of its one route (`| Method | URL |` ⏎ `| GET | /shelves/{id} |`) states it again as well.
  const own = new Set(
    found.flatMap((item) => (item.signatures.length === 1 && item.signatures[0]!.kind === 'table' ? [shapeOf(item.signatures[0]!)] : [])),
  );
  if (elsewhere.size === 0 && own.size === 0 && called.size === 0) return [...found];
  const stated = (item: Found, route: string) =>
    elsewhere.has(route) || (item.signatures.length > 1 && (own.has(route) || called.has(route)));
  return found
    .map((item) => {
      const signatures = item.signatures.filter((s) => !overview(item, s) || !stated(item, shapeOf(s)));
      // `**Endpoints**` over a fence of routes the page's sections state again, but one: that route is
      // an operation of the listing's, and the page's words after the fence (`**Unit Parameter**` ⏎ …) none of its.
      // So too a table of routes the page's sections state again, but one: the words after the table are none of that row's.
      const index = item.signatures.length > 1 && item.signatures.every((s) => s.kind === 'table');
      const listed = (listings.has(item) || index) && signatures.length < item.signatures.length;
      return { index: item.index, signatures: listed ? signatures.map((s) => ({ ...s, listed: true })) : signatures };
    })
    .filter((item) => item.signatures.length > 0);
}

/** The routes curl commands call in sections of their own: the section's one command, no other signature in it, no sample value. */
function sectionCalls(nodes: readonly RootContent[], found: readonly Found[], options: RegionOptions): Set<string> {
  const measured = new Map<number, { start: number; end: number } | undefined>();
  const curls = curlCalls(nodes);
  const routes = new Set<string>();
  for (const { index, signature } of curls) {
    if (showsSampleValues(signature.path)) continue;
    const section = sectionAround(nodes, index, options, measured);
    if (!section || EXAMPLE_TITLE.test(plainText(nodes[section.start]!))) continue;
    const within = (at: number) => at >= section.start && at < section.end;
    if (found.some((item) => within(item.index)) || curls.filter((other) => within(other.index)).length !== 1) continue;
    routes.add(shapeOf(signature));
  }
  return routes;
}

/** Without sample values (`/projects/5`), and without `?query=` examples of a route also stated plainly; `routes`: the page's. */
/**
 * The signatures that state routes: none showing sample values, and no `?query=` form of a route
 * the page also states plainly (an example of that call), but where `sections` are given, a query
 * form that is the only route of a section of its own, away from the route's plain statement
 * (`## Read a lamp` ⏎ `GET /v2/lamp` … `## Read a lamp by id` ⏎ `GET /v2/lamp?id=<lamp id>` ⏎ its
 * table): a variant of that route, whose section documents it too (`variant`, its keys optional).
 * Linear: each item's section measured once, the plain routes' sections gathered in one pass.
 */
function plainRoutes(
  found: readonly Found[],
  routes: readonly string[],
  sections?: { nodes: readonly RootContent[]; options: RegionOptions },
): Found[] {
  const plain = new Set(found.flatMap((item) => item.signatures.filter((s) => s.query === undefined).map(routeOf)));
  const variants = sections ? queryVariants(found, plain, sections.nodes, sections.options) : new Set<Found>();
  return found
    .map((item) => {
      // `GET /v1/users/270` ⏎ `GET /v1/users/foobar`: the second line a sample username where the first shows an id (sample-siblings.ts).
      const siblings = sampleSiblings(item.signatures, routes);
      return {
        index: item.index,
        signatures: item.signatures.flatMap((signature) => {
          if (showsSampleValues(signature.path, routes) || siblings.has(signature)) return [];
          if (signature.query === undefined || !plain.has(routeOf(signature))) return [signature];
          return variants.has(item) ? [{ ...signature, variant: true }] : [];
        }),
      };
    })
    .filter((item) => item.signatures.length > 0);
}

/**
 * The items of query forms alone (`GET /v2/lamp?list`) of routes stated plainly, each the only item
 * of a section titled by no example's word, where no plain statement of its route stands.
 */
function queryVariants(
  found: readonly Found[],
  plain: ReadonlySet<string>,
  nodes: readonly RootContent[],
  options: RegionOptions,
): Set<Found> {
  const variants = new Set<Found>();
  if (!found.some((item) => item.signatures.some((s) => s.query !== undefined && plain.has(routeOf(s))))) return variants;
  const measured = new Map<number, { start: number; end: number } | undefined>();
  // Per section (by its heading's index): the items in it, and the routes it states plainly.
  const items = new Map<number, number>();
  const plainIn = new Map<number, Set<string>>();
  const sectionOf = new Map<Found, number>();
  for (const item of found) {
    const section = sectionAround(nodes, item.index, options, measured);
    if (!section) continue;
    sectionOf.set(item, section.start);
    items.set(section.start, (items.get(section.start) ?? 0) + 1);
    for (const signature of item.signatures)
      if (signature.query === undefined) {
        const set = plainIn.get(section.start) ?? new Set<string>();
        set.add(routeOf(signature));
        plainIn.set(section.start, set);
      }
  }
  for (const item of found) {
    const start = sectionOf.get(item);
    if (start === undefined || items.get(start) !== 1) continue;
    if (!item.signatures.every((s) => s.query !== undefined && plain.has(routeOf(s)) && !plainIn.get(start)?.has(routeOf(s)))) continue;
    if (EXAMPLE_TITLE.test(plainText(nodes[start]!))) continue;
    variants.add(item);
  }
  return variants;
}

function routeOf(signature: { method: string; path: string }): string {
  return `${signature.method.toUpperCase()} ${signature.path}`;
}

/** A route with its parameters unnamed (`GET /lamps/{}`): the template it is, whatever its parameters are called. */
function shapeOf(signature: { method: string; path: string }): string {
  return `${signature.method.toUpperCase()} ${shape(signature.path)}`;
}

/** A path with its parameters unnamed (`/lamps/{}`). */
function shape(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}');
}

/** A short paragraph that labels what follows (`Example response:`, `**Parameters**`). */
export function isLabel(node: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const text = plainText(node).trim();
  if (text.length === 0 || text.length > 80 || text.includes('\n')) return false;
  const strongOnly = node.children.every(
    (child) => child.type === 'strong' || child.type === 'emphasis' || (child.type === 'text' && /^[\s:]*$/.test(child.value)),
  );
  return strongOnly || /:\s*$/.test(text) || text.split(/\s+/).length <= 4;
}

/**
 * A paragraph that is one bold phrase and nothing else, no colon, that titles no part of an
 * operation: a title written in bold (`**Retrieve**`, `**List Archived**`), a stretch's own.
 */
function isBoldTitle(node: RootContent, options: RegionOptions): boolean {
  if (node.type !== 'paragraph' || !isLabel(node)) return false;
  const parts = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return (
    parts.length === 1 &&
    parts[0]!.type === 'strong' &&
    !/:\s*$/.test(plainText(node)) &&
    sectionOfTitle(plainText(node), options.titles) === undefined
  );
}

/**
 * A call's title in bold over its request line: a bold title (`**Retrieve**`), or a bold phrase and
 * a colon that names a call by its verb (`**Generate API Key**:`, `**List lamp keys:**`), as
 * READMEs title each of a section's calls; a label of the request line (`**Endpoint:**`) or of a
 * part (`**Example request:**`) is none.
 */
function isCallTitle(node: RootContent, options: RegionOptions): boolean {
  if (isBoldTitle(node, options)) return true;
  if (node.type !== 'paragraph' || !isLabel(node)) return false;
  const [bold, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (bold?.type !== 'strong' || rest.length > 1 || (rest[0] && !(rest[0].type === 'text' && rest[0].value.trim() === ':'))) return false;
  const text = plainText(node).trim();
  if (!text.endsWith(':')) return false;
  const title = withoutColon(text);
  return namesCall(title) && sectionOfTitle(title, options.titles) === undefined;
}

interface Group {
  indices: number[];
  signatures: Signature[];
}

/** Signature nodes with nothing but prose between them form one group; a heading, a title in bold or a table starts another. */
function groupSignatures(nodes: readonly RootContent[], found: readonly Found[], options: RegionOptions): Group[] {
  const groups: Group[] = [];
  let last = -1;
  // The routes of the last group, kept as it grows (made anew for each signature, a long group was read once per signature).
  let known = new Set<string>();
  for (const item of found) {
    const current = groups[groups.length - 1];
    const between = nodes.slice(last + 1, item.index);
    const repeats = item.signatures.every((signature) => known.has(routeOf(signature)));
    const prose = between.every((node) => node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'html');
    // `</ApiEndpoint>` between: the component that stated the last route closed, the next states another operation.
    const closed = last >= 0 && between.some((node) => closesComponent(nodes[last]!, node));
    const heading =
      closed || nodes[item.index]!.type === 'heading' || between.some((node) => node.type === 'heading' || isCallTitle(node, options));
    // A call's routes under subtitles of their own (titled-routes.ts), a route's own table between them: one group.
    const shared = sharesParts(nodes[last], nodes[item.index]!);
    if (current && !heading && (prose || repeats || shared)) {
      current.indices.push(item.index);
      const added = item.signatures.filter((signature) => !known.has(routeOf(signature)));
      for (const signature of added) {
        current.signatures.push(signature);
        known.add(routeOf(signature));
      }
    } else {
      const unique = item.signatures.filter(
        (signature, at) => item.signatures.findIndex((other) => routeOf(other) === routeOf(signature)) === at,
      );
      groups.push({ indices: [item.index], signatures: unique });
      known = new Set(unique.map(routeOf));
    }
    last = item.index;
  }
  return groups;
}

/**
 * The heading the group's region starts at: walking up from the signature past part titles
 * (`## HTTP request`), the nearest heading above them (a sibling section such as `## Permissions`
 * is not), after the previous group; else the nearest heading.
 */
function ownerHeading(nodes: readonly RootContent[], first: number, after: number, options: RegionOptions): number | undefined {
  if (nodes[first]!.type === 'heading') return first;
  let nearest: number | undefined;
  let below = Number.POSITIVE_INFINITY;
  for (let index = first - 1; index > after; index--) {
    const node = nodes[index]!;
    if (node.type !== 'heading') continue;
    nearest ??= index;
    const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
    if (kind && kind !== 'aside' && kind !== 'notes') below = Math.min(below, node.depth);
    else if (node.depth < below) return index;
  }
  return nearest;
}

/**
 * The heading that names the call a signature stated under a subsection belongs to (Typesense's
 * `### Index multiple documents` ⏎ `#### Action modes` ⏎ … ⏎ `**Definition**` ⏎ `` `POST …/import` ``):
 * where the nearest heading (`owner`) names no call, the nearest heading above it that does (its
 * title opens with a call's verb: `Index`, `Create`, `List`, …), when no signature but the
 * group's stands in that heading's section (its own words or its other subsections). A
 * subsection that names a call itself (`#### Upsert a single document`) keeps its signature, and
 * so does one whose enclosing section holds another operation's.
 */
function callHeadingAbove(
  nodes: readonly RootContent[],
  owner: number,
  after: number,
  other: (index: number) => boolean,
  stating: readonly number[],
  calls: RouteCalls = { paths: [], at: () => false },
): number | undefined {
  const heading = nodes[owner] as Heading;
  if (heading.type !== 'heading' || namesCall(headingText(heading))) return undefined;
  let depth = heading.depth;
  for (let index = owner - 1; index > after; index--) {
    const node = nodes[index]!;
    if (node.type !== 'heading' || node.depth >= depth) continue;
    depth = node.depth;
    const end = sectionEnd(nodes, index, depth);
    const others = stating.filter((at) => at >= index && at < end && other(at));
    // `## /exec - Execute queries` over `### Examples` ⏎ `#### Select` ⏎ `curl -G …/exec`: a heading
    // naming the route the calls in its section call, and no other, is theirs; calls of that route
    // in other subsections are more samples of it, so the walk goes on up to such a heading.
    const sameRoute = others.every(calls.at);
    if (sameRoute && opensWithRoute(headingText(node), calls.paths)) return index;
    // Another operation's signature in the section (or the heading states one): its subsections are operations.
    if (!sameRoute) return undefined;
    if (others.length === 0 && namesCall(headingText(node))) return index;
  }
  return undefined;
}

/** The paths of a group's routes, and whether the signatures stated at an index call those routes alone. */
interface RouteCalls {
  paths: readonly string[];
  at: (index: number) => boolean;
}

function routeCalls(routesAt: ReadonlyMap<number, readonly string[]>, signatures: readonly Signature[]): RouteCalls {
  const routes = new Set(signatures.map(routeOf));
  return {
    paths: [...new Set(signatures.map((signature) => signature.path))],
    at: (index) => routesAt.get(index)?.every((route) => routes.has(route)) ?? false,
  };
}

/** Whether a heading's title opens with one of `paths`, alone or before its words (`/exec - Execute queries`, `` `/exec` ``). */
function opensWithRoute(title: string, paths: readonly string[]): boolean {
  const text = title.replace(/[*_`]/g, '').trim();
  return paths.some((path) => {
    if (path.length < 2 || !text.startsWith(path)) return false;
    const next = text.charAt(path.length);
    return next === '' || next === ' ' || next === '\t' || next === ':' || next === '-' || next === '–' || next === '—' || next === '(';
  });
}

/** The verbs a reference names its calls by (`Create a book`, `List pets`, `Index multiple documents`). */
const CALL_VERB =
  /^(?:get|list|create|add|update|edit|modify|delete|remove|retrieve|fetch|find|search|query|index|import|export|upload|download|send|set|replace|upsert|cancel|start|stop|restart|enable|disable|archive|unarchive|restore|move|copy|rename|validate|verify|generate|revoke|reset|register|unregister|subscribe|unsubscribe|publish|unpublish|approve|reject|assign|unassign|invite|lock|unlock|merge|close|reopen|trigger|run|execute|schedule|sync|clone|share|star|unstar|follow|unfollow|block|unblock|mark|count|batch|bulk|check)\b/i;

function namesCall(title: string): boolean {
  return CALL_VERB.test(title.replace(/[*_`]/g, '').trim());
}

/**
 * A region ends before the next heading as high as its own that is no part title (or at the next
 * region), and before the reference's types, at any depth: `## Definitions` over `### Widget`
 * (a page per operation whose types follow it, as Azure's REST reference writes them).
 */
function regionEnd(nodes: readonly RootContent[], region: Region, options: RegionOptions): number {
  // A region no heading owns (a curl command in another section's samples) still ends with the section it stands in.
  const depth = region.headed ? region.depth : enclosingDepth(nodes, region.start, options);
  // Whether the operation's parts so far stand under headings below its own (`## Create` ⏎ `### Response`).
  let deeper = false;
  for (let index = region.start + 1; index < region.end; index++) {
    const node = nodes[index]!;
    if (node.type !== 'heading') continue;
    if (index > region.last && (opensTypes(nodes, index) || opensObject(nodes, index, options))) return index;
    if (depth === 0 || node.depth > depth) {
      deeper ||= depth > 0 && index > region.last;
      continue;
    }
    // `## Restrictions`, `### Notes` at the operation heading's own level: a part of its notes, no
    // end (the tables and samples after it are still the operation's).
    if (node.depth === depth && OPERATION_NOTES.test(normaliseTitle(plainText(node)))) continue;
    const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
    if (!kind || kind === 'aside' || kind === 'notes') return index;
    // `## Response headers` above the operation's heading, or at its level where its parts stand
    // below it: the page's headers, every operation's (page-headers.ts), not this one's part.
    if (kind === 'response-headers' && (node.depth < depth || deeper)) return index;
    // `## Query params` after `## API overview` ⏎ `### Bulb APIs` ⏎ its table of routes: a part's
    // title as high as the section the operation's heading stands in closes that section too, the
    // page's part and no operation's (a signature's own heading under a call's title, `## Create` ⏎
    // `#### POST /lamps` ⏎ `### Parameters`, keeps its parts).
    if (region.headed && node.depth < depth && node.depth <= sectionDepthAbove(nodes, region.start, depth, options)) return index;
  }
  return region.end;
}

/**
 * The depth of the section a heading of depth `depth` at `start` stands in: the nearest heading
 * above it that is higher, when that heading is no part title; 0 otherwise (or where none is).
 */
function sectionDepthAbove(nodes: readonly RootContent[], start: number, depth: number, options: RegionOptions): number {
  for (let at = start - 1; at >= 0; at--) {
    const node = nodes[at]!;
    if (node.type !== 'heading' || node.depth >= depth) continue;
    const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
    return !kind || kind === 'aside' || kind === 'notes' ? node.depth : 0;
  }
  return 0;
}

/**
 * The depth of the section a node stands in: the nearest heading above it that is no part title
 * (`## Login` over `**Returns:**` and a transcript of two calls); 0 where no such heading is.
 */
function enclosingDepth(nodes: readonly RootContent[], index: number, options: RegionOptions): number {
  for (let at = index - 1; at >= 0; at--) {
    const node = nodes[at]!;
    if (node.type !== 'heading') continue;
    const kind = sectionOfTitle(plainText(node), options.titles)?.kind;
    if (!kind || kind === 'aside' || kind === 'notes') return node.depth;
  }
  return 0;
}

/** Titles of what an operation's notes say of the call: its restrictions, permissions, limits. */
const OPERATION_NOTES =
  /^(?:notes?|remarks|restrictions|limitations|permissions|required permissions|required scopes|scopes|rate limits?|rate limiting|caveats|warnings?)$/;

/**
 * A heading that names an object the reference describes (Discord's `### Guild Stage Event Object`
 * over `###### Guild Stage Event Structure`, Stripe's `## The Charge object`) with a table under it:
 * the type's definition, no part of the operation above it. A part's own title (`Response
 * Structure`, `Response object`) is not one. In Chinese or Japanese: `### 订单对象`, `## Order 对象`; in
 * European languages: `## El objeto Libro`, `## Obiekt Lampa` (translated-object-titles.ts).
 */
const OBJECT_HEADING = /^(?:the\s+)?`?[A-Za-z_][\w. -]{0,60}?`?\s+(?:object|structure)$/i;

/** Whether a heading's words name an object (`The lamp object`, `Lamp structure`, `订单对象`), no part's own title. */
export function namesObject(heading: Heading, titles: TitleVocabulary | undefined): boolean {
  const title = headingText(heading).replace(/\*+/g, '').trim();
  return (
    (OBJECT_HEADING.test(title) || cjkObjectTitle(title) !== undefined || translatedObjectTitle(title) !== undefined) &&
    !sectionOfTitle(title, titles)
  );
}

/**
 * A heading that names a resource (`The lamp resource`, `Lamp resource`): up to three words before
 * `resource`, no article after the first (`Create a Shelf resource` titles an operation), no part's
 * own title. Such a heading also opens a group of operations; its caller reads fields under it only
 * where they stand right under it.
 */
const RESOURCE_HEADING = /^(?:the\s+)?`?[A-Za-z_][\w.-]*(?:\s+(?!(?:a|an|the)\s)[A-Za-z_][\w.-]*){0,2}`?\s+resource$/i;

/** Whether a heading's words name a resource (`The lamp resource`), no part's own title nor an operation's (`Create a lamp resource`). */
export function namesResource(heading: Heading, titles: TitleVocabulary | undefined): boolean {
  const title = headingText(heading).replace(/\*+/g, '').trim();
  return title.length <= 80 && RESOURCE_HEADING.test(title) && !sectionOfTitle(title, titles);
}

function opensObject(nodes: readonly RootContent[], index: number, options: RegionOptions): boolean {
  const heading = nodes[index] as Heading;
  if (!namesObject(heading, options.titles)) return false;
  for (let at = index + 1; at < nodes.length; at++) {
    const next = nodes[at]!;
    if (next.type === 'table' || (next.type === 'list' && listsFields(next))) return true;
    if (next.type === 'heading' && (next.depth <= heading.depth || signaturesIn(next).length > 0)) return false;
  }
  return false;
}

/** A list of fields (`- **id** `string``, `` - `name` (string) ``): each item opens with a name in bold or code. */
function listsFields(list: List): boolean {
  return list.children.every((item) => {
    const first = item.children[0];
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
    return lead?.type === 'inlineCode' || (lead?.type === 'strong' && lead.children.length === 1 && lead.children[0]?.type === 'text');
  });
}

/** `## Definitions` (`Schemas`, `Models`, …) whose next heading, one level down, is a type's name. */
function opensTypes(nodes: readonly RootContent[], index: number): boolean {
  const heading = nodes[index] as Heading;
  if (!isTypesTitle(plainText(heading))) return false;
  for (let at = index + 1; at < nodes.length; at++) {
    const next = nodes[at]!;
    if (next.type === 'heading') return next.depth === heading.depth + 1 && TYPE_NAME.test(headingText(next).trim());
  }
  return false;
}
