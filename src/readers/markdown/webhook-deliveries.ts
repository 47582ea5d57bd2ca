/**
 * Webhook pages: requests the API *sends* to the reader's own endpoint are OpenAPI 3.1 `webhooks`,
 * not operations of the API (`signature.webhook`, then `code.data.webhook` on the request line).
 *
 * The rule is conservative: both of these, or the request stays an operation.
 *
 * 1. The page says the API sends requests to the reader ("We send a POST request to the URL you
 *    configure", "sent to your webhook URL", "Your endpoint receives …").
 * 2. The request itself is one that arrives at the reader's server:
 *
 *        POST /hooks/issues HTTP/1.1          ← a request line whose message names the reader's host
 *        Host: example.com                       (`example.com`, `your-server.com`, `<your-url>`) or
 *        X-Hook-Event: issue.created             carries an event header (`X-GitHub-Event`, `X-Hook-Signature`,
 *                                                `Stripe-Signature`, `X-Webhook-Secret`), or
 *        POST {your_webhook_url}              ← whose target is a placeholder of the reader's URL
 *        POST https://example.com/webhook        (or a URL on such a host).
 *
 * A `POST /projects/:id/hooks` that registers a webhook shows none of these: it stays in `paths`.
 *
 * Pages that list events without a request line (one heading per event, a payload table or sample)
 * read as webhooks where the page states the method it sends them with ("We send a POST request …"):
 *
 *     ## `customer.created`            → webhook `customer.created` (POST)
 *     ## Push events                   → webhook `Push Hook` (the event header's value)
 *     ```plaintext ⏎ X-Gitlab-Event: Push Hook ⏎ ```
 *     ```json ⏎ { "object_kind": "push" } ⏎ ```
 *
 * The webhook's key is the event's name: an event header's value, else an event name in code in
 * its heading (`issue.created`, `order/created`), else the heading's words.
 */
