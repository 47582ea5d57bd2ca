/**
 * The API-docs template's data label over an empty object (the references written from it: a page
 * per endpoint with `**URL** :`, `**Method** :`, `**Data constraints**`):
 *
 *     **Method** : `GET`
 *     **Data constraints**          → no request body: the template writes `{}` where the call sends
 *     ```json                          no data (as `**Data** : `{}`` and `**Data Params**: None` say),
 *     {}                               whatever the method
 *     ```
 *     **Data example** ⏎ ```json {}```   → no sample either
 *     **Data Params** ⏎ None              → no request body (`None`, `N/A`, `` `{}` `` on a line of
 *                                            their own under the label, as beside it)
 *     **Data** : `{}`, **Data Params**: None   → the same on one line: the line goes
 *
 * The label and what it is over go, as if the page said nothing of data (a title over nothing would
 * still state a body). Under any other title (`### Request body` ⏎ `{}`) an empty object is the
 * body's sample as before.
 */
import type { Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { labelParts } from '../shared/trim.js';

/** The template's labels of the request's data: `Data`, `Data constraints`, `Data example`, `Data params`. */
const DATA_LABEL = /^data(?:\s+(?:constraints|example|params|parameters))?\s*:?$/i;

/** Drops each empty object (or `None`) a data label of the template is over, and the label. */
export function dropEmptyData(root: Root): void {
  const nodes = root.children;
  const dropped = new Set<number>();
  for (let index = 0; index < nodes.length; index++) {
    if (isLabelledNoData(nodes[index]!)) dropped.add(index);
    else if (index > 0 && isNoData(nodes[index]!) && isDataLabel(nodes[index - 1])) dropped.add(index).add(index - 1);
  }
  if (dropped.size > 0) root.children = nodes.filter((_, index) => !dropped.has(index));
}

/** Words that say there is no data: `None`, `N/A`, `{}` (in code or not). */
const NO_DATA = /^(?:none|n\/a|\{\s*\})\.?$/i;

/** A fence of `{}` alone, or a paragraph of `None` alone. */
function isNoData(node: RootContent): boolean {
  if (node.type === 'code') return /^(?:json|jsonc|)$/i.test(node.lang ?? '') && /^\{\s*\}$/.test(node.value.trim());
  return node.type === 'paragraph' && NO_DATA.test(plainText(node).trim());
}

/** `**Data constraints**` alone in its paragraph (bold, its colon inside or after it), or a heading of those words. */
function isDataLabel(node: RootContent | undefined): boolean {
  if (node?.type === 'heading') return DATA_LABEL.test(plainText(node).trim());
  if (node?.type !== 'paragraph') return false;
  const parts = labelParts(node.children);
  return parts.length === 1 && parts[0]!.type === 'strong' && DATA_LABEL.test(plainText(parts[0]!).trim());
}

/** `**Data** : `{}``, `**Data Params**: None`: the label and its no-data words in one paragraph. */
function isLabelledNoData(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const parts = labelParts(node.children);
  const [label, value] = parts;
  if (parts.length !== 2 || label!.type !== 'strong' || !DATA_LABEL.test(plainText(label!).trim())) return false;
  if (value!.type === 'inlineCode') return /^\{\s*\}$/.test(value!.value.trim());
  return value!.type === 'text' && NO_DATA.test(value!.value.replace(/^\s*:\s*/, '').trim());
}
