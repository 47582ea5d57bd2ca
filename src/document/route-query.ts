/**
 * Where a written route's query (or fragment) starts: its first `?` or `#` outside a placeholder's
 * braces or a group's parentheses — `{id:int?}` (ASP.NET's optional parameter) and
 * `(?P<pk>[0-9]+)` (Django's named group) keep theirs — or -1.
 */
export function queryStart(route: string): number {
  let depth = 0;
  for (let i = 0; i < route.length; i++) {
    const c = route[i];
    if (c === '{' || c === '(') depth++;
    else if ((c === '}' || c === ')') && depth > 0) depth--;
    else if ((c === '?' || c === '#') && depth === 0) return i;
  }
  return -1;
}
