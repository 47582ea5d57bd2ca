/**
 * A sentence that states the media type the requests are sent in or the answers come in, as
 * JSON:API references (and others) write it in their overview or above the call:
 *
 *     Requests must be sent with the `application/vnd.api+json` content type.   → Content-Type
 *     Set the Content-Type header to application/vnd.api+json.                      → Content-Type
 *     Set the `Accept` header to `application/vnd.api+json`.                        → Accept
 *     Responses are returned in the `application/vnd.api+json` media type.          → Accept (the answers')
 *     Requests and responses use the application/vnd.api+json content type.         → both
 *     Requests and responses use `application/vnd.api+json`.                          → both
 *     Send the body as `application/x-www-form-urlencoded`.                          → Content-Type
 *     For `POST` and `PUT` endpoints, the parameters may be sent as a `query string`
 *     or in the `request body` with content type `application/x-www-form-urlencoded`. → Content-Type,
 *                                                            of those methods' calls only
 *
 * It states what a header line does (header-lines.ts), and stays prose. Only a sentence of one
 * media type that names the header (`Content-Type`, `Accept`) or calls it a content type, media type,
 * MIME type or format (or, naming neither, closes on it as what they are sent, returned or used as:
 * "… use `…`.", "… as `…`.", "… are returned in `…`."), and says whose it is: the requests' (requests, request bodies, "send"; a
 * `Content-Type` the client sets, "set", "use", "include"), the responses' (responses, "returns"), or
 * both. A sentence that negates, sets a condition or offers a choice ("not", "if", "unless", "or",
 * "may", "can") states none, nor does one that mentions a media type in passing ("JSON:API defines
 * `application/vnd.api+json`.", "The response is a JSON document.", "Requests link to schemas in
 * `application/schema+json`.").
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { HeaderLine } from './header-lines.js';

/** A paragraph longer than this holds no statement read here. */
const MAX_PARAGRAPH = 2_000;
/** A sentence longer than this states none. */
const MAX_SENTENCE = 300;
/** A sentence's end: its stop and the blanks after it (a media type's own dots have none after them). */
const SENTENCE_END = /[.!?][ \t\n]+/;
/** A media type of a body (`application/vnd.api+json`, `text/csv`, `multipart/form-data`), no trailing stop. */
const MEDIA_TYPE = /\b(?:application|text|multipart)\/[A-Za-z0-9][\w.+-]{0,80}/g;
const CONTENT_TYPE = /\bcontent[- ]type\b/i;
/** The `Accept` header named (the verb "accept" is no header: the name capitalised, after "the" or before "header" or a colon). */
const ACCEPT = /\bthe[ \t]+Accept\b|\bAccept(?:[ \t]+(?:request[ \t]+)?header\b|:)/;
const TYPE_WORD = /\b(?:media|mime)[- ]type\b|\bformat\b/i;
/**
 * A sentence naming neither the header nor a type word that closes on its one media type as what
 * the bodies are sent, returned or used as (`… use application/json.`, `… as text/csv.`,
 * `… are returned in application/xml.`): a statement of it, where a media type elsewhere in a
 * sentence (`… link to schemas in application/schema+json.`) is one in passing.
 */
const STATED_AS =
  /(?:^|[ \t])(?:use[sd]?|using|as|(?:sent|returned|encoded|written|formatted|served|delivered)[ \t]+in)[ \t]+(?:the[ \t]+)?(?:application|text|multipart)\/[A-Za-z0-9][\w.+-]{0,80}[ \t]*[.!]?$/i;
