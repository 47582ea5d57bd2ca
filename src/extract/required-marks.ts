/**
 * A Required column written in O and X marks, as Korean and Japanese references write it (`필수` ⏎
 * `O` / `X`, `必須` ⏎ `Ｏ` / `Ｘ`): `O` is required, `X` not. Elsewhere an `x` in a Required column is
 * a check mark (yes), and in an `M/O` column `O` is optional, so the column's cells decide: one
 * whose marks are only `O` and `X` (half- or full-width, any case; a blank or a dash beside them)
 * and at least one `O` is this convention, unless its header names two words (`M/O`,
 * `Required/Optional`: `O` for the second), a note in parentheses aside (`필수 (O/X)`). An Optional
 * column (`선택`, `任意`, `Optional`) so written inverts them: `O` optional, `X` required.
 */
/** A mark as written, compared whole: full-width letters as their ASCII ones. */
export function markOf(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

const OX = new Set(['o', 'x', '', '-']);

/** Whether a Required (or Optional) column's cells (their texts) are O/X marks, the column headed `header`. */
export function oxMarked(cells: readonly string[], header: string): boolean {
  if (/[/|]/.test(header.replace(/[(（][^()（）]*[)）]/g, ''))) return false;
  let circle = false;
  for (const cell of cells) {
    const mark = markOf(cell);
    if (!OX.has(mark)) return false;
    circle ||= mark === 'o';
  }
  return circle;
}
