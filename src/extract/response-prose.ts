/**
 * The prose the reader found saying what an answer is (`ParagraphData.answer`: "The response
 * contains the list of jobs." under `#### Response`, over its sample) → that response's
 * description, where the page gave it none but its status's words.
 *
 *     #### Response (200)
 *     The response contains the list of jobs.     → responses.200.description
 *     ```json [{"id": 1}]```
 *
 * The response is the section's status's, else the operation's first success (as a sample's is);
 * where it has none yet (no table, no sample), the words describe nothing.
 */
import type { Paragraph } from 'mdast';
import { statusText } from '../ir/status-text.js';
import type { Operation } from '../ir/types.js';
import type { ExtractContext } from './context.js';
import type { Section } from './sections.js';
import { blockSource } from './text.js';

export function describeResponses(operation: Operation, sections: readonly Section[], context: ExtractContext): void {
  const described = new Set<string>();
  for (const section of sections) {
    if (section.method && section.method !== operation.method) continue;
    for (const node of section.nodes) {
      if (node.type !== 'paragraph' || node.data?.answer !== true) continue;
      const response = section.status
        ? operation.responses.find((r) => r.status === section.status)
        : operation.responses.find((r) => r.status.startsWith('2'));
      if (!response || described.has(response.status) || !isStatusWords(response.description, response.status)) continue;
      const description = blockSource([node satisfies Paragraph], context);
      if (!description) continue;
      response.description = description;
      described.add(response.status);
    }
  }
}

/** A description that is only the status's words (`OK`, `Created`; `Success` where the page gives no code). */
function isStatusWords(description: string, status: string): boolean {
  return description === '' || description === statusText(status) || description === 'Success' || description === 'OK';
}