const REQUEST = /\brequests?\b|\bsen[dt]\b|\bsending\b|\bpayloads?\b/i;
const RESPONSE = /\brespons(?:e|es)\b|\brespond(?:s|ed)?\b|\breturn(?:s|ed)?\b|\breplies\b|\banswers\b/i;
/** What a client does with a `Content-Type` header it sets. */
const CLIENT_VERB = /\b(?:set|use|include|specify|add|pass|provide)\b/i;
/** Words of a negation, a condition, a choice or a manner other than stating (no statement of the type). */
const HEDGE =
  /\b(?:not|never|no|none|unless|if|when|except|instead|otherwise|or|either|may|might|can|could|optionally|also|alternatively|deprecated|unsupported|rejects?|rejected|error|errors)\b|n['’]t\b/i;

/**
 * The choice a page gives between the query string and a body whose type it states ("the parameters
 * may be sent as a query string or in the request body with content type …"): no hedge on the
 * body's type, which is what a body sent so is.
 */
const QUERY_OR_BODY =
  /\b(?:may|can)\s+be\s+sent\s+(?:as|in)\s+(?:a\s+|the\s+)?query[\s-]string\s+or\s+(?:in\s+|as\s+)?(?:a\s+|the\s+)?(?:request\s+)?body\b/i;
/** "For `POST`, `PUT`, and `DELETE` endpoints, …": the methods whose calls a sentence speaks of. */
const FOR_METHODS =
  /^\s*[Ff]or\s+((?:GET|POST|PUT|PATCH|DELETE|HEAD)(?:\s*,?\s*(?:and\s+|or\s+)?(?:GET|POST|PUT|PATCH|DELETE|HEAD))*)\s+(?:endpoints|requests|calls|methods|operations)\b/;

/** A sentence opening on the calls of a method ("For `POST` …"). */
export const FOR_A_METHOD = /^\s*for\s+(?:GET|POST|PUT|PATCH|DELETE|HEAD)\b/i;

/** A media type a sentence states, and the methods whose calls it speaks of where it names them. */
export type StatedHeaderLine = HeaderLine & { methods?: string[] };

/** The media types the paragraph's sentences state, as header lines would; undefined where none does. */
export function mediaTypeSentences(node: Paragraph): StatedHeaderLine[] | undefined {
  const text = plainText(node);
  if (text.length > MAX_PARAGRAPH || !text.includes('/')) return undefined;
  const stated: StatedHeaderLine[] = [];
  for (const sentence of text.split(SENTENCE_END)) stated.push(...sentenceTypes(sentence));
  return stated.length > 0 ? stated : undefined;
}

function sentenceTypes(written: string): StatedHeaderLine[] {
  if (written.length > MAX_SENTENCE) return [];
  const methods = FOR_METHODS.exec(written)?.[1]
    ?.match(/[A-Z]+/g)
    ?.filter((word) => word !== 'AND' && word !== 'OR');
  // "For POST `x` endpoints, …": it speaks of some calls, which ones it does not say plainly.
  if (!methods && FOR_A_METHOD.test(written)) return [];
  const sentence = written.replace(QUERY_OR_BODY, 'are sent in the request body');
  const lines = typesOf(sentence);
  return methods ? lines.map((line) => ({ ...line, methods: methods.map((method) => method.toLowerCase()) })) : lines;
}

function typesOf(sentence: string): HeaderLine[] {
  if (HEDGE.test(sentence)) return [];
  const types = new Set([...sentence.matchAll(MEDIA_TYPE)].map((found) => found[0].replace(/[.+-]+$/, '').toLowerCase()));
  if (types.size !== 1) return [];
  const mediaType = [...types][0]!;
  const header = CONTENT_TYPE.test(sentence);
  const accept = ACCEPT.test(sentence);
  if (accept) return header ? [] : [{ name: 'Accept', mediaType }];
  if (!header && !TYPE_WORD.test(sentence) && !STATED_AS.test(sentence.trim())) return [];
  const request = REQUEST.test(sentence) || (header && !RESPONSE.test(sentence) && CLIENT_VERB.test(sentence));
  const response = RESPONSE.test(sentence);
  return [
    ...(request ? [{ name: 'Content-Type' as const, mediaType }] : []),
    ...(response ? [{ name: 'Accept' as const, mediaType }] : []),
  ];
}
