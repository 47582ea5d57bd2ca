/**
 * The output files of a document: openapi.json (or .yaml) from the IR as it is; types.ts and
 * schemas.ts from the IR lowered once for both (lower/); ir.json and validate.ts on request.
 */
import { readFile } from 'node:fs/promises';
import type { EmitConfig } from '../config/config-schema.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { NamingOptions } from '../emit/shared/naming.js';
import { compareText } from '../ir/order.js';
import { sourceOf } from '../ir/source.js';
import type { ApiDocument } from '../ir/types.js';
import { type LoweredDocument, lowerDocument } from '../lower/index.js';
import { TEMPLATES } from '../templates.js';
import type { OutputFile } from './result.js';

/** Sorted by path. Empty, with an `emit-failed` diagnostic, when an emitter fails: no half set of files. */
export async function emitOutputs(
  document: ApiDocument,
  options: { emit?: Partial<EmitConfig>; naming?: NamingOptions },
  diagnostics: DiagnosticBag,
): Promise<OutputFile[]> {
  const emit = { types: true, zod: true, openapi: 'json' as const, ir: false, helpers: false, ...options.emit };
  // Emitters are large modules: import them only when a run needs them.
  const { printJson, printYaml } = await import('../emit/shared/print.js');
  const emitters: Array<[string, () => Promise<string>]> = [];
  if (emit.openapi) {
    const format = emit.openapi;
    emitters.push([
      `openapi.${format}`,
      async () => {
        const { emitOpenApi } = await import('../emit/openapi/index.js');
        const spec = emitOpenApi(document);
        return format === 'yaml' ? await printYaml(spec) : printJson(spec);
      },
    ]);
  }
  const naming = options.naming ?? {};
  // Lowered inside the first code emitter that needs it, so a failure there is that emitter's.
  let lowered: LoweredDocument | undefined;
  const lower = () => (lowered ??= lowerDocument(document));
  if (emit.types) emitters.push(['types.ts', async () => (await import('../emit/typescript/index.js')).emitTypes(lower(), { naming })]);
  if (emit.zod) emitters.push(['schemas.ts', async () => (await import('../emit/zod/index.js')).emitZod(lower(), { naming })]);
  if (emit.ir) emitters.push(['ir.json', async () => printJson(document)]);
  // The helpers import `operationSchemas` from schemas.ts (`emit-check.ts` refuses helpers without
  // zod), which exists only with operations.
  if (emit.helpers && emit.zod && document.operations.length > 0)
    emitters.push(['validate.ts', () => readFile(TEMPLATES.validate, 'utf8')]);
  const outputs: OutputFile[] = [];
  for (const [file, run] of emitters) {
    try {
      outputs.push({ path: file, contents: await run() });
    } catch (error) {
      // An emitter failing is a bug in specdown, but the user must still get a clear message and
      // an untouched output folder rather than a stack trace and half the files.
      diagnostics.report('emit-failed', sourceOf(file, undefined), `internal error while emitting ${file}: ${(error as Error).message}`);
      return [];
    }
  }
  return outputs.sort((a, b) => compareText(a.path, b.path));
}
