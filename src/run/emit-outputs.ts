/**
 * The output files of a document: openapi.json (or .yaml) from the IR as it is; types.ts and
 * schemas.ts from the IR lowered once for both (lower/); ir.json and validate.ts on request.
 * Besides the texts, the layout (emit/layout.ts): where each named schema's and operation's text
 * landed and the names and lowering used, so that a later run which changed a few items renders
 * just those and splices them in (run/cache/patch-run.ts).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { EmitConfig } from '../config/config-schema.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { OutputLayout } from '../emit/layout.js';
import { pathKey } from '../emit/openapi/paths.js';
import { type LastOutputs, openApiReuse, type Reuse, typesReuse, zodReuse } from '../emit/reuse.js';
import type { EmitNames, NamingOptions } from '../emit/shared/naming.js';
import type { PiecedBytes, PiecedSplice } from '../emit/shared/piece-text.js';
import type { ZodSchemaContext } from '../emit/zod/index.js';
import { compareText } from '../ir/order.js';
import { sourceOf } from '../ir/source.js';
import type { ApiDocument } from '../ir/types.js';
import { type CodeDocument, lowerForCode } from '../lower/index.js';
import { TEMPLATES } from '../templates.js';
import type { OutputFile } from './result.js';
import { type SplicedFile, spliceBytes } from './write/spliced-file.js';

export interface EmittedOutputs {
  /** Sorted by path. Empty when an emitter failed. */
  outputs: OutputFile[];
  layout: OutputLayout;
  /** How many pieces were taken from the last outputs. */
  reused: number;
}

export async function emitOutputs(
  document: ApiDocument,
  options: { emit?: Partial<EmitConfig>; naming?: NamingOptions },
  diagnostics: DiagnosticBag,
  /** The last run's outputs: pieces of unchanged items in an unchanged context are taken from them (reuse.ts). */
  last?: LastOutputs,
): Promise<EmittedOutputs> {
  const emit = { types: true, zod: true, openapi: 'json' as const, ir: false, helpers: false, ...options.emit };
  const layout: OutputLayout = { pieces: new Map() };
  // Emitters are large modules: import them only when a run needs them.
  const { printJson, printYaml } = await import('../emit/shared/print.js');
  const naming = options.naming ?? {};
  // Lowered inside the first code emitter that needs it, so a failure there is that emitter's.
  let lowered: CodeDocument | undefined;
  const code = () => (lowered ??= lowerForCode(document));
  // The names types.ts used: schemas.ts takes the same ones rather than building them again.
  let codeNames: EmitNames | undefined;
  // The last run's length of an output: its text is then built in one buffer, not copied into one.
  const expectedBytes = (file: string) => last?.bytes?.get(file)?.length ?? last?.files?.get(file)?.size;
  let reused = 0;
  const counted = (reuse: Reuse | undefined): Reuse | undefined =>
    reuse &&
    ((key) => {
      const piece = reuse(key);
      if (piece) reused++;
      return piece;
    });
  // Texts, or UTF-8 bytes for those built from pieces (read as text only if a caller asks).
  const emitters: Array<[string, () => Promise<string | Buffer | SplicedFile>]> = [];
  if (emit.openapi) {
    const format = emit.openapi;
    emitters.push([
      `openapi.${format}`,
      async () => {
        const { emitOpenApi, emitOpenApiPieces } = await import('../emit/openapi/index.js');
        if (format === 'yaml') return await printYaml(emitOpenApi(document));
        const { text, keys } = emitOpenApiPieces(
          document,
          { expectedBytes: expectedBytes('openapi.json') },
          last && ((keys) => counted(openApiReuse(last, keys))),
        );
        layout.openapi = { keys };
        return laidOut('openapi.json', text.finishOutput(), layout);
      },
    ]);
  }
  if (emit.types)
    emitters.push([
      'types.ts',
      async () => {
        const lowered = code();
        // Which Path Item each operation's pieces belong to: needed only to reuse the last run's pieces.
        const reuse =
          last &&
          ((names: EmitNames) =>
            counted(
              typesReuse(
                last,
                names,
                lowered.lowering,
                new Map(document.operations.map((operation) => [operation.operationId, pathKey(operation)])),
                layout.openapi?.keys,
              ),
            ));
        const { text, names } = (await import('../emit/typescript/index.js')).emitTypesPieces(
          lowered,
          { naming, expectedBytes: expectedBytes('types.ts') },
          reuse,
        );
        codeNames = names;
        layout.code = { lowering: lowered.lowering, names };
        return laidOut('types.ts', text.finishOutput(), layout);
      },
    ]);
  if (emit.zod)
    emitters.push([
      'schemas.ts',
      async () => {
        const lowered = code();
        const reuse =
          last &&
          ((names: EmitNames, context: ZodSchemaContext) =>
            counted(zodReuse(last, names, lowered.lowering, context, layout.openapi?.keys)));
        const { text, layout: zod } = (await import('../emit/zod/index.js')).emitZodPieces(
          lowered,
          { naming, expectedBytes: expectedBytes('schemas.ts'), ...(codeNames ? { names: codeNames } : {}) },
          reuse,
        );
        layout.code = { lowering: lowered.lowering, names: zod.names };
        const { partTextKey } = await import('../emit/item-pieces.js');
        const partTexts = new Map<string, number>();
        for (const part of zod.partTexts) partTexts.set(partTextKey(part), (partTexts.get(partTextKey(part)) ?? 0) + 1);
        layout.zod = { recursive: zod.recursive, component: zod.component, partTexts, functionForm: zod.functionForm };
        return laidOut('schemas.ts', text.finishOutput(), layout);
      },
    ]);
  if (emit.ir) emitters.push(['ir.json', async () => printJson(document)]);
  // The helpers import `operationSchemas` from schemas.ts (`emit-check.ts` refuses helpers without
  // zod), which exists only with operations.
  if (emit.helpers && emit.zod && document.operations.length > 0)
    emitters.push(['validate.ts', () => readFile(TEMPLATES.validate, 'utf8')]);
  const outputs: OutputFile[] = [];
  for (const [file, run] of emitters) {
    try {
      const output = await run();
      outputs.push(
        typeof output === 'string'
          ? { path: file, contents: output }
          : Buffer.isBuffer(output)
            ? outputFromBytes(file, output)
            : outputFromSplice(file, output),
      );
    } catch (error) {
      // An emitter failing is a bug in specdown, but the user must still get a clear message and
      // an untouched output folder rather than a stack trace and half the files.
      diagnostics.report('emit-failed', sourceOf(file, undefined), `internal error while emitting ${file}: ${(error as Error).message}`);
      return { outputs: [], layout: { pieces: new Map() }, reused: 0 };
    }
  }
  return { outputs: outputs.sort((a, b) => compareText(a.path, b.path)), layout, reused };
}

