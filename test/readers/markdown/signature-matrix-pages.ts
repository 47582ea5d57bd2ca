/**
 * Pages for the convention matrix (`signature-matrix.test.ts`): a small fictional library API
 * written in each combination of the conventions README.md's general-reader section lists — how a
 * page states an operation's request line, how it writes a path parameter, how many operations a
 * page holds, how it shows its samples, and the noise around them — with what a reader should
 * read from each page.
 */

export const FORMS = [
  // The request line alone in a fence, by its info string.
  'fence-http',
  'fence-plaintext',
  'fence-text',
  'fence-none',
  'fence-shell',
  'fence-unknown',
  'fence-http-message',
  // In a heading.
  'heading',
  'heading-titled',
  'heading-code-method',
  'heading-title-after',
  // In inline code, alone in a paragraph.
  'inline-code',
  'inline-code-apart',
  'inline-code-labelled',
  // A table of method and URL columns.
  'table-method-url',
  'table-http-method-endpoint',
  'table-method-path',
  'table-with-description',
  'table-html',
  // `Method:` and `Endpoint:` / `URL:` / `Route:` labels.
  'labels-lines',
  'labels-bold',
  'labels-route',
  'labels-bold-plain',
  'labels-list',
  // A curl command only.
  'curl',
  'curl-long',
  'curl-data-last',
  'curl-url-first',
] as const;

export const PARAMS = ['brace', 'colon', 'angle', 'host', 'base'] as const;

export const LAYOUTS = ['one', 'h2', 'h3', 'mixed', 'deep', 'title-op', 'indexed', 'two-pages'] as const;

export const SAMPLES = [
  'example-response',
  'none',
  'response-h4',
  'returns-h5',
  'bold-sample-response',
  'bold-example-response-colon',
  'bold-response',
  'status-in-fence',
  'status-line-before',
  'status-line-bare',
  'status-in-fence-bare',
  'status-in-json-fence',
  'status-line-javascript',
  'javascript',
  'no-info',
  'request-curl',
  'request-message',
  'request-response',
  'request-json',
  'no-body',
] as const;

/** Whether a sentence under the request line says what the operation does. */
export const PROSES = ['sentence', 'none'] as const;

export const NOISES = ['none', 'liquid', 'include', 'comment', 'badge', 'front-matter'] as const;

export interface Case {
  form: (typeof FORMS)[number];
  params: (typeof PARAMS)[number];
  layout: (typeof LAYOUTS)[number];
  sample: (typeof SAMPLES)[number];
  noise: (typeof NOISES)[number];
  prose: (typeof PROSES)[number];
}

/** What the reader should read of one operation. */
export interface Want {
  route: string;
  params: string[];
  /** `[status, example]` of each response example. */
  responses: [string, unknown][];
  /** The request body's examples. */
  requests: unknown[];
}

export interface Page {
  file: string;
  text: string;
  want: Want[];
  /** The servers the page's fragment states. */
  servers: string[] | undefined;
}

interface Op {
  method: 'GET' | 'POST' | 'DELETE';
  /** The path with `{name}` placeholders, relative to the API's base. */
  path: string;
  title: string;
  sentence: string;
  status: [string, string];
  /** The path with sample values, as a curl example calls it. */
  sample: string;
}

export const OPS: Op[] = [
  {
    method: 'GET',
    path: '/shelves/{shelf_id}',
    title: 'Get a shelf',
    sentence: 'Returns one shelf of the library.',
    status: ['200', 'OK'],
    sample: '/shelves/shf_1',
  },
  {
    method: 'POST',
    path: '/shelves/{shelf_id}/books',
    title: 'Add a book',
    sentence: 'Puts a book on a shelf.',
    status: ['201', 'Created'],
    sample: '/shelves/shf_1/books',
  },
  {
    method: 'DELETE',
    path: '/shelves/{shelf_id}/books/{book_id}',
    title: 'Remove a book',
    sentence: 'Takes a book off its shelf.',
    status: ['200', 'OK'],
    sample: '/shelves/shf_1/books/bk_7',
  },
];

const HOST = 'https://api.example.com';
const BODY = { title: 'Dune' };
const fence = (info: string, text: string) => `\`\`\`${info}\n${text}\n\`\`\``;

/** The base the route is written under, and the one it keeps in the reader's output. */
function base(c: Case): { written: string; read: string } {
  if (c.params === 'host') return { written: `${HOST}/v1`, read: '/v1' };
  if (c.params === 'base') return { written: '/api/v2', read: '/api/v2' };
  return { written: '', read: '' };
}

