/**
 * The placeholders of a call-style URL scheme other than the method's, and what the page states
 * of each (see `method-schemes.ts`):
 *
 *     The URL of every request is of the form: `/lib/$APIVERSION/$FUNCTIONNAME`.
 *                                                     ^^^^^^^^^^^ a path parameter of every method
 *     $APIVERSION depends on the calls you make.        ← a sentence that names it: its description
 *     The latest version is `1.2.15`.                   ← a version placeholder's: the version stated
 *
 * A sentence names a placeholder as the scheme writes it (`$APIVERSION`, `{version}`, `GroupName`
 * in "…, where `GroupName` is a group of methods"), the scheme's own code left out; a placeholder
 * whose name says version is also stated by a sentence that gives the current version ("The
 * latest version is 1.2.15", "The current API version is `v3`"). Its description is those
 * sentences as written, in page order: the value stays in them, no example or default is made of
 * it (the version a page calls latest is one of the values the path takes, not its only one).
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { escapeRegExp } from '../shared/reg-exp.js';
import { placeholderNames, signatureOf } from './paths.js';

export interface SchemePlaceholder {
  /** The path parameter's name (`APIVERSION`). */
  name: string;
  /** What the page states of it, its sentences as written; none where the page states nothing. */
  description?: string;
  /** Where the first of those sentences stands. */
  position?: Position;
}

/** A sentence that gives the API's current version: "The latest version is 1.2.15". */
const CURRENT_VERSION =
  /\b(?:latest|current|newest|most\s+recent)\s+(?:(?:HTTP\s+)?API\s+)?version(?:\s+of\s+the\s+(?:HTTP\s+)?API)?\s+is\s+v?\d+(?:\.\d+)*\b/i;
/** Stands for the scheme's own code in a sentence's text. */
const SCHEME_MARK = '\uE000';

/**
 * The placeholders of the path before the method's (`prefix`, those named apart written `{…}`;
 * `written`, the same as the scheme writes it) and their statements on the page.
 */
export function schemePlaceholders(nodes: readonly RootContent[], prefix: string, written: string, scheme: string): SchemePlaceholder[] {
  const sentences = nodes
    .flatMap(paragraphsOf)
    .flatMap((paragraph) => sentencesOf(paragraph, scheme).map((text) => ({ text, position: paragraph.position })));
  const found: SchemePlaceholder[] = [];
  const segments = written.split('/');
  for (const [at, segment] of prefix.split('/').entries()) {
    const [name] = placeholderNames(signatureOf('GET', `/${segment}`)?.path ?? '');
    if (!name || found.some((placeholder) => placeholder.name === name)) continue;
    // The placeholder as written, within its segment where the segment holds more (`bot<token>`).
    const raw = (segments[at] ?? segment).match(/<[^<>/]+>|\{[^{}/]+\}/)?.[0] ?? segments[at] ?? segment;
    const named = new RegExp(`(?<![\\w$])${escapeRegExp(raw)}(?![\\w])`);
    const stated = sentences.filter(
      (sentence) => named.test(sentence.text) || (/version/i.test(name) && CURRENT_VERSION.test(sentence.text)),
    );
    const [first] = stated;
    found.push(
      first
        ? {
            name,
            description: [...new Set(stated.map((sentence) => sentence.text.replaceAll(SCHEME_MARK, scheme)))].join(' '),
            ...(first.position ? { position: first.position } : {}),
          }
        : { name },
    );
  }
  return found;
}

function paragraphsOf(node: RootContent): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  if (node.type === 'list') return node.children.flatMap((item) => item.children.flatMap(paragraphsOf));
  if (node.type === 'blockquote') return node.children.flatMap(paragraphsOf);
  return [];
}

/** The paragraph's sentences as plain text, the scheme's code marked (a sentence names a placeholder outside it). */
function sentencesOf(paragraph: Paragraph, scheme: string): string[] {
  const text = paragraph.children
    .map((child: PhrasingContent) => (child.type === 'inlineCode' && child.value.trim() === scheme ? SCHEME_MARK : plainText(child)))
    .join('')
    // The scheme written in the prose, not in code (`https://…/bot<token>/METHOD_NAME`).
    .replaceAll(scheme, SCHEME_MARK)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.split(/(?<=[.!?])\s+(?=[^a-z])/) : [];
}