import type { Code, Heading, InlineCode, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { Region } from './regions.js';
import { headingSectionEnd } from './section-end.js';

/** The sentence's verb of sending (`We send`, `are sent`, `POSTs`, `delivers`). */
const SENDS = /\b(?:send|sends|sent|sending|post|posts|posted|deliver|delivers|delivered|notif(?:y|ies|ied)|push|pushes|pushed)\b/i;
/** …to the reader's endpoint: `to your (webhook) URL`, `to the webhook URL`, `to the URL you configure`. */
const TO_READER = new RegExp(
  [
    String.raw`\bto\s+(?:your|each)\s+(?:[\w-]+\s+){0,3}?(?:url|uri|endpoint|server|app|application|listener|handler|receiver)s?\b`,
    String.raw`\bto\s+(?:the|a|any|each)\s+(?:[\w-]+\s+){0,2}?(?:webhook|hook|callback|notification|subscriber|subscription)s?\s+(?:url|uri|endpoint|address)s?\b`,
    String.raw`\bto\s+the\s+(?:url|uri|endpoint|address)s?\s+(?:that\s+)?you\s+(?:configure|configured|provide|provided|specify|specified|register|registered|set|supply|supplied)\b`,
    String.raw`\bto\s+the\s+configured\s+(?:url|uri|endpoint)\b`,
  ].join('|'),
  'i',
);
/** `Your endpoint receives`, `your server will receive`. */
const READER_RECEIVES =
  /\byour\s+(?:[\w-]+\s+){0,2}?(?:endpoint|server|app|application|listener|handler|receiver)\s+(?:receives|will\s+receive|gets|will\s+get)\b/i;
/** The method the sentence says the requests are sent with (`a POST request`, `HTTP POST`, `POSTs`). */
const SENT_METHOD = /\b(?:(POST|PUT|GET)\s+requests?|HTTP\s+(POST|PUT|GET)|(POST)s)\b/;

/** A host of the reader's own server as docs write it: `example.com` (no API subdomain), `your-server.com`. */
const READER_HOST = /^(?:(?:www\.)?example\.(?:com|org|net)|(?:[\w-]+\.)*your[\w-]*(?:\.[\w-]+)*)(?::\d+)?$/i;
/**
 * A placeholder of the reader's URL: `{your_webhook_url}`, `<your-url>`, `$WEBHOOK_URL`, `[callback URL]`
 * (its words name the reader or a hook: `{base_url}`, `{{host}}` are the API's own).
 */
const READER_PLACEHOLDER =
  /^(?:\{[^{}]*(?:your|hook|callback|listener|receiver)[^{}]*\}|<[^<>]*(?:your|hook|callback|listener|receiver)[^<>]*>|\$\{?[A-Z_]*(?:HOOK|CALLBACK)[A-Z_]*\}?|\[[^[\]]*(?:your|hook|callback)[^[\]]*\])(?:\/\S*)?$/i;
/** Headers only a delivery carries: `X-GitHub-Event`, `X-Hub-Signature-256`, `Stripe-Signature`, `X-Webhook-Secret`, `X-Shopify-Topic`. */
const EVENT_HEADER =
  /^[ \t]*(X-(?:[\w-]*?-)?(?:Event|Events|Event-Type|Event-Name|Topic|Signature(?:-\d+)?|Delivery|Hook-Id|Hook-Uuid)|X-(?:Web)?hook-[\w-]+|[\w-]+-Signature(?:-\d+)?)[ \t]*:[ \t]*(.*)$/i;
/** An event header naming the event (its value is the webhook's key). */
const NAMING_HEADER = /(?:^|-)(?:event|events|event-type|event-name|topic)$/i;
/** An event's name as vendors write it in code: `issue.created`, `order/created`, `customer.subscription.deleted`. */
const EVENT_NAME = /^[A-Za-z][\w-]*(?:[./:][A-Za-z][\w-]*)+$/;
/** A heading that names an event: `Push events`, `Order webhook`, `Issue created event`. */
const EVENT_TITLE = /\b(?:events?|hooks?|webhooks?|callbacks?|notifications?)\s*$/i;
const REQUEST_LINE = /^[ \t]*(GET|PUT|POST|PATCH|DELETE)[ \t]+(\S+)(?:[ \t]+HTTP\/[\d.]+)?[ \t]*$/;

/** Words a page that states deliveries holds (checked before its sentences are read). */
export const DELIVERY_HINT =
  /\byour\b|\b(?:webhook|hook|callback|notification|subscriber|subscription)s?\s+(?:url|uri|endpoint|address)|\byou\s+(?:configure|provide|specify|register|set|supply)|\bconfigured\s+(?:url|uri|endpoint)/i;

/** Whether the page says the API sends requests to the reader's endpoint, and the method it names for them. */
export function statedDeliveries(nodes: readonly RootContent[]): { method?: string } | undefined {
  let found: { method?: string } | undefined;
  for (const node of nodes) {
    if (node.type !== 'paragraph' && node.type !== 'blockquote' && node.type !== 'list') continue;
    for (const sentence of plainText(node).split(/(?<=[.!?])\s+/)) {
      if (!(READER_RECEIVES.test(sentence) || (SENDS.test(sentence) && TO_READER.test(sentence)))) continue;
      const method = SENT_METHOD.exec(sentence);
      found ??= {};
      if (method && !found.method) found.method = (method[1] ?? method[2] ?? method[3])!;
    }
  }
  return found;
}

/** Marks each region's signatures that the page shows as deliveries to the reader (see above) with the webhook's name. */
export function markDeliveredSignatures(nodes: readonly RootContent[], regions: readonly Region[]): void {
  for (const region of regions) {
    const own = nodes.slice(region.start, region.end);
    for (const signature of region.signatures) {
      if (signature.webhook) continue;
      const offset = signature.position?.start.offset;
      const holder = own.find(
        (node): node is Code =>
          node.type === 'code' &&
          offset !== undefined &&
          (node.position?.start.offset ?? Number.NaN) <= offset &&
          offset <= (node.position?.end.offset ?? Number.NaN),
      );
      // The target as the signature wrote it (a fence, a heading, inline code), or the message a fence holds.
      const target = signature.host !== undefined && readerTarget(`${signature.host}${signature.path === '/' ? '' : signature.path}`);
      if (!target && !(holder && arrivesAtReader(holder.value))) continue;
      const name = eventName(own, region) ?? headingName(nodes, region);
      if (name) signature.webhook = name;
    }
  }
}

/** A message whose request line or headers show it arriving at the reader's server. */
function arrivesAtReader(text: string): boolean {
  const lines = text.split('\n');
  const first = REQUEST_LINE.exec(lines[0] ?? '');
  if (!first) return false;
  if (readerTarget(first[2]!)) return true;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') break;
    const host = /^[ \t]*Host[ \t]*:[ \t]*(\S+)[ \t]*$/i.exec(line);
    if (host && READER_HOST.test(host[1]!)) return true;
    if (EVENT_HEADER.test(line)) return true;
  }
  return false;
}

