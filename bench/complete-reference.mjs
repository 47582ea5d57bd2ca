#!/usr/bin/env node
/**
 * `npm run bench:complete-reference` — issue 4's "complete reference" figure, simulated.
 *
 * The dev corpus is a slice of a vendor reference: it names 19 types (Associate, Person, …) that
 * no page of the slice tabulates, so their nested fields cannot be recovered from it. A complete
 * reference tabulates every type on some page. This bench simulates one: it copies the slice to a
 * temporary folder and adds one DocFX page per type the slice names but never tabulates, whose
 * table is written from truth.json in the slice's own words (`array`, `object`, short type names,
 * no descriptions) — what the vendor's page for that type would show. The complete reference also
 * uses a type name as a placeholder (issue 12: \`Response body: TableRight\` over another entity's
 * table), so each added table is also written under a \`TableRight\` heading on a page of its own.
 * Then it scores nested fields against the truth with the shared scorer. Nothing is written into
 * the repository.
 *
 * It measures the code path (tables of other pages + samples fill named types), not a real
 * complete reference, which we do not have. Skips when ../shared is absent.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFidelity } from './fidelity/run.mjs';
import { scorerPath } from './fidelity/scorer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.SPECDOWN_SHARED ?? '../shared');
const corpus = path.join(shared, 'corpus/superoffice');
const scorer = scorerPath(shared);
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.log('bench:complete-reference: ../shared (corpus/superoffice, eval) not present; skipped');
  process.exit(0);
}
const { generate } = await import(path.join(root, 'dist/index.js'));
const truthFile = path.join(corpus, 'truth.json');
const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
const components = truth.components.schemas;
const short = (ref) => ref.split('/').pop().split('.').pop();
const byShort = new Map(Object.keys(components).map((key) => [short(key), key]));

/** A property's type as the slice's tables write it. */
function typeWords(p) {
  if (p.$ref) return short(p.$ref);
  if (p.allOf?.length === 1 && p.allOf[0].$ref) return short(p.allOf[0].$ref);
  if (p.type === 'array') return 'array';
  if (p.type === 'object' || p.additionalProperties) return 'object';
  if (p.type === 'integer') return p.format === 'int64' ? 'int64' : 'int32';
  if (p.type === 'number') return 'double';
  if (p.type === 'boolean') return 'bool';
  if (p.type === 'string') return p.format === 'date-time' ? 'date-time' : 'string';
  return 'object';
}

/** The name the vendor's pages use as a placeholder over other entities' tables. */
const PLACEHOLDER = 'TableRight';

/** A DocFX GET page whose response body heading names `heading` over the table `rows`. */
function typePage(route, heading, rows) {
  const uid = route.replace(/\W/g, '_');
  return `---\ntitle: GET ${route}\nuid: ${uid}\n---\n\n# GET ${route}\n\n\`\`\`http\nGET /api/v1/${route}\n\`\`\`\n\nThe ${heading} type.\n\n## Response:\n\nOK\n\n| Response | Description |\n|----------------|-------------|\n| 200 | OK |\n\n### Response body: ${heading}\n\n| Property Name | Type |  Description |\n|----------------|------|--------------|\n${rows}\n`;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'specdown-complete-'));
try {
  const docs = path.join(work, 'docs');
  cpSync(path.join(corpus, 'docs'), docs, { recursive: true });
  const slice = await generate({ input: docs, emit: { types: false, zod: false, openapi: false } });
  const untabulated = slice.document.schemas.filter((s) => s.origin !== 'documented').map((s) => s.name);
  mkdirSync(path.join(docs, 'types'), { recursive: true });
  const made = [];
  for (const name of untabulated) {
    const schema = components[byShort.get(name)];
    if (!schema?.properties) continue;
    const rows = Object.entries(schema.properties)
      .map(([property, p]) => `| ${property} | ${typeWords(p)} |  |`)
      .join('\n');
    writeFileSync(path.join(docs, 'types', `${name}.md`), typePage(`Types/${name}`, name, rows));
    // The vendor's placeholder convention (issue 12): a name heading another entity's table.
    if (name !== PLACEHOLDER)
      writeFileSync(path.join(docs, 'types', `${name}_As${PLACEHOLDER}.md`), typePage(`Types/${name}/Rights`, PLACEHOLDER, rows));
    made.push(name);
  }
  console.log(
    `slice + ${made.length} type pages (of ${untabulated.length} types the slice names but does not tabulate), each also under a \`Response body: ${PLACEHOLDER}\` heading`,
  );
  const run = await runFidelity(
    {
      id: 'complete-reference',
      kind: 'dialect',
      docs,
      truth: truthFile,
      options: { stripPrefix: [], onlyOps: false, dropResponses: false },
      notes: [],
    },
    { generate },
    { scorer, workDir: path.join(work, 'score'), show: 0 },
  );
  console.log(run.table.trimEnd());
  console.log('(the added type pages are operations the truth does not have: operation precision is not a figure here)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
