/**
 * The integer formats of OpenAPI's format registry (spec.openapis.org/registry/format): signed
 * `int8` … `int64`, unsigned `uint8` … `uint64`. A format holds another when every value of the
 * other is one of its values: `int32` holds `int16` and `uint16`, nothing signed holds `uint64`.
 * The merge folds rows of one property to the narrowest format holding them all; the differ
 * tells a widening from a change by it.
 */

/** Each registered integer format: signed or not, and its width in bits. */
const WIDTHS: ReadonlyMap<string, { signed: boolean; bits: number }> = new Map([
  ['int8', { signed: true, bits: 8 }],
  ['int16', { signed: true, bits: 16 }],
  ['int32', { signed: true, bits: 32 }],
  ['int64', { signed: true, bits: 64 }],
  ['uint8', { signed: false, bits: 8 }],
  ['uint16', { signed: false, bits: 16 }],
  ['uint32', { signed: false, bits: 32 }],
  ['uint64', { signed: false, bits: 64 }],
]);

/** Whether every value of the `narrow` format is a value of `wide` (false where either is no registered integer format). */
export function holdsIntegerFormat(wide: string, narrow: string): boolean {
  const w = WIDTHS.get(wide);
  const n = WIDTHS.get(narrow);
  if (!w || !n) return false;
  if (w.signed === n.signed) return w.bits >= n.bits;
  // An unsigned format holds no negative value; a signed one holds an unsigned one of fewer bits.
  return w.signed && w.bits > n.bits;
}

/**
 * Two rows' formats of one integer property, folded: the narrowest registered format holding
 * both; where none does (`uint64` beside a signed one) or either is no registered format, `int64`
 * if either is, else the first.
 */
export function foldIntegerFormat(first: string, other: string): string {
  if (first === other || holdsIntegerFormat(first, other)) return first;
  if (holdsIntegerFormat(other, first)) return other;
  if (WIDTHS.has(first) && WIDTHS.has(other)) {
    for (const [format] of WIDTHS) if (holdsIntegerFormat(format, first) && holdsIntegerFormat(format, other)) return format;
  }
  return first === 'int64' || other === 'int64' ? 'int64' : first;
}
