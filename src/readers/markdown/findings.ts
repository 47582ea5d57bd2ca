/**
 * What the general reader found on a page, in words: `generate --format json` gives it as the
 * file's reason, so a user learns why a page gave what it gave.
 *
 *     2 request lines in fences; 1 GFM attribute table, 1 HTML request body table; 1 parameter
 *     named in prose; 2 request samples (1 from curl), 3 response samples
 *     no endpoint signature (no `METHOD /path` in a fence, heading, inline code, method/URL table
 *     or `Method:` line, and no curl command)
 *     … and no curl command); defines 2 types (User, AgeGroup)       (a page of types)
 *
 * Tables and samples the reader made carry their origin (`markOrigin`); a table without one is a
 * GFM table of the page.
 */
import type { Code, RootContent, Table } from 'mdast';
import type { SectionKind } from '../../document/types.js';
import type { Region } from './regions.js';

type Origin =
  | 'HTML'
  | 'bullet list'
  | 'definition list'
  | 'API Blueprint'
  | 'prose'
  | 'example URL'
  | 'curl'
  | 'client call'
  | 'MDX component'
  | 'GitBook block'
  | 'httpdomain'
  | 'type sketch'
  | 'query sketch'
  | 'fenced list'
  | 'WADL'
  | 'JSON Schema'
  | 'raml2html'
  | 'tab-separated'
  | 'reader';

const ORIGINS = new WeakMap<Table | Code, Origin>();

/** Says where a table or sample the reader placed came from (`reader`: made from prose it also keeps, not counted). */
export function markOrigin<T extends Table | Code>(node: T, origin: Origin): T {
  ORIGINS.set(node, origin);
  return node;
}

const SIGNATURE_PLACES: Record<string, [string, string]> = {
  fence: ['in a fence', 'in fences'],
  heading: ['in a heading', 'in headings'],
  inline: ['in inline code', 'in inline code'],
  table: ['in a method/URL table', 'in method/URL tables'],
  index: ['in a table of routes linking to its section', 'in tables of routes linking to their sections'],
  label: ['in a `Method:` line', 'in `Method:` lines'],
  curl: ['from a curl command', 'from curl commands'],
  'front matter': ['in front matter', 'in front matter'],
  html: ['in an HTML block', 'in HTML blocks'],
  block: ['in a GitBook API block', 'in GitBook API blocks'],
  directive: ['in a Sphinx httpdomain directive', 'in Sphinx httpdomain directives'],
  list: ['in a list of routes', 'in lists of routes'],
};

const TABLE_NOUNS: Partial<Record<SectionKind, string>> = {
  'path-parameters': 'path parameter',
  'query-parameters': 'query parameter',
  'request-headers': 'header',
  'request-cookies': 'cookie',
  parameters: 'parameter',
  attributes: 'attribute',
  'request-body': 'request body',
  'response-body': 'response body',
  responses: 'status',
  'type-definition': 'type',
};

const NO_SIGNATURE =
  'no endpoint signature (no `METHOD /path` in a fence, heading, inline code, method/URL table or `Method:` line, and no curl command)';

/** The findings of a page laid out as `children` from `regions`. */
export function describeFindings(regions: readonly Region[], children: readonly RootContent[]): string {
  if (regions.length === 0) return `${NO_SIGNATURE}${definedTypes(children)}`;
  const parts = [signatures(regions)];
  const tables = new Counts();
  const named = new Counts();
  let requests = 0;
  let fromCurl = 0;
  let fromClients = 0;
  let responses = 0;
  let section: SectionKind | undefined;
  for (const node of children) {
    if (node.type === 'heading') section = node.data?.section;
    else if (node.type === 'table' && section && TABLE_NOUNS[section]) {
      const origin = ORIGINS.get(node);
      const rows = node.children.length - 1;
      if (origin === 'prose' && section === 'attributes') named.add(['form field named in prose', 'form fields named in prose'], rows);
      else if (origin === 'prose') named.add(['parameter named in prose', 'parameters named in prose'], rows);
      else if (origin === 'example URL') named.add(['query key from an example URL', 'query keys from example URLs'], rows);
      else if (origin !== 'reader') {
        const noun = `${origin ?? 'GFM'} ${TABLE_NOUNS[section]}`;
        tables.add([`${noun} table`, `${noun} tables`]);
      }
    } else if (node.type === 'code' && section === 'sample-request') {
      requests++;
      if (ORIGINS.get(node) === 'curl') fromCurl++;
      if (ORIGINS.get(node) === 'client call') fromClients++;
    } else if (node.type === 'code' && section === 'sample-response') responses++;
  }
  for (const counts of [tables, named]) if (counts.size > 0) parts.push(counts.text());
  const samples = [
    requests > 0 ? `${plural(requests, 'request sample', 'request samples')}${sampleOrigins(fromCurl, fromClients)}` : '',
    responses > 0 ? plural(responses, 'response sample', 'response samples') : '',
  ].filter(Boolean);
  if (samples.length > 0) parts.push(samples.join(', '));
  const declared = children.filter((node) => node.type === 'heading' && node.data?.schema !== undefined).length;
  if (declared > 0) parts.push(plural(declared, 'TypeScript declaration', 'TypeScript declarations'));
  return parts.join('; ');
}

/** `; defines 2 types (User, AgeGroup)`: the types a page of no operation defines, in page order; empty where none. */
function definedTypes(children: readonly RootContent[]): string {
  const names = children.flatMap((node) =>
    node.type === 'heading' && (node.data?.section === 'type-definition' || node.data?.section === 'enum-definition') && node.data.name
      ? [node.data.name]
      : [],
  );
  return names.length > 0 ? `; defines ${plural(names.length, 'type', 'types')} (${names.join(', ')})` : '';
}

function signatures(regions: readonly Region[]): string {
  const all = regions.flatMap((region) => region.signatures);
  const counts = new Counts();
  for (const signature of all)
    counts.add(
      signature.tool
        ? [`from a call with ${signature.tool}`, `from calls with ${signature.tool}`]
        : (SIGNATURE_PLACES[signature.kind] ?? ['', '']),
    );
  const lines = plural(all.length, 'request line', 'request lines');
  // `3 request lines in fences`; `2 request lines (1 in a fence, 1 in inline code)`.
  const stated = counts.size === 1 ? `${lines} ${counts.text().replace(/^\d+ /, '')}` : `${lines} (${counts.text()})`;
  // Requests the page says the API sends to the reader's endpoint (webhook-deliveries.ts).
  const hooks = all.filter((signature) => signature.webhook !== undefined).length;
  return hooks === 0 ? stated : `${stated}, ${plural(hooks, 'webhook', 'webhooks')} (requests the API sends to the reader's endpoint)`;
}

/** ` (2 from curl, 1 from another client's call)`; empty where neither made one. */
function sampleOrigins(curl: number, clients: number): string {
  const parts = [
    curl > 0 ? `${curl} from curl` : '',
    clients > 0 ? plural(clients, "from another client's call", "from other clients' calls") : '',
  ];
  const stated = parts.filter(Boolean).join(', ');
  return stated ? ` (${stated})` : '';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Counts by phrase, in first-seen order (deterministic: the page's order). */
class Counts {
  private readonly counts = new Map<string, { forms: [string, string]; count: number }>();

  get size(): number {
    return this.counts.size;
  }

  add(forms: [string, string], by = 1): void {
    const entry = this.counts.get(forms[0]);
    if (entry) entry.count += by;
    else this.counts.set(forms[0], { forms, count: by });
  }

  text(): string {
    return [...this.counts.values()].map(({ forms, count }) => plural(count, ...forms)).join(', ');
  }
}
