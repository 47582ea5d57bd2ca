/**
 * The text reader over the scraped SuperOffice corpus, checked against the DocFX reading of the
 * same pages (../shared/corpus/superoffice): same sections, same rows (name, type, Required).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { docfxReader } from '../../../src/readers/docfx/index.js';
import { textReader } from '../../../src/readers/text/index.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { plain } from './tree.js';

const CORPUS = path.join(SHARED_DIR, 'corpus');
const TEXT = path.join(CORPUS, 'text');
const DOCFX = path.join(CORPUS, 'superoffice/docs');

interface Entry {
  file: string;
  method: string;
  path: string;
}

/** name | type | required, per table row; rows whose name holds a space are wrapped text, not rows. */
function rowFacts(root: Root): string[] {
  const tables = root.children.filter((node): node is Table => node.type === 'table');
  return tables.flatMap((table) =>
    table.children.slice(1).flatMap((row) => {
      const name = plain(row.children[0]!).trim();
      if (name === '' || /\s/.test(name)) return [];
      const type = row.children.length > 2 ? plain(row.children[1]!).trim() : '';
      const required = row.children.some((cell) => cell.children.some((child) => child.type === 'strong' && plain(child) === 'Required'));
      return [`${name} | ${type} | ${required ? 'required' : ''}`];
    }),
  );
}

function headingFacts(root: Root): string[] {
  return root.children
    .filter((node): node is Heading => node.type === 'heading')
    .map(
      (heading) =>
        `${heading.depth} ${plain(heading)
          .replace(/\s*#+\s*$/, '')
          .trim()} ${JSON.stringify(heading.data)}`,
    );
}

const HAVE_CORPUS = existsSync(TEXT) && existsSync(DOCFX);

describe.skipIf(!HAVE_CORPUS)('textReader on the scraped corpus', () => {
  // describe bodies run at collection time even when skipped: read nothing without the corpus.
  const manifest = HAVE_CORPUS ? (JSON.parse(readFileSync(path.join(TEXT, 'manifest.json'), 'utf8')) as Entry[]) : [];
  const nonop = HAVE_CORPUS ? (JSON.parse(readFileSync(path.join(TEXT, 'nonop.json'), 'utf8')) as string[]) : [];
  const read = (file: string) => {
    const text = readFileSync(path.join(TEXT, 'docs', file), 'utf8');
    const diagnostics = new DiagnosticBag();
    const detection = detectDialect({ file, text });
    const root = textReader.read({ file, text }, diagnostics);
    checkDocument(root, file, diagnostics);
    return { detection, root, diagnostics };
  };

  it('should detect and read every operation page with its request line and no warning or error', () => {
    const problems: string[] = [];
    for (const entry of manifest) {
      const { detection, root, diagnostics } = read(entry.file);
      const request = root.children.find((node) => node.type === 'code');
      if (detection?.id !== 'text') problems.push(`${entry.file}: detected ${detection?.id}`);
      if (request?.type !== 'code' || request.value !== `${entry.method.toUpperCase()} ${entry.path}`)
        problems.push(`${entry.file}: request line`);
      for (const d of diagnostics.items.filter((item) => item.severity !== 'info'))
        problems.push(`${entry.file}:${d.source.start.line} ${d.code} ${d.message}`);
    }
    expect(problems).toEqual([]);
    expect(manifest.length).toBeGreaterThan(150);
  });

  it('should read the index pages as text pages without an operation', () => {
    for (const file of nonop) {
      const { detection, root } = read(file);
      expect(detection?.id, file).toBe('text');
      expect(
        root.children.some((node) => node.type === 'heading' && node.depth === 1),
        file,
      ).toBe(false);
    }
  });

  it('should give the same headings and table rows as the DocFX reading of the same page', () => {
    const differences: string[] = [];
    let rows = 0;
    for (const entry of manifest) {
      const { root } = read(entry.file);
      const file = entry.file.replace(/\.txt$/, '.md');
      const markdown = docfxReader.read({ file, text: readFileSync(path.join(DOCFX, file), 'utf8') }, new DiagnosticBag());
      const [mine, theirs] = [rowFacts(root), rowFacts(markdown)];
      rows += theirs.length;
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) differences.push(`${entry.file}: rows differ`);
      if (JSON.stringify(headingFacts(root)) !== JSON.stringify(headingFacts(markdown))) differences.push(`${entry.file}: headings differ`);
    }
    expect(differences).toEqual([]);
    expect(rows).toBeGreaterThan(5000);
  });
});
