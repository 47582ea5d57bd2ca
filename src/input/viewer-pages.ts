/**
 * Saved pages of OpenAPI viewers: where such a page holds its OpenAPI document, or the URL it
 * loads it from. The conventions read (each found only inside its `<script>` or as its element):
 *
 * - Redoc bundles (`redoc-cli bundle`, `redocly build-docs`): `const __redoc_state = {…,"spec":{"data":{…}}}`;
 * - Scalar: `<script id="api-reference" type="application/json">{…}</script>`, its
 *   `data-configuration='{"spec":{"content":{…}}}'` (or `data-url`), `Scalar.createApiReference('#app', { content: {…} })`;
 * - Swagger UI: `SwaggerUIBundle({ spec: {…} })`, `SwaggerUIBundle({ url: "openapi.json" })`;
 * - Stoplight Elements: `<elements-api apiDescriptionDocument="…" apiDescriptionUrl="…">`;
 * - links only: `<redoc spec-url>`, `<rapi-doc spec-url>`, `Redoc.init('openapi.json')`.
 *
 * Nothing is fetched. A page without one of a few marker strings costs a handful of `includes`.
 */
import { decodeAttribute, memberOf, type PageText, scriptEnd, sliceOf, startTag, stringLiteral, subText, valueEnd } from './page-scan.js';

/** What a viewer page says of its spec, at page offset `start`. */
export type ViewerFind =
  /** A document in the page. `literal`: written as a JavaScript value, read only when it is a JSON literal. */
  | { kind: 'document'; viewer: string; start: number; document: PageText; literal: boolean }
  /** The URL the viewer loads its spec from. */
  | { kind: 'link'; viewer: string; start: number; url: string }
  /** A spec given as something other than a literal (a variable, a call): `what` names it. */
  | { kind: 'unreadable'; viewer: string; start: number; what: string };

const MARKERS = ['__redoc_state', 'api-reference', 'createApiReference', 'SwaggerUI', '<elements-api', '<redoc', 'Redoc.init', '<rapi-doc'];
/** Occurrences of one marker looked at (a page has one or two; a hostile one, any number). */
const MAX_OCCURRENCES = 20;

/** Whether `page` may be a viewer page (a plain string test: every other page stops here). */
function mayBeViewerPage(page: string): boolean {
  for (const marker of MARKERS) if (page.includes(marker)) return true;
  return false;
}