/** `{your_webhook_url}`, `https://example.com/webhook`, `https://your-server.com/hooks`. */
function readerTarget(target: string): boolean {
  if (READER_PLACEHOLDER.test(target)) return true;
  const url = /^(?:https?:)?\/\/([^/?#\s]+)/i.exec(target);
  return url !== null && READER_HOST.test(url[1]!);
}

/** The event's name an event header of the region's code states (`X-Gitlab-Event: Push Hook`), else one its heading's code names. */
function eventName(own: readonly RootContent[], region: Region): string | undefined {
  const head = region.headed ? own[0] : undefined;
  return headerEventName(own) ?? (head?.type === 'heading' ? codeEventName(head) : undefined);
}

/** `` ## `issue.created` event `` → `issue.created`. */
function codeEventName(heading: Heading): string | undefined {
  const code = heading.children.find((child): child is InlineCode => child.type === 'inlineCode' && EVENT_NAME.test(child.value.trim()));
  return code?.value.trim();
}

/** The words of the heading the region stands under (its own, or the nearest above it). */
function headingName(nodes: readonly RootContent[], region: Region): string | undefined {
  for (let index = region.start; index >= 0; index--) {
    const node = nodes[index]!;
    if (node.type === 'heading') return plainText(node).replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}

/**
 * Event sections without a request line, on a page that states the method it sends them with: a
 * request line (`POST /<event>`, at the heading's end) marked as the event's webhook is put after
 * each heading that names an event and has a payload (a table or a JSON sample) under it, the
 * deepest such heading of a stretch only. Returns the nodes with those lines, and the lines' names.
 */
export function eventRequestLines(nodes: readonly RootContent[], method: string): { nodes: RootContent[]; names: Map<Code, string> } {
  const candidates: Array<{ index: number; end: number; name: string }> = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const end = headingSectionEnd(nodes, index);
    const own = nodes.slice(index + 1, end);
    if (own.some((child) => child.type === 'code' && REQUEST_LINE.test(child.value.split('\n')[0] ?? ''))) return;
    if (!own.some(isPayload)) return;
    const named = codeEventName(node) ?? headerEventName(own);
    const title = plainText(node).replace(/\s+/g, ' ').trim();
    const name = named ?? (EVENT_TITLE.test(title) ? title : undefined);
    if (name) candidates.push({ index, end, name });
  });
  // The deepest heading of a stretch: `# Webhook events` over `## Push events` is the page's title, no event.
  const kept = candidates.filter(
    (outer) => !candidates.some((inner) => inner !== outer && inner.index > outer.index && inner.index < outer.end),
  );
  const names = new Map<Code, string>();
  const out: RootContent[] = [];
  nodes.forEach((node, index) => {
    out.push(node);
    const event = kept.find((candidate) => candidate.index === index);
    if (!event || !node.position) return;
    const at = node.position.end;
    const line: Code = {
      type: 'code',
      lang: 'http',
      meta: null,
      value: `${method} /${event.name.replace(/[^\w.-]+/g, '-')}`,
      position: { start: at, end: at },
    };
    names.set(line, event.name);
    out.push(line);
  });
  return { nodes: out, names };
}

/** Marks the signatures stated by `eventRequestLines`' lines with their event's name. */
export function markEventSignatures(nodes: readonly RootContent[], regions: readonly Region[], names: ReadonlyMap<Code, string>): void {
  for (const region of regions)
    for (const signature of region.signatures) {
      const offset = signature.position?.start.offset;
      for (const index of region.signatureNodes) {
        const node = nodes[index];
        const name = node?.type === 'code' ? names.get(node) : undefined;
        if (name && node?.position?.start.offset === offset) signature.webhook = name;
      }
    }
}

/** The event an event header of the section's code names (`X-Gitlab-Event: Push Hook` → `Push Hook`). */
function headerEventName(own: readonly RootContent[]): string | undefined {
  for (const node of own) {
    if (node.type !== 'code') continue;
    for (const line of node.value.split('\n')) {
      const header = EVENT_HEADER.exec(line);
      const value = header?.[2]?.trim().replace(/^["'`]|["'`]$/g, '');
      if (header && NAMING_HEADER.test(header[1]!) && value && !/[<{]/.test(value)) return value;
    }
  }
  return undefined;
}

/** A payload under an event heading: a table, or a JSON sample. */
function isPayload(node: RootContent): boolean {
  if (node.type === 'table') return true;
  return node.type === 'code' && (/^json/i.test(node.lang ?? '') || /^\s*[{[]/.test(node.value));
}
