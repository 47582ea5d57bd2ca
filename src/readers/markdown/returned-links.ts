/**
 * A sentence of an operation's prose that says the operation returns what a link of it names:
 *
 *     Returns basic information about the bot in form of a [User](#user) object.
 *     On success, the sent [Message](#message) is returned.
 *     Returns a [shelf](#DOCS_SHELVES/shelf-object) on success.
 *     Returns an Array of [Update](#update) objects.
 *
 * The sentence is one of these forms and nothing else: "[This endpoint | All responses] Returns [words
 * in (the) form of] a/an/the/that/this [X] [object(s)] [which one] [on success | if successful]", "[On success, ] a/an/the [X] [object(s)]
 * [which one] is/are returned [on success]", "a list of"/"an array of" before the link making it a list, and so
 * the plural "objects" in the link's words or after it ("the [lamp objects](#lamp-object)"); which one is a
 * phrase a preposition, `if`/`when` or a relative word leads ("the [Lamp](#lamp) with the given id", "a
 * [Lamp](#lamp) if a valid identifier was provided", "the [Lamp](#lamp) that was created"), never "for each …"
 * (a list the sentence does not say it is) nor a noun after the link ("the [Lamp](#lamp) id"). One word may
 * stand between the article and the link where it is a participle (`sent`, `updated`, `edited`) or
 * `new`: "the sent [Message](#message)" is a message, "a partial [guild](#…)" is no guild. Whether
 * the link names a type is the linker's to say (`linked-returns.ts` for an object heading's anchor,
 * `linked-sections.ts` for a section of fields): a link to anything else states nothing.
 */
import type { Link, Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { linkedReturnType, objectLinkType, objectTypeText } from './linked-returns.js';
import { type LinkedSections, type LinkedType, linkedType } from './linked-sections.js';
import { returnsTrue } from './literal-returns.js';

/** Stands for the link in the sentence's text. */
const LINK = '\uE001';
const ARTICLE = String.raw`(?:an?|the|that|this)\s+(?:(?:[a-z]+ed|sent|new|newly\s+created)\s+)?(?:(array|list)\s+of\s+)?`;
const LINKED = String.raw`${LINK}(?:\s+(objects?))?`;
/** Which one of it: "with the given id", "if a valid identifier was provided", "that matches the filter". */
const WHICH = String.raw`(?:,?\s+(?!for\s+(?:each|every|all)\b)(?:with|for|that|which|matching|if|when|after|once|whose|identified|specified|given|by|of|in|from|describing|representing|containing)\b[^.${LINK}]{0,120}?)?`;
const SUCCESS_LEAD = String.raw`(?:(?:(?:on|upon)\s+success|if\s+successful),\s+)?`;
const SUCCESS_TAIL = String.raw`(?:\s+(?:(?:on|upon)\s+success|if\s+successful))?\s*\.?$`;
/** "This endpoint returns …", "All responses return …": the call or its answers said to return it. */
const SUBJECT = String.raw`(?:(?:all|the|this|each|every)\s+(?:responses?|requests?|calls?|operations?|methods?|endpoints?)\s+)?`;
/** "Returns …": what follows "Returns" up to "in (the) form of" are the words of what it returns. */
const RETURNS = new RegExp(
  String.raw`^${SUCCESS_LEAD}${SUBJECT}returns?\s+(?:[^${LINK}.]{1,80}?\s+in\s+(?:the\s+)?form\s+of\s+)?${ARTICLE}${LINKED}${WHICH}${SUCCESS_TAIL}`,
  'i',
);
/** "… is returned". */
const IS_RETURNED = new RegExp(String.raw`^${SUCCESS_LEAD}${ARTICLE}${LINKED}${WHICH}\s+(?:is|are)\s+returned${SUCCESS_TAIL}`, 'i');

/**
 * How far either side of a link its sentence is looked for: the forms above hold a few hundred
 * characters, so a sentence longer than this returns nothing by the link whatever it begins with
 * (and a paragraph of many links is read in time linear in its length).
 */
const REACH = 1000;

/** The sentence of the paragraph's text the link at `index` stands in (as {@link LINK}). */
function sentenceAt(texts: readonly string[], index: number): string | undefined {
  let before = '';
  for (let at = index - 1; at >= 0 && before.length < REACH; at--) before = texts[at] + before;
  let after = '';
  for (let at = index + 1; at < texts.length && after.length < REACH; at++) after += texts[at];
  return `${before}${LINK}${after}`.split(/(?<=[.!?])\s+/).find((part) => part.includes(LINK));
}

/** The link a sentence of the paragraph says the operation returns, and whether a list of it. */
function returnedLink(node: Paragraph): { link: Link; list: boolean } | undefined {
  if (!node.children.some((child) => child.type === 'link')) return undefined;
  const texts = node.children.map(plainText);
  for (const [index, link] of node.children.entries()) {
    if (link.type !== 'link') continue;
    const sentence = sentenceAt(texts, index);
    const stated = sentence && (RETURNS.exec(sentence.trim()) ?? IS_RETURNED.exec(sentence.trim()));
    // "the [lamp objects](#lamp-object)", "the [Lamp](#lamp) objects": more than one, a list of it.
    if (stated) return { link, list: stated[1] !== undefined || stated[2] === 'objects' || /\sobjects$/i.test(texts[index]!.trim()) };
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
  if (name) return { typeText: objectTypeText(name, returned.list) };
  return returned && sections ? linkedType(returned.link, returned.list, sections) : undefined;
}
