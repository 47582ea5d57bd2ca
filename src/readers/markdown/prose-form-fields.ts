/**
 * Form fields a sentence names, where no table or list documents them:
 *
 *     POST a multipart form to this endpoint, where the form field `image` contains the picture …
 *                                                   ^^^^^^^^^^^^^^ ^^^^^^^ → a field of the form body
 *     Send the file in the `image` form field.      The required form fields `title` and `isbn` …
 *
 * A sentence counts where "form field(s)" stands right before its names in code spans (`the form
 * field `a``, `form fields `a` and `b``) or right after one (`the `a` form field`), or names one
 * ("a form field named `a`"). The names are the body's fields, described by the sentence; required
 * only where the sentence says so ("the required form field `a`", "the required `a` form field"); no
 * type (the sentence states none, even of a file). The body is a form: its encoding the one a
 * sentence or call states, else the one a form of its fields takes. Not read: a sentence that negates or speaks of the response, an operation
 * whose every method sends no body (GET, DELETE, HEAD).
 */
import type { Paragraph, RootContent, Table } from 'mdast';
import { textRow } from './made-tables.js';
import type { Signature } from './signatures.js';

const CODE_OPEN = '\uE000';
const CODE_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const CODE = `${CODE_OPEN}[^${CODE_CLOSE}]+${CODE_CLOSE}`;
const LIST = `${CODE}(?:\\s*,\\s*${CODE})*(?:\\s*,?\\s+(?:and|or)\\s+${CODE})?`;
const FLAG = '(?:(required|mandatory|optional)\\s+)?';

/** "the (required) form field(s) `a` (and `b`)", "a form field named `a`" */
const WORD_THEN_NAMES = new RegExp(`${FLAG}\\bform[\\s-]+fields?\\s*(?::\\s*|(?:named|called)\\s+)?(${LIST})`, 'gi');
/** "the (required) `a` (and `b`) form field(s)" */
const NAMES_THEN_WORD = new RegExp(`${FLAG}(${LIST})\\s+form[\\s-]+fields?\\b`, 'gi');

/** Words that take a sentence's statement back, or make it the response's. */
const NOT_THE_REQUEST = /\b(?:not|n't|never|no longer|responses?|returns?|returned)\b/i;

/**
 * `| Name | Required | Description |` of the form fields a paragraph names that `documented` does
 * not hold yet, placed at the paragraph; `undefined` when there are none.
 */
export function proseFormFieldTable(
  node: RootContent,
  signatures: readonly Signature[],
  documented: ReadonlySet<string>,
): Table | undefined {
  if (node.type !== 'paragraph' || !node.position || !signatures.some((s) => /^(?:post|put|patch)$/i.test(s.method))) return undefined;
  const found = formFields(node).filter((field) => !documented.has(field.name));
  if (found.length === 0) return undefined;
  const position = node.position;
  const required = found.some((field) => field.required);
  const rows = found.map((field) =>
    textRow(required ? [field.name, field.required ? 'yes' : 'no', field.sentence] : [field.name, field.sentence], position),
  );
  const header = required ? ['Name', 'Required', 'Description'] : ['Name', 'Description'];
  return { type: 'table', align: header.map(() => null), position, children: [textRow(header, position), ...rows] };
}

function formFields(paragraph: Paragraph): Array<{ name: string; required: boolean; sentence: string }> {
  const found: Array<{ name: string; required: boolean; sentence: string }> = [];
  const text = marked(paragraph);
  // Each pattern says `form field`: a paragraph without the words (most) names none.
  if (!/form[\s-]+field/i.test(text)) return found;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    if (NOT_THE_REQUEST.test(sentence.replace(new RegExp(CODE, 'g'), ''))) continue;
    const plain = sentence.replace(MARKS, '`').replace(/\s+/g, ' ').trim();
    const matches = [...sentence.matchAll(WORD_THEN_NAMES)].map((m) => ({ flag: m[1], list: m[2]! }));
    matches.push(...[...sentence.matchAll(NAMES_THEN_WORD)].map((m) => ({ flag: m[1], list: m[2]! })));
    for (const { flag, list } of matches)
      for (const code of list.matchAll(new RegExp(CODE, 'g'))) {
        const name = code[0].slice(1, -1).trim();
        if (!/^[\w.[\]-]+$/.test(name) || found.some((field) => field.name === name)) continue;
        found.push({ name, required: /^(?:required|mandatory)$/i.test(flag ?? ''), sentence: plain });
      }
  }
  return found;
}

/** The paragraph's text with code spans marked. */
function marked(node: RootContent | Paragraph['children'][number]): string {
  if (node.type === 'inlineCode') return `${CODE_OPEN}${node.value}${CODE_CLOSE}`;
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value.replace(MARKS, '');
  if ('children' in node) return (node.children as Paragraph['children']).map(marked).join('');
  return '';
}