/** The path as the page writes it, in the case's placeholder style. */
function written(c: Case, path: string): string {
  const style = c.params === 'host' ? 'colon' : c.params === 'base' ? 'brace' : c.params;
  const placed = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    style === 'colon' ? `:${name}` : style === 'angle' ? `<${name}>` : `{${name}}`,
  );
  return `${base(c).written}${placed}`;
}

/** A curl command needs a host: the API's where the route is written without one. */
function curlUrl(c: Case, path: string): string {
  const url = written(c, path);
  return url.startsWith('http') ? url : `${HOST}${url}`;
}

function curl(op: Op, url: string, long: boolean | 'last' | 'first'): string {
  const body = op.method === 'POST';
  const data = JSON.stringify(BODY);
  if (long === 'first') return `curl ${url} -X${op.method} -H "Accept: application/json"${body ? ` --data '${data}'` : ''}`;
  if (long === 'last')
    return [
      `curl --request ${op.method} \\`,
      `  --header 'Authorization: Bearer TOKEN' \\`,
      ...(body ? [`  --header 'Content-Type: application/json' \\`, `  --data '${data}' \\`] : []),
      `  ${url}`,
    ].join('\n');
  if (long)
    return [
      `curl --request ${op.method} \\`,
      `  --url '${url}' \\`,
      `  --header 'Authorization: Bearer TOKEN'${body ? ' \\' : ''}`,
      ...(body ? [`  --header 'Content-Type: application/json' \\`, `  --data-raw '${data}'`] : []),
    ].join('\n');
  return [
    `curl -X ${op.method} '${url}' \\`,
    `  -H 'Authorization: Bearer TOKEN'${body ? ' \\' : ''}`,
    ...(body ? [`  -H 'Content-Type: application/json' \\`, `  -d '${data}'`] : []),
  ].join('\n');
}

const escapeHtml = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The blocks that state the operation: its heading and request line. */
function signature(c: Case, op: Op, level: number): string[] {
  const h = '#'.repeat(level);
  const path = written(c, op.path);
  const line = `${op.method} ${path}`;
  const sentence = c.prose === 'sentence' ? [op.sentence] : [];
  const titled = (...blocks: string[]) => [`${h} ${op.title}`, ...noise(c), ...sentence, ...blocks];
  switch (c.form) {
    case 'fence-http-message':
      return titled(fence('http', `${line} HTTP/1.1\nAccept: application/json`));
    case 'fence-http':
      return titled(fence('http', line));
    case 'fence-plaintext':
      return titled(fence('plaintext', line));
    case 'fence-text':
      return titled(fence('text', line));
    case 'fence-none':
      return titled(fence('', line));
    case 'fence-shell':
      return titled(fence('shell', line));
    case 'fence-unknown':
      return titled(fence('endpoint', line));
    case 'heading':
      return [`${h} ${line}`, ...noise(c), ...sentence];
    case 'heading-titled':
      return [`${h} ${op.title} — ${line}`, ...noise(c), ...sentence];
    case 'heading-title-after':
      return [`${h} ${line} - ${op.title}`, ...noise(c), ...sentence];
    case 'heading-code-method':
      return [`${h} \`${op.method}\` ${path}`, ...noise(c), ...sentence];
    case 'inline-code-apart':
      return titled(`\`${op.method}\` \`${path}\``);
    case 'inline-code-labelled':
      return titled(`Endpoint: \`${line}\``);
    case 'inline-code':
      return titled(`\`${line}\``);
    case 'table-method-url':
      return titled(`| Method | URL |\n| --- | --- |\n| ${op.method} | \`${path}\` |`);
    case 'table-http-method-endpoint':
      return titled(`| HTTP Method | Endpoint |\n| --- | --- |\n| \`${op.method}\` | \`${path}\` |`);
    case 'table-method-path':
      return titled(`| Method | Path |\n|---|---|\n| ${op.method} | ${c.params === 'angle' ? escapeHtml(path) : path} |`);
    case 'table-with-description':
      return titled(`| Method | Endpoint | Description |\n| --- | --- | --- |\n| ${op.method} | \`${path}\` | ${op.title} |`);
    case 'table-html':
      return titled(`<table>\n<tr><th>Method</th><th>URL</th></tr>\n<tr><td>${op.method}</td><td>${escapeHtml(path)}</td></tr>\n</table>`);
    case 'labels-lines':
      return titled(`Method: ${op.method}\nEndpoint: \`${path}\``);
    case 'labels-bold':
      return titled(`**Method:** \`${op.method}\``, `**URL:** \`${path}\``);
    case 'labels-bold-plain':
      return titled(`**Method:** ${op.method}<br>\n**Endpoint:** ${c.params === 'angle' ? escapeHtml(path) : path}`);
    case 'labels-list':
      return titled(`* Method: \`${op.method}\`\n* Endpoint: \`${path}\``);
    case 'labels-route':
      return titled(`Method: \`${op.method}\``, `Route: \`${path}\``);
    case 'curl':
      return titled(fence('bash', curl(op, curlUrl(c, op.path), false)));
    case 'curl-long':
      return titled(fence('shell', curl(op, curlUrl(c, op.path), true)));
    case 'curl-url-first':
      return titled(fence('bash', curl(op, curlUrl(c, op.path), 'first')));
    case 'curl-data-last':
      return titled(fence('sh', curl(op, curlUrl(c, op.path), 'last')));
  }
}

