/**
 * One table cell from a span of a line. In a description cell a `Required` marker at either end
 * becomes a `strong` node, as DocFX's `**Required**` does:
 *
 *     The TicketMessageEntity id to update Required
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^ text, then strong
 */
import type { PhrasingContent, TableCell } from 'mdast';
import { type Line, spanOf } from '../shared/lines.js';
import type { CellSpan } from './row-cells.js';

const REQUIRED = 'Required';

export function buildCell(line: Line, span: CellSpan, description: boolean): TableCell {
  const value = line.text.slice(span.from, span.to);
  const position = spanOf(line, span.from, span.to);
  const children: PhrasingContent[] = [];
  const text = (from: number, to: number): void => {
    if (to > from) children.push({ type: 'text', value: line.text.slice(from, to), position: spanOf(line, from, to) });
  };
  const strong = (from: number): void => {
    const at = spanOf(line, from, from + REQUIRED.length);
    children.push({ type: 'strong', children: [{ type: 'text', value: REQUIRED, position: at }], position: at });
  };
  if (description && value === REQUIRED) {
    strong(span.from);
  } else if (description && value.endsWith(` ${REQUIRED}`)) {
    text(span.from, span.to - REQUIRED.length);
    strong(span.to - REQUIRED.length);
  } else if (description && value.startsWith(`${REQUIRED} `)) {
    strong(span.from);
    text(span.from + REQUIRED.length, span.to);
  } else {
    text(span.from, span.to);
  }
  return { type: 'tableCell', children, position };
}
