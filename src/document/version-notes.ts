/**
 * A list of version notes only, as call-style references write them atop an operation
 * (` * API >= 1`, `- Since 2.3`, `- Available since v1.4`, `- Added in 16.0`): facts about the
 * call, no words that summarise it. The reader and the extractor both pass over it to the summary.
 */
import type { RootContent } from 'mdast';
import { plainText } from './plain-text.js';

const VERSION_NOTE = /^(?:api|version|since|available\s+since|added\s+in|introduced\s+in)\b[^\n]{0,30}\d[\w.]*$/i;

export function isVersionNotes(node: RootContent): boolean {
  return node.type === 'list' && node.children.length > 0 && node.children.every((item) => VERSION_NOTE.test(plainText(item).trim()));
}
