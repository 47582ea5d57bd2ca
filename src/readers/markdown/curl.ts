/**
 * A curl command in a code block → the request it sends:
 *
 *     curl -X POST -H "Content-Type: application/json" \
 *          https://example.com/api/v1/users.create \
 *          -d '{"name": "x"}'
 *     → POST https://example.com/api/v1/users.create, headers, body `{"name": "x"}`
 *
 * Words are split as a POSIX shell would (quotes, backslash-newline continuations); the method is
 * `-X`/`--request`, else HEAD for `-I`/`--head`, else POST when there is data (`-G`: GET, its data the query's), else GET. Only the first command of the block is read.
 *
 * Slips that docs make and a reader forgives (a shell would not):
 *
 *     curl --request POST 'http://localhost:3000/api/v1/banners.dismiss\   ← the quote is never closed:
 *     --header 'X-User-Id: myuser-name'                                   a single-quoted word ends at
 *     -d "bannerId=ByehQjC44FwMeiLbX"                                     a backslash-newline
 *     ^ a line starting with an option goes on with the command (the `\` above was forgotten)
 *
 *     curl http://host/api/v1/users.list?query={"a" : "b"}&fields={"c" : 1}
 *     ^ a URL whose braces do not balance runs on over the spaces written inside them
 *
 *     curl -s shelves.example.com/v2/ping      → http://shelves.example.com/v2/ping (curl's guess)
 *     curl localhost:8080/ping                 → http://localhost:8080/ping
 */
import type { Code } from 'mdast';

export interface CurlRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  /** The `-d` / `--data*` / `--json` arguments, as written (several joined by `&`, as curl sends them). */
  data?: string;
  /** `-F` / `--form` fields. */
  form: boolean;
  /** A `-F name=@file` upload: the body can only be `multipart/form-data`. */
  upload: boolean;
  /** The `-F` fields, name and value as written (`data=@/path/file.jpg` → `['data', '@/path/file.jpg']`). */
  formFields: Array<[string, string]>;
  /** `--data-urlencode` fields: a url-encoded form. */
  urlencoded: boolean;
  /** `--json` data: curl sends it as `application/json`. */
  json: boolean;
  /** The `-T` / `--upload-file` file: curl PUTs its bytes as the body. */
  uploaded?: string;
  /** The command says its method (`-X POST`, or a body that makes it a POST); curl's default GET says nothing. */
  methodStated: boolean;
  /** The tool or library another language's call is written with (`HTTPie`, `fetch`; client-calls.ts); none for curl. */
  tool?: string;
}

/** Another tool's call (client-calls.ts) as the request curl's would be: its method, URL and tool; no header, body or form yet. */
export function clientRequest(method: string, url: string, stated: boolean, tool: string): CurlRequest {
  return {
    method: method.toUpperCase(),
    url,
    headers: [],
    form: false,
    upload: false,
    formFields: [],
    urlencoded: false,
    json: false,
    methodStated: stated,
    tool,
  };
}

export const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
const VALUE_FLAGS = new Set([
  '-H',
  '--header',
  '-u',
  '--user',
  '-o',
  '--output',
  '-F',
  '--form',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '--url',
  '--connect-timeout',
  '-m',
  '--max-time',
]);

/** A short flag that takes a value, the value written on to it (`-d@spec.json`, `-Tlamp.bin`). */
const ATTACHED_VALUE = /^-[dHFTuoAebm]./;

/** Words that end a command: a pipe, `&&`, `||`, `;`. */
export const COMMAND_END = new Set(['|', '|&', '&&', '||', ';']);

/** A shell or script interpreter, perhaps under sudo (`sh`, `sudo -E bash -`, `python3`): what a pipe into it runs. */
const INTERPRETER = /^(?:sudo(?: -\S+)* )?(?:sh|bash|zsh|dash|ksh|fish|python3?|node|perl|ruby|iex)\b/;

/**
 * The commands last read and their requests: an operation's parts read its curl command several
 * times (its form, its sample, its base URL, its query), so each is split into words once.
 */
const recent = new Map<string, CurlRequest | undefined>();
const RECENT = 16;

/** A shell's fence (or an untitled one); `shell-session`: a session's commands and output (HashiCorp's API docs write their calls so). */
const SHELL_FENCE = /^(?:bash|sh|shell|shell-session|console|powershell|zsh|curl|cmd)?$/;

/**
 * A fence that holds a curl command: in a shell's fence a line of it opening with `curl`; in a
 * fence of any other label, its first line (a site that marks every sample with the page's
 * language, `javascript` ⏎ `curl -X POST \` ⏎ `  https://…/lamps`).
 */
export function isCurlCommand(node: Code): boolean {
  const text = node.value.trim();
  return SHELL_FENCE.test((node.lang ?? '').toLowerCase()) ? /^(?:\$\s*)?curl\s/m.test(text) : /^(?:\$\s*)?curl\s/.test(text);
}

/** The request of the first `curl` command in `text`, or `undefined` when there is none. */
export function parseCurl(text: string): CurlRequest | undefined {
  if (!recent.has(text)) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, readCurl(text));
  }
  const request = recent.get(text);
  // A copy each time: a caller may change what it is given.
  return (
    request && {
      ...request,
      headers: request.headers.map(([name, value]) => [name, value]),
      formFields: request.formFields.map(([name, value]) => [name, value]),
    }
  );
}

