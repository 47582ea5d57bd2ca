#!/usr/bin/env node
/**
 * npm run bench:diff — time `diffSpecs` on two synthetic ~5 MB OpenAPI specs that differ in a
 * few hundred places (types, required lists, enums, removed operations, constraints).
 * Target: under 1 s for the whole diff (reading and parsing both files included), for JSON
 * and for YAML copies of the same specs.
 * A benchmark, not a test: prints PASS/FAIL, exits 0 either way.
 *
 *   node bench/diff-speed.mjs [--size 5] [--runs 5]
 *
 * src/diff is transpiled on the fly (TypeScript transpileModule) into node_modules/.cache, so the
 * benchmark does not depend on a full build of the rest of the tree.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { size: { type: 'string', default: '5' }, runs: { type: 'string', default: '5' } } });
const TARGET_MS = 1000;
const COMMON = 40;

function transpileDiff() {
  const src = path.join(repoRoot, 'src/diff');
  const out = path.join(repoRoot, 'node_modules/.cache/specdown-bench-diff');
  rmSync(out, { recursive: true, force: true });
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const js = ts.transpileModule(readFileSync(file, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        }).outputText;
        const target = path.join(out, path.relative(src, file)).replace(/\.ts$/, '.js');
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, js);
      }
    }
  };
  walk(src);
  return path.join(out, 'index.js');
}

/** A deterministic pseudo-random generator, so every run builds the same specs. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function buildSpec(targetBytes) {
  const rand = rng(42);
  const doc = { openapi: '3.0.3', info: { title: 'Synthetic', version: '1.0.0' }, paths: {}, components: { schemas: {} } };
  const schemas = doc.components.schemas;
  const types = ['string', 'integer', 'number', 'boolean'];
  for (let c = 0; c < COMMON; c++) {
    schemas[`Common${c}`] = {
      type: 'object',
      properties: { id: { type: 'string', format: 'uuid' }, amount: { type: 'number' }, note: { type: 'string', maxLength: 200 } },
    };
  }
  let i = 0;
  // Pretty-printed size grows about linearly with entities: measure one batch, then extrapolate.
  let perEntity = 0;
  for (let limit = 50; ; i++) {
    if (i === limit) {
      // Extrapolate from the size so far, then top up until the spec really reaches the target.
      const size = JSON.stringify(doc, null, 2).length;
      if (size >= targetBytes) break;
      perEntity = size / i;
      limit = i + Math.ceil((targetBytes - size) / perEntity) + 1;
    }
    const name = `Entity${i}`;
    const properties = {};
    for (let p = 0; p < 12; p++) {
      const t = types[Math.floor(rand() * types.length)];
      properties[`field${p}`] =
        t === 'string'
          ? {
              type: 'string',
              maxLength: 64 + p,
              description: `Field ${p} of entity ${i}.`,
              ...(p % 5 === 0 ? { enum: ['alpha', 'beta', 'gamma'] } : {}),
            }
          : { type: t, description: `Field ${p} of entity ${i}.` };
    }
    properties.children = { type: 'array', items: { $ref: `#/components/schemas/${name}` } }; // a cycle
    properties.related = { $ref: `#/components/schemas/Common${i % COMMON}` }; // shared types, as real specs have
    schemas[name] = { type: 'object', required: ['field0', 'field1'], properties };
    doc.paths[`/entities${i}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: `get${name}`,
        parameters: [{ name: 'expand', in: 'query', schema: { type: 'string', enum: ['all', 'none'] } }],
        responses: { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } },
      },
      put: {
        operationId: `put${name}`,
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
        responses: { 204: { description: 'Done' } },
      },
    };
  }
  return { doc, entities: i };
}

function mutate(doc, entities) {
  const rev = structuredClone(doc);
  const rand = rng(7);
  let edits = 0;
  for (let c = 0; c < 3; c++) {
    rev.components.schemas[`Common${c}`].properties.amount = { type: 'string' }; // reaches many operations
    edits++;
  }
  for (let k = 0; k < 300; k++) {
    const n = Math.floor(rand() * entities);
    const s = rev.components.schemas[`Entity${n}`];
    switch (k % 6) {
      case 0:
        s.properties.field3 = { type: 'boolean' };
        break;
      case 1:
        s.required.push('field2');
        break;
      case 2:
        delete s.properties.field4;
        break;
      case 3:
        if (s.properties.field0.enum) s.properties.field0.enum.push('delta');
        else s.properties.field0.maxLength = 8;
        break;
      case 4:
        delete rev.paths[`/entities${n}/{id}`]?.put;
        break;
      case 5:
        if (rev.paths[`/entities${n}/{id}`]) rev.paths[`/entities${n}/{id}`].get.parameters[0].required = true;
        break;
    }
    edits++;
  }
  return { rev, edits };
}

const entry = transpileDiff();
const { diffSpecs } = await import(pathToFileURL(entry).href);
const targetBytes = Number(args.size) * 1024 * 1024;
const { doc, entities } = buildSpec(targetBytes);
const { rev, edits } = mutate(doc, entities);
const dir = mkdtempSync(path.join(os.tmpdir(), 'specdown-bench-diff-'));
const basePath = path.join(dir, 'base.json');
const revPath = path.join(dir, 'revision.json');
writeFileSync(basePath, JSON.stringify(doc, null, 2));
writeFileSync(revPath, JSON.stringify(rev, null, 2));
const mb = (f) => (statSync(f).size / 1024 / 1024).toFixed(1);

const runs = Number(args.runs);
async function time(label, base, revision) {
  const times = [];
  const cpu = [];
  let result;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = await diffSpecs({ kind: 'file', path: base }, { kind: 'file', path: revision });
    const c = process.cpuUsage(c0);
    if (r > 0) {
      // the first run warms up the JIT
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const median = med(times);
  console.log(
    `${label} ${mb(base)} MB + ${mb(revision)} MB (read + parse + compare + rules + locations), median of ${runs}: ` +
      `${median.toFixed(0)} ms wall (min ${Math.min(...times).toFixed(0)}), ${med(cpu).toFixed(0)} ms CPU (this process, GC threads included)`,
  );
  return { median, result };
}

const baseYaml = path.join(dir, 'base.yaml');
const revYaml = path.join(dir, 'revision.yaml');
writeFileSync(baseYaml, dump(doc, { noRefs: true }));
writeFileSync(revYaml, dump(rev, { noRefs: true }));
console.log(`specs: ${entities} schemas, ${Object.keys(doc.paths).length * 2} operations, ${edits} edits`);
const json = await time('JSON', basePath, revPath);
const yaml = await time('YAML', baseYaml, revYaml);
const counts = { breaking: 0, warning: 0, info: 0 };
for (const c of json.result.changes) counts[c.level]++;
console.log(
  `changes: ${json.result.changes.length} (${counts.breaking} breaking, ${counts.warning} warning, ${counts.info} info); YAML gives ${yaml.result.changes.length}`,
);
const worst = Math.max(json.median, yaml.median);
console.log(
  `machine load average: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs (wall times stretch when it exceeds the CPU count)`,
);
console.log(worst < TARGET_MS ? `PASS: both under ${TARGET_MS} ms` : `FAIL: over ${TARGET_MS} ms`);
if (process.env.KEEP_BENCH) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
