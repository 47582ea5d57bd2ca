/**
 * Code a document exported to HTML writes a paragraph per line: Word's "Web Page, Filtered" and
 * Google Docs' "Web page (.html)" set each line of a sample in a monospace font (a `style`, or a
 * class their `<style>` gives one), indenting it with `&nbsp;`; mammoth's HTML of a `.docx` keeps
 * no font, so a JSON sample is its lines as plain paragraphs.
 *
 *     <p class=MsoNormal><span style='font-family:"Courier New"'>{</span></p>
 *     <p class=MsoNormal><span style='font-family:"Courier New"'>&nbsp;&nbsp;&quot;city&quot;: &quot;Ghent&quot;</span></p>
 *     <p class=MsoNormal><span style='font-family:"Courier New"'>}</span></p>
 *         → one code block, `{` ⏎ `  "city": "Ghent"` ⏎ `}`, placed from the first line to the last
 *
 * A run of sibling paragraphs whose every word is in a monospace font (`font-family` Courier,
 * Consolas, `monospace` …, or `<code>`, `<tt>`) is one block, a paragraph a line; so is a run of
 * plain paragraphs that opens with `{` or `[` alone and is JSON once joined (a request line set
 * alone in monospace, `GET /v2/lockers/{id}`, is a one-line block, read as a fenced one is). A
 * paragraph only part of which is monospace (a URL in a sentence), or in a table's cell, is left
 * as written.
 */
import type { Element, ElementContent, Root } from 'hast';
import { classesOf, styledClasses } from './style-classes.js';

const MONOSPACE_FONT =
  /font-family\s*:[^;{}]{0,200}?\b(?:courier|consolas|monaco|menlo|monospace|lucida console|source code pro|roboto mono|inconsolata|fira (?:code|mono)|dejavu sans mono|ubuntu mono|andale mono|jetbrains mono)\b/i;
const MONOSPACE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);
type Child = ElementContent | Root['children'][number];
/** Lines of one sample, at most. */
const MAX_LINES = 2000;

export function joinCodeLines(tree: Root): void {
  const monospace = styledClasses(tree, MONOSPACE_FONT);
  const visit = (node: Root | Element): void => {
    if (node.type === 'element' && node.tagName === 'table') return;
    node.children = joinedRuns(node.children, monospace) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
}

function joinedRuns(children: readonly Child[], monospace: Set<string>): Child[] {
  const out: Child[] = [];
  let index = 0;
  while (index < children.length) {
    const run = codeRun(children, index, monospace) ?? jsonRun(children, index);
    if (run?.block) out.push(run.block);
    else out.push(...children.slice(index, run?.end ?? index + 1));
    index = run?.end ?? index + 1;
  }
  return out;
}

interface Run {
  /** None where the paragraphs read are no sample: left as written. */
  block?: Element;
  /** Index after the run's last paragraph. */
  end: number;
}

/** Sibling paragraphs from `start` whose words are all monospace: one code block. */
function codeRun(children: readonly Child[], start: number, monospace: Set<string>): Run | undefined {
  const lines: string[] = [];
  const paragraphs: Element[] = [];
  const ends: number[] = [];
  for (let index = start; index < children.length && lines.length < MAX_LINES; index++) {
    const child = children[index]!;
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (!isParagraph(child) || !isMonospace(child, false, monospace)) break;
    lines.push(lineOf(child));
    paragraphs.push(child);
    ends.push(index + 1);
  }
  // Blank lines before the code are paragraphs as written; after it, no part of it.
  const blank = lines.findIndex((line) => line !== '');
  if (blank !== 0) return blank < 0 ? (ends.length > 0 ? { end: ends[ends.length - 1]! } : undefined) : { end: ends[blank - 1]! };
  while (lines[lines.length - 1] === '') {
    lines.pop();
    paragraphs.pop();
  }
  return { block: codeBlock(lines, paragraphs), end: ends[paragraphs.length - 1]! };
}

/**
 * Plain sibling paragraphs from `start`, `{` (or `[`) alone the first, that join into JSON where
 * their brackets close; paragraphs that do not are left as written, read once.
 */
function jsonRun(children: readonly Child[], start: number): Run | undefined {
  const first = children[start];
  if (!first || !isParagraph(first) || !/^[[{]$/.test(lineOf(first).trim())) return undefined;
  const lines: string[] = [];
  const paragraphs: Element[] = [];
  const depth = { open: 0, inString: false };
  let index = start;
  for (; index < children.length && lines.length < MAX_LINES; index++) {
    const child = children[index]!;
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (!isParagraph(child)) break;
    const line = lineOf(child);
    lines.push(line);
    paragraphs.push(child);
    if (closes(line, depth)) {
      const text = lines.join('\n');
      return isJson(text) ? { block: codeBlock(lines, paragraphs), end: index + 1 } : { end: index + 1 };
    }
  }
  return { end: Math.max(index, start + 1) };
}

/** Counts the line's brackets outside strings; whether they all close by its end. */
function closes(line: string, depth: { open: number; inString: boolean }): boolean {
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (depth.inString) {
      if (char === '\\') at++;
      else if (char === '"') depth.inString = false;
    } else if (char === '"') depth.inString = true;
    else if (char === '{' || char === '[') depth.open++;
    else if (char === '}' || char === ']') depth.open--;
  }
  depth.inString = false;
  return depth.open <= 0;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isParagraph(node: Child): node is Element {
  return node.type === 'element' && node.tagName === 'p';
}

/** Whether every word under `node` is in a monospace font (`inside`: an ancestor sets one), one at least. */
function isMonospace(node: Element, inside: boolean, monospace: Set<string>): boolean {
  const set = inside || setsMonospace(node, monospace);
  let any = false;
  for (const child of node.children) {
    if (child.type === 'text') {
      if (child.value.replace(/\u00a0/g, ' ').trim() === '') {
        any ||= set;
        continue;
      }
      if (!set) return false;
      any = true;
    } else if (child.type === 'element') {
      if (child.tagName === 'br') continue;
      if (
        !isMonospace(child, set, monospace) &&
        textOf(child)
          .replace(/\u00a0/g, ' ')
          .trim() !== ''
      )
        return false;
      any ||= set || textOf(child) !== '';
    }
  }
  return any;
}

function setsMonospace(node: Element, monospace: Set<string>): boolean {
  if (MONOSPACE_TAGS.has(node.tagName)) return true;
  const style = node.properties.style;
  if (typeof style === 'string' && MONOSPACE_FONT.test(style)) return true;
  return classesOf(node).some((name) => monospace.has(name));
}

/** A paragraph's line as shown: source whitespace collapsed, `&nbsp;` a space kept. */
function lineOf(node: Element): string {
  return textOf(node)
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ +| +$/g, '')
    .replace(/\u00a0/g, ' ')
    .trimEnd();
}

function textOf(node: Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? (child.tagName === 'br' ? ' ' : textOf(child)) : ''))
    .join('');
}

function codeBlock(lines: string[], paragraphs: Element[]): Element {
  const start = paragraphs[0]?.position?.start;
  const end = paragraphs[paragraphs.length - 1]?.position?.end;
  return {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: lines.join('\n') }] }],
    ...(start && end ? { position: { start, end } } : {}),
  };
}
