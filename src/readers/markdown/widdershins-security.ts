/**
 * Widdershins' security: its page's `# Authentication` section states the schemes, and each
 * operation's aside which of them it takes.
 *
 *     # Authentication
 *     * API Key (api_key)                                   → apiKey `api_key`, in the header `api_key`
 *         - Parameter Name: **api_key**, in: header.
 *     - oAuth2 authentication.                              → oauth2, its flows
 *         - Flow: implicit
 *         - Authorization URL = [https://…](https://…)
 *     |Scope|Scope Description|                              → the flow's scopes
 *     * HTTP Authentication, scheme: bearer                 → http, scheme bearer
 *
 *     <aside class="warning">To perform this operation, you must be authenticated by means of one of
 *     the following methods: petstore_auth ( Scopes: write:pets read:pets ), api_key</aside>
 *                                                           → security: [{petstore_auth: [write:pets, read:pets]}, {api_key: []}]
 *     <aside class="success">This operation does not require authentication</aside>   → security: []
 *
 * Only an API key's line names its scheme; an oauth2 scheme is the one the asides name with
 * scopes its table lists, an HTTP scheme the one name the asides give that no other scheme has,
 * where one such scheme and one such name are all there is. A scheme no name is found for is not
 * stated (its type is known, its key is not), and a requirement naming a scheme the page does not
 * state is dropped: nothing dangles, nothing is invented.
 */
import type { Heading, List, ListItem, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { JsonValue, SecurityRequirement, SecurityScheme } from '../../ir/types.js';

/** The aside over an operation's methods; its words after the colon. */
const REQUIRED = /you\s+must\s+be\s+authenticated\s+by\s+means\s+of\s+one\s+of\s+the\s+following\s+methods:\s*([\s\S]*?)\s*<\/aside>/i;
const NONE = /<aside\b[^>]*>\s*This\s+operation\s+does\s+not\s+require\s+authentication\s*<\/aside>/i;
/** `petstore_auth ( Scopes: write:pets read:pets )`, `api_key`. */
const METHOD = /^([A-Za-z_][\w.-]*)(?:\s*\(\s*Scopes:\s*([^()]*)\))?$/;

/** Widdershins' aside of an operation's security (`you must be authenticated by means of …`, `does not require authentication`): no note of its words. */
export function isSecurityAside(html: string): boolean {
  return NONE.test(html) || REQUIRED.test(html);
}

/** What an operation's aside says of its security; undefined where the node is no such aside. */
export function asideSecurity(node: RootContent): SecurityRequirement[] | undefined {
  if (node.type !== 'html' || !/^<aside\b/i.test(node.value)) return undefined;
  if (NONE.test(node.value)) return [];
  const listed = REQUIRED.exec(node.value)?.[1];
  if (listed === undefined) return undefined;
  const requirements: SecurityRequirement[] = [];
  // `a, b`: either; `a & b` (a requirement of several schemes): all of them.
  for (const alternative of listed.split(/,(?![^()]*\))/)) {
    const requirement: SecurityRequirement = {};
    for (const part of alternative.split('&')) {
      const method = METHOD.exec(part.trim());
      if (!method) return undefined;
      requirement[method[1]!] = (method[2] ?? '').split(/\s+/).filter(Boolean);
    }
    requirements.push(requirement);
  }
  return requirements;
}

interface Stated {
  scheme: Omit<SecurityScheme, 'name'>;
  name?: string;
  /** An oauth2 scheme's scopes, every flow's. */
  scopes: Set<string>;
}

/**
 * The schemes the page's `# Authentication` section states, named as the section or the page's
 * asides (`requirements`) name them; those no name is found for are left out.
 */
export function authenticationSchemes(nodes: readonly RootContent[], requirements: readonly SecurityRequirement[]): SecurityScheme[] {
  const at = nodes.findIndex((node) => node.type === 'heading' && node.depth === 1 && /^authentication$/i.test(plainText(node).trim()));
  if (at < 0) return [];
  const stated: Stated[] = [];
  for (const node of nodes.slice(at + 1)) {
    if (node.type === 'heading' && (node as Heading).depth <= 1) break;
    if (node.type === 'html' && /^<h1\b/i.test(node.value)) break;
    if (node.type === 'list') for (const item of node.children) readItem(item, stated);
    else if (node.type === 'table') readScopes(node, stated.at(-1));
  }
  nameSchemes(stated, requirements);
  return stated.flatMap((entry) => (entry.name ? [{ name: entry.name, ...entry.scheme }] : []));
}

/** The names the requirements give, and the scopes each is named with. */
function namedIn(requirements: readonly SecurityRequirement[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const requirement of requirements)
    for (const [name, scopes] of Object.entries(requirement)) {
      const known = names.get(name) ?? new Set<string>();
      for (const scope of scopes) known.add(scope);
      names.set(name, known);
    }
  return names;
}

