/**
 * A YAML spec as tools write it is read from js-yaml's events with the core schema's tags, which
 * come from four modules of `yaml`'s Node build: generating from it (the built CLI) must load
 * none of `yaml`'s parser (80 ms of CPU for its 72 ES modules), and give what the `yaml` path gives.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOAD_HOOKS } from '../helpers/loaded-modules.js';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** As YAML tools write specs: no comments, anchors, tags or empty values. */
const SPEC = `openapi: 3.0.3
info:
  title: Pets
  version: '1.0'
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: integer
            format: int64
            minimum: 1
      responses:
        '200':
          description: A pet
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: integer, exclusiveMinimum: false, example: 0x10}
        name:
          type: string
          nullable: true
          description: |-
            The name.
            Two lines.
        weight: {type: number, default: 1.5e2}
        tags: {type: array, items: {type: string}, maxItems: 10}
`;
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

/** And, at exit, every CommonJS module required. */
const REGISTER = (hooks: string) => `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(process.env.LOADED_MODULES, Object.keys(require.cache).map((file) => 'cjs:' + file).join('\\n') + '\\n'));
`;

describe('a YAML spec as tools write it (built CLI)', () => {
  it("should load none of yaml's parser, only its core schema's tags", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'spec.yaml'), SPEC);
    writeFileSync(path.join(dir, 'hooks.mjs'), LOAD_HOOKS);
    writeFileSync(path.join(dir, 'register.mjs'), REGISTER(path.join(dir, 'hooks.mjs')));
    const loaded = path.join(dir, 'loaded.txt');
    writeFileSync(loaded, '');
    const run = spawnSync(
      process.execPath,
      ['--import', './register.mjs', CLI, 'generate', '--input', 'spec.yaml', '--out', 'out', '--no-cache', '--quiet'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, LOADED_MODULES: loaded } },
    );
    expect(run.status, run.stderr).toBe(0);
    // Plain scalars typed by the core schema's tags: 0x10 and 1.5e2 are numbers, false a boolean.
    const openapi = JSON.parse(readFileSync(path.join(dir, 'out/openapi.json'), 'utf8'));
    expect(openapi.components.schemas.Pet.properties).toMatchObject({
      id: { examples: [16] },
      weight: { default: 150 },
      name: { description: 'The name.\nTwo lines.' },
    });

    const modules = readFileSync(loaded, 'utf8').split('\n');
    const yaml = modules.filter((line) => /node_modules\/yaml\//.test(line)).map((line) => line.replace(/^.*node_modules\/yaml\//, ''));
    expect(yaml).toContain('dist/schema/core/int.js');
    // The tags and the Scalar node they return: no lexer, parser, composer or Document, neither build's entry.
    expect(
      yaml.filter((file) => /^(browser\/|dist\/(index|public-api)\.js|dist\/(parse|compose)\/|dist\/doc\/Document\.js)/.test(file)),
    ).toEqual([]);
    expect(yaml.length).toBeLessThan(20);
    // js-yaml read it: it is bundled into the build's chunks (scripts/build.mjs), so one of the chunks loaded holds it.
    const chunks = modules.filter((line) => line.startsWith('file:')).map((line) => new URL(line).pathname);
    expect(chunks.some((chunk) => existsSync(`${chunk}.map`) && /node_modules\/js-yaml\//.test(readFileSync(`${chunk}.map`, 'utf8')))).toBe(
      true,
    );
  });
});
