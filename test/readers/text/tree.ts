/** Small helpers for the text reader's tree tests (not a test file itself). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root, RootContent, Table } from 'mdast';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { textReader } from '../../../src/readers/text/index.js';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export function readFixture(name: string): { text: string; root: Root; diagnostics: DiagnosticBag } {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8');
  return { text, ...readText(name, text) };
}

export function readText(file: string, text: string): { root: Root; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  return { root: textReader.read({ file, text }, diagnostics), diagnostics };
}

export function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

/** A compact outline of the top-level nodes: `h2:query-parameters`, `table:3x2`, `code:http`. */
export function outline(root: Root): string[] {
  return root.children.map((node: RootContent) => {
    if (node.type === 'heading') return `h${node.depth}:${node.data?.section ?? '?'}`;
    if (node.type === 'table') return `table:${node.children[0]?.children.length ?? 0}x${node.children.length - 1}`;
    if (node.type === 'code') return `code:${node.lang ?? ''}`;
    return node.type;
  });
}

/** The tables' cells as plain strings, header row first. */
export function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => plain(cell)));
}

export function tables(root: Root): Table[] {
  return root.children.filter((node): node is Table => node.type === 'table');
}

/**
 * Every positioned node must point at its real place: line/column agree with the offset, and a
 * text node's value is the source slice it claims (a wrapped line's text is led by its line break).
 */
export function positionProblems(root: Root, text: string): string[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const problems: string[] = [];
  const check = (point: { line: number; column: number; offset?: number | undefined }, what: string): void => {
    const expected = (lineStarts[point.line - 1] ?? Number.NaN) + point.column - 1;
    if (point.offset !== expected) problems.push(`${what}: ${point.line}:${point.column} is offset ${expected}, not ${point.offset}`);
  };
  const visit = (node: Nodes): void => {
    if (node.position) {
      check(node.position.start, `${node.type} start`);
      check(node.position.end, `${node.type} end`);
      if (node.type === 'text') {
        const slice = text.slice(node.position.start.offset, node.position.end.offset);
        if (slice !== node.value.replace(/^\n/, '')) problems.push(`text ${JSON.stringify(node.value)} sits on ${JSON.stringify(slice)}`);
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return problems;
}
