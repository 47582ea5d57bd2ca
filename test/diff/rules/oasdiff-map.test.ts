/**
 * The oasdiff mapping table (src/diff/rules/oasdiff-rules.md): every oasdiff rule id appears once,
 * maps to specdown rules that exist at the level the table says, or says why it does not apply;
 * a level that differs from oasdiff's is explained.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../../src/diff/rules/registry.js';

const table = readFileSync(path.resolve(import.meta.dirname, '../../../src/diff/rules/oasdiff-rules.md'), 'utf8');
const rows = table
  .split('\n')
  .filter((line) => /^\| `[a-z0-9-]+` \|/.test(line))
  .map((line) => {
    const [id, level, ours, ourLevel, note] = line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    const ids = ours === 'not applicable' ? [] : [...ours!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
    return { id: id!.replace(/`/g, ''), level: level!, ids, ourLevel: ourLevel!, note: note ?? '' };
  });

describe('oasdiff rule mapping', () => {
  it('should list every oasdiff rule id once', () => {
    expect(rows.length).toBeGreaterThanOrEqual(550);
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rows.map((r) => [r.id, r] as const))('should map %s to existing rules, or say why not', (_, row) => {
    if (row.ids.length === 0) {
      expect(row.note.length, 'a reason').toBeGreaterThan(20);
      return;
    }
    const levels = row.ids.map((id) => RULES_BY_ID.get(id)?.level);
    expect(levels, `specdown rules ${row.ids.join(', ')}`).not.toContain(undefined);
    expect(row.ourLevel).toBe([...new Set(levels)].sort().join(', '));
    if (!levels.includes(row.level as never)) expect(row.note, 'a deviation needs its reason').toMatch(/^Deviation/);
  });
});
