#!/usr/bin/env node
/**
 * npm run readme:rules — rewrites the README's table of diagnostic rules from the code
 * (`src/diagnostics/codes.ts`), between its marker comments, so the table cannot drift from the
 * rules specdown reports. `--check` writes nothing and exits 1 when the README is stale (a test
 * does the same: test/readme.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = '<!-- rules:start — generated from src/diagnostics/codes.ts by `npm run readme:rules`; do not edit by hand -->';
export const END = '<!-- rules:end -->';

/** The markdown table of every rule: id, default severity, what it finds. */
export function renderRuleTable(codes) {
  const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const rows = Object.entries(codes).map(([id, info]) => `| \`${id}\` | ${info.severity} | ${cell(info.summary)} |`);
  return ['| rule | default | what it means |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by `table`; throws when the markers are missing. */
export function withRuleTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // codes.ts is TypeScript: jiti (a dependency, the config loader's) reads it without a build.
  const { createJiti } = await import('jiti');
  const { DIAGNOSTIC_CODES } = await createJiti(import.meta.url).import(path.join(root, 'src/diagnostics/codes.ts'));
  const file = path.join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const updated = withRuleTable(readme, renderRuleTable(DIAGNOSTIC_CODES));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the rule table is stale; run npm run readme:rules');
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== readme) writeFileSync(file, updated);
  console.log(updated === readme ? 'README.md: rule table up to date' : 'README.md: rule table rewritten');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
