import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/diff/messages/en.js';
import { RULE_MODULES } from '../../../src/diff/rules/index.js';
import { RULES } from '../../../src/diff/rules/registry.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures');
const RULES_DIR = path.join(here, '../../../src/diff/rules');

describe('rule registry', () => {
  it('should hold at least 80 rules with unique kebab-case ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(80);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('should give %s a message, a fixture and its module', (id, rule) => {
    expect(MESSAGES[id], 'message').toBeTypeOf('string');
    expect(existsSync(path.join(FIXTURES, id, 'base.yaml')), 'fixture base.yaml').toBe(true);
    expect(existsSync(path.join(FIXTURES, id, 'revision.yaml')), 'fixture revision.yaml').toBe(true);
    expect(existsSync(path.join(FIXTURES, id, 'expected.json')), 'fixture expected.json').toBe(true);
    expect(existsSync(path.join(RULES_DIR, `${rule.module}.ts`)), 'module file').toBe(true);
    expect(RULE_MODULES[rule.module]?.ids, 'module lists the id').toContain(id);
    expect(rule.description).toMatch(/\.$/);
  });

  it('should list every id a module reports, and nothing else', () => {
    const declared = Object.entries(RULE_MODULES)
      .flatMap(([module, m]) => m.ids.map((id) => `${module}:${id}`))
      .sort();
    const registered = RULES.map((r) => `${r.module}:${r.id}`).sort();
    expect(declared).toEqual(registered);
  });

  it('should have no message or fixture for an unknown id', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(MESSAGES).filter((k) => !ids.has(k))).toEqual([]);
    expect(readdirSync(FIXTURES).filter((k) => !ids.has(k))).toEqual([]);
  });
});
