import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { extractPage } from '../../../src/extract/index.js';
import type { Operation } from '../../../src/ir/types.js';
import { docfxReader } from '../../../src/readers/docfx/index.js';
import { dtoReader } from '../../../src/readers/dto/index.js';
import { helppageReader } from '../../../src/readers/helppage/index.js';
import type { Reader } from '../../../src/readers/types.js';

/**
 * The example API in the Help Page and DTO dialects gives the operations of its DocFX
 * rendering, up to what each dialect cannot say: request headers (neither), error statuses and
 * `201` (Help Page: only the action's own 200/204), query `required` (DTO), camelCase names (DTO
 * routes are snake_case), inline `Enum:` lists (both name an enum type instead).
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'test/fixtures/example-api');
const DOCFX = path.join(ROOT, 'docs-input/docfx');

interface Entry {
  file: string;
  method: string;
  path: string;
}

function operationOf(reader: Reader, file: string, text: string): { operation: Operation; root: Root } {
  const diagnostics = new DiagnosticBag();
  const root = reader.read({ file, text }, diagnostics);
  const fragment = extractPage(root, { file, dialect: reader.id }, diagnostics);
  return { operation: fragment!.operations[0]!, root };
}

const norm = (name: string) => name.replace(/_/g, '').toLowerCase();
const kind = (operation: Operation['parameters'][number]) => (operation.schema.kind === 'enum' ? 'ref' : operation.schema.kind);
/** Non-header parameters as `in name kind [required]`; `required` only where the dialect can say it. */
const parameters = (operation: Operation, queryRequired: boolean) =>
  operation.parameters
    .filter((parameter) => parameter.in !== 'header')
    .map(
      (parameter) =>
        `${parameter.in} ${norm(parameter.name)} ${kind(parameter)}${parameter.required && (parameter.in === 'path' || queryRequired) ? ' required' : ''}`,
    )
    .sort();
const success = (operation: Operation) =>
  operation.responses
    .filter((response) => /^2/.test(response.status))
    .map((response) => (response.content.some((content) => content.schema) ? 'body' : 'none'));

function docfxPage(uid: string): string | undefined {
  for (const area of existsSync(DOCFX) ? readdirSync(DOCFX) : []) {
    const file = path.join(DOCFX, area, `${uid}.md`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

for (const [dialect, reader] of [
  ['helppage', helppageReader],
  ['dto', dtoReader],
] as const) {
  const folder = path.join(EXAMPLE, dialect);
  describe.skipIf(!existsSync(path.join(folder, 'manifest.json')) || !existsSync(DOCFX))(`the example API as ${dialect}`, () => {
    const manifest = existsSync(path.join(folder, 'manifest.json'))
      ? (JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Entry[])
      : [];

    it.each(manifest.map((entry) => [entry.file, entry] as const))('should read %s as its DocFX page says', (_file, entry) => {
      const text = readFileSync(path.join(folder, 'docs', entry.file), 'utf8');
      expect(reader.detect({ file: entry.file, text })).toBeDefined();
      const mine = operationOf(reader, entry.file, text).operation;
      const markdown = docfxPage(entry.file.replace(/\.txt$/, ''));
      expect(markdown, 'the DocFX page of the same uid').toBeDefined();
      const reference = operationOf(docfxReader, entry.file, markdown!).operation;
      expect([mine.method, mine.path]).toEqual([entry.method, entry.path]);
      expect(norm(mine.path)).toBe(norm(reference.path));
      expect(parameters(mine, dialect === 'helppage')).toEqual(parameters(reference, dialect === 'helppage'));
      expect(Boolean(mine.requestBody)).toBe(Boolean(reference.requestBody));
      if (dialect === 'dto') expect(mine.responses.map((r) => r.status)).toEqual(reference.responses.map((r) => r.status));
      else expect(success(mine)).toEqual(success(reference).slice(0, 1));
    });
  });
}
