/**
 * A request sample written with a command-line client other than curl → the request it sends, as
 * curl's is read (curl.ts):
 *
 *     http POST api.example.com/v1/users name=Ann age:=3 Authorization:'Bearer x'     (HTTPie)
 *     → POST http://api.example.com/v1/users, the header, body {"name": "Ann", "age": 3}
 *     wget --method=POST --body-data='{"a": 1}' https://api.example.com/v1/users     (wget)
 *     Invoke-RestMethod -Method Post -Uri "https://…/v1/users" -Body ($b | ConvertTo-Json)   (PowerShell)
 *
 * HTTPie's items: `Header:value`, `name=string`, `name:=json`, `name==query`, `name@file` (a
 * form's upload), nested names `user[name]=Ann`, `tags[]=a`; `-f` / `--form` sends a url-encoded form,
 * `--multipart` a multipart one (whether or not a file is among its fields).
 * A download is no request sample: `wget URL` with nothing but the URL (wget's common use: a file),
 * `http --download URL`, `Invoke-WebRequest … -OutFile x`.
 */
import { COMMAND_END, type CurlRequest, clientRequest, shellWords } from './curl.js';
import { jsonOfLiteral, stringOfLiteral } from './script-literals.js';

const METHODS = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

/** A host HTTPie or wget may be given without its scheme: `api.example.com/v1`, `localhost:3000`, `:3000/x` (HTTPie's localhost). */
const BARE_HOST = /^(?:localhost|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|(?:\d{1,3}\.){3}\d{1,3})(?::\d+)?(?:[/?]|$)/;

function withScheme(url: string, scheme: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  if (/^:\d*(?:[/?]|$)/.test(url)) return `${scheme}://localhost${url === ':' ? '' : url}`;
  return BARE_HOST.test(url) ? `${scheme}://${url}` : undefined;
}

/** Words of the command from `start`, up to its end (an unescaped line end, a pipe, `&&`, `;`). */
function commandWords(text: string, start: number): string[] {
  const words = shellWords(text.slice(start));
  const end = words.findIndex((word, index) => index > 0 && (word === '\n' || COMMAND_END.has(word)));
  return end < 0 ? words : words.slice(0, end);
}

const HTTPIE_LINE = /^[ \t]*(?:\$[ \t]+)?(?=(https?)[ \t]+\S)/m;
const HTTPIE_VALUE_FLAGS = new Set(
  '-a --auth -A --auth-type -p --print -o --output --session --session-read-only --timeout --verify --cert --cert-key --proxy -s --style --pretty --format-options --boundary --max-redirects --ssl --ciphers --default-scheme --response-charset --response-mime'.split(
    ' ',
  ),
);

/** The request of an HTTPie command (`http`/`https` opening a line), or undefined. */
export function httpieRequest(text: string): CurlRequest | undefined {
  const start = HTTPIE_LINE.exec(text);
  if (!start) return undefined;
  const words = commandWords(text, start.index + start[0].length);
  let method: string | undefined;
  let url: string | undefined;
  let form = false;
  let multipart = false;
  let raw: string | undefined;
  const items: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '\n') continue;
    if (word.startsWith('-') && url === undefined) {
      const flag = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
      if (flag === '--download' || flag === '-d') return undefined;
      if (flag === '-f' || flag === '--form') form = true;
      else if (flag === '--multipart') multipart = true;
      else if (flag === '--raw') raw = word.includes('=') ? word.slice(word.indexOf('=') + 1) : words[++i];
      else if (HTTPIE_VALUE_FLAGS.has(flag) && !word.includes('=')) i++;
    } else if (url === undefined && method === undefined && METHODS.test(word) && i + 1 < words.length) method = word;
    else if (url === undefined) {
      url = withScheme(word, start[1]!);
      if (!url) return undefined;
    } else items.push(word);
  }
  if (!url) return undefined;
  const out = clientRequest(method ?? 'GET', url, method !== undefined, 'HTTPie');
  const fields: Array<[string, string, 'string' | 'json']> = [];
  let known = true;
  const query: string[] = [];
  for (const item of items) {
    const parsed = httpieItem(item);
    if (!parsed) continue;
    const [name, separator, value] = parsed;
    if (separator === ':') {
      if (value) out.headers.push([name, value]);
    } else if (separator === '==') query.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
    else if (separator === '@') {
      out.form = true;
      out.upload = true;
      out.formFields.push([name, `@${value}`]);
    } else if (separator === '=') fields.push([name, value, 'string']);
    else if (separator === ':=') fields.push([name, value, 'json']);
    // `=@` / `:=@`: a value read from a file the page does not show.
    else known = false;
  }
  if (query.length > 0) out.url += `${out.url.includes('?') ? '&' : '?'}${query.join('&')}`;
  const sends = fields.length > 0 || raw !== undefined || out.upload || !known;
  if (!method && sends) {
    out.method = 'POST';
    out.methodStated = true;
  }
  if (raw !== undefined) out.data = raw;
  else if (out.upload || (multipart && fields.length > 0 && known)) {
    out.form = true;
    for (const [name, value] of fields) out.formFields.push([name, value]);
  } else if (form && fields.length > 0 && known) {
    out.urlencoded = true;
    out.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    out.data = fields.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  } else if (fields.length > 0 && known) {
    const body = nestedBody(fields);
    if (body !== undefined) {
      out.data = body;
      out.json = true;
    }
  }
  return out;
}