/** Records where `output`'s pieces are; its bytes, or the last output's file with the new bytes spliced in. */
function laidOut(path: string, output: PiecedBytes | PiecedSplice, layout: OutputLayout): Buffer | SplicedFile {
  if ('spliced' in output) {
    layout.pieces.set(path, { ranges: output.ranges, length: output.length });
    return output.spliced;
  }
  layout.pieces.set(path, { ranges: output.ranges, length: output.bytes.length });
  return output.bytes;
}

/**
 * An output that is a last output's file with new bytes spliced in (`spliced`: the cache writes its
 * new copy from it, generate.ts); its bytes are read and spliced only if a caller asks for them.
 */
function outputFromSplice(path: string, spliced: SplicedFile): OutputFile {
  let bytes: Buffer | undefined;
  let contents: string | undefined;
  const read = () => (bytes ??= spliceBytes(readFileSync(spliced.file), spliced.edits));
  const output = { path } as OutputFile;
  Object.defineProperty(output, 'spliced', { enumerable: false, value: spliced });
  Object.defineProperty(output, 'bytes', { enumerable: false, get: read });
  return Object.defineProperty(output, 'contents', { enumerable: true, get: () => (contents ??= read().toString('utf8')) });
}

/** An output whose text is decoded from `bytes` only if a caller asks for it (writers and the cache use the bytes). */
function outputFromBytes(path: string, bytes: Buffer, stamp?: string): OutputFile {
  let contents: string | undefined;
  const output = { path, ...(stamp === undefined ? {} : { stamp }) } as OutputFile;
  Object.defineProperty(output, 'bytes', { enumerable: false, value: bytes });
  return Object.defineProperty(output, 'contents', { enumerable: true, get: () => (contents ??= bytes.toString('utf8')) });
}
