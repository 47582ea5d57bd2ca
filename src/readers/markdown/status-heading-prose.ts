/**
 * The prose under a status heading (Atlassian's REST references) → that status's description, as
 * a status table's Description cell is:
 *
 *     ### Responses
 *     #### 200 OK                                  → 200, "Returned if the request is successful."
 *     Returned if the request is successful.
 *     Content type: application/json               (the sample's media type: no words of it, the response's)
 *     ```json {…}```
 *     ##### 404
 *     Returned if the widget is not found.         → 404, "Returned if the widget is not found."
 *
 * The description is the paragraphs right under the heading, up to the first block that is none
 * (the sample, the next heading, a label that opened a section), a media-type line, a paragraph
 * that titles the sample below (`Example:`), or one that states a request line (the next call's).
 * Where the heading has no prose under it, its reason phrase stays the description. The media-type
 * line states the media type of the response's body, where a sample below gives one (the sample
 * section's, as `#### 200 OK (application/json)` states it): a status with no body has none.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import { plainText } from '../../document/plain-text.js';
import { statusTable } from './prose-statuses.js';
import { signaturesIn } from './signatures.js';

/** The tables made of a status heading (`#### 200 OK`): the ones whose prose below describes their status. */
const HEADED = new WeakSet<Table>();

/** The one-row status table of a status heading, its description the reason phrase until its prose is read. */
export function headingStatusTable(status: string, reason: string, position: Position): Table {
  const table = statusTable(status, reason, position);
  HEADED.add(table);
  return table;
}

/** The sections a status heading opened (its sample's): prose there describes that status. */
const HEADED_SECTIONS = new WeakSet<Heading>();

/** Marks the section a status heading opened. */
export function markHeadedSection(section: Heading | undefined): void {
  if (section) HEADED_SECTIONS.add(section);
}

/** Whether a status heading opened the section (its media-type line is its sample's: `statedMediaType`). */
export function isHeadedSection(section: Heading | undefined): boolean {
  return section !== undefined && HEADED_SECTIONS.has(section);
}

/**
 * Whether the statuses a sentence under a status heading states are only the heading's own
 * (`##### 403 Forbidden` ⏎ "A 403 response is returned when …"): its description, no status again.
 */
export function restatesHeadedStatus(section: Heading | undefined, stated: ReadonlyArray<readonly [string, string, true?]>): boolean {
  const status = isHeadedSection(section) ? section!.data?.status : undefined;
  return status !== undefined && stated.every(([code]) => code === status);
}

/**
 * A line that states the sample's media type (`Content type: application/json`), not what the answer is.
 * (Labelled, its value any word: not content-type.ts' `MEDIA_TYPE_ALONE`, a type with no label.)
 */
const MEDIA_TYPE_LINE = /^(?:content|media)[ -]type\s*:\s*\S+$/i;
/** The media type such a line states: a type and a subtype (`application/vnd.widget+json`), its parameters left out. */
const STATED_TYPE = /^(?:content|media)[ -]type\s*:\s*([a-z]+\/[\w.+-]+)(?:;\S*)?$/i;

/**
 * Puts the prose under each status heading of the region's laid-out nodes (`out`) into its table's
 * Description cell: the status table, the sample section the heading opened, then the paragraphs.
 */
export function describeStatusHeadings(out: readonly RootContent[]): void {
  for (let index = 0; index < out.length; index++) {
    const table = out[index]!;
    if (table.type !== 'table' || !HEADED.has(table)) continue;
    const prose: Paragraph[] = [];
    // (out[index + 1] is the sample section the heading opened.)
    for (let at = index + 2; at < out.length; at++) {
      const node = out[at]!;
      if (node.type !== 'paragraph' || !describes(node)) break;
      prose.push(node);
    }
    statedMediaType(out, index);
    const cell = table.children[1]?.children[1];
    if (cell && prose.length > 0)
      cell.children = prose.flatMap((paragraph, at) => [...(at > 0 ? [gap(prose[at - 1]!, paragraph)] : []), ...paragraph.children]);
  }
}

/** The blank line between two paragraphs, placed between them where both are placed (so that the cell's words are one slice of the page). */
function gap(before: Paragraph, after: Paragraph): PhrasingContent {
  const start = before.position?.end;
  const end = after.position?.start;
  return { type: 'text', value: '\n\n', ...(start && end ? { position: { start, end } } : {}) };
}

/**
 * Prose of the status: not a media-type line, a media type alone (Atlassian's `application/json` ⏎
 * `Lamp` under the words: the body's media type and type name, no words), a sample's title, or a
 * request line (another call's).
 */
function describes(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
  return (
    text.length > 0 &&
    !MEDIA_TYPE_LINE.test(text) &&
    !MEDIA_TYPE_ALONE.test(text) &&
    !text.endsWith(':') &&
    signaturesIn(paragraph).length === 0
  );
}

/** The media type a line among the paragraphs under the status heading states, given to the sample section the heading opened. */
function statedMediaType(out: readonly RootContent[], index: number): void {
  const section = out[index + 1];
  const data = section?.type === 'heading' ? section.data : undefined;
  if (data?.section !== 'sample-response' || data.mediaType !== undefined) return;
  for (let at = index + 2; at < out.length && out[at]!.type === 'paragraph'; at++) {
    const stated = STATED_TYPE.exec(
      plainText(out[at] as Paragraph)
        .replace(/\s+/g, ' ')
        .trim(),
    )?.[1];
    if (stated) {
      data.mediaType = stated.toLowerCase();
      return;
    }
  }
}
