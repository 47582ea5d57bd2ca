import type { Root } from 'mdast';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { extractPage } from '../../../src/extract/index.js';
import type { Operation, PageFragment, Schema } from '../../../src/ir/types.js';
import { markdownReader } from '../../../src/readers/markdown/index.js';
import type { Vocabulary } from '../../../src/readers/markdown/vocabulary.js';

export interface Read {
  root: Root;
  fragment: PageFragment | undefined;
  diagnostics: DiagnosticBag;
  /** `GET /path` of every operation, in page order. */
  routes: string[];
}

/** Reads `text` with the general reader and extracts it, as the pipeline does. */
export function readGeneral(text: string, file = 'api/page.md', vocabulary?: Vocabulary): Read {
  const diagnostics = new DiagnosticBag();
  const root = markdownReader.read({ file, text }, diagnostics, vocabulary ? { vocabulary } : undefined);
  checkDocument(root, file, diagnostics);
  const fragment = extractPage(root, { file, dialect: 'markdown' }, diagnostics);
  return { root, fragment, diagnostics, routes: (fragment?.operations ?? []).map((o) => `${o.method.toUpperCase()} ${o.path}`) };
}

export function operation(read: Read, route: string): Operation {
  const found = read.fragment?.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
  if (!found) throw new Error(`no ${route} in ${read.routes.join(', ')}`);
  return found;
}

/** `in:name` of every parameter. */
export function parameterNames(op: Operation): string[] {
  return op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}`);
}

/** The JSON request body schema, sources dropped. */
export function bodySchema(op: Operation): Schema | undefined {
  return strip(op.requestBody?.content[0]?.schema);
}

export function strip<T>(value: T): T {
  return value === undefined
    ? value
    : (JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'source' || key === 'sources' ? undefined : v))) as T);
}

export function codes(read: Read): string[] {
  return read.diagnostics.items.map((d) => d.code);
}

/** `status: schema` of each response, the schema a ref's name (`[Name]` a list of it), `-` none. */
export function typedResponses(responses: ReadonlyArray<Pick<Operation['responses'][number], 'status' | 'content'>>): string[] {
  return responses.map(({ status, content }) => {
    const schema: Schema | undefined = content[0]?.schema;
    const name =
      schema?.kind === 'ref'
        ? schema.name
        : schema?.kind === 'array' && schema.items.kind === 'ref'
          ? `[${schema.items.name}]`
          : (schema?.kind ?? '-');
    return `${status}: ${name}`;
  });
}
