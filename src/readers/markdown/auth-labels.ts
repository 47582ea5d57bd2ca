/**
 * The API-docs template's facts of authentication (the references written from it: a page per
 * endpoint with `**URL** :`, `**Method** :`, `**Auth required** :`, `**Permissions required** :`):
 *
 *     **Auth required** : YES               → the endpoint requires authentication: Scribe's badge's mark
 *                                             (it takes the scheme the pages state, if they state one:
 *                                             scribe-security.ts, merge/authentication.ts); no words
 *     **Auth required** : NO                → it requires none: security `[]`; no words
 *     **Permissions required** : None       → no words (a permission stated, `User is Account Owner`, stays them)
 *
 * The label may carry its colon inside the bold (`**Auth required:** YES`), the value be in code
 * (`` `YES` ``); any other value (`Sometimes`, a sentence) states nothing and stays words.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { labelParts } from '../shared/trim.js';
import { BADGE } from './scribe-security.js';

/** What the readers leave where `**Auth required** : NO` stood. */
const NO_AUTHENTICATION = '<!-- requires no authentication -->';

/** A cheap test of the page's text before its paragraphs are read. */
export const MAY_LABEL_AUTH = /\b(?:auth(?:entication)?|permissions?)\s+required\b/i;

const AUTH_LABEL = /^auth(?:entication)?\s+required\s*:?$/i;
const PERMISSIONS_LABEL = /^permissions?\s+required\s*:?$/i;
const YES = /^(?:yes|true|required)$/i;
const NO = /^(?:no|false|none|not\s+required)$/i;
const NONE = /^(?:none|no|n\/a|-)$/i;

/** What the readers leave where `**Permissions required** : None` stood. */
const NO_PERMISSIONS = '<!-- requires no permissions -->';

/**
 * The nodes, each template's label of authentication (and `**Permissions required** : None`) its
 * mark, a comment, which is no words; one node for one, as the regions found over them are kept.
 */
export function markAuthLabels(nodes: readonly RootContent[]): RootContent[] {
  return nodes.map((node): RootContent => {
    const label = authLabel(node);
    if (label === undefined) return node;
    const value = label === 'required' ? BADGE : label === 'not-required' ? NO_AUTHENTICATION : NO_PERMISSIONS;
    return { type: 'html', value, ...(node.position ? { position: node.position } : {}) };
  });
}

/** `[]` where the node is the mark of `**Auth required** : NO`; else undefined. */
export function labelledSecurity(node: RootContent): [] | undefined {
  return node.type === 'html' && node.value === NO_AUTHENTICATION ? [] : undefined;
}

function authLabel(node: RootContent): 'required' | 'not-required' | 'none' | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [label, ...rest] = labelParts(node.children);
  if (label?.type !== 'strong' || rest.length !== 1) return undefined;
  const [value] = rest;
  const words = value?.type === 'inlineCode' ? value.value : value?.type === 'text' ? value.value.replace(/^\s*:\s*/, '') : undefined;
  if (words === undefined) return undefined;
  const name = plainText(label).trim();
  const stated = words.trim().replace(/\.$/, '');
  if (AUTH_LABEL.test(name)) return YES.test(stated) ? 'required' : NO.test(stated) ? 'not-required' : undefined;
  return PERMISSIONS_LABEL.test(name) && NONE.test(stated) ? 'none' : undefined;
}
