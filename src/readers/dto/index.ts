/**
 * The run-together DTO tables dialect: a title (`Ticket conversations / Create`), a description,
 * labelled lines for the request, then `Request Arguments`, `Response object` and the DTO / ENUM
 * tables whose cells are glued together (split by the row grammar of `split-row.ts`).
 *
 *     Route: /api/{tenant:minlength(2)}/v{version:apiVersion}/ticket_conversations/{ticket_id}
 *     Method: POST                         → request line `POST /api/{tenant:minlength(2)}/…`
 *                                            (the extractor strips and keeps the constraints)
 *     Authorisation: Minimum role: USER    → page.minimumRole `USER`, extension `x-authorisation`
 */
import type { Root, RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { PageMeta } from '../../document/types.js';
import { sourceOf } from '../../ir/source.js';
import { type Line, linesSpan, splitLines } from '../shared/lines.js';
import { codeNode, headingNode, hull, paragraphNode } from '../shared/nodes.js';
import { parseRouteTemplate } from '../shared/route.js';
import type { Evidence, PageInput, Reader } from '../types.js';
import { knownTypes, readDtoSections, typeTitle } from './sections.js';

const HEAD_BYTES = 64 * 1024;
const FIELD = /^\s*(Route|Method|Authori[sz]ation)\s*:\s*(.*?)\s*$/i;
const METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)$/i;
const SECTION_START = /^\s*(?:Request Arguments|Response object|(?:Request|Response) body example)\s*$/i;

function detect(page: PageInput): Evidence | undefined {
  const head = page.text.slice(0, HEAD_BYTES);
  if (!/^Route:[ \t]*\/?\S+/m.test(head) || !/^Method:[ \t]*[A-Za-z]+[ \t]*\r?$/m.test(head)) return undefined;
  if (!/^(?:Request Arguments|Response object|NameTypeReadOnlyDescription)[ \t]*\r?$/m.test(head)) return undefined;
  return { reason: '`Route:` and `Method:` lines with `Request Arguments` / `Response object` / run-together DTO tables', weight: 3 };
}

interface Header {
  title?: Line;
  description: Line[];
  route?: { line: Line; value: string };
  method?: { line: Line; value: string };
  next: number;
}

function readHeader(lines: readonly Line[], meta: PageMeta): Header {
  const header: Header = { description: [], next: lines.length };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    if (SECTION_START.test(line.text) || typeTitle(lines, i)) return { ...header, next: i };
    const field = FIELD.exec(line.text);
    if (!field) {
      if (!header.title && !header.route && !header.method) header.title = line;
      else header.description.push(line);
      continue;
    }
    const key = field[1]!.toLowerCase();
    const value = field[2]!;
    if (key === 'route') header.route = { line, value };
    else if (key === 'method') header.method = { line, value };
    else {
      meta.extensions = { ...meta.extensions, 'x-authorisation': value };
      const role = /^minimum role\s*:\s*(.+)$/i.exec(value);
      if (role) meta.minimumRole = role[1]!.trim();
    }
  }
  return header;
}

function read(page: PageInput, diagnostics: DiagnosticBag): Root {
  const { lines } = splitLines(page.text);
  const out: RootContent[] = [];
  const meta: PageMeta = {};
  const header = readHeader(lines, meta);
  if (header.title) {
    const title = header.title.text.trim();
    out.push(headingNode(1, title, linesSpan(header.title, header.title), { section: 'operation', name: title }));
    meta.title = title;
  }
  const [first] = header.description;
  const last = header.description[header.description.length - 1];
  if (first && last) out.push(paragraphNode(header.description.map((line) => line.text.trim()).join('\n'), linesSpan(first, last)));
  let routeNames = new Set<string>();
  const { route, method } = header;
  if (route && method && METHOD.test(method.value) && route.value) {
    const template = parseRouteTemplate(route.value);
    routeNames = new Set(template.parameters.map((parameter) => parameter.name));
    const position = hull([linesSpan(route.line, route.line), linesSpan(method.line, method.line)])!;
    out.push(codeNode('http', null, `${method.value.toUpperCase()} ${template.rawPath}`, position));
  } else {
    const at = route?.line ?? method?.line ?? header.title ?? lines[0]!;
    const missing = [
      !route?.value ? '`Route:`' : '',
      !method ? '`Method:`' : method && !METHOD.test(method.value) ? `a known method (not "${method.value}")` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    diagnostics.report(
      'missing-request-line',
      sourceOf(page.file, { position: linesSpan(at, at) }),
      `a DTO page needs ${missing || '`Route:` and `Method:`'}`,
    );
  }
  const root: Root = { type: 'root', children: out, data: { dialect: 'dto', page: meta } };
  readDtoSections({ file: page.file, lines, diagnostics, out, meta, known: knownTypes(lines), routeNames }, header.next);
  return root;
}

export const dtoReader: Reader = { id: 'dto', detect, read };
