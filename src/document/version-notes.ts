/**
 * A list of version notes only, as call-style references write them atop an operation
 * (` * API >= 1`, `- Since 2.3`, `- Available since v1.4`, `- Added in 16.0`), or a paragraph of
 * labelled lines one of which states the API's version (Azure's REST reference under its title:
 * `Service: Key Vault` ⏎ `API Version: 2023-07-01`): facts about the call, no words that summarise
 * it. The reader and the extractor both pass over it to the summary.
 */
import type { RootContent } from 'mdast';
import { plainText } from './plain-text.js';

const VERSION_NOTE = /^(?:api|version|since|available\s+since|added\s+in|introduced\s+in)\b[^\n]{0,30}\d[\w.]*$/i;

/** `Service: Key Vault`: a short label, a colon, a value on its line that ends no sentence. */
const LABELLED_LINE = /^[A-Z][\w-]*(?:[ \t]+[\w-]+){0,2}[ \t]*:[ \t]+[^\n]{1,60}(?<![.!?])$/;
/** A release note's opening words, a paragraph's own (`Version 2` or `API 3` alone may be a call's words). */
const RELEASE_NOTE = /^(?:since|available\s+since|added\s+in|introduced\s+in)\b/i;

/**
 * A paragraph of one release note alone, as references open a call's words with the release that
 * brought it (`Introduced in [v2.2](…).`, `Added in 16.0.`, `Available since v1.4`).
 */
export function isReleaseNote(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText(node).trim();
  return !text.includes('\n') && RELEASE_NOTE.test(text) && VERSION_NOTE.test(text);
}

/** `API Version: 2023-07-01`, `Version: v2`. */
const VERSION_LINE = /^(?:api[ \t]+)?version[ \t]*:[ \t]*v?\d[\w.-]*$/i;

export function isVersionNotes(node: RootContent): boolean {
  if (node.type === 'paragraph') {
    const lines = plainText(node)
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim());
    return lines.every((line) => LABELLED_LINE.test(line)) && lines.some((line) => VERSION_LINE.test(line));
  }
  return node.type === 'list' && node.children.length > 0 && node.children.every((item) => VERSION_NOTE.test(plainText(item).trim()));
}

/** A heading of the release an answer is of since (`Since [1.14.0](…)`, `As of v2`, `Added in version 3.1`). */
const SINCE_VERSION =
  /^(?:since|as[ \t]+of|from|available[ \t]+since|added[ \t]+in|introduced[ \t]+in)[ \t]+(?:version[ \t]+)?v?\d[\w.-]*$/i;
/** A heading of the releases an answer was of before (`Before [1.14.0](…)`, `Prior to v2`, `Until version 3`). */
const BEFORE_VERSION = /^(?:before|prior[ \t]+to|until|up[ \t]+to|removed[ \t]+in)[ \t]+(?:version[ \t]+)?v?\d[\w.-]*$/i;

/** Whether a heading states a release alone: one since which (`since`), or one before which (`before`), its part holds. */
export function versionHeading(text: string): 'since' | 'before' | undefined {
  const title = text.trim();
  if (title.length > 80) return undefined;
  return SINCE_VERSION.test(title) ? 'since' : BEFORE_VERSION.test(title) ? 'before' : undefined;
}
