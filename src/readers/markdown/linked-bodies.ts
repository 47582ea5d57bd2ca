/**
 * A sentence of an operation's prose that says the request's body is the object a link of it names:
 *
 *     Provide a [lamp object](#the-lamp-object) as the body of your request.
 *     Provide an array of [lamp objects](#the-lamp-object) as the body of your request.
 *     Send the [Lamp](#lamp-object) object in the request body.
 *
 * "Provide / Send / Pass / Submit / Supply / Include" (any case), then a/an/the, "an array of" or "a
 * list of" (or the plural "objects") making it a list, the link, an optional `object(s)`, then "as
 * (the) body", "as the request body", "in the (request) body", "of your request" after it allowed.
 * Nothing else may stand in the sentence: "a partial [lamp](…) object" is no lamp (its fields are
 * not all sent), nor is "the [lamp](…)'s id". Whether the link names a type is `linked-returns.ts`'
 * `objectLinkType` (a link to the heading of the object its words name); a link to anything else
 * states nothing. The sentence stays prose.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { objectLinkType, objectTypeText } from './linked-returns.js';

/** Stands for the link in the sentence's text. */
const LINK = '\uE002';
const BODY_SENTENCE = new RegExp(
  String.raw`^(?:please\s+)?(?:provide|send|pass|submit|supply|include)\s+(?:an?|the)\s+(?:(array|list)\s+of\s+)?${LINK}(?:\s+(objects?))?\s+(?:as\s+(?:the\s+|a\s+)?(?:request\s+)?body|in\s+the\s+(?:request\s+)?body)(?:\s+of\s+(?:your|the)\s+request)?\s*\.?$`,
  'i',
);
/** Longer sentences state nothing here (the form above holds a few dozen characters). */
const REACH = 300;

/** The type of the body a paragraph's sentence says the request sends (`array of objects (Lamp)` for a list), or undefined. */
export function linkedBodyTypeText(node: Paragraph): string | undefined {
  const children = node.children;
  const links = children.filter((child) => child.type === 'link');
  if (links.length === 0) return undefined;
  for (const [index, link] of children.entries()) {
    if (link.type !== 'link') continue;
    const sentence = sentenceAround(children.map(plainText), index);
    const stated = sentence === undefined ? null : BODY_SENTENCE.exec(sentence);
    const name = stated ? objectLinkType(link) : undefined;
    if (!stated || !name) continue;
    const list = stated[1] !== undefined || stated[2] === 'objects' || /\sobjects$/i.test(plainText(link).trim());
    return objectTypeText(name, list);
  }
  return undefined;
}

/** The sentence the link at `index` stands in (as {@link LINK}), trimmed; undefined where it is longer than {@link REACH}. */
function sentenceAround(texts: readonly string[], index: number): string | undefined {
  let before = '';
  for (let at = index - 1; at >= 0 && before.length <= REACH; at--) before = texts[at] + before;
  let after = '';
  for (let at = index + 1; at < texts.length && after.length <= REACH; at++) after += texts[at];
  if (before.length > REACH || after.length > REACH) {
    // Only the sentence around the link counts: cut at the nearest sentence ends.
    before = before.slice(Math.max(0, before.length - REACH));
    after = after.slice(0, REACH);
  }
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const head = start < 0 ? before : before.slice(start + 2);
  const stop = after.search(/[.!?](?:\s|$)/);
  const tail = stop < 0 ? after : after.slice(0, stop + 1);
  const sentence = `${head}${LINK}${tail}`.trim();
  return sentence.length > 2 * REACH ? undefined : sentence;
}
