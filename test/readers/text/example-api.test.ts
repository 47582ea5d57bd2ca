/**
 * The example API rendered as scraped text (test/fixtures/example-api/text) must give the IR of
 * its DocFX rendering (docs-input/docfx), up to what the text cannot say: the DocFX `uid`
 * (operationId; the text page has no front matter) and the positions in a different file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT } from '../../helpers/temp-dir.js';

const TEXT = path.join(REPO_ROOT, 'test/fixtures/example-api/text/docs');
const DOCFX = path.join(REPO_ROOT, 'docs-input/docfx');

/** The IR without what the dialects cannot share: sources, operation ids, file names. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (['source', 'sources', 'related', 'operationId', 'file', 'dialect', 'from'].includes(key)) continue;
    out[key] = comparable(inner);
  }
  return out;
}

describe.skipIf(!existsSync(TEXT) || !existsSync(DOCFX))('the example API as scraped text', () => {
  it('should give the same IR as its DocFX rendering', async () => {
    const [text, docfx] = await Promise.all([generate({ input: TEXT }), generate({ input: DOCFX })]);
    expect(text.failed).toBe(false);
    expect(text.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(
      docfx.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code),
    );
    expect(text.document.operations).toHaveLength(10);
    expect(comparable(text.document)).toEqual(comparable(docfx.document));
  });

  it('should keep operation and parameter descriptions in their words', async () => {
    const { document } = await generate({ input: TEXT });
    const list = document.operations.find((operation) => operation.method === 'get' && operation.path === '/api/v2/Book');
    expect(list?.parameters.find((parameter) => parameter.name === 'genre')?.description).toBe('Only books of this genre');
  });
});
