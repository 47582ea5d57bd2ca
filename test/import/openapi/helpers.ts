import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { type ImportedSpec, importSpec } from '../../../src/import/openapi/index.js';
import { type ApiDocument, IR_VERSION, type Schema } from '../../../src/ir/types.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export interface Imported {
  spec: ImportedSpec | undefined;
  diagnostics: DiagnosticBag;
  /** `file:line:column severity message (code)` lines. */
  lines: string[];
}

export async function importFixture(file: string, options: { allowRemoteRefs?: boolean; rootDir?: string } = {}): Promise<Imported> {
  const diagnostics = new DiagnosticBag();
  const spec = await importSpec(file, diagnostics, { rootDir: options.rootDir ?? FIXTURES, allowRemoteRefs: options.allowRemoteRefs });
  return { spec, diagnostics, lines: diagnostics.items.map(formatDiagnostic) };
}

/** Writes `files` (name → text) into a fresh temp folder and imports the first one. */
export async function importTexts(files: Record<string, string>): Promise<Imported> {
  const dir = makeTempDir('specdown-import-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return importFixture(Object.keys(files)[0]!, { rootDir: dir });
}

/** Drops `source`/`sources` keys (positions are asserted separately). */
export function withoutSources<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'source' || key === 'sources' ? undefined : item))) as T;
}

/** The IR of one schema given as a YAML component `S` (plus `others` components). */
export async function importSchema(
  yaml: string,
  others = '',
): Promise<{ schema: Schema | undefined; schemas: Record<string, Schema>; lines: string[] }> {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  const text = `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S:\n${indent(indent(yaml.trim()))}\n${others ? indent(others.trim()) : ''}\n`;
  const { spec, lines } = await importTexts({ 'spec.yaml': text });
  const schemas = Object.fromEntries((spec?.fragment.schemas ?? []).map((named) => [named.name, withoutSources(named.schema)]));
  return { schema: schemas.S, schemas, lines };
}

/** The IR document an imported spec makes on its own (what the merge does for one spec). */
export function documentOf(spec: ImportedSpec): ApiDocument {
  return {
    irVersion: IR_VERSION,
    info: spec.info,
    servers: spec.servers,
    tags: spec.tags,
    operations: spec.fragment.operations,
    schemas: spec.fragment.schemas,
    securitySchemes: spec.securitySchemes,
    ...(spec.security ? { security: spec.security } : {}),
    ...(spec.webhooks ? { webhooks: spec.webhooks } : {}),
    ...(spec.extensions ? { extensions: spec.extensions } : {}),
  };
}
