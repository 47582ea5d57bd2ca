/** A component's words in the page: from its opening line's end to its closing line's start. */
export interface ComponentSpan {
  /** The opening line's match: the component's name its first group. */
  open: RegExpExecArray;
  from: number;
  to: number;
}

/**
 * The components an opening line (`opening`: global and multiline, the name its first group) opens
 * and a closing line of the same name (`</Note>`, `</Tabs>`) closes, in page order; a component
 * within one found is passed over. A name closed nowhere after one of its openings is not searched
 * again (each name's closing is scanned for from one place on, never once per opening tag), and
 * `holdsNothing` passes over an opening such as `<Note />`.
 */
export function closedComponents(page: string, opening: RegExp, holdsNothing?: (open: RegExpExecArray) => boolean): ComponentSpan[] {
  const spans: ComponentSpan[] = [];
  const closings = new Map<string, RegExp>();
  const unclosed = new Set<string>();
  opening.lastIndex = 0;
  for (let open = opening.exec(page); open; open = opening.exec(page)) {
    const name = open[1]!;
    if (unclosed.has(name) || holdsNothing?.(open)) continue;
    const from = open.index + open[0].length;
    const closing = closings.get(name) ?? new RegExp(`^[ \\t]*<\\/${name}>[ \\t]*$`, 'gm');
    closings.set(name, closing);
    closing.lastIndex = from;
    const close = closing.exec(page);
    if (!close) {
      unclosed.add(name);
      continue;
    }
    spans.push({ open, from, to: close.index });
    opening.lastIndex = close.index + close[0].length;
  }
  return spans;
}