function readCurl(text: string): CurlRequest | undefined {
  const start = /(^|[\s;&|$>])curl\s/m.exec(text);
  if (!start) return undefined;
  const words = shellWords(text.slice(start.index + start[1]!.length));
  let method: string | undefined;
  let url: string | undefined;
  let data: string | undefined;
  let form = false;
  let upload = false;
  const formFields: Array<[string, string]> = [];
  let urlencoded = false;
  let json = false;
  let get = false;
  let head = false;
  let uploaded: string | undefined;
  const encoded: string[] = [];
  const headers: Array<[string, string]> = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '\n') {
      if (words[i + 1]?.startsWith('-')) continue;
      break;
    }
    // The command ends at a pipe or a list operator; piped into a shell, it fetches an installer (`curl -fsSL https://get.example.sh | sh`), no API call.
    if (COMMAND_END.has(word)) {
      if (word.startsWith('|') && INTERPRETER.test(words.slice(i + 1, i + 5).join(' '))) return undefined;
      break;
    }
    // `--data=x`; a short flag's value written on to it, `-d@spec.json`, `-HAccept:json` (curl reads them so).
    const [flag, inline] =
      word.startsWith('--') && word.includes('=')
        ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
        : ATTACHED_VALUE.test(word)
          ? [word.slice(0, 2), word.slice(2)]
          : [word, undefined];
    const value = (): string | undefined => inline ?? words[++i];
    if (flag === '-X' || flag === '--request') method = value();
    else if (flag === '-G' || flag === '--get') get = true;
    // `-I` / `--head`: curl sends a HEAD request (`-X` still names the method where both are written).
    else if (flag === '-I' || flag === '--head') head = true;
    else if (/^-X[A-Z]+$/.test(flag)) method = flag.slice(2);
    else if (flag === '--data-urlencode') {
      urlencoded = true;
      const field = value();
      if (field !== undefined) encoded.push(field);
    } else if (DATA_FLAGS.has(flag)) {
      if (flag === '--json') json = true;
      // curl joins the data of several flags with `&`.
      const more = value();
      if (more !== undefined) data = data === undefined ? more : `${data}&${more}`;
    } else if (flag === '-H' || flag === '--header') {
      const header = value() ?? '';
      const colon = header.indexOf(':');
      if (colon > 0) headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (flag === '-F' || flag === '--form') {
      form = true;
      const field = value() ?? '';
      if (/^[^=]+=@/.test(field)) upload = true;
      const at = field.indexOf('=');
      if (at > 0) formFields.push([field.slice(0, at), field.slice(at + 1)]);
    } else if (flag === '-T' || flag === '--upload-file') uploaded = value();
    else if (flag === '--url') url = value();
    else if (VALUE_FLAGS.has(flag)) value();
    else if (!flag.startsWith('-') && url === undefined) {
      url = word;
      while (unbalanced(url) && i + 1 < words.length && words[i + 1] !== '\n') url += ` ${words[++i]}`;
    }
  }
  if (!url) return undefined;
  url = withScheme(url);
  if (head) method ??= 'HEAD';
  // `-T lamp.bin`: curl PUTs the file where no `-X` names another method.
  if (uploaded !== undefined) method ??= 'PUT';
  // `-G`: the data goes in the URL's query (as curl puts it there), the request is a GET and sends no body.
  if (get && !form) {
    const query = [...(data === undefined ? [] : [data]), ...encoded.flatMap(encodedField)].join('&');
    if (query) url += `${url.includes('?') ? '&' : '?'}${query}`;
    data = undefined;
    urlencoded = false;
    json = false;
    method ??= 'GET';
  }
  const request: CurlRequest = {
    method: (method ?? (data !== undefined || form || urlencoded ? 'POST' : 'GET')).toUpperCase(),
    url,
    headers,
    form,
    upload,
    formFields,
    urlencoded,
    json,
    methodStated: method !== undefined || data !== undefined || form || urlencoded,
  };
  if (data !== undefined) request.data = data;
  if (uploaded !== undefined) request.uploaded = uploaded;
  return request;
}

/**
 * A host written with no scheme before a path (`shelves.example.com/v2/ping`, `localhost:8080/ping`,
 * `127.0.0.1:9000/ping`: a dotted name ending in letters, `localhost` or an IPv4 address, an
 * optional port): the URL curl sends it to, `http://` being curl's guess. Anything else (a path,
 * `shelves.v2/books.json`, a placeholder) is left as written.
 */
const SCHEMELESS_HOST = /^(?:localhost|(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?\//i;

function withScheme(url: string): string {
  return SCHEMELESS_HOST.test(url) ? `http://${url}` : url;
}

/**
 * A `--data-urlencode` argument as curl sends it: `name=content`, the content encoded. Content with
 * no name (`content`, `=content`) names no field, and a file's (`@file`, `name@file`) is not in the page.
 */
function encodedField(field: string): string[] {
  const equals = field.indexOf('=');
  const at = field.indexOf('@');
  if (equals <= 0 || (at >= 0 && at < equals)) return [];
  return [`${field.slice(0, equals)}=${encodeURIComponent(field.slice(equals + 1))}`];
}

/** More `{` than `}` (or `[` than `]`): a query value written with spaces in it. */
function unbalanced(url: string): boolean {
  const count = (c: string) => url.split(c).length - 1;
  return url.includes('?') && (count('{') > count('}') || count('[') > count(']'));
}

/** Shell words; a newline that is not escaped ends the command (returned as the word `\n`). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  const end = () => {
    if (started) words.push(word);
    word = '';
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
        // `'http://host/x\` + newline: the closing quote was forgotten; the line continues the command.
        quote = undefined;
        i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
        end();
      } else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      else if (c === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word += text[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      started = true;
    } else if (c === '\n') {
      end();
      words.push('\n');
    } else if (c === ' ' || c === '\t' || c === '\r') end();
    else {
      word += c;
      started = true;
    }
  }
  end();
  return words;
}
