import type { Root } from 'mdast';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../src/document/check-document.js';
import { extractPage } from '../../src/extract/index.js';
import type { PageFragment } from '../../src/ir/types.js';
import { docfxReader } from '../../src/readers/docfx/index.js';

export interface Extracted {
  fragment: PageFragment | undefined;
  diagnostics: DiagnosticBag;
  root: Root;
}

/** Reads `text` as a DocFX page and extracts it, as the pipeline does. */
export function extractDocfx(text: string, file = 'Widget/page.md'): Extracted {
  const diagnostics = new DiagnosticBag();
  const root = docfxReader.read({ file, text }, diagnostics);
  checkDocument(root, file, diagnostics);
  return { fragment: extractPage(root, { file, dialect: 'docfx' }, diagnostics), diagnostics, root };
}

/** The diagnostics as `[code, line]` pairs. */
export function codesAndLines(diagnostics: DiagnosticBag): Array<[string, number]> {
  return diagnostics.items.map((d) => [d.code, d.source.start.line]);
}

/** A minimal DocFX endpoint page around `sections`. */
export function page(sections: string, requestLine = 'POST /api/v1/Widget'): string {
  return `# ${requestLine}\n\n\`\`\`http\n${requestLine}\n\`\`\`\n\nDoes a thing.\n\n${sections}\n`;
}

/** Drops `source` / `sources` so assertions can focus on content. */
export function withoutSources<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'source' || key === 'sources' ? undefined : v))) as T;
}
