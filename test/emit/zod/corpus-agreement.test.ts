/**
 * A real API, imported from its OpenAPI reference: the generated types and schemas compile in strict
 * mode with every type agreeing with its schema. Skipped when the corpus (../shared) is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import { importSpec } from '../../../src/import/openapi/index.js';
import type { ApiDocument } from '../../../src/ir/types.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../shared/generated-project.js';

const CORPUS = path.join(SHARED_DIR, 'corpus/dto');

describe.skipIf(!existsSync(path.join(CORPUS, 'truth.json')))('emitters on a real API (corpus dto truth.json)', () => {
  const scratch = useScratchDir();

  it('should generate types and schemas that compile strictly and agree', async () => {
    const spec = await importSpec('truth.json', new DiagnosticBag(), { rootDir: CORPUS });
    expect(spec).toBeDefined();
    if (!spec) return;
    const doc: ApiDocument = {
      irVersion: 1,
      info: spec.info,
      servers: spec.servers,
      tags: spec.tags,
      securitySchemes: spec.securitySchemes,
      operations: spec.fragment.operations,
      schemas: spec.fragment.schemas,
    };
    const types = emitTypes(doc);
    const schemas = emitZod(doc);
    const names = exportedTypeNames(types);
    expect(names.length).toBeGreaterThan(doc.schemas.length);
    const dir = scratch();
    writeFiles(dir, {
      'types.ts': types,
      'schemas.ts': schemas,
      'agree.ts': agreementSource(names.map((name) => [name, `${name}Schema`])),
    });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agree.ts'])).toEqual([]);
  });
});