/** The separators of an HTTPie item, longest first where two start at one place. */
const SEPARATORS = [':=@', '==', '=@', ':=', '@', '=', ':'] as const;

/** `name:=3` → `['name', ':=', '3']`; a backslash escapes a separator's character in the name. */
function httpieItem(item: string): [string, string, string] | undefined {
  let name = '';
  for (let i = 0; i < item.length; i++) {
    if (item[i] === '\\' && i + 1 < item.length) {
      name += item[++i];
      continue;
    }
    const separator = SEPARATORS.find((s) => item.startsWith(s, i));
    if (separator) return name ? [name, separator, item.slice(i + separator.length)] : undefined;
    name += item[i];
  }
  return undefined;
}

/** HTTPie's JSON body of its items, nested names made objects and arrays (`user[name]`, `tags[]`); undefined where they clash or a value is no JSON. */
function nestedBody(fields: ReadonlyArray<[string, string, 'string' | 'json']>): string | undefined {
  const root: Record<string, unknown> = {};
  for (const [name, text, kind] of fields) {
    let value: unknown = text;
    if (kind === 'json') {
      try {
        value = JSON.parse(text);
      } catch {
        return undefined;
      }
    }
    const path = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!path) return undefined;
    const keys: string[] = [path[1]!, ...[...path[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let at: Record<string, unknown> | unknown[] = root;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const last = k === keys.length - 1;
      const next: unknown = last ? value : keys[k + 1] === '' || /^\d+$/.test(keys[k + 1]!) ? [] : {};
      if (Array.isArray(at)) {
        if (key !== '' && !/^\d+$/.test(key)) return undefined;
        const index = key === '' ? at.length : Number(key);
        if (last) at[index] = value;
        else {
          at[index] ??= next;
          at = at[index] as Record<string, unknown> | unknown[];
        }
      } else {
        if (key === '' || /^\d+$/.test(key)) return undefined;
        if (last) Object.defineProperty(at, key, { value, enumerable: true, writable: true, configurable: true });
        else {
          if (!Object.hasOwn(at, key))
            Object.defineProperty(at, key, { value: next, enumerable: true, writable: true, configurable: true });
          at = at[key] as Record<string, unknown> | unknown[];
        }
      }
      if (!last && (typeof at !== 'object' || at === null)) return undefined;
    }
  }
  return JSON.stringify(root);
}

const WGET_LINE = /^[ \t]*(?:\$[ \t]+)?wget[ \t]+\S/m;
const WGET_VALUE_FLAGS = new Set(
  '-o --output-file -a --append-output -U --user-agent --user --password --http-user --http-password -t --tries -T --timeout --body-file --post-file -P --directory-prefix'.split(
    ' ',
  ),
);

/** The request of a wget command that calls an API (it states a method, a body, a header, or prints the answer: `-O -`); undefined for a download. */
export function wgetRequest(text: string): CurlRequest | undefined {
  const start = WGET_LINE.exec(text);
  if (!start) return undefined;
  const words = commandWords(text, text.indexOf('wget', start.index));
  let method: string | undefined;
  let url: string | undefined;
  let data: string | undefined;
  let posts = false;
  let stdout = false;
  const headers: Array<[string, string]> = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '\n') continue;
    const [flag, inline] =
      word.startsWith('--') && word.includes('=')
        ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
        : [word, undefined];
    const value = (): string | undefined => inline ?? words[++i];
    if (flag === '--method') method = value();
    else if (flag === '--body-data' || flag === '--post-data') {
      data = value();
      posts = true;
    } else if (flag === '--body-file' || flag === '--post-file') {
      value();
      posts = true;
    } else if (flag === '--header') {
      const header = value() ?? '';
      const colon = header.indexOf(':');
      if (colon > 0) headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (flag === '--output-document') stdout = value() === '-';
    else if (/^-[A-Za-z]*O/.test(flag) && !flag.startsWith('--')) {
      // `-O -`, `-qO-`, `-O file`: the answer printed, or saved.
      const rest = flag.slice(flag.indexOf('O') + 1);
      stdout = (rest || words[++i]) === '-';
    } else if (WGET_VALUE_FLAGS.has(flag) && inline === undefined) i++;
    else if (!flag.startsWith('-') && url === undefined) url = withScheme(word, 'http');
  }
  if (!url || (method === undefined && !posts && headers.length === 0 && !stdout)) return undefined;
  const out = clientRequest(method ?? (posts ? 'POST' : 'GET'), url, method !== undefined || posts, 'wget');
  out.headers = headers;
  if (data !== undefined) out.data = data;
  return out;
}

