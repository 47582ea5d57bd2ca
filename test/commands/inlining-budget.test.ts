import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINED_BYTECODE_BUDGET, lowerInliningBudget } from '../../src/commands/inlining-budget.js';
import { generate } from '../../src/index.js';
import { makeTempDir, REPO_ROOT } from '../helpers/temp-dir.js';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const FLAG = `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`;

/** A small spec of our own: one operation and one schema. */
const LAMPS = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Lamps', version: '1' },
  paths: {
    '/lamps/{id}': {
      get: {
        operationId: 'getLamp',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'A lamp', content: { 'application/json': { schema: { $ref: '#/components/schemas/Lamp' } } } } },
      },
    },
  },
  components: { schemas: { Lamp: { type: 'object', properties: { watts: { type: 'integer' } } } } },
});

/** Runs the built CLI with `v8.setFlagsFromString` recording each flag it is given; the flags set. */
function flagsSetBy(dir: string, nodeFlags: string[], ...args: string[]): { status: number | null; flags: string[] } {
  const log = path.join(dir, 'flags.txt');
  writeFileSync(log, '');
  writeFileSync(
    path.join(dir, 'record.mjs'),
    "import { appendFileSync } from 'node:fs';\nimport v8 from 'node:v8';\nconst set = v8.setFlagsFromString;\n" +
      "v8.setFlagsFromString = (flags) => { appendFileSync(process.env.FLAGS_LOG, flags + '\\n'); set(flags); };\n",
  );
  const run = spawnSync(process.execPath, [...nodeFlags, '--import', './record.mjs', CLI, 'generate', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FLAGS_LOG: log },
  });
  return { status: run.status, flags: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('TurboFan inlining budget (built CLI)', () => {
  it('should lower it for a run with work to do, and not for a run the cache answers', () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name":"lamps","private":true,"dependencies":{"zod":"^4"}}');
    writeFileSync(path.join(dir, 'lamps.json'), LAMPS);
    const args = ['--input', 'lamps.json', '--out', 'out', '--quiet'];
    expect(flagsSetBy(dir, [], ...args, '--no-cache')).toEqual({ status: 0, flags: [FLAG] });
    // The cache filled, then the run that reads the new outputs once, then a run the cache answers.
    expect(flagsSetBy(dir, [], ...args).status).toBe(0);
    flagsSetBy(dir, [], ...args);
    expect(flagsSetBy(dir, [], ...args)).toEqual({ status: 0, flags: [] });
  });

  it("should leave it to the user's own inlining flag", () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'lamps.json'), LAMPS);
    const run = flagsSetBy(dir, ['--max-inlined-bytecode-size=100'], '--input', 'lamps.json', '--out', 'out', '--no-cache', '--quiet');
    expect(run).toEqual({ status: 0, flags: [] });
  });
});

describe('lowerInliningBudget', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should set the cumulative budget, unless node was given any inlining flag', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    lowerInliningBudget(['--stack-size=2000']);
    expect(set.mock.calls).toEqual([[FLAG]]);
    lowerInliningBudget(['--no-turbo-inlining']);
    lowerInliningBudget(['--max-inlined-bytecode-size-cumulative=900']);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('should not be set by the library: generate() leaves its host alone', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'lamps.json'), LAMPS);
    const result = await generate({ input: path.join(dir, 'lamps.json') });
    expect(result.document.operations.map((operation) => operation.operationId)).toEqual(['getLamp']);
    expect(set).not.toHaveBeenCalled();
  });
});
