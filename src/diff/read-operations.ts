/**
 * Read the operations of one resolved spec: path operations keyed by method and path template
 * (parameter names ignored, so `/pets/{id}` matches `/pets/{petId}`), top-level 3.1 `webhooks`
 * keyed by name and method, and each operation's `callbacks` keyed by name, URL expression and
 * method. Webhooks and callbacks are "events": requests the API sends to its clients.
 */
import { asRecord, type Node, type Resolver } from './resolve.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Parameter {
  /** Matching key: `query:limit`, `header:x-id` (lower-cased), `path:#0` (by position). */
  key: string;
  name: string;
  in: string;
  node: Node;
  schema?: Node;
  required: boolean;
}

/** A request the API sends instead of receives: the API is the client, its users the server. */
export interface EventInfo {
  kind: 'webhook' | 'callback';
  /** Webhook name, or callback name. */
  name: string;
  /** Callback URL expression (`{$request.body#/url}`); absent for webhooks. */
  expression?: string;
  /** The operation that declares the callback; absent for webhooks. */
  owner?: OperationSide;
}

export interface OperationSide {
  method: string;
  /** Path template; a webhook's name; a callback's URL expression. */
  path: string;
  node: Node;
  parameters: Map<string, Parameter>;
  /** Effective security: the operation's, else the document's. Each entry: scheme → scopes. */
  security: Array<Map<string, string[]>>;
  /** Set for webhook and callback operations. */
  event?: EventInfo;
}

/** `GET /pets/{id}`; `POST (webhook newPet)`; `POST {$request.body#/url} (callback onData of POST /subscribe)`. */
export function operationLabel(side: { method: string; path: string; event?: EventInfo }): string {
  const method = side.method.toUpperCase();
  const event = side.event;
  if (event?.kind === 'webhook') return `${method} (webhook ${event.name})`;
  if (event?.kind === 'callback') {
    return `${method} ${side.path} (callback ${event.name}${event.owner ? ` of ${operationLabel(event.owner)}` : ''})`;
  }
  return `${method} ${side.path}`;
}

export function readOperations(resolver: Resolver): Map<string, OperationSide> {
  const out = new Map<string, OperationSide>();
  const root = resolver.root();
  const paths = resolver.child(root, 'paths');
  const rootSecurity = resolver.child(root, 'security');
  for (const path of Object.keys(asRecord(paths?.value) ?? {}).sort()) {
    for (const side of readPathItem(resolver, resolver.child(paths, path), path, rootSecurity)) {
      // Parameter names do not matter for matching; two templates that differ only in them (an
      // invalid spec) keep their own names so that neither is lost.
      const shape = `${side.method} ${path.replace(/\{[^}]*\}/g, '{}')}`;
      out.set(out.has(shape) ? `${side.method} ${path}` : shape, side);
    }
  }
  return out;
}

/** Top-level `webhooks` (OpenAPI 3.1), keyed `name method`. */
export function readWebhooks(resolver: Resolver): Map<string, OperationSide> {
  const out = new Map<string, OperationSide>();
  const webhooks = resolver.child(resolver.root(), 'webhooks');
  for (const name of Object.keys(asRecord(webhooks?.value) ?? {}).sort()) {
    for (const side of readPathItem(resolver, resolver.child(webhooks, name), name, undefined, { kind: 'webhook', name })) {
      out.set(`${name} ${side.method}`, side);
    }
  }
  return out;
}

/** The `callbacks` of one operation, keyed `name expression method`. */
export function readCallbacks(resolver: Resolver, owner: OperationSide): Map<string, OperationSide> {
  const out = new Map<string, OperationSide>();
  const callbacks = resolver.child(owner.node, 'callbacks');
  for (const name of Object.keys(asRecord(callbacks?.value) ?? {}).sort()) {
    const callback = resolver.deref(resolver.child(callbacks, name));
    for (const expression of Object.keys(asRecord(callback?.value) ?? {}).sort()) {
      const event: EventInfo = { kind: 'callback', name, expression, owner };
      for (const side of readPathItem(resolver, resolver.child(callback, expression), expression, undefined, event)) {
        out.set(`${name} ${expression} ${side.method}`, side);
      }
    }
  }
  return out;
}

function readPathItem(
  resolver: Resolver,
  raw: Node | undefined,
  path: string,
  inherited: Node | undefined,
  event?: EventInfo,
): OperationSide[] {
  const item = resolver.deref(raw);
  if (!asRecord(item?.value)) return [];
  const out: OperationSide[] = [];
  const shared = readParameters(resolver, resolver.child(item, 'parameters'), path);
  for (const method of METHODS) {
    const node = resolver.child(item, method);
    if (!asRecord(node?.value)) continue;
    const parameters = new Map(shared);
    for (const [k, p] of readParameters(resolver, resolver.child(node, 'parameters'), path)) parameters.set(k, p);
    const security = readSecurity(resolver.child(node, 'security') ?? inherited);
    out.push({ method, path, node: node!, parameters, security, ...(event ? { event } : {}) });
  }
  return out;
}

function readParameters(resolver: Resolver, list: Node | undefined, path: string): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  if (!Array.isArray(list?.value)) return out;
  const template = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  (list.value as unknown[]).forEach((_, i) => {
    const node = resolver.deref(resolver.child(list, i));
    const p = asRecord(node?.value);
    if (!p || typeof p.name !== 'string' || typeof p.in !== 'string') return;
    const position = template.indexOf(p.name);
    const key =
      p.in === 'path'
        ? `path:#${position === -1 ? p.name : position}`
        : p.in === 'header'
          ? `header:${p.name.toLowerCase()}`
          : `${p.in}:${p.name}`;
    let schema = resolver.child(node, 'schema');
    if (!schema && p.content) {
      const content = resolver.child(node, 'content');
      const first = Object.keys(asRecord(content?.value) ?? {})[0];
      if (first) schema = resolver.child(resolver.child(content, first), 'schema');
    }
    if (!schema && p.type !== undefined) schema = node; // Swagger 2.0: the parameter is its own schema
    out.set(key, {
      key,
      name: p.name,
      in: p.in,
      node: node!,
      ...(schema ? { schema } : {}),
      required: p.required === true || p.in === 'path',
    });
  });
  return out;
}

function readSecurity(node: Node | undefined): Array<Map<string, string[]>> {
  if (!Array.isArray(node?.value)) return [];
  return (node.value as unknown[]).map((req) => {
    const m = new Map<string, string[]>();
    for (const [scheme, scopes] of Object.entries(asRecord(req) ?? {})) {
      m.set(scheme, Array.isArray(scopes) ? scopes.map(String).sort() : []);
    }
    return m;
  });
}
