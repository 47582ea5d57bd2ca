import type { StringSchema } from '../../../ir/types.js';
import { numberLiteral, quoteString } from '../../shared/literal.js';
import { withChecks } from '../context.js';

/**
 * zod v4 string formats. Date-times accept any offset (`+02:00`), `Z` or none, and any number of
 * fractional digits, as docs samples like `2015-09-27T17:37:39.36531+02:00` need; `uuid` uses the
 * lenient `z.guid()` so .NET GUIDs that are not RFC 9562 variants still pass.
 */
const FORMATS: Record<string, string> = {
  'date-time': 'z.iso.datetime({ offset: true, local: true })',
  date: 'z.iso.date()',
  time: 'z.iso.time()',
  duration: 'z.iso.duration()',
  email: 'z.email()',
  uuid: 'z.guid()',
  guid: 'z.guid()',
  ipv4: 'z.ipv4()',
  ipv6: 'z.ipv6()',
  byte: 'z.base64()',
};

export function renderStringZod(schema: StringSchema): string {
  const base = (schema.format !== undefined ? FORMATS[schema.format.toLowerCase()] : undefined) ?? 'z.string()';
  return withChecks(base, [
    ['min', optionalNumber(schema.minLength)],
    ['max', optionalNumber(schema.maxLength)],
    ['regex', regexCode(schema.pattern)],
  ]);
}

/** `new RegExp('…')` for a pattern JavaScript accepts; `undefined` (no check) otherwise. */
export function regexCode(pattern: string | undefined): string | undefined {
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
  } catch {
    return undefined;
  }
  return `new RegExp(${quoteString(pattern)})`;
}

function optionalNumber(value: number | undefined): string | undefined {
  return value === undefined ? undefined : numberLiteral(value);
}