/** The noise a vendor's page carries right under a heading. */
function noise(c: Case): string[] {
  switch (c.noise) {
    case 'liquid':
      return ['{% include note.html content="Requires a library card." %}'];
    case 'include':
      return ['[!INCLUDE [auth](../includes/auth.md)]'];
    case 'comment':
      return ['<!-- TODO: document the errors -->'];
    case 'badge':
      return ['![Stable](https://img.shields.io/badge/status-stable-green)'];
    default:
      return [];
  }
}

/** The response sample's value for operation `index`. */
const answer = (index: number) => ({ id: `shf_${index + 1}`, name: 'Poetry' });

/** The blocks that show the operation's samples, and the examples they are. */
function samples(c: Case, op: Op, index: number, level: number): { blocks: string[]; responses: [string, unknown][]; requests: unknown[] } {
  const json = JSON.stringify(answer(index), null, 2);
  const sub = (min: number) => '#'.repeat(Math.min(6, Math.max(min, level + 1)));
  const status = `HTTP/1.1 ${op.status[0]} ${op.status[1]}`;
  const plain = (blocks: string[]) => ({ blocks, responses: [['2XX', answer(index)]] as [string, unknown][], requests: [] });
  switch (c.sample) {
    case 'none':
      return { blocks: [], responses: [], requests: [] };
    case 'example-response':
      return plain([`${sub(3)} Example response`, fence('json', json)]);
    case 'response-h4':
      return plain([`${sub(4)} Response`, fence('json', json)]);
    case 'returns-h5':
      return plain([`${sub(5)} Returns`, fence('json', json)]);
    case 'bold-sample-response':
      return plain(['**Sample response**', fence('json', json)]);
    case 'bold-response':
      return plain(['**Response**', fence('json', json)]);
    case 'bold-example-response-colon':
      return plain(['**Example response:**', ...noise(c), fence('json', json)]);
    case 'javascript':
      return plain([`${sub(3)} Example response`, fence('javascript', json)]);
    case 'no-info':
      return plain([`${sub(3)} Example response`, fence('', json)]);
    case 'status-in-fence':
      return {
        blocks: [`${sub(3)} Example response`, fence('', `${status}\nContent-Type: application/json\n\n${json}`)],
        responses: [[op.status[0], answer(index)]],
        requests: [],
      };
    case 'status-line-bare':
      return { blocks: [status, fence('json', json)], responses: [[op.status[0], answer(index)]], requests: [] };
    case 'status-in-fence-bare':
      return {
        blocks: [fence('http', `${status}\nContent-Type: application/json\n\n${json}`)],
        responses: [[op.status[0], answer(index)]],
        requests: [],
      };
    case 'status-in-json-fence':
      return {
        blocks: [`${sub(3)} Response`, fence('json', `${status}\nContent-Type: application/json\n\n${json}`)],
        responses: [[op.status[0], answer(index)]],
        requests: [],
      };
    case 'status-line-javascript':
      return {
        blocks: [`${sub(4)} Sample response`, status, fence('javascript', json)],
        responses: [[op.status[0], answer(index)]],
        requests: [],
      };
    case 'status-line-before':
      return {
        blocks: [`${sub(3)} Example response`, status, fence('json', json)],
        responses: [[op.status[0], answer(index)]],
        requests: [],
      };
    case 'request-curl':
      // A curl example of the route with sample values: the request's sample, never a route.
      if (c.form.startsWith('curl')) return { blocks: [], responses: [], requests: [] };
      return {
        blocks: [`${sub(3)} Example request`, fence('bash', curl(op, `${HOST}${base(c).read}${op.sample}`, false))],
        responses: [],
        requests: op.method === 'POST' ? [BODY] : [],
      };
    case 'request-message': {
      // A request message with sample values: the request's sample, never a route.
      const body = op.method === 'POST' ? `Content-Type: application/json\n\n${JSON.stringify(BODY, null, 2)}` : 'Accept: application/json';
      return {
        blocks: [
          `${sub(3)} Example request`,
          fence('http', `${op.method} ${base(c).read}${op.sample} HTTP/1.1\nHost: api.example.com\n${body}`),
        ],
        responses: [],
        requests: op.method === 'POST' ? [BODY] : [],
      };
    }
    case 'request-response':
      return {
        blocks: [
          ...(op.method === 'POST' && !c.form.startsWith('curl')
            ? [`${sub(3)} Example request`, fence('bash', curl(op, `${HOST}${base(c).read}${op.sample}`, false))]
            : []),
          `${sub(3)} Example response`,
          ...noise(c),
          fence('json', json),
        ],
        responses: [['2XX', answer(index)]],
        requests: op.method === 'POST' && !c.form.startsWith('curl') ? [BODY] : [],
      };
    case 'request-json':
      return op.method === 'POST'
        ? { blocks: [`${sub(3)} Example request`, fence('json', JSON.stringify(BODY, null, 2))], responses: [], requests: [BODY] }
        : { blocks: [], responses: [], requests: [] };
    case 'no-body':
      return op.method === 'GET'
        ? { blocks: [`${sub(3)} Request body`, 'Do not supply a request body for this method.'], responses: [], requests: [] }
        : { blocks: [], responses: [], requests: [] };
  }
}

