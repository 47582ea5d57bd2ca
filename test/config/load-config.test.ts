import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('loadConfig', () => {
  it('should return undefined when there is no config file', async () => {
    expect(await loadConfig(tempDir())).toBeUndefined();
  });

  it('should load a TypeScript config with types and defaults applied', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'specdown.config.ts'),
      `const config: { input: string; out: string; emit: { openapi: 'yaml' } } = { input: 'docs', out: 'src/api', emit: { openapi: 'yaml' } };\nexport default config;\n`,
    );
    const config = await loadConfig(dir);
    expect(config?.file).toBe(path.join(dir, 'specdown.config.ts'));
    expect(config?.targets).toEqual([
      { input: 'docs', out: 'src/api', emit: { types: true, zod: true, openapi: 'yaml', ir: false, helpers: false } },
    ]);
  });

  it('should load several targets from an .mjs config', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'specdown.config.mjs'),
      `export default { maxWarnings: 3, targets: [{ input: 'a', out: 'gen/a', dialect: 'helppage' }, { input: 'b', out: 'gen/b', diagnostics: { 'unknown-section': 'off' } }] };\n`,
    );
    const config = await loadConfig(dir);
    expect(config?.maxWarnings).toBe(3);
    expect(config?.targets.map((t) => [t.input, t.out, t.dialect])).toEqual([
      ['a', 'gen/a', 'helppage'],
      ['b', 'gen/b', undefined],
    ]);
    expect(config?.targets[1]?.diagnostics).toEqual({ 'unknown-section': 'off' });
  });

  it('should load a JSON config', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'specdown.config.json'), JSON.stringify({ input: 'docs', out: 'out', emit: { zod: false } }));
    expect((await loadConfig(dir))?.targets[0]?.emit).toEqual({ types: true, zod: false, openapi: 'json', ir: false, helpers: false });
  });

  it('should accept naming options', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'specdown.config.json'), JSON.stringify({ input: 'docs', out: 'out', naming: { types: 'preserve' } }));
    expect((await loadConfig(dir))?.targets[0]?.naming).toEqual({ types: 'preserve' });
  });

  it('should read input limits, sizes in bytes or with a unit', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'specdown.config.json'),
      JSON.stringify({ input: 'docs', out: 'out', limits: { pageSize: '4MiB', specSize: 1000, specFiles: 5000, nesting: 40 } }),
    );
    expect((await loadConfig(dir))?.limits).toEqual({ pageSize: 4 * 1024 * 1024, specSize: 1000, specFiles: 5000, nesting: 40 });
  });

  it.each([
    ['a limit that is not a size', { input: 'docs', out: 'out', limits: { pageSize: 'huge' } }, /"huge" is not a size/],
    ['an unknown limit', { input: 'docs', out: 'out', limits: { pages: 3 } }, /pages/],
    ['a wrong naming casing', { input: 'docs', out: 'out', naming: { types: 'camel' } }, /naming/],
    ['an unknown key', { input: 'docs', out: 'out', outptu: 'x' }, /outptu/],
    ['a wrong dialect', { input: 'docs', out: 'out', dialect: 'klingon' }, /dialect/],
    [
      'an unknown diagnostic code',
      { input: 'docs', out: 'out', diagnostics: { 'no-such-rule': 'off' } },
      /unknown diagnostic code "no-such-rule"/,
    ],
    ['a wrong emit value', { input: 'docs', out: 'out', emit: { openapi: 'xml' } }, /emit/],
    [
      'helpers without zod (validate.ts imports schemas.ts)',
      { input: 'docs', out: 'out', emit: { zod: false, helpers: true } },
      /needs zod: true; set zod: true or helpers: false\n\s*→ at emit\.helpers/,
    ],
    [
      'helpers without zod in one of several targets',
      {
        targets: [
          { input: 'a', out: 'a' },
          { input: 'b', out: 'b', emit: { zod: false, helpers: true } },
        ],
      },
      /needs zod: true[^\n]*\n\s*→ at targets\[1\]\.emit\.helpers/,
    ],
    ['no targets', { targets: [] }, /targets/],
  ])('should reject %s with a precise message naming the file', async (_name, value, message) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'specdown.config.json'), JSON.stringify(value));
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/specdown\.config\.json: invalid config/);
    expect((error as Error).message).toMatch(message);
  });

  it('should report a config that does not parse', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'specdown.config.json'), '{ not json');
    await expect(loadConfig(dir)).rejects.toThrow(/not valid JSON/);
  });

  it('should report an explicit config path that does not exist', async () => {
    await expect(loadConfig(tempDir(), 'missing.config.ts')).rejects.toThrow(/does not exist/);
  });
});
