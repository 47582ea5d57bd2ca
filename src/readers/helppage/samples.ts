/**
 * Help Page sample sections: a media-type line, then the sample on the next line.
 *
 *     Request Formats
 *     application/json, text/json          → code `lang: 'json'`, `meta: 'application/json, text/json'`
 *     { "TicketREF": "INC-000047", … }
 *     application/xml, text/xml            → code `lang: 'xml'`
 *     <NewMessagePost xmlns:i="…"> … </NewMessagePost>
 *
 * `Sample not available.` is no sample. The JSON sample is checked against the tables by the
 * extractor; the XML one is kept as an example.
 */

import { type Line, linesSpan } from '../shared/lines.js';
import { codeNode, headingNode } from '../shared/nodes.js';
import type { HelpContext } from './context.js';
import { type Label, labelOf } from './labels.js';

/**
 * A media type with its parameters and the blanks after it (`text/html; charset=utf-8 `). A
 * parameter's value takes the blanks around it, so a line is matched one way only: blanks
 * that two quantifiers could share made a line of many `; x` parameters take 2^n tries.
 */
const MEDIA_TYPE = String.raw`[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(?:\s*;[^,;]+(?:;[^,;]+)*|\s*)`;
const MEDIA_LINE = new RegExp(String.raw`^\s*${MEDIA_TYPE}(?:,\s*${MEDIA_TYPE})*$`);
const NOT_AVAILABLE = /^sample not available\.?$/i;

function isMediaTypeLine(line: Line | undefined): boolean {
  return line !== undefined && MEDIA_LINE.test(line.text);
}

/** The code language for a sample of `mediaTypes`. */
function sampleLang(mediaTypes: string): string {
  if (/json/i.test(mediaTypes)) return 'json';
  if (/xml/i.test(mediaTypes)) return 'xml';
  return 'text';
}

/** Reads `Request Formats` / `Response Formats` at `at`; returns the next line index. */
export function readFormats(context: HelpContext, at: number, label: Label): number {
  const { lines, out } = context;
  const labelLine = lines[at]!;
  const section = label === 'request-formats' ? 'sample-request' : 'sample-response';
  out.push(headingNode(2, labelLine.text.trim(), linesSpan(labelLine, labelLine), { section }));
  let i = at + 1;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
    const media = lines[i];
    if (!isMediaTypeLine(media)) break;
    const sample = lines[i + 1];
    if (!sample || labelOf(sample) || isMediaTypeLine(sample) || sample.text.trim() === '') {
      i++;
      continue;
    }
    i += 2;
    if (NOT_AVAILABLE.test(sample.text.trim())) continue;
    const mediaTypes = media!.text.trim();
    out.push(codeNode(sampleLang(mediaTypes), mediaTypes, sample.text.trim(), linesSpan(sample, sample)));
  }
  return i;
}
