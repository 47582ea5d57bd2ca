/**
 * A row one of whose cells names the methods it is for, in a table shared by several operations
 * (Magento's `Requirements` column under a fence of five routes):
 *
 *     Name     | Type    | Requirements
 *     shelf_id | Integer | Required for PUT, DELETE, and GET operations    → the path's, not a GET query parameter of the list
 *     label    | String  | Required for POST and PUT operations            → a required body field of POST and PUT only
 *
 * The cell is that phrase alone (`Required`, `Optional`, `Used`, `Only`… `for`/`with`/`in` the
 * methods in capitals, joined by commas, `and`, `or`, `&` or `/`, then `operations`, `requests`,
 * `calls` or nothing): a description that mentions a method among other words names none. The row
 * is placed only in the operations of those methods (`parameters.ts`), required there where the
 * phrase opens with `Required`, optional where with `Optional`.
 */
import type { TableCell } from 'mdast';
import { plainText } from '../document/plain-text.js';

export interface RowMethods {
  /** The methods the row is for, lower case (`get`, `put`). */
  methods: ReadonlySet<string>;
  /** `Required for …`: true; `Optional for …`: false; other words (`Used for …`): unstated. */
  required?: boolean;
}

const METHOD = '(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)';
const JOIN = '(?:,[ \\t]?(?:and[ \\t]|or[ \\t])?|[ \\t](?:and|or|&)[ \\t]|[ \\t]?/[ \\t]?)';
/** The whole cell: a lead word, `for` (`with`, `in`, `by`), the methods, a closing noun; each blank one character (cells are trimmed). */
const FOR_METHODS = new RegExp(
  `^([Rr]equired|[Oo]ptional|[Uu]sed|[Oo]nly|[Aa]pplies|[Vv]alid|[Aa]llowed|[Ss]upported|[Aa]ccepted)(?:[ \\t]only)?[ \\t](?:for|with|in|by)[ \\t](?:the[ \\t])?(${METHOD}(?:${JOIN}${METHOD})*)(?:[ \\t](?:operations?|requests?|calls?|methods?|endpoints?))?(?:[ \\t]only)?\\.?$`,
);
const METHOD_WORD = /GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS/g;

/** The methods a cell of the row states it is for, where one cell (not its name) is that phrase alone; undefined otherwise. */
export function rowMethods(cells: readonly TableCell[], nameAt: number): RowMethods | undefined {
  for (let at = 0; at < cells.length; at++) {
    if (at === nameAt) continue;
    const text = plainText(cells[at]!);
    // The phrase is short: a long cell (a description, a hostile run of blanks) is not read by the pattern.
    if (text.length > 120) continue;
    const match = FOR_METHODS.exec(text.trim());
    if (!match) continue;
    const methods = new Set((match[2]!.match(METHOD_WORD) ?? []).map((method) => method.toLowerCase()));
    const lead = match[1]!.toLowerCase();
    return { methods, ...(lead === 'required' ? { required: true } : lead === 'optional' ? { required: false } : {}) };
  }
  return undefined;
}
