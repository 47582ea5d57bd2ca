/** The labels of a Help Page's sections (`URI Parameters`, `Response Formats`, …), one a line. */
import type { Line } from '../shared/lines.js';

export type Label = 'group' | 'uri' | 'body' | 'request-formats' | 'resource' | 'response-formats';

const LABELS: ReadonlyMap<string, Label> = new Map([
  ['request information', 'group'],
  ['response information', 'group'],
  ['uri parameters', 'uri'],
  ['body parameters', 'body'],
  ['request formats', 'request-formats'],
  ['resource description', 'resource'],
  ['response formats', 'response-formats'],
]);

/** The section label a line is, if any. */
export function labelOf(line: Line | undefined): Label | undefined {
  return line ? LABELS.get(line.text.trim().toLowerCase()) : undefined;
}
