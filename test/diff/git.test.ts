import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffInputError, diffSpecs, loadSpecAtGitRef } from '../../src/diff/index.js';

const spec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'schemas.yaml#/Thing'}
`;
const schemas = (type: string) => `Thing:\n  type: object\n  properties:\n    id: {type: ${type}}\n`;

let repo = '';
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, stdio: 'pipe' },
  );

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'specdown-diff-git-'));
  mkdirSync(path.join(repo, 'generated'));
  git('init', '-q');
  writeFileSync(path.join(repo, 'generated/openapi.yaml'), spec);
  writeFileSync(path.join(repo, 'generated/schemas.yaml'), schemas('string'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  writeFileSync(path.join(repo, 'generated/schemas.yaml'), schemas('integer'));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('loadSpecAtGitRef', () => {
  it('should diff the spec at a ref (and the files it refers to) with the working tree', async () => {
    const base = await loadSpecAtGitRef('HEAD', 'generated/openapi.yaml', repo);
    const result = await diffSpecs(base, { kind: 'file', path: path.join(repo, 'generated/openapi.yaml') });
    expect(result.diagnostics).toEqual([]);
    expect(result.changes.map((c) => c.message)).toEqual(['type of response property `Thing.id` changed from `string` to `integer`']);
    expect(result.changes[0]!.location?.base).toMatchObject({ file: 'generated/schemas.yaml', line: 4, column: 5 });
  });

  it('should explain an unknown ref, a missing path and a bad ref name', async () => {
    await expect(loadSpecAtGitRef('no-such-branch', 'generated/openapi.yaml', repo)).rejects.toThrow(/unknown git ref `no-such-branch`/);
    await expect(loadSpecAtGitRef('HEAD', 'generated/missing.yaml', repo)).rejects.toThrow(
      /generated\/missing.yaml does not exist at HEAD/,
    );
    await expect(loadSpecAtGitRef('--output=x', 'a', repo)).rejects.toThrow(DiffInputError);
  });

  it('should say so when the folder is not a git repository', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'specdown-diff-nogit-'));
    try {
      await expect(loadSpecAtGitRef('HEAD', 'x.yaml', outside)).rejects.toThrow(/not inside a git repository|does not exist/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
