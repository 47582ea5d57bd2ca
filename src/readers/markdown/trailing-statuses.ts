/**
 * A sample answer's status written under it (docgen's pages of a Postman collection):
 *
 *     #### I. Example Response: Create shelf       #### I. Example Response: Create shelf
 *     ```js                                        ***Status Code:*** 201
 *     { "id": 3 }                             →    ```js
 *     ```                                          { "id": 3 }
 *     ***Status Code:*** 201                       ```
 *
 * The status line states the status of the sample right above it, under a sample answer's title
 * (no other block between them): it moves to before the sample, where a status line states the
 * status of the samples that follow. Its place in the page stays its own.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { STATUS_CODE } from './status-words.js';

/** `Status Code: 201` (bold or not, its label in any case): the label and a status alone. */
const STATUS_LABEL = new RegExp(String.raw`^(?:HTTP\s+)?status(?:\s+code)?\s*:\s*\`?${STATUS_CODE}\`?$`, 'i');

export function raiseTrailingStatuses(root: Root, titles: TitleVocabulary): void {
  const nodes = root.children;
  for (let index = 2; index < nodes.length; index++) {
    const [heading, code, status] = [nodes[index - 2]!, nodes[index - 1]!, nodes[index]!];
    if (heading.type !== 'heading' || code.type !== 'code' || !isStatusLine(status)) continue;
    if (sectionOfTitle(plainText(heading), titles)?.kind !== 'sample-response') continue;
    nodes.splice(index - 1, 2, status, code);
  }
}

function isStatusLine(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && STATUS_LABEL.test(plainText(node).replace(/\s+/g, ' ').trim());
}
