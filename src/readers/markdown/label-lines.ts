/**
 * A paragraph of bold labels, one a line (soft line breaks or hard ones between them), read as a
 * paragraph per label, as if blank lines parted them, so that each label is read as it is on its
 * own: the description's words, the request line's method and URL, a part that says it has none.
 *
 *     **Description:** Lists orders.     → a paragraph: the description label beside its words
 *     **Method:** GET                    → a paragraph: the method
 *     **URL:** /v1/orders                → a paragraph: the URL (with the method, the request line)
 *
 *     **接口说明：** 获取订单列表          (the colon full-width, in the bold or after it)
 *     **请求方式：** GET
 *     **请求地址：** /v1/orders
 *
 * Every line must open with a bold label that ends in its colon (`**Method:**`, `**URL**:`,
 * `**请求方式：**`); a line of other words (`**Version history:**` ⏎ `1.2.0 - added`) leaves the
 * paragraph as written.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** A bold label's colon, ASCII or full-width, at the end of its bold words or right after them. */
const LABEL_END = /[:：][ \t]*$/;
const COLON_AFTER = /^[ \t]*[:：]/;
/** A soft line break ending a line's last text: the line's end, nothing after it on the next line (from the run's first blank). */
const LINE_END = /(?<![ \t])[ \t]*\r?\n[ \t]*$/;

export function splitLabelLines(root: Root): void {
  if (!root.children.some(mayHoldLabelLines)) return;
  root.children = root.children.flatMap((node): RootContent[] => (mayHoldLabelLines(node) ? (labelLines(node) ?? [node]) : [node]));
}

function mayHoldLabelLines(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong' && node.children.length > 2;
}

/** The paragraph's lines, each a paragraph of its own, where every line opens with a bold label; undefined elsewhere. */
function labelLines(node: Paragraph): Paragraph[] | undefined {
  const lines = paragraphLines(node);
  return lines && lines.length >= 2 && lines.every((line) => opensWithLabel(line.children)) ? lines : undefined;
}

/**
 * The paragraph's lines (parted by soft or hard line breaks), each a paragraph of its own;
 * undefined where a line ends inside a text that goes on (the lines could not be placed).
 */
export function paragraphLines(node: Paragraph): Paragraph[] | undefined {
  const lines: PhrasingContent[][] = [[]];
  for (const child of node.children) {
    const line = lines[lines.length - 1]!;
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      line.push(child);
      continue;
    }
    // A line ends in this text: only where it is the text's one line end, at its end.
    const end = LINE_END.exec(child.value);
    if (!end || child.value.indexOf('\n') < end.index) return undefined;
    const kept = child.value.slice(0, end.index);
    if (kept !== '') line.push(cut(child, kept));
    lines.push([]);
  }
  return lines.filter((line) => line.length > 0).map((children) => paragraphOf(children, node));
}

/** A line that opens with a bold label and its colon (`**Method:** GET`, `**URL**: /x`, `**请求方式：**GET`). */
function opensWithLabel(line: PhrasingContent[]): boolean {
  const [first, second] = line;
  if (first?.type !== 'strong') return false;
  const label = plainText(first).trim();
  if (label === '' || label.length > 60) return false;
  return LABEL_END.test(label) || (second?.type === 'text' && COLON_AFTER.test(second.value));
}

/** A text node cut to its first `value.length` characters, on its first line, its end moved with them. */
function cut(text: Text, value: string): Text {
  const start = text.position?.start;
  if (!start) return { type: 'text', value };
  const end = {
    line: start.line,
    column: start.column + value.length,
    ...(start.offset === undefined ? {} : { offset: start.offset + value.length }),
  };
  return { type: 'text', value, position: { start, end } };
}

function paragraphOf(children: PhrasingContent[], from: Paragraph): Paragraph {
  const start = children[0]!.position?.start;
  const end = children[children.length - 1]!.position?.end;
  const position = start && end ? { start, end } : from.position;
  return position ? { type: 'paragraph', children, position } : { type: 'paragraph', children };
}
