/**
 * "Returns a shelf object." / "Returns a list of book copy objects." / "Returns the updated
 * shelf." in an operation's prose, with no link: the words may name a type the reference documents
 * elsewhere (`## Shelf object` over its fields), on this page or another. The page alone cannot
 * tell, so the paragraph only carries the words (`ParagraphData.namedReturn`) and is read as it
 * would be without them; the merge makes them the response's type where a page defines the type
 * they name (merge/named-types.ts), and "Returns an empty object" stays prose.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { cjkNamedReturn } from './cjk-object-titles.js';
import { codeReturnType, RETURNS_OBJECT } from './paragraph-parts.js';
import { CODE_IN_TEXT } from './status-words.js';
import { translatedNamedReturn } from './translated-returns.js';

/**
 * "Returns a/an/the [new|updated|voided|… (a participle)] [list of|array of] <one to three words> [object(s)|resource(s)]",
 * the words ending the sentence unless the noun follows them.
 */
const NAMED_RETURN =
  /^Returns?\s+(?:an?|the)\s+(?:(?:new|newly\s+created|[a-z]{2,}ed)\s+)?(list\s+of\s+|array\s+of\s+)?`?([A-Za-z][\w]*(?:\s+[A-Za-z][\w]*){0,2}?)`?(?:\s+(?:objects?|resources?)\b|(?=\s*(?:[.;]\s*)?$|\.\s))/;

/**
 * Under a Returns title, the noun phrase alone: "The voided invoice object.", "A list of shelf
 * objects.", "An order resource." (the noun, `object` or `resource`, required: "The number of
 * items." names nothing).
 */
const NAMED_NOUN =
  /^(?:an?|the)\s+(?:(?:new|newly\s+created|[a-z]{2,}ed)\s+)?(list\s+of\s+|array\s+of\s+)?`?([A-Za-z][\w]*(?:\s+[A-Za-z][\w]*){0,2}?)`?\s+(?:objects?|resources?)\s*(?:[.;]\s*)?$/i;

/**
 * "The response is a `DeleteTask`.", "The response is an array of `Shelf`, and the content type is
 * …": the response named in code (`responseIsCode`), alone or a list of it, the sentence ending or
 * going on after a comma.
 */
const RESPONSE_IS =
  /^The[ \t]+response(?:[ \t]+body)?[ \t]+is[ \t]+(?:(?:an?|the)[ \t]+)?(?:(array[ \t]+of|list[ \t]+of)[ \t]+)?([A-Za-z]\w*)(?=[.;,]|$)/i;

/** "The response is a `Shelf`." with the name in code ("The response is empty." names nothing). */
function responseIsCode(node: Paragraph, text: string): RegExpExecArray | null {
  const named = RESPONSE_IS.exec(text);
  return named && node.children.some((child) => child.type === 'inlineCode' && child.value.trim() === named[2]) ? named : null;
}

/**
 * A `Returns:` label opening the paragraph (Mastodon's `**Returns:** [Account](…)\` over its
 * `**OAuth:**` line): its line one name, or a list of one (`Array of [Status]`, `List of Account`),
 * an article before it (`**Returns:** a `Shelf` object.`), or words after a dash (READMEs' `Returns:
 * `Shelf` — the created shelf.`).
 */
const LABELLED_RETURN =
  /^Returns?:[ \t]*(?:(?:an?|the)[ \t]+)?(?:(array[ \t]+of|list[ \t]+of)[ \t]+)?`?([A-Za-z]\w*)`?(?:[ \t]+(?:objects?|resources?))?(?:[ \t]*(?:\.[ \t]*)?(?:\n|$)|[ \t]+[-–—][ \t]+\S)/i;

/**
 * Whether the paragraph opens with a `Returns:` label over one name (`Returns: `Shelf` — the created
 * shelf.`), or is "Returns `Project`." (SDK references: the type alone in code, paragraph-parts.ts).
 */
export function isLabelledReturn(node: Paragraph): boolean {
  const returns = LABELLED_RETURN.exec(plainText(node).trim());
  return (returns !== null && !FORMAT.test(returns[2]!)) || codeReturnType(node) !== undefined;
}

/** "Returns a JSON object" names the format, no type; `Returns: Empty` none. */
const FORMAT = /^(?:JSON|XML|empty|nothing|none)$/i;

/** The parts whose prose says what the operation returns. */
const PROSE: ReadonlySet<SectionKind> = new Set(['operation', 'notes', 'response-body']);

/**
 * Marks a paragraph of the part `kind` that says what the operation returns in words that may
 * name a type. Under a Returns heading, "Returns the Customer object" is left to the reading of
 * its prose there (paragraph-parts.ts), which types it by the name as written, and a heading that
 * states the type (`### Response: Shelf`) leaves the words nothing to say.
 */
export function markNamedReturn(node: Paragraph, kind: SectionKind, typed: boolean): void {
  if (!PROSE.has(kind) || (kind === 'response-body' && typed)) return;
  const text = plainText(node).trim();
  // A status code in the paragraph: its statuses are for the prose readers of statuses, not this.
  const returns =
    CODE_IN_TEXT.test(text) || (kind === 'response-body' && RETURNS_OBJECT.test(text))
      ? null
      : (NAMED_RETURN.exec(text) ??
        LABELLED_RETURN.exec(text) ??
        responseIsCode(node, text) ??
        (kind === 'response-body' ? NAMED_NOUN.exec(text) : null));
  // `返回一个书架对象。`, `ユーザーオブジェクトを返します。`, `서가 객체를 반환합니다.` (cjk-object-titles.ts);
  // "Devuelve un objeto `Libro`.", "Gibt ein `Buch`-Objekt zurück." (translated-returns.ts).
  const translated = returns || CODE_IN_TEXT.test(text) ? undefined : (cjkNamedReturn(text) ?? translatedNamedReturn(text));
  if (translated && !FORMAT.test(translated.words)) node.data = { ...node.data, namedReturn: translated };
  // "Returns `Project`." in the operation's words (under a Returns title, paragraph-parts.ts types it as written).
  const code = returns || translated || kind === 'response-body' ? undefined : codeReturnType(node);
  if (code) node.data = { ...node.data, namedReturn: { words: code.replace(/^array of /, ''), list: code.startsWith('array of ') } };
  if (!returns || FORMAT.test(returns[2]!)) return;
  node.data = { ...node.data, namedReturn: { words: returns[2]!, list: returns[1] !== undefined } };
}