/** Whether the case's page calls the API's host anywhere (a curl command, a full URL). */
function hosted(c: Case, ops: readonly Op[]): boolean {
  if (c.params === 'host' || c.form.startsWith('curl')) return true;
  if (c.sample === 'request-curl') return true;
  return c.sample === 'request-response' && ops.some((op) => op.method === 'POST');
}

function build(c: Case, file: string, sections: { op: Op; index: number; level: number; over?: string }[]): Page {
  const blocks: string[] = [];
  if (c.noise === 'front-matter') blocks.push('---\ntitle: Shelves\nlayout: api-page\n---');
  if (c.layout !== 'title-op') blocks.push('# Shelves API', ...noise(c), 'The shelves of the library and the books on them.');
  const want: Want[] = [];
  for (const { op, index, level, over } of sections) {
    if (over) blocks.push(over);
    const shown = samples(c, op, index, level);
    // Noise between the request line and the samples too.
    blocks.push(...signature(c, op, level), ...noise(c), ...shown.blocks);
    const requests = [...shown.requests];
    if (c.form.startsWith('curl') && op.method === 'POST') requests.push(BODY);
    const path = `${base(c).read}${op.path}`;
    want.push({
      route: `${op.method} ${path}`,
      params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => `path:${m[1]}`),
      responses: shown.responses,
      requests,
    });
  }
  return {
    file,
    text: blocks.join('\n\n'),
    want,
    servers: hosted(
      c,
      sections.map((s) => s.op),
    )
      ? [HOST]
      : undefined,
  };
}

/** The pages of a case. */
export function pagesOf(c: Case): Page[] {
  const at = (index: number, level: number, over?: string) => ({ op: OPS[index]!, index, level, ...(over ? { over } : {}) });
  switch (c.layout) {
    case 'one':
      return [build(c, 'api/shelves.md', [c.sample.startsWith('request-') ? at(1, 2) : at(0, 2)])];
    case 'title-op':
      return [build(c, 'api/shelves.md', [c.sample.startsWith('request-') ? at(1, 1) : at(0, 1)])];
    case 'deep':
      return [build(c, 'api/shelves.md', [at(0, 3, '## Shelves'), at(1, 4, '### Books'), at(2, 4)])];
    case 'h2':
      return [build(c, 'api/shelves.md', [at(0, 2), at(1, 2), at(2, 2)])];
    case 'indexed': {
      // An index of the page's routes, each linked to its section, over the sections.
      const rows = OPS.map(
        (op) => `| ${op.method} | \`${written(c, op.path)}\` | [${op.title}](#${op.title.toLowerCase().replace(/ /g, '-')}) |`,
      );
      const index = `| Method | Endpoint | Description |\n| --- | --- | --- |\n${rows.join('\n')}`;
      return [build(c, 'api/shelves.md', [at(0, 2, index), at(1, 2), at(2, 2)])];
    }
    case 'h3':
      return [build(c, 'api/shelves.md', [at(0, 3, '## Shelves'), at(1, 3), at(2, 3)])];
    case 'mixed':
      return [build(c, 'api/shelves.md', [at(0, 3, '## Shelves'), at(1, 2), at(2, 3, '## Books')])];
    case 'two-pages':
      return [build(c, 'api/shelves.md', [at(0, 2), at(1, 2)]), build(c, 'api/books.md', [at(0, 2), at(2, 2)])];
  }
}
