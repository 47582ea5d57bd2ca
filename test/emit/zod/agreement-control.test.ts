/** The agreement check of agreement.test.ts must be able to fail: mismatched pairs are reported. */
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import { agreementSource, compileStrict, useScratchDir, writeFiles } from '../shared/generated-project.js';
import { richDocument } from '../shared/rich-document.js';

describe('the agreement check', () => {
  const scratch = useScratchDir();

  it('should report a type and schema that disagree', () => {
    const doc = richDocument();
    const dir = scratch();
    const pairs: Array<[string, string]> = [
      ['Cat', 'DogSchema'],
      ['Attachment', 'ZzzSchema'],
      ['TicketStatus', 'ColourSchema'],
    ];
    writeFiles(dir, { 'types.ts': emitTypes(doc), 'schemas.ts': emitZod(doc), 'agree.ts': agreementSource(pairs) });
    const diagnostics = compileStrict(dir, ['agree.ts']).filter((line) => line.startsWith('agree.ts:'));
    expect(new Set(diagnostics.map((line) => line.split(':')[1])).size).toBe(pairs.length);
  });
});
