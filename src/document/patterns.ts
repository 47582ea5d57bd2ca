/** Whether JavaScript reads the expression as a regular expression (with the `u` flag, as a schema's `pattern` is read); Ruby's `\A` and `\z` it does not. */
export function readsAsPattern(expression: string): boolean {
  try {
    new RegExp(expression, 'u');
    return true;
  } catch {
    return false;
  }
}
