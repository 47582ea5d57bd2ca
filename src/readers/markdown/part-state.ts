/**
 * What the placing of an operation region's blocks shares (`parts.ts` walks the region; the
 * paragraph, table and code placers each take one block): the options a page gives, the state of
 * the walk (the section open, the status stated for the samples after it, what was just placed),
 * and the section kinds and cues more than one placer reads.
 */
import type { Code, Heading, HeadingData, Table } from 'mdast';
import type { Position } from 'unist';
import type { SectionKind } from '../../document/types.js';
import { clientCallOf } from './client-calls.js';
import { isCurlCommand } from './curl.js';
import type { HeaderLine } from './header-lines.js';
import type { LinkedSections } from './linked-sections.js';
import { normaliseTitle, type TitleVocabulary } from './section-titles.js';
import type { DeclarationFence } from './ts-declarations.js';

export interface PartOptions {
  /** Collects the base URLs the region's curl commands and request lines show. */
  baseUrls?: Set<string>;
  titles?: TitleVocabulary;
  columnNames?: Readonly<Record<string, string>>;
  /** The page text (markdown pages), for placing list-made cells. */
  page: string;
  /** Whether the page states more than one route (a curl command calling another is another call). */
  several?: boolean;
  /** The page says its request parameters are all required unless it says otherwise ("All request parameters are required, unless otherwise specified"). */
  allRequired?: boolean;
  /** The title the page's front matter gives it (`title: Get Kline`, else `sidebar_label:`). */
  pageTitle?: string;
  /** The description the page's front matter gives it (`description: Returns one user.`). */
  pageDescription?: string;
  /** The sections of the page a body's link may go to (`See [Shelf data](#shelf-data)`). */
  sections?: LinkedSections;
  /** The page's fences of TypeScript declarations, by their start offset (ts-declarations.ts). */
  declarations?: ReadonlyMap<number, DeclarationFence>;
  /** The media types the page's words before its operations state for every call (media-type-sentences.ts), where each was stated. */
  pageMediaTypes?: ReadonlyArray<HeaderLine & { position: Position; methods?: string[] }>;
  /** The names a section of the parameters every call takes lists (`### Global Parameters`): no example URL's query makes one a call's own (global-parameters.ts). */
  globalParameters?: ReadonlySet<string>;
}

/** The sections of what a call sends: where a page's "all parameters are required" speaks, and a label may say it has none. */
export const REQUEST_PARTS: ReadonlySet<SectionKind> = new Set([
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'parameters',
  'attributes',
  'request-body',
]);

/** The sections a table (or a list read as one) documents: what a call sends, and what it answers. */
export const TABLE_KINDS = new Set<SectionKind>([...REQUEST_PARTS, 'response-body', 'response-headers', 'responses', 'type-definition']);

export interface State {
  kind: SectionKind;
  /** The section was opened by a synthetic heading (prose after its table is the operation's again). */
  synthetic: boolean;
  /** A status the page stated for the samples that follow (`HTTP/1.1 201 Created`). */
  status?: string;
  /** The page's own heading of the current section, if a real heading opened it. */
  heading?: Heading;
  /** A sample was placed in the current (sample) section. */
  sampled?: boolean;
  /** The last code block was a curl command (or another client's call): a JSON fence after it, with no label between, is what it returns. */
  curled?: boolean;
  /**
   * The last code block was a whole request message that states what it sends (`POST /x HTTP/1.1` ⏎ headers ⏎ its
   * JSON, `POST /x -d '` ⏎ its data ⏎ `'`): a JSON fence after it, with no label between, is no more of that body.
   */
  messaged?: boolean;
  /** The request samples the region's calls gave (media type and JSON): another client's call giving one again is the same call in a tab beside it. */
  callSamples?: Set<string>;
  /** The current section is one the page titled as not documenting the call (`Errors`, `Response headers`): its tables are no parameters. */
  setAside?: boolean;
  /** The current section's title is `Errors` (set aside): a list of statuses under it states the operation's error answers. */
  errorsTitled?: boolean;
  /** The current section's title says its rows are required (`Required arguments`). */
  required?: boolean;
  /** A response title (`**Response:**`) with no table under it: the JSON after its prose is its sample. */
  responseTitled?: boolean;
  /** The depth of the heading over the response's parts (`### Response`): a `Headers` title below it is the response's headers. */
  responseDepth?: number;
  /** The part that heading titles (`### Result`: a sample response): a release's heading below it (`#### Since 1.14.0`) goes on with it. */
  responseKind?: SectionKind;
  /** The status heading over the response's parts (`### 200 Response`): a `Body` title below it is that status's body. */
  statusHeading?: { depth: number; status: string };
  /** The block just placed was `**Headers**` alone after a `**Code**` label: a fence of header lines below it is that status's headers. */
  headersCaption?: boolean;
  /** The block just placed was the current section's title (a heading or a label): nothing is under it yet. */
  titled?: boolean;
  /** The heading (the page's or a synthetic one) that opened the current section. */
  section?: Heading;
  /** The section the last table was placed in: a second titled table there is no more of its part (`paragraph-parts.ts`). */
  tabled?: Heading;
  /** The method the last sample request stated (`POST http://…/restaurants`): its answer is that call's too. */
  sampleMethod?: string;
  /** The one JSON type the region's last sample call asks for (`-H 'Accept: application/vnd.api+json'`): its answer's sample is of it. */
  accepted?: string;
  /** The region's routes include a count (`/users/$count`): a count's sample is its own. */
  counted: boolean;
  /** The last sample request was another call's (a collection's count): the answer after it is that call's too. */
  otherCall?: boolean;
  /** The region documents operations of several methods (a table of routes): samples are told apart by the method they state. */
  severalMethods: boolean;
  /** The current section's title is "URL parameters": its rows the route does not name are query parameters. */
  urlTitled?: boolean;
  /** The current section's title names the call (`HTTP request`): a request message there with a body is its sample. */
  signatureTitled?: boolean;
  /** The current section's title is `Example` alone, naming neither the request nor the answer (example-answers.ts). */
  exampleTitled?: boolean;
  /** The heading being placed is right over the operation's request line (`## Query` ⏎ ```` ```plain PATCH /api/v1/shelf/{id} ````). */
  overSignature?: boolean;
  /** The paragraph being placed is right over a list (a sentence announcing it: "The following parameters narrow the result."). */
  overList?: boolean;
  /** The methods of the region's routes, in capitals (`GET`, `POST`). */
  methods: ReadonlySet<string>;
  /** The depth of the request body's title over subheadings of a method each (`### Request body` ⏎ `#### POST`). */
  bodyDepth?: number;
  /** The path parameters the region's routes name. */
  routeNames: ReadonlySet<string>;
  /**
   * The section to open again after the statuses a response's prose states ("responds with `201 Created`");
   * `heading`, the page's title it goes on under (prose there stays its, as under the title).
   */
  resume?: { kind: SectionKind; data: HeadingData; heading?: Heading };
  /**
   * The part a cue naming an object ("The `message` object has the following fields:") stood in: it
   * goes on after that object's fields (the cue's type definition), as it was.
   */
  definedWithin?: { kind: SectionKind; data: HeadingData; synthetic: boolean; heading?: Heading };
  /** The tables of the statuses the region's prose states ("returns `201 Created`"). */
  proseTables: Set<Table>;
  depth: 1 | 2 | 3 | 4 | 5 | 6;
}

