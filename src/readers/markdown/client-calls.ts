/**
 * A request sample written in another tool or language than curl, read as a curl command is
 * (curl.ts): a sample request of the operation it calls, its JSON body the request's sample, its
 * URL the signature only where the page has nothing better.
 *
 *     ```bash                                     ```js
 *     http POST api.example.com/v1/users …        fetch("https://…/v1/users", { method: "POST", … })
 *     wget --method=POST --body-data='…' URL      axios.post("https://…/v1/users", { … })
 *     ```                                         ```
 *     ```powershell                               ```python
 *     Invoke-RestMethod -Method Post -Uri …       requests.post("https://…/v1/users", json={…})
 *     ```                                         ```
 *
 * A fence's language decides which are looked for: commands in a shell's fence (or an untitled
 * one), JavaScript calls in a JavaScript or TypeScript fence, Python's in a Python fence.
 */
import type { Code, RootContent } from 'mdast';
import { type CurlRequest, parseCurl } from './curl.js';
import { javascriptRequest, pythonRequest } from './script-calls.js';
import { httpieRequest, powershellRequest, wgetRequest } from './shell-calls.js';

const SHELL = /^(?:bash|sh|shell|shell-session|console|zsh|httpie|wget|terminal|)$/;
const POWERSHELL = /^(?:powershell|ps|ps1|pwsh|)$/;
const JAVASCRIPT = /^(?:javascript|js|jsx|mjs|node|nodejs|typescript|ts|tsx|)$/;
const PYTHON = /^(?:python|py|python3)$/;

/** A cheap look for any client's name before reading. */
const ANY_CLIENT = /\b(?:https?|wget|Invoke-RestMethod|Invoke-WebRequest|irm|iwr|fetch|axios|requests|httpx)\b/i;

/** The request of a code block's call: its curl command, else another client's call in a fence of that client's language. */
export function callOf(node: Code): CurlRequest | undefined {
  return parseCurl(node.value) ?? clientCallOf(node);
}

/** The request of a call in `text` (a curl command, else another client's), whatever fence it stands in. */
export function callIn(text: string): CurlRequest | undefined {
  return parseCurl(text) ?? clientCallRequest(text);
}

/** The request of another client's call in `text`, whatever fence it stands in (a command, then a program's call). */
function clientCallRequest(text: string): CurlRequest | undefined {
  if (!ANY_CLIENT.test(text)) return undefined;
  return httpieRequest(text) ?? wgetRequest(text) ?? powershellRequest(text) ?? javascriptRequest(text) ?? pythonRequest(text);
}

/**
 * The blocks last read and their requests: an operation's parts look at each code block several
 * times (is it a call, its sample, its base URL), so each is read once.
 */
const recent = new Map<string, CurlRequest | undefined>();
const RECENT = 16;

/** The request of another client's call in a fence of its language (an HTTPie command in a `bash` fence, `fetch` in a `js` one). */
export function clientCallOf(node: Code): CurlRequest | undefined {
  const lang = (node.lang ?? '').toLowerCase();
  if (!ANY_CLIENT.test(node.value)) return undefined;
  const key = `${lang}\n${node.value}`;
  if (!recent.has(key)) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(key, readClientCall(node.value, lang));
  }
  const request = recent.get(key);
  // A copy each time: a caller may change what it is given.
  return (
    request && {
      ...request,
      headers: request.headers.map(([name, value]) => [name, value]),
      formFields: request.formFields.map(([name, value]) => [name, value]),
    }
  );
}

function readClientCall(text: string, lang: string): CurlRequest | undefined {
  return (
    (SHELL.test(lang) ? (httpieRequest(text) ?? wgetRequest(text)) : undefined) ??
    (POWERSHELL.test(lang) ? powershellRequest(text) : undefined) ??
    (JAVASCRIPT.test(lang) ? javascriptRequest(text) : undefined) ??
    (PYTHON.test(lang) || lang === '' ? pythonRequest(text) : undefined)
  );
}

/** Whether a call was written in a program's language (JavaScript, Python), whose calls tutorials show too. */
export function isProgramTool(tool: string): boolean {
  return tool === 'fetch' || tool === 'axios' || tool === 'requests' || tool === 'httpx';
}

/** A JSON answer's fence (`json`, or untitled and opening with a bracket) or an answer's status line (`HTTP/1.1 201 Created`). */
const ANSWER_FENCE = /^(?:json|json5|jsonc)$/;

/** Whether a page documents a call beside its code: a table, a JSON sample, a status line; a tutorial's page shows code and prose only. */
export function documentsCall(nodes: readonly RootContent[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'table' ||
      (node.type === 'code' &&
        (ANSWER_FENCE.test((node.lang ?? '').toLowerCase()) ||
          (!node.lang && /^\s*[[{]/.test(node.value)) ||
          /^HTTP\/[\d.]+[ \t]+\d{3}\b/.test(node.value.trim()))),
  );
}