/** `Invoke-RestMethod`, `Invoke-WebRequest` and their aliases, opening a statement (perhaps assigned: `$r = irm …`). */
const POWERSHELL_CALL = /(?:^|[=(;|{]|\n)[ \t]*(Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?=[ \t`])/i;
const POWERSHELL_SWITCHES = new Set(
  'usebasicparsing skipcertificatecheck skipheadervalidation allowunencryptedauthentication disablekeepalive noproxy passthru resume skiphttperrorcheck allowinsecureredirect usedefaultcredentials preserveauthorizationonredirect'.split(
    ' ',
  ),
);

/** The request of a PowerShell web cmdlet, its body a literal (a JSON string, or a hashtable piped to `ConvertTo-Json`), or undefined. */
export function powershellRequest(text: string): CurlRequest | undefined {
  const start = POWERSHELL_CALL.exec(text);
  if (!start) return undefined;
  const words = powershellWords(text.slice(start.index + start[0].length));
  const values = new Map<string, string>();
  let positional: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const parameter = /^-([A-Za-z]+)(?::(.*))?$/s.exec(word);
    if (!parameter) {
      positional ??= word;
      continue;
    }
    const name = parameter[1]!.toLowerCase();
    if (POWERSHELL_SWITCHES.has(name)) continue;
    const value = parameter[2] ?? words[++i];
    if (value !== undefined) values.set(name, value);
  }
  if (values.has('outfile') && !values.has('method')) return undefined;
  const uri = powershellString(values.get('uri') ?? positional, text);
  const url = uri && /^https?:\/\//i.test(uri) ? uri : undefined;
  if (!url) return undefined;
  const method = values.has('method') ? powershellString(values.get('method'), text, true) : undefined;
  if (values.has('method') && !(method && METHODS.test(method))) return undefined;
  const out = clientRequest(method ?? 'GET', url, method !== undefined, 'PowerShell');
  const headers = values.has('headers') ? powershellJson(values.get('headers')!, text) : undefined;
  if (headers) {
    for (const [name, value] of Object.entries(JSON.parse(headers) as Record<string, unknown>))
      if (typeof value === 'string' || typeof value === 'number') out.headers.push([name, String(value)]);
  }
  const type = values.has('contenttype') ? powershellString(values.get('contenttype'), text) : undefined;
  if (type) out.headers.push(['Content-Type', type]);
  if (values.has('form')) out.form = true;
  const body = values.get('body');
  if (body !== undefined) {
    const data = powershellBody(body, text);
    if (data !== undefined) out.data = data;
  }
  return out;
}

/** A value's text: a string literal's, a bare word's, or a variable's the snippet assigns a string literal once (`$uri = "https://…"`). */
function powershellString(word: string | undefined, text: string, bare = false): string | undefined {
  if (word === undefined) return undefined;
  if (/^['"]/.test(word)) return stringOfLiteral(word, 'powershell');
  if (/^\$\w+$/.test(word)) {
    const assigned = assignedValue(word, text);
    return assigned && /^['"]/.test(assigned) ? stringOfLiteral(assigned, 'powershell') : undefined;
  }
  return bare || /^https?:\/\/\S+$/i.test(word) ? word : undefined;
}

/** A hashtable as JSON: written in place (`@{…}`) or a variable the snippet assigns one once. */
function powershellJson(word: string, text: string): string | undefined {
  const literal = /^\$\w+$/.test(word) ? assignedValue(word, text) : word;
  return literal?.startsWith('@{') ? jsonOfLiteral(literal, 'powershell') : undefined;
}

/**
 * The body a `-Body` argument sends: a string (JSON as written, a here-string), a hashtable piped to
 * (or given to) `ConvertTo-Json` as that JSON, a hashtable alone as the url-encoded form PowerShell
 * sends of it.
 */
function powershellBody(word: string, text: string): string | undefined {
  const inner = /^\(([\s\S]*)\)$/.exec(word)?.[1]?.trim() ?? word;
  const converted =
    /^(\$\w+|@\{[\s\S]*\})[ \t]*\|[ \t]*ConvertTo-Json\b[^|]*$/i.exec(inner)?.[1] ??
    /^ConvertTo-Json[ \t]+(\$\w+|@\{[\s\S]*\})[\w \t-]*$/i.exec(inner)?.[1];
  if (converted) return powershellJson(converted, text);
  const literal = /^\$\w+$/.test(inner) ? assignedValue(inner, text) : inner;
  if (literal === undefined) return undefined;
  const here = /^@(['"])\r?\n([\s\S]*?)\r?\n\1@$/.exec(literal);
  if (here) return here[2];
  if (/^['"]/.test(literal)) return stringOfLiteral(literal, 'powershell');
  if (literal.startsWith('@{')) {
    const json = jsonOfLiteral(literal, 'powershell');
    const fields = json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
    if (!fields || Object.values(fields).some((value) => typeof value === 'object' && value !== null)) return undefined;
    return Object.entries(fields)
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
      .join('&');
  }
  return undefined;
}

/** The literal a variable is assigned once in the snippet, at a line's start (`$b = @{ … }`), its brackets balanced. */
function assignedValue(variable: string, text: string): string | undefined {
  const name = variable.slice(1).replace(/[^\w]/g, '');
  const assignments = [...text.matchAll(new RegExp(`^[ \\t]*\\$${name}[ \\t]*=[ \\t]*`, 'gim'))];
  if (assignments.length !== 1) return undefined;
  const from = assignments[0]!.index + assignments[0]![0].length;
  return powershellWords(text.slice(from))[0];
}

/**
 * PowerShell's words up to the statement's end: quoted strings, here-strings and bracketed groups
 * (`(…)`, `@{…}`, `@(…)`) whole; a backtick before the line's end continues it.
 */
function powershellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      word += c;
      if (c === '`' && quote === '"' && i + 1 < text.length) word += text[++i];
      else if (quote.length === 2 && c === quote[0] && text[i + 1] === '@' && text[i - 1] === '\n') {
        word += text[++i];
        quote = undefined;
      } else if (quote.length === 1 && c === quote) quote = undefined;
      continue;
    }
    if (c === '@' && /['"]/.test(text[i + 1] ?? '') && /^\r?\n/.test(text.slice(i + 2, i + 4))) {
      quote = `${text[i + 1]}@`;
      word += c + text[++i];
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      word += c;
      continue;
    }
    if (c === '`' && /^\r?\n/.test(text.slice(i + 1, i + 3))) {
      i += text[i + 1] === '\r' ? 2 : 1;
      if (depth === 0 && word) {
        words.push(word);
        word = '';
      }
      continue;
    }
    if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (depth === 0 && (c === '\n' || c === ';' || c === '|' || c === '#')) break;
    if (depth === 0 && (c === ' ' || c === '\t' || c === '\r')) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += c;
  }
  if (word && !quote) words.push(word);
  return words;
}
