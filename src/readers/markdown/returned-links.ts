/**
 * A sentence of an operation's prose that says the operation returns what a link of it names:
 *
 *     Returns basic information about the bot in form of a [User](#user) object.
 *     On success, the sent [Message](#message) is returned.
 *     Returns a [shelf](#DOCS_SHELVES/shelf-object) on success.
 *     Returns an Array of [Update](#update) objects.
 *
 * The sentence is one of these forms and nothing else: "[This endpoint | All responses] Returns [words
 * in (the) form of] a/an/the [X] [object(s)] [on success | if successful]", "[On success, ] a/an/the [X] [object(s)] is/are
 * returned [on success]", "a list of"/"an array of" before the link making it a list. One word may
 * stand between the article and the link where it is a participle (`sent`, `updated`, `edited`) or
 * `new`: "the sent [Message](#message)" is a message, "a partial [guild](#…)" is no guild. Whether
 * the link names a type is the linker's to say (`linked-returns.ts` for an object heading's anchor,
 * `linked-sections.ts` for a section of fields): a link to anything else states nothing.
 */
import type { Link, Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { linkedReturnType, objectLinkType } from './linked-returns.js';
import { type LinkedSections, type LinkedType, linkedType } from './linked-sections.js';
import { returnsTrue } from './literal-returns.js';

/** Stands for the link in the sentence's text. */
const LINK = '\uE001';
const ARTICLE = String.raw`(?:an?|the)\s+(?:(?:[a-z]+ed|sent|new|newly\s+created)\s+)?(?:(array|list)\s+of\s+)?`;
const LINKED = String.raw`${LINK}(?:\s+objects?)?`;
const SUCCESS_LEAD = String.raw`(?:(?:(?:on|upon)\s+success|if\s+successful),\s+)?`;
const SUCCESS_TAIL = String.raw`(?:\s+(?:(?:on|upon)\s+success|if\s+successful))?\s*\.?$`;
/** "This endpoint returns …", "All responses return …": the call or its answers said to return it. */
const SUBJECT = String.raw`(?:(?:all|the|this|each|every)\s+(?:responses?|requests?|calls?|operations?|methods?|endpoints?)\s+)?`;
/** "Returns …": what follows "Returns" up to "in (the) form of" are the words of what it returns. */
const RETURNS = new RegExp(
  String.raw`^${SUCCESS_LEAD}${SUBJECT}returns?\s+(?:[^${LINK}.]{1,80}?\s+in\s+(?:the\s+)?form\s+of\s+)?${ARTICLE}${LINKED}${SUCCESS_TAIL}`,
  'i',
);
/** "… is returned". */
const IS_RETURNED = new RegExp(String.raw`^${SUCCESS_LEAD}${ARTICLE}${LINKED}\s+(?:is|are)\s+returned${SUCCESS_TAIL}`, 'i');

/** The link a sentence of the paragraph says the operation returns, and whether a list of it. */
function returnedLink(node: Paragraph): { link: Link; list: boolean } | undefined {
  for (const link of node.children) {
    if (link.type !== 'link') continue;
    const text = node.children.map((child) => (child === link ? LINK : plainText(child))).join('');
    const sentence = text.split(/(?<=[.!?])\s+/).find((part) => part.includes(LINK));
    const stated = sentence && (RETURNS.exec(sentence.trim()) ?? IS_RETURNED.exec(sentence.trim()));
    if (stated) return { link, list: stated[1] !== undefined };
  }
  return undefined;
}

/**
 * The type a paragraph says the operation returns by a link (`array of User` for a list): an
 * object's heading the link goes to (`linked-returns.ts`), else a section of fields, bound to the
 * type where the response is placed.
 */
export function returnedType(
  node: Paragraph,
  sections: LinkedSections | undefined,
): (Omit<LinkedType, 'bind'> & { bind?: () => void }) | undefined {
  // "Returns *True* on success.": a boolean, whatever the sentence's other links name.
  if (returnsTrue(node)) return { typeText: 'boolean' };
  const stated = linkedReturnType(node);
  if (stated) return { typeText: stated };
  const returned = returnedLink(node);
  const name = returned && objectLinkType(returned.link);
  if (name) return { typeText: returned.list ? `array of ${name}` : name };
  return returned && sections ? linkedType(returned.link, returned.list, sections) : undefined;
}