/** What `page` says of its spec, in page order; empty for a page that is no viewer's. */
export function findViewerSpecs(page: string): ViewerFind[] {
  if (!mayBeViewerPage(page)) return [];
  const scripts = scriptRanges(page);
  const inScript = (offset: number) => {
    // The last script starting at or before `offset` holds it, if any does.
    let low = 0;
    let high = scripts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (scripts[mid]![0] <= offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 && offset < scripts[low - 1]![1];
  };
  const finds = [...redocStates(page, inScript), ...scalarScripts(page), ...viewerCalls(page, inScript), ...viewerElements(page)];
  return finds.sort((a, b) => a.start - b.start);
}

function occurrences(page: string, marker: string): number[] {
  const found: number[] = [];
  for (let at = page.indexOf(marker); at !== -1 && found.length < MAX_OCCURRENCES; at = page.indexOf(marker, at + marker.length))
    found.push(at);
  return found;
}

/** The content spans of the page's `<script>` elements, in order (an unclosed one runs to the page's end). */
function scriptRanges(page: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = page.indexOf('<script');
  while (at !== -1) {
    const open = page.indexOf('>', at);
    if (open === -1) break;
    const end = scriptEnd(page, open + 1);
    ranges.push([open + 1, end]);
    at = page.indexOf('<script', end);
  }
  return ranges;
}

/** `const __redoc_state = {…}`: the document is the state's `spec.data`. */
function redocStates(page: string, inScript: (offset: number) => boolean): ViewerFind[] {
  const viewer = 'Redoc';
  const finds: ViewerFind[] = [];
  for (const at of occurrences(page, '__redoc_state')) {
    if (!inScript(at)) continue;
    const equals = /\s*=\s*/y;
    equals.lastIndex = at + '__redoc_state'.length;
    if (!equals.exec(page) || page[equals.lastIndex] !== '{') continue;
    const state = equals.lastIndex;
    const limit = scriptEnd(page, state);
    const spec = memberOf(page, state, 'spec', limit, false);
    const data = spec && spec.end !== -1 ? memberOf(page, spec.start, 'data', spec.end, false) : undefined;
    if (data && page[data.start] === '{') {
      finds.push({
        kind: 'document',
        viewer,
        start: data.start,
        document: sliceOf(page, data.start, data.end === -1 ? limit : data.end),
        literal: false,
      });
    } else if (valueEnd(page, state, limit, false) === -1) {
      // Cut short, or not JSON: read as it stands, so that the parser says where it breaks.
      finds.push({ kind: 'document', viewer, start: state, document: sliceOf(page, state, limit), literal: false });
    }
  }
  return finds;
}

/** `<script id="api-reference">`: its content, its `data-configuration`, its `data-url`. */
function scalarScripts(page: string): ViewerFind[] {
  const viewer = 'Scalar';
  const finds: ViewerFind[] = [];
  const seen = new Set<number>();
  for (const at of occurrences(page, 'api-reference')) {
    const tagStart = page.lastIndexOf('<', at);
    if (tagStart === -1 || seen.has(tagStart) || page.slice(tagStart, tagStart + 7).toLowerCase() !== '<script') continue;
    seen.add(tagStart);
    const tag = startTag(page, tagStart);
    const id = tag.attributes.find((attribute) => attribute.name === 'id');
    if (tag.end === -1 || id?.raw !== 'api-reference' || id.start > at || at >= id.start + id.raw.length) continue;
    const url = tag.attributes.find((attribute) => attribute.name === 'data-url');
    const configuration = tag.attributes.find((attribute) => attribute.name === 'data-configuration');
    const end = scriptEnd(page, tag.end);
    const content = /\S/.exec(page.slice(tag.end, end));
    if (content) {
      let last = end;
      while (last > tag.end && /\s/.test(page[last - 1]!)) last--;
      const start = tag.end + content.index;
      finds.push({ kind: 'document', viewer, start, document: sliceOf(page, start, last), literal: false });
    } else if (url?.raw) finds.push({ kind: 'link', viewer, start: url.start, url: decodeAttribute(url.raw, url.start).text });
    else if (configuration) finds.push(...fromConfiguration(decodeAttribute(configuration.raw, configuration.start), viewer));
  }
  return finds;
}

/** Scalar's configuration JSON: `{"spec":{"content":…,"url":…}}`, or those keys at its top. */
function fromConfiguration(config: PageText, viewer: string): ViewerFind[] {
  const text = config.text;
  const start = text.search(/\S/);
  if (start === -1 || text[start] !== '{') return [];
  const spec = memberOf(text, start, 'spec', text.length, false);
  const holder = spec && text[spec.start] === '{' ? spec.start : start;
  const content = memberOf(text, holder, 'content', text.length, false);
  if (content) return [contentFind(config, content, viewer, false)];
  const url = memberOf(text, holder, 'url', text.length, false);
  const link = url && url.end !== -1 ? stringLiteral(text, url.start, url.end) : undefined;
  return link ? [{ kind: 'link', viewer, start: config.pageOffset(url!.start), url: link }] : [];
}

/** A `content`/`spec` value: an object (the document), a string (the document's text), or neither. */
function contentFind(host: PageText, span: { start: number; end: number }, viewer: string, literal: boolean): ViewerFind {
  const start = host.pageOffset(span.start);
  const end = span.end === -1 ? host.text.length : span.end;
  if (host.text[span.start] === '{') return { kind: 'document', viewer, start, document: subText(host, span.start, end), literal };
  const text = stringLiteral(host.text, span.start, end);
  if (text !== undefined) {
    // The string's escapes are decoded: every place in it is given as the string's start.
    return { kind: 'document', viewer, start, document: { text, pageOffset: () => start, exact: false }, literal: false };
  }
  return { kind: 'unreadable', viewer, start, what: `\`${host.text.slice(span.start, Math.min(end, span.start + 40))}\`` };
}

const CALLS: ReadonlyArray<{ name: string; viewer: string; key: string }> = [
  { name: 'SwaggerUIBundle(', viewer: 'Swagger UI', key: 'spec' },
  { name: 'SwaggerUI(', viewer: 'Swagger UI', key: 'spec' },
  { name: 'createApiReference(', viewer: 'Scalar', key: 'content' },
  { name: 'Redoc.init(', viewer: 'Redoc', key: '' },
];

/** `SwaggerUIBundle({ spec: {…} | url })`, `Scalar.createApiReference('#app', { content | url })`, `Redoc.init(spec | url)`. */
function viewerCalls(page: string, inScript: (offset: number) => boolean): ViewerFind[] {
  const finds: ViewerFind[] = [];
  for (const { name, viewer, key } of CALLS) {
    for (const at of occurrences(page, name)) {
      if (!inScript(at)) continue;
      const limit = scriptEnd(page, at);
      const host: PageText = { text: page, pageOffset: (offset) => offset, exact: true };
      let argument = skipSpace(page, at + name.length);
      if (key === '') {
        // Redoc.init(specOrUrl, options, element)
        const end = valueEnd(page, argument, limit, true);
        const url = end === -1 ? undefined : stringLiteral(page, argument, end);
        if (url !== undefined) finds.push({ kind: 'link', viewer, start: argument, url });
        else finds.push(contentFind(host, { start: argument, end }, viewer, true));
        continue;
      }
      if (page[argument] !== '{') {
        // createApiReference('#app', {…}): the options are the second argument.
        const end = valueEnd(page, argument, limit, true);
        if (end === -1 || page[skipSpace(page, end)] !== ',') continue;
        argument = skipSpace(page, skipSpace(page, end) + 1);
      }
      const spec = memberOf(page, argument, key, limit, true);
      if (spec) {
        finds.push(contentFind(host, spec, viewer, true));
        continue;
      }
      const url = memberOf(page, argument, 'url', limit, true);
      const link = url && url.end !== -1 ? stringLiteral(page, url.start, url.end) : undefined;
      if (link !== undefined) finds.push({ kind: 'link', viewer, start: url!.start, url: link });
      else finds.push(...listedUrls(page, memberOf(page, argument, 'urls', limit, true), viewer));
    }
  }
  return finds;
}

/** Swagger UI's `urls: [{ url: "a.json", name: "A" }, …]`: a link for each. */
function listedUrls(page: string, span: { start: number; end: number } | undefined, viewer: string): ViewerFind[] {
  if (!span || span.end === -1 || page[span.start] !== '[') return [];
  const finds: ViewerFind[] = [];
  for (const match of page.slice(span.start, span.end).matchAll(/\burl["']?\s*:\s*("[^"\n]*"|'[^'\n]*')/g)) {
    const start = span.start + match.index + match[0].length - match[1]!.length;
    const url = stringLiteral(match[1]!, 0, match[1]!.length);
    if (url) finds.push({ kind: 'link', viewer, start, url });
  }
  return finds;
}

const ELEMENTS: ReadonlyArray<{ tag: string; viewer: string; document?: string; url: string }> = [
  { tag: '<elements-api', viewer: 'Stoplight Elements', document: 'apidescriptiondocument', url: 'apidescriptionurl' },
  { tag: '<redoc', viewer: 'Redoc', url: 'spec-url' },
  { tag: '<rapi-doc', viewer: 'RapiDoc', url: 'spec-url' },
];

/** `<elements-api apiDescriptionDocument="…">` (entities decoded) and the elements that name a spec URL. */
function viewerElements(page: string): ViewerFind[] {
  const finds: ViewerFind[] = [];
  for (const { tag: name, viewer, document, url } of ELEMENTS) {
    for (const at of occurrences(page, name)) {
      if (!/[\s>/]/.test(page[at + name.length] ?? '')) continue;
      const tag = startTag(page, at);
      const inline = document === undefined ? undefined : tag.attributes.find((attribute) => attribute.name === document);
      const link = tag.attributes.find((attribute) => attribute.name === url);
      if (inline?.raw.trim()) {
        const decoded = decodeAttribute(inline.raw, inline.start);
        const start = decoded.text.search(/\S/);
        finds.push({
          kind: 'document',
          viewer,
          start: decoded.pageOffset(start),
          document: subText(decoded, start, decoded.text.length),
          literal: false,
        });
      } else if (link?.raw) finds.push({ kind: 'link', viewer, start: link.start, url: decodeAttribute(link.raw, link.start).text });
    }
  }
  return finds;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
