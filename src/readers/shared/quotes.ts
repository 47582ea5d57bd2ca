/** Where the double quote that closes a string opened before `from` stands (a backslash escapes the character after it: `\"` is the string's); -1 where none does. */
export function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  return -1;
}
