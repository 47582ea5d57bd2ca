import { describe, expect, it } from 'vitest';

describe('hostile samples', () => {
  it('should refuse a sample nested 10,000 levels deep with a diagnostic, and finish the run', async () => {
    const { generate } = await import('../../src/run/generate.js');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'specdown-deep-'));
    try {
      const body = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const page = [
        '---',
        'title: POST Deep',
        'uid: deep',
        '---',
        '',
        '# POST Deep',
        '',
        '```http',
        'POST /deep',
        '```',
        '',
        '## Request Body: request',
        '',
        '| Property Name | Type | Description |',
        '|---|---|---|',
        '| Items | Array | items |',
        '',
        '## Sample request',
        '',
        '```http!',
        'POST /deep',
        'Content-Type: application/json',
        '',
        body,
        '```',
        '',
      ].join('\n');
      writeFileSync(path.join(dir, 'deep.md'), page);
      const result = await generate({ input: dir });
      expect(result.failed).toBe(false);
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({ code: 'invalid-sample', message: expect.stringContaining('nested more than 64 levels') }),
      );
      expect(result.diagnostics.find((d) => d.code === 'invalid-sample')?.source.start.line).toBe(24);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
