/**
 * The request's media-type headers written out in a paragraph, a line each, as JSON:API references
 * (and many others) state them above or below the call:
 *
 *     Content-Type: application/vnd.api+json       → the request body's media type
 *     Accept: application/vnd.api+json             → the media type the call answers in
 *     **Content type:** `application/xml`          (a space for the dash, the label in bold, the type in code)
 *     Media type: application/json; charset=utf-8  → `application/json` (its parameters no part of it)
 *
 * They are the headers a headers table's `| Content-Type | … |` and `| Accept | … |` rows state,
 * read alike (the rows made where the lines stand), and no words of the operation's. Every line of
 * the paragraph must be such a header naming one media type, else the paragraph is prose ("Send
 * `Content-Type: application/json` with every call." is a sentence; `Accept: application/*` names none).
 */
import type { Paragraph, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';

export interface HeaderLine {
  name: 'Content-Type' | 'Accept';
  mediaType: string;
}

/** `Content-Type: application/vnd.api+json`, `Accept: application/json; charset=utf-8`: a header and its one media type. */
const HEADER_LINE = /^(content[ -]type|media[ -]type|accept)[ \t]*:[ \t]*([a-z]+\/[\w.+-]+)[ \t]*(?:;[^;\n]*)*$/i;

/** The media-type header lines a paragraph is made of; undefined where any line is something else. */
export function mediaTypeHeaderLines(node: Paragraph): HeaderLine[] | undefined {
  const head = node.children[0];
  const first = head?.type === 'strong' || head?.type === 'emphasis' ? head.children[0] : head;
  if (first?.type !== 'text' || !/^[ \t]*(?:content|media|accept)/i.test(first.value)) return undefined;
  const text = plainText(node);
  if (text.length > 2_000) return undefined;
  const lines: HeaderLine[] = [];
  for (const line of text.split('\n')) {
    const header = HEADER_LINE.exec(line.trim());
    if (!header) return undefined;
    lines.push({ name: /^accept$/i.test(header[1]!) ? 'Accept' : 'Content-Type', mediaType: header[2]!.replace(/\.$/, '').toLowerCase() });
  }
  return lines.length > 0 ? lines : undefined;
}

/** The one-row headers table (`Name | Description`) a header the page states stands for, placed where the page states it. */
export function headerTable(name: string, value: string, position: Position): Table {
  const cell = (children: TableCell['children']): TableCell => ({ type: 'tableCell', children, position });
  const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells, position });
  const table: Table = {
    type: 'table',
    align: [null, null],
    position,
    children: [
      row([cell([{ type: 'text', value: 'Name' }]), cell([{ type: 'text', value: 'Description' }])]),
      row([cell([{ type: 'text', value: name }]), cell([{ type: 'inlineCode', value }])]),
    ],
  };
  return markOrigin(table, 'reader');
}
