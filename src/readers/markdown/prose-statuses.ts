/**
 * Statuses the prose states, and the `| Status | Description |` table they become.
 *
 * Statuses a sentence of an operation's prose states: "The call will return `201 Created`.",
 * "It responds with `204 No Content`.", "Returns a `404 Not Found` if the book does not exist.",
 * "On success, the server returns HTTP 201.", "A `409 Conflict` is returned if the shelf exists."
 *
 * A number is a status only where the page marks it as one: a known status code (RFC 9110's)
 * after the verb, in code (`` `201` ``, `` `201 Created` ``), after `HTTP` or `status code`, before
 * `status code` / `response`, or with its own reason phrase (`404 Not Found`). "Returns 200 books"
 * and "returns up to 100 results" state none.
 */
import type { List, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { statusText } from '../../ir/status-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { CAPITALISED_REASON, HTTP_VERSION, isKnownStatus, STATUS_CODE } from './status-words.js';

/** A paragraph that may state a status: a verb of answering and three digits, or three digits then "returned" (checked before splitting sentences). */
const CUE = new RegExp(
  String.raw`\b(?:return|respond|repl(?:y|ies)|answer)[\s\S]*${STATUS_CODE}\b|\b${STATUS_CODE}\b[\s\S]*\b(?:returned|sent)\b`,
  'i',
);

/** The verb, then what it returns. */
const VERB = /\b(?:returns?|returned|responds?(?:\s+with)?|responded(?:\s+with)?|repl(?:y|ies)\s+with|answers?\s+with)\s+/i;

/** "The return code is 200 if …, 201 if …": the code named, then the statuses it may be, each marked by it. */
const CODE_IS = /\b(?:the\s+)?(?:return|response|status|HTTP\s+status)\s+code\s+(?:is|will\s+be)\s+/i;

/**
 * Before the code named, words that make the sentence a condition, not what the operation returns:
 * "If the configured status code is `200`, no error message is sent.", "When the status code is …".
 */
const CODE_CONDITION = /\b(?:if|when|whenever|unless|whether|once|in\s+case|configured)\b/i;

/** A status the sentence says is returned (its leading condition, the statuses, what follows the verb): the passive voice. */
const PASSIVE =
  /^(?:((?:on|if|when|upon|after|once|unless|in\s+case)\b[^,]{1,80}),\s*)?([^,]{1,80}?)\s+(?:is|are|will\s+be|gets)\s+(?:returned|sent)\b(.*)$/i;

/** A plain code, then when it is answered: `200 if the shelf existed`. */
const CONDITIONED_CODE = new RegExp(String.raw`^${STATUS_CODE}\s+(?:if|when)\s+\S`, 'i');

/** Where a status stated alone after "otherwise" starts its part of a sentence. */
const OTHERWISE = /[;,]?\s*\botherwise\b,?\s*/i;

/**
 * Before a status's marks: an article, `empty` ("an empty 204 response"), and the answer it comes
 * with where `status` follows ("an empty response with status 204").
 */
const STATUS_LEAD = String.raw`(?:(?:an?|the)\s+)?(?:empty\s+)?(?:(?:response|answer)\s+with\s+(?:an?\s+|the\s+)?(?=(?:HTTP\s+)?status\b))?`;
/** Where a status starts: an article, `HTTP` / `status code` words, then the code (in code or not). */
/** `status`, `status code`, and the `of` before the code where it follows them: "a status code of 201". */
const STATUS_WORDS = String.raw`status\s+(?:code\s+)?(?:of\s+)?`;
const STATUS_START = String.raw`${STATUS_LEAD}(?:HTTP\s+)?(?:${STATUS_WORDS})?\`?(?:HTTP\s+)?${STATUS_CODE}\b`;
/** The separators between statuses: `, ` / `, or ` / ` or ` / ` and `, only before another status. */
const BETWEEN = new RegExp(String.raw`\s*,\s*(?:(?:or|and)\s+)?(?=${STATUS_START})|\s+(?:or|and)\s+(?=${STATUS_START})`, 'i');
const AT_STATUS = new RegExp(`^${STATUS_START}`, 'i');

/** One status: its marks (article, `HTTP`, `status code`), the code in code or not, then what follows. */
const STATUS = new RegExp(
  String.raw`^${STATUS_LEAD}(HTTP\s+(?:${STATUS_WORDS})?|${STATUS_WORDS})?(?:\`(?:HTTP\s+)?(${STATUS_CODE})((?:\s+[^\`\s]+)*)\`|(${STATUS_CODE})\b)(.*)$`,
  'i',
);
/** Words after a status that call it one: `201 status code`, `a 404 response`, Discord's `a 204 empty response`. */
const SUFFIX = /^\s+(?:(?:HTTP\s+)?(?:status(?:\s+code)?|response(?:\s+code)?|code)|empty\s+response)\b/i;

/** A condition of success or failure, which makes a plain number a status: "Returns 204 on success.", "If successful, returns 201, …". */
const OUTCOME = /^(?:(?:on|upon)\s+(?:success|failure|error)|(?:if|when)\s+(?:successful|it\s+succeeds|it\s+fails))\b/i;

/**
 * A condition right after a plain code the verb opens with, which makes it a status: "Returns 204
 * when done.", "Responds with 201 once created." (an error or success code, 2xx to 5xx).
 */
const WHEN = /^(?:if|when|whenever|once|after|upon)\s+\S/i;

/** Words after a status that say when the page answers so. */
const CONDITION = /^\s*((?:if|when|on|for|in\s+case|unless|once|after|whenever)\b.*)$/i;
/** A clause a sentence opens with that says when: "On success, the server returns HTTP 201." */
const LEADING_CONDITION = /^((?:on|if|when|upon|after|once|unless|in\s+case)\b[^,]{1,80}),/i;

/** Reason phrases older RFCs (and many servers) give, besides RFC 9110's. */
const OTHER_REASONS: Readonly<Record<string, readonly string[]>> = {
  '302': ['moved temporarily'],
  '413': ['payload too large', 'request entity too large'],
  '422': ['unprocessable entity'],
};

/**
 * Words after a plain number that say what comes with the answer, which make it a status: "returns
 * 201 and no content", "… 204 with no body", "… 200 and the shelf".
 */
const WITH_BODY = /^\s*(?:and|with)\s+(?:(?:no|an?\s+empty)\s+(?:content|body|response(?:\s+body)?|data)\b|the\s+\w)/i;

/**
 * After what a verb returns, a status joined to it and marked as one (in code, after `HTTP` or
 * `status`, before `status code` / `response`): "returns a list of the beds and `200` status code
 * on success", "returns the shelf with HTTP 200". A plain number there ("returns the shelves and
 * 200 books") is none.
 */
const JOINED_STATUS = new RegExp(
  String.raw`\s(?:and|with)\s+(?=${STATUS_LEAD}(?:(?:HTTP\s+)?${STATUS_WORDS}\`?${STATUS_CODE}\b|HTTP\s+\`?${STATUS_CODE}\b|\`(?:HTTP\s+)?${STATUS_CODE}\b|${STATUS_CODE}\s+(?:HTTP\s+)?(?:status|response)\b))`,
  'i',
);

/**
 * A status a sentence states: its code, its words (reason and condition), and `true` where the
 * sentence says the answer carries something of no stated shape ("Will return created key with status
 * `201 Created`", "returns the created lamp and `201`": `Response.unknownBody`).
 */
export type StatedStatus = [code: string, description: string, carries?: true];

/** What a verb returns before the status joined to it that is no thing: "nothing", "no content", "an empty body". */
const NOTHING = /^(?:nothing|none|no\b|(?:an?\s+|the\s+)?empty\b|(?:an?\s+|the\s+)?(?:status|code|response|answer|HTTP)\b)/i;

/** A sample answer's status line: `HTTP/1.1 201 Created`. */
const ANSWER_STATUS = new RegExp(String.raw`^${HTTP_VERSION}\s+(${STATUS_CODE})\b`, 'i');

/**
 * A sentence that opens with a status, no verb before it (`200 and no content.`), its article before
 * it too, as Kill Bill's pages write it under `**Returns**` ("A 201 http status without content."):
 * read under a response title only.
 */
const OPENS_WITH_STATUS = new RegExp(String.raw`^(?:(?:an?|the)\s+)?(?:HTTP\s+)?\`?${STATUS_CODE}\b`, 'i');

/**
 * `[status, description]` of each status the paragraph's sentences state; undefined where none
 * does. Under a response's title (`titled`) a plain known code right after the verb is one ("The
 * call returns 201."), and so is one a sentence opens with (`Response:` ⏎ `:   200 and no content.`).
 */
export function proseStatuses(node: Paragraph, titled = false): StatedStatus[] | undefined {
  return textStatuses(markedText(node.children).replace(/\s+/g, ' ').trim(), titled);
}

/** A response's label with its words on its line: `Response: 200 and no content.`, `**Response**: 201 and the shelf`, `Responses: 201 Created, 409 Conflict.`. */
const RESPONSE_LABEL = new RegExp(String.raw`^(?:responses?|results?)\s*:\s*(?=(?:HTTP\s+)?\`?${STATUS_CODE}\b)(.+)$`, 'i');

/** The statuses the words after a response's label on its own line state, as under its title (`Response: 200 and no content.`). */
export function labelledStatuses(node: Paragraph): StatedStatus[] | undefined {
  const text = markedText(node.children)
    .replace(/\s+/g, ' ')
    .replace(/^\*\*([^*]+)\*\*/, '$1')
    .trim();
  const words = RESPONSE_LABEL.exec(text)?.[1];
  return words ? textStatuses(words, true) : undefined;
}

function textStatuses(text: string, titled: boolean): StatedStatus[] | undefined {
  if (text.length > 2_000 || !(CUE.test(text) || (titled && OPENS_WITH_STATUS.test(text)))) return undefined;
  const found: StatedStatus[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z`(])/)) {
    // "…; otherwise, `409 Conflict`", "Otherwise, `409 Conflict`.": the status alone, its verb the sentence's before.
    const [first, ...others] = sentence.replace(/[.!:;]\s*$/, '').split(OTHERWISE);
    let clause = first!;
    for (const other of others) {
      if (!AT_STATUS.test(other)) {
        clause += `; otherwise, ${other}`;
        continue;
      }
      for (const part of other.split(BETWEEN)) {
        const status = statedStatus(part.trim());
        if (status) found.push([status[0], [status[1], status[2] ?? ''].filter(Boolean).join(' ')]);
      }
    }
    // "A `409 Conflict` is returned if …", "If the book is lent, a `423` status code is returned."
    const passive = PASSIVE.exec(clause);
    if (passive && AT_STATUS.test(passive[2]!)) {
      const leading = passive[1] ? passive[1].charAt(0).toLowerCase() + passive[1].slice(1) : '';
      for (const part of passive[2]!.split(BETWEEN)) {
        const status = statedStatus(`${part.trim()}${passive[3]!}`);
        if (status) found.push([status[0], [status[1], status[2] ?? leading].filter(Boolean).join(' ')]);
      }
      continue;
    }
    // `200 and no content.` under a response's title: the status the title's answer has.
    if (titled && OPENS_WITH_STATUS.test(clause) && !VERB.test(clause)) {
      for (const part of clause.split(BETWEEN)) {
        const status = statedStatus(part.trim(), false, true);
        if (status) found.push([status[0], [status[1], status[2] ?? ''].filter(Boolean).join(' ')]);
      }
      continue;
    }
    // "The return code is 200 if the shelf existed, 201 if it was made.": every number listed a status.
    const named = CODE_IS.exec(clause);
    if (named && !CODE_CONDITION.test(clause.slice(0, named.index)) && AT_STATUS.test(clause.slice(named.index + named[0].length))) {
      for (const part of clause.slice(named.index + named[0].length).split(BETWEEN)) {
        const status = statedStatus(part.trim(), false, false, true);
        if (status) found.push([status[0], [status[1], status[2] ?? ''].filter(Boolean).join(' ')]);
      }
      continue;
    }
    // What each verb returns, up to the next verb ("will return `201 Created`, and returns a `409 Conflict` if …").
    const [before, ...returned] = clause.split(VERB);
    if (returned.length === 0) continue;
    const leading = LEADING_CONDITION.exec(before!)?.[1];
    returned.forEach((object, index) => {
      const rest = AT_STATUS.test(object) ? object : joinedStatus(object);
      if (rest === undefined) return;
      // "Will return created key with status `201 Created`": a thing the verb returns, joined to the status.
      const thing = rest !== object && !NOTHING.test(object.trim());
      const parts = rest.split(BETWEEN);
      // "Returns 200 if the shelf existed, 201 if it was made.": known codes listed, each with its condition.
      const listed =
        parts.length > 1 && parts.every((part) => CONDITIONED_CODE.test(part.trim()) && isKnownStatus(part.trim().slice(0, 3)));
      for (const part of parts) {
        // "Returns 204 when done.": a plain error or success code right after the verb, then when.
        const timed = part === parts[0] && /^[2-5]\d\d\s/.test(rest) && WHEN.test(rest.slice(4));
        const status = statedStatus(part.trim(), index === 0 && leading !== undefined && OUTCOME.test(leading), titled, listed || timed);
        if (!status) continue;
        const [code, reason, condition] = status;
        const when = condition ?? (leading && index === 0 ? leading.charAt(0).toLowerCase() + leading.slice(1) : '');
        const description = [reason, when].filter(Boolean).join(' ');
        found.push(thing && part === parts[0] && carriesBody(code) ? [code, description, true] : [code, description]);
      }
    });
  }
  return found.length > 0 ? found : undefined;
}

/** A success that can carry a body (not 204, 205 or 304). */
function carriesBody(code: string): boolean {
  return code.startsWith('2') && !NO_CONTENT.has(code);
}

/** The words from the status a verb's object joins to it (`JOINED_STATUS`) on, if it joins one. */
function joinedStatus(object: string): string | undefined {
  const joined = JOINED_STATUS.exec(object);
  return joined ? object.slice(joined.index + joined[0].length) : undefined;
}

/** `[code, reason, condition]` of a part that states a status the page marks as one (or a response's title does: `titled`). */
function statedStatus(part: string, outcome = false, titled = false, named = false): [string, string, string | undefined] | undefined {
  const match = STATUS.exec(part);
  if (!match) return undefined;
  const coded = match[2] !== undefined;
  const code = (match[2] ?? match[4])!;
  if (!isKnownStatus(code)) return undefined;
  let reason = coded ? match[3]!.trim() : '';
  let tail = match[5]!;
  if (!coded) {
    // Plain words after a plain code are its reason only where they are the code's own (`404 Not Found`).
    const words = tail.trim().split(/\s+/);
    for (let count = Math.min(4, words.length); count > 0; count--) {
      const candidate = words.slice(0, count).join(' ');
      if (!isReason(code, candidate)) continue;
      reason = candidate;
      tail = tail.slice(tail.indexOf(candidate) + candidate.length);
      break;
    }
  }
  const suffix = SUFFIX.exec(tail);
  if (suffix) tail = tail.slice(suffix[0].length);
  const condition = CONDITION.exec(tail)?.[1]?.trim();
  // A plain number is a status where success or failure is its condition: "returns 204 on success",
  // "If successful, returns 201, …" (the number right after the verb, alone or before a comma).
  const told = (condition !== undefined && OUTCOME.test(condition)) || (outcome && /^\s*(?:,|$)/.test(tail));
  // "returns 201 and no content", "… 200 and the shelf"; under a response's title the number alone ("returns 201.", "… 404 if …").
  const answered = WITH_BODY.test(tail) || (titled && (/^\s*(?:,|$)/.test(tail) || condition !== undefined));
  // "Returns 404 if not found": the condition says the code's own reason phrase.
  const reasoned = condition !== undefined && conditionSaysReason(code, condition);
  const marked = coded || match[1] !== undefined || suffix !== null || reason !== '' || told || answered || reasoned || named;
  if (!marked) return undefined;
  return [code, reason, condition];
}

/** Whether a condition holds the code's reason phrase as words of its own ("if not found" of 404, "when unauthorized" of 401). */
function conditionSaysReason(code: string, condition: string): boolean {
  const reason = statusText(code).toLowerCase();
  return new RegExp(`\\b${reason.replace(/[^a-z0-9 ]/g, '.').replace(/ /g, '\\s+')}\\b`, 'i').test(condition);
}

function isReason(code: string, words: string): boolean {
  const lower = words.toLowerCase();
  return statusText(code).toLowerCase() === lower || (OTHER_REASONS[code] ?? []).includes(lower);
}

/** A status in quotes with its reason phrase, `"204 NO CONTENT"` (Twilio's), `'404 Not Found'`: marked as one in code is ("200 books" is none). */
const QUOTED_STATUS = new RegExp(String.raw`["“'‘](${STATUS_CODE})[ \t]+([A-Za-z][A-Za-z -]{1,40}?)["”'’]`, 'g');

function quotedStatuses(text: string): string {
  return text.replace(QUOTED_STATUS, (quoted, code: string, reason: string) => (isReason(code, reason) ? `\`${code} ${reason}\`` : quoted));
}

/** The paragraph's text with its code spans in backticks (a code span marks a status). */
function markedText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((child): string => {
      if (child.type === 'text') return quotedStatuses(child.value);
      if (child.type === 'inlineCode') return `\`${child.value}\``;
      if (child.type === 'break') return ' ';
      return 'children' in child ? markedText(child.children as PhrasingContent[]) : '';
    })
    .join('');
}

/**
 * The statuses an operation's samples answer with, added to the statuses its prose states where no
 * table states any: a sample whose status the page does not give is a success (`2XX`, as where the
 * page states no status at all), one that states its status (`HTTP/1.1 200 OK`) that status. The
 * prose's words ("returns a `404 Not Found` if …") never take a sample's answer away.
 */
export function answerSamples(out: readonly RootContent[], prose: ReadonlySet<Table>): void {
  let section: string | undefined;
  let sectionStatus: string | undefined;
  const stated = new Set<string>();
  const answered = new Set<string>();
  for (const node of out) {
    if (node.type === 'heading') {
      section = node.data?.section;
      sectionStatus = node.data?.status;
    } else if (node.type === 'table' && !prose.has(node) && (section === 'responses' || (section === 'response-body' && sectionStatus)))
      return;
    else if (node.type === 'table' && prose.has(node)) for (const row of node.children.slice(1)) stated.add(cellText(row.children[0]));
    else if (node.type === 'code' && section === 'sample-response' && /^(?:[[{]|HTTP\/)/.test(node.value.trim()))
      answered.add(sectionStatus ?? ANSWER_STATUS.exec(node.value.trim())?.[1] ?? '2XX');
  }
  const table = [...prose][0]!;
  for (const status of answered) {
    if (stated.has(status) || (status === '2XX' && [...stated].some((code) => code.startsWith('2')))) continue;
    const at = table.position!;
    table.children.push({ type: 'tableRow', children: [textCell(status, at), textCell('', at)], position: at });
    stated.add(status);
  }
}

function cellText(cell: Table['children'][number]['children'][number] | undefined): string {
  const first = cell?.children[0];
  return first?.type === 'text' ? first.value : '';
}

/** Statuses that carry no body: a body a sentence names is never theirs. */
const NO_CONTENT: ReadonlySet<string> = new Set(['204', '205', '304']);

/**
 * "If successful, this method returns a `200 OK` response code and a [user] object in the response
 * body" (Microsoft Graph's response sentence, read by its own pattern): the status it names, with
 * every other status the paragraph states beside it ("… or a `204 No Content` response code for
 * …", "If not successful, a `409 Conflict` response code is returned"). The body the sentence
 * names is the named status's: it stays the section's type (which goes on the success that can
 * carry one) unless another status stated could carry one too (`201 Created` … "or `202
 * Accepted` if …"), where the body is named in that status's row alone.
 */
export function returnedStatuses(
  node: Paragraph,
  status: string,
  reason: string,
  typeText: string | undefined,
  position: Position,
): { table: Table; typeText?: string } {
  const others = (proseStatuses(node) ?? []).filter(
    ([code], index, all) => code !== status && all.findIndex(([c]) => c === code) === index,
  );
  if (others.length === 0) return { table: statusTable(status, reason, position), ...(typeText ? { typeText } : {}) };
  const carried = others.some(([code]) => code.startsWith('2') && !NO_CONTENT.has(code));
  const rows = [[status, reason, carried ? (typeText ?? '') : ''], ...others.map(([code, words]) => [code, words, ''])].map(
    (values): TableRow => ({ type: 'tableRow', children: values.map((value) => textCell(value, position)), position }),
  );
  const table = markOrigin(madeTable(['Status', 'Description', 'Type'], rows, position), 'reader');
  return { table, ...(typeText && !carried ? { typeText } : {}) };
}

/** `| Status | Description |` with the one status the prose states, placed at the prose. */
export function statusTable(status: string, reason: string, position: Position): Table {
  return statusesTable([[status, reason]], position);
}

/**
 * `| Status | Description |` with one `2XX` row: a success the page states no code for ("Returns a
 * [Lamp](#the-lamp-object)."), which a success another status table of the operation states takes over
 * (`TableData.unstatedSuccess`, extract/responses.ts).
 */
export function unstatedSuccessTable(reason: string, position: Position): Table {
  const table = statusTable('2XX', reason, position);
  table.data = { ...table.data, unstatedSuccess: true };
  return table;
}

/** `| Status | Description |` with the statuses the prose states, placed at the prose. */
export function statusesTable(statuses: ReadonlyArray<readonly [string, string, true?]>, position: Position): Table {
  const rows = statuses.map(
    ([status, reason]): TableRow => ({ type: 'tableRow', children: [textCell(status, position), textCell(reason, position)], position }),
  );
  const table = markOrigin(madeTable(['Status', 'Description'], rows, position), 'reader');
  const carried = statuses.filter(([, , carries]) => carries).map(([status]) => status);
  if (carried.length > 0) table.data = { ...table.data, unknownBodies: carried };
  return table;
}

/** One status of a sentence that lists them: `a 200 OK if successful`, `HTTP 200 on success`, `204 No Content`. */
const STATED_STATUS = new RegExp(
  String.raw`^(?:an?\s+)?(?:HTTP\s+)?\`?(${STATUS_CODE})\`?(${CAPITALISED_REASON})(?:\s+(?:status(?:\s+code)?|response))?(?:\s+((?:if|when|on|for|in\s+case)\b.*))?$`,
);

/** The separators between the statuses of such a sentence: `, ` / `; ` / `, or `, and ` or ` / ` and ` before another status. */
const STATED_BETWEEN = new RegExp(String.raw`\s*[,;]\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+(?=(?:an?\s+)?(?:HTTP\s+)?\`?${STATUS_CODE}\b)`);

/**
 * The statuses words list, each with its reason and condition as its description: "a 200 OK if
 * successful, or a 404 Not Found if the model does not exist", "HTTP 200 on success, 500 on
 * error", "204 No Content"; undefined unless every part is one.
 */
export function statedStatuses(text: string): Array<[string, string]> | undefined {
  const parts = text.trim().replace(/\.$/, '').split(STATED_BETWEEN);
  const found: Array<[string, string]> = [];
  for (const part of parts) {
    const match = STATED_STATUS.exec(part.trim());
    if (!match) return undefined;
    found.push([match[1]!, [match[2]!.trim(), match[3]?.trim() ?? ''].filter(Boolean).join(' ')]);
  }
  return found.length > 0 ? found : undefined;
}

/** An item of a list of errors: `400 path/repo_id invalid`, `404: Library not found.`, `HTTP 500 Internal Server Error`. */
const ERROR_ITEM = /^(?:HTTP\s+)?([45]\d\d)\b(?:[ \t]*[:\u2013\u2014-])?[ \t]*([^\n]*)$/;

/**
 * A list under an `Errors` title whose every item opens with an error status (`* 403 Permission
 * denied.`, `* 404 library not found.`) → the statuses' table, each item's words its description;
 * undefined where any item is something else (an error code of the API's own, a sentence).
 */
export function errorStatusList(list: List): Table | undefined {
  if (!list.position || list.children.length === 0 || list.children.length > 100) return undefined;
  const statuses: Array<[string, string]> = [];
  for (const item of list.children) {
    const [paragraph, ...rest] = item.children;
    if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined;
    const stated = ERROR_ITEM.exec(plainText(paragraph).trim());
    if (!stated) return undefined;
    statuses.push([stated[1]!, stated[2]!.trim().replace(/\.$/, '')]);
  }
  return markOrigin(statusesTable(statuses, list.position), 'bullet list');
}
