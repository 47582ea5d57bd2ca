/**
 * The paths table rows write for nested fields, as bracketed names (`position[base_sha]`,
 * `actions[][file_path]`): the one form `body-fields.ts` and `properties.ts` nest by.
 *
 *     customer · customer.name       → `customer[name]`, where a row names `customer`
 *     items · items[].sku            → `items[][sku]`
 *     items[].sku (no `items` row)   → `items[][sku]`: `[]` writes an array, as no literal key does
 *     customer · » name · »» nick     → `customer[name]`, `customer[name][nick]` (Widdershins' `»`)
 *     address · » address.city        → `address[city]` (a nested row that repeats its parent's name: Stripe's)
 */

/** Depth marks before a nested field's name: Widdershins' `»`, tree lines (`└─`, `├─`, `↳`). */
const DEPTH_MARKS = /^((?:\s*(?:»|└─*|├─*|↳))+)\s*/;

/**
 * The rows' names with their nesting written as brackets (see the module comment): a dotted name
 * nests only under a row the table has (`a.b` alone is a name with a dot), a `»` name under the
 * last row one level up — under its items when that row is an array.
 */
export function bracketedNames(rows: ReadonlyArray<{ name: string; array: boolean }>): string[] {
  const out: string[] = [];
  const known = new Map<string, string>();
  const arrays = new Set<string>();
  const stack: string[] = [];
  // Each level's name as its row writes it: a child may repeat it (Stripe's `address` ⏎ `» address.city`).
  const written: string[] = [];
  const under = (parent: string, child: string, array: boolean) => `${parent}${array || arrays.has(parent) ? '[]' : ''}[${child}]`;
  for (const row of rows) {
    const marks = DEPTH_MARKS.exec(row.name);
    let name = row.name;
    if (marks && marks[0].length < row.name.length) {
      const depth = (marks[1]!.match(/»|└|├|↳/g) ?? []).length;
      const own = row.name.slice(marks[0].length).trim();
      const parent = stack[depth - 1];
      const repeated = written[depth - 1];
      const bare =
        parent !== undefined && repeated && own.startsWith(`${repeated}.`) && own.length > repeated.length + 1
          ? own.slice(repeated.length + 1)
          : own;
      name = parent === undefined ? bare : under(parent, bare, false);
      stack.length = depth;
      stack[depth] = name;
      written.length = depth;
      written[depth] = own;
    } else {
      const dot = row.name.lastIndexOf('.');
      const prefix = dot > 0 ? row.name.slice(0, dot) : '';
      const parent = known.get(prefix.endsWith('[]') ? prefix.slice(0, -2) : prefix);
      if (parent !== undefined && dot < row.name.length - 1) name = under(parent, row.name.slice(dot + 1), prefix.endsWith('[]'));
      else if (ARRAY_PATH.test(row.name)) name = arrayPath(row.name, known);
      stack.length = 0;
      stack[0] = name;
      written.length = 0;
      written[0] = row.name;
    }
    if (row.array) arrays.add(name);
    known.set(row.name, name);
    out.push(name);
  }
  return out;
}

/** Names of array items' fields, each step before a `[].`: `items[].id`, `rows[].cells[].text`. */
const ARRAY_PATH = /^[A-Za-z_$][\w$-]*(?:\[\]\.[A-Za-z_$][\w$-]*)+$/;

/**
 * `items[].id` where no row names `items` (`items[][id]`): the `[]` says `items` is an array whose
 * items hold `id`, which a literal key never writes so (`meta.total` alone stays a name with a dot).
 * Each step a row names is that row's path.
 */
function arrayPath(name: string, known: ReadonlyMap<string, string>): string {
  const steps = name.split('[].');
  // Deeper than any document nests: a name as written (each step's look-up hashes the name so far).
  if (steps.length > MAX_ARRAY_STEPS) return name;
  let written = steps[0]!;
  let path = known.get(written) ?? written;
  for (const step of steps.slice(1)) {
    written = `${written}[].${step}`;
    path = known.get(written) ?? `${path}[][${step}]`;
  }
  return path;
}

const MAX_ARRAY_STEPS = 16;

/** `a[b][]` → [`a`, `b`, `[]`]; a name with unbalanced brackets is one token. */
export function fieldPath(name: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name.trim());
  if (!match) return [name.trim()];
  const tokens = [match[1]!.trim()];
  for (const part of match[2]!.matchAll(/\[([^[\]]*)\]/g)) tokens.push(part[1]!.trim() === '' ? '[]' : part[1]!.trim());
  return tokens;
}

/** The fields the rows' paths name, as a tree: an object's properties by name, an array's items. */
export interface PathTree<T> {
  /** The row that documents this field, if one does. */
  value?: T;
  children: Map<string, PathTree<T>>;
  items?: PathTree<T>;
}

/**
 * The tree of `entries`' bracketed paths (`actions[]` documents the array itself: its row goes on
 * `actions`, which gets items); `duplicate` hears of a second row for a field, the first kept.
 */
export function treeOfPaths<T>(entries: ReadonlyArray<{ path: string; value: T }>, duplicate: (value: T) => void): PathTree<T> {
  const root: PathTree<T> = { children: new Map() };
  for (const { path, value } of entries) {
    const tokens = fieldPath(path);
    const arrayRow = tokens.length > 1 && tokens[tokens.length - 1] === '[]';
    if (arrayRow) tokens.pop();
    let node = root;
    for (const token of tokens) {
      if (token === '[]') node = node.items ??= { children: new Map() };
      else {
        const child = node.children.get(token) ?? { children: new Map() };
        node.children.set(token, child);
        node = child;
      }
    }
    if (arrayRow) node.items ??= { children: new Map() };
    if (node.value === undefined) node.value = value;
    else duplicate(value);
  }
  return root;
}