export function synthetic(depth: State['depth'], data: HeadingData, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }], data };
}

export type Open = (kind: SectionKind, data?: HeadingData) => void;

/** The titles of a list of the operation's errors (`Errors`, `Error responses`): set aside, as their tables of error codes are. */
export const ERRORS_TITLE = /^(?:(?:possible |common )?errors?|error (?:responses?|codes?|messages)|possible error codes)$/i;

/** `URL parameters`, `URI params`: a title that does not say path or query. */
export function isUrlTitle(text: string): boolean {
  return /^(?:url|uri) param(?:eter)?s$/.test(normaliseTitle(text));
}

/** What `placeParagraph` returns for a label that opened a section (`Example response:`, `**Parameters**`). */
export const LABEL = 'label';

/** The one success statuses state, as a sample's section data (none where they state several or none). */
export function oneSuccess(stated: ReadonlyArray<readonly [string, string, true?]>): HeadingData {
  const successes = stated.filter(([code]) => code.startsWith('2'));
  return successes.length === 1 ? { status: successes[0]![0] } : {};
}

/**
 * The status a cue announcing the sample below states: its one success, else the one error its own
 * sentence states alone ("A HTTP status code of `400` is returned with the following response
 * body:", QuestDB's): the sample is that error's, no success's.
 */
export function cuedStatus(stated: ReadonlyArray<readonly [string, string, true?]>, text: string): HeadingData {
  const success = oneSuccess(stated);
  if (success.status || stated.length !== 1) return success;
  const code = stated[0]![0];
  return /^[45]\d\d$/.test(code) && wrappedCue(text).includes(code) ? { status: code } : {};
}

/**
 * A cue over a sample that says the sample shows an error and states no status ("Here is an example
 * with request-level errors:"): whose answer the sample is, the page does not say (no success's).
 */
export function isErrorCue(text: string): boolean {
  return /:\s*$/.test(text) && ERROR_WORDS.test(wrappedCue(text));
}

const ERROR_WORDS = /\b(?:errors?|fail(?:s|ed|ures?)?|unsuccessful)\b/i;

/**
 * A line that announces the response sample below it, in words rather than a title: "The above
 * command returns JSON structured like this:", "The response looks like this:", "Returns:".
 */
const RESPONSE_CUE = /^(?!.*\brequest\b)[^\n]{0,100}\b(?:returns?|responds?|response|result)\b[^\n]*:\s*$/i;

/** The same cue wrapped over several lines ("The call returns the new level ⏎ of the lamp:"). */
export function isResponseCue(text: string): boolean {
  return RESPONSE_CUE.test(text) || (text.includes('\n') && RESPONSE_CUE.test(wrappedCue(text)));
}

/**
 * A cue's paragraph written over several lines: its last sentence, its lines joined, to be read as
 * the one line a cue is ("Counts the lamps. The result is the same shape ⏎ for every room:").
 */
export function wrappedCue(text: string): string {
  const joined = text.replace(/\s+/g, ' ');
  return joined.split(/(?<=[.!?]) /).at(-1) ?? joined;
}

/** A sample call: a curl command, or a call written with another client in a fence of its language (client-calls.ts). */
export function isSampleCall(node: Code): boolean {
  return isCurlCommand(node) || clientCallOf(node) !== undefined;
}

/** The sections a JSON fence right under their title shows the parameters of, not an answer. */
export const PARAMETER_SECTIONS: ReadonlySet<SectionKind> = new Set(['attributes', 'parameters', 'query-parameters', 'path-parameters']);

/** The sections whose fences show what a call returns. */
export const RESPONSE_KINDS: ReadonlySet<SectionKind> = new Set(['sample-response', 'response-body', 'responses']);

/** The methods that send no body. */
export const BODILESS = new Set(['get', 'head', 'delete', 'options']);
