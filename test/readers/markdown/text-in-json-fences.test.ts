/**
 * A fence marked `json` that holds text (a console's plain-text table: `lamp | garden | color`) is
 * no sample, and the warning says what it is: before, it quoted the JSON parser's "Unexpected
 * token 'l'". The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/text-in-json-fences');

describe('general reader: text in a fence marked json', async () => {
  const run = await generate({ input: FIXTURE, cache: false });

  it('should say the body is a plain-text table, at its first line, and use no sample', () => {
    expect(run.failed).toBe(false);
    const warnings = run.diagnostics.filter((d) => d.code === 'invalid-sample');
    expect(warnings.map((d) => [d.message, d.source?.start.line])).toEqual([
      ['sample body is text, not JSON (a plain-text table: `lamp    | garden | color`); not used', 16],
    ]);
    expect(run.document.operations.find((o) => o.path === '/_cat/lamps')?.responses.flatMap((r) => r.content)).toEqual([]);
  });
});