function nameSchemes(stated: Stated[], requirements: readonly SecurityRequirement[]): void {
  const names = namedIn(requirements);
  const taken = new Set(stated.flatMap((entry) => (entry.name ? [entry.name] : [])));
  // An oauth2 scheme: the one name whose scopes its table lists, where it is the one oauth2 scheme they fit.
  for (const entry of stated) {
    if (entry.name || entry.scheme.type !== 'oauth2') continue;
    const fits = [...names].filter(
      ([name, scopes]) => !taken.has(name) && scopes.size > 0 && [...scopes].every((s) => entry.scopes.has(s)),
    );
    const others = stated.filter((other) => other !== entry && !other.name && other.scheme.type === 'oauth2');
    if (fits.length === 1 && !others.some((other) => [...fits[0]![1]].every((s) => other.scopes.has(s)))) {
      entry.name = fits[0]![0];
      taken.add(entry.name);
    }
  }
  // The one scheme left unnamed, the one name left: each other's.
  const unnamed = stated.filter((entry) => !entry.name);
  const left = [...names].filter(([name, scopes]) => !taken.has(name) && scopes.size === 0);
  if (unnamed.length === 1 && unnamed[0]!.scheme.type !== 'oauth2' && left.length === 1) unnamed[0]!.name = left[0]![0];
}

/** `API Key (api_key)`, `oAuth2 authentication.`, `HTTP Authentication, scheme: bearer`, and the items under them. */
function readItem(item: ListItem, stated: Stated[]): void {
  const [first, ...rest] = item.children;
  const line = first?.type === 'paragraph' ? plainText(first).trim() : '';
  const nested = rest.flatMap((child) => (child.type === 'list' ? (child as List).children : []));
  const lines = nested.map((child) => (child.children[0]?.type === 'paragraph' ? plainText(child.children[0]).trim() : ''));
  const key = /^API Key \(([^()\s]+)\)$/i.exec(line);
  if (key) {
    const where = lines.map((text) => /^Parameter Name:\s*(\S+?),\s*in:\s*(header|query|cookie)\b/i.exec(text)).find(Boolean);
    if (!where) return;
    stated.push({
      name: key[1]!,
      scheme: { type: 'apiKey', in: where[2]!.toLowerCase() as 'header' | 'query' | 'cookie', parameterName: where[1]! },
      scopes: new Set(),
    });
    return;
  }
  const http = /^HTTP Authentication, scheme:\s*([A-Za-z][\w-]*)$/i.exec(line);
  if (http) {
    stated.push({ scheme: { type: 'http', scheme: http[1]!.toLowerCase() }, scopes: new Set() });
    return;
  }
  if (/^oAuth2 authentication\./i.test(line)) {
    const flows: Record<string, Record<string, JsonValue>> = {};
    let flow: Record<string, JsonValue> | undefined;
    for (const text of lines) {
      const named = /^Flow:\s*(implicit|password|clientCredentials|authorizationCode|application|accessCode)$/i.exec(text);
      if (named) {
        flow = {};
        flows[flowName(named[1]!)] = flow;
      }
      const url = /^(Authorization|Token|Refresh) URL\s*=\s*(\S+)$/i.exec(text);
      if (url && flow) flow[`${url[1]!.toLowerCase()}Url`] = url[2]!;
    }
    if (Object.keys(flows).length === 0) return;
    // Each flow's scopes (OpenAPI requires the map), which the table under it fills (`readScopes`).
    for (const each of Object.values(flows)) each.scopes = {};
    stated.push({ scheme: { type: 'oauth2', flows }, scopes: new Set() });
  }
}

/** Swagger 2's flow names are OpenAPI 3's: `application` → `clientCredentials`, `accessCode` → `authorizationCode`. */
function flowName(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'application' || lower === 'clientcredentials') return 'clientCredentials';
  if (lower === 'accesscode' || lower === 'authorizationcode') return 'authorizationCode';
  return lower;
}

/** `|Scope|Scope Description|` under an oauth2 scheme: its last flow's scopes. */
function readScopes(table: Table, entry: Stated | undefined): void {
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim().toLowerCase());
  if (entry?.scheme.type !== 'oauth2' || header?.[0] !== 'scope') return;
  const flows = entry.scheme.flows as Record<string, Record<string, JsonValue>>;
  const last = Object.values(flows).at(-1);
  if (!last) return;
  const scopes = last.scopes as Record<string, JsonValue>;
  for (const row of table.children.slice(1)) {
    const scope = row.children[0] ? plainText(row.children[0]).trim() : '';
    if (!scope) continue;
    scopes[scope] = row.children[1] ? plainText(row.children[1]).trim() : '';
    entry.scopes.add(scope);
  }
}
