/**
 * The ASP.NET Web API Help Page dialect (as text): `METHOD path` on the first line (no leading
 * slash), then the Help Page's fixed labels (`Request Information`, `URI Parameters`, `Body
 * Parameters`, `Response Information`, `Resource Description`), tables with one cell a line.
 *
 *     POST api/Tickets/NewMessage
 *     ^^^^ ^^^^^^^^^^^^^^^^^^^^^^ method, route (`?a={a}` query templates allowed)
 *
 * The reader makes the normalised document (see `document/types.ts`) by hand: every heading,
 * paragraph, table and cell points at its real place in the page.
 */
import type { Root, RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';
import { type Line, linesSpan, splitLines } from '../shared/lines.js';
import { codeNode, headingNode } from '../shared/nodes.js';
import { parseRouteTemplate } from '../shared/route.js';
import type { Evidence, PageInput, Reader } from '../types.js';
import { labelOf } from './labels.js';
import { pushParagraph, readHelpSections } from './sections.js';

/**
 * ASP.NET's Help Page generator names .NET types in words: `date` is a DateTime (or
 * DateTimeOffset), `decimal number` any of Decimal, Double and Single (so no format is known).
 */
const HELP_PAGE_TYPE_WORDS: Record<string, string> = { date: 'date-time', 'decimal number': 'number' };

const REQUEST_LINE = /^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(\S+)\s*$/i;
const HEAD_BYTES = 64 * 1024;

function detect(page: PageInput): Evidence | undefined {
  const head = page.text.slice(0, HEAD_BYTES);
  const first = /^\s*([^\r\n]*)/.exec(head)?.[1] ?? '';
  if (!REQUEST_LINE.test(first) || first.trim().split(/\s+/)[1]?.startsWith('/')) return undefined;
  if (!/^Request Information\s*$/m.test(head) || !/^(?:URI|Body) Parameters\s*$/m.test(head)) return undefined;
  return {
    reason: 'first line `METHOD route` (no leading slash) and the Help Page labels `Request Information`, `URI/Body Parameters`',
    weight: 3,
  };
}

function read(page: PageInput, diagnostics: DiagnosticBag): Root {
  const { lines } = splitLines(page.text);
  const out: RootContent[] = [];
  const root: Root = { type: 'root', children: out, data: { dialect: 'helppage', page: {}, typeWords: HELP_PAGE_TYPE_WORDS } };
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const first = lines[i];
  const match = first ? REQUEST_LINE.exec(first.text) : null;
  let pathNames = new Set<string>();
  if (first && match) {
    const title = first.text.trim();
    const route = parseRouteTemplate(match[2]!);
    pathNames = new Set(route.parameters.map((parameter) => parameter.name));
    const span = linesSpan(first, first);
    out.push(headingNode(1, title, span, { section: 'operation', name: title }));
    out.push(codeNode('http', null, `${match[1]!.toUpperCase()} ${route.rawPath}`, span));
    root.data!.page = { title };
    i++;
  } else {
    const at = first ?? { index: 0, text: '', offset: 0 };
    diagnostics.report(
      'missing-request-line',
      sourceOf(page.file, { position: linesSpan(at, at) }),
      'a Help Page must start with `METHOD route` (e.g. `POST api/Tickets/NewMessage`)',
    );
  }
  const description: Line[] = [];
  for (; i < lines.length && !labelOf(lines[i]); i++) if (lines[i]!.text.trim() !== '') description.push(lines[i]!);
  pushParagraph(out, description);
  readHelpSections({ file: page.file, lines, diagnostics, out, pathNames }, i);
  return root;
}

export const helppageReader: Reader = { id: 'helppage', detect, read };
