import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../vitest.config.js';
import { REPO_ROOT } from './helpers/temp-dir.js';

/** Test files that replace modules or globals: with a module graph shared between files they would leak into others. */
const REPLACES = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv)\(/;

describe('vitest config', () => {
  it('should isolate exactly the test files that replace modules or globals', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `test/${file.split(path.sep).join('/')}`)
      .filter((file) => REPLACES.test(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    // This file names the calls it looks for, and replaces nothing.
    expect(files.filter((file) => file !== 'test/vitest-config.test.ts').sort()).toEqual([...ISOLATED].sort());
  });
});
