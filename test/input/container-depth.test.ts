import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.js';
import { readPage } from '../../src/run/read-page.js';

const head = ['---', 'title: GET D', 'uid: deep', '---', '', '# GET D', '', '```http', 'GET /d', '```', ''];
const quotes = (levels: number) => [...head, ...Array.from({ length: levels }, (_, i) => `${'>'.repeat(i + 1)} x`)].join('\n');

describe('nesting guard (every dialect, before the reader)', () => {
  it('should refuse a page nesting block quotes deeper than the limit, naming the line and the setting, without parsing it', () => {
    const result = readPage({ file: 'deep.md', text: quotes(2000) });
    expect(result.fragment).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'nesting-too-deep',
        severity: 'error',
        message: expect.stringContaining(
          `more than ${DEFAULT_LIMITS.nesting} levels deep; the page was not read (raise the limit: --max-nesting`,
        ),
        source: expect.objectContaining({ start: expect.objectContaining({ line: head.length + DEFAULT_LIMITS.nesting + 1 }) }),
      }),
    ]);
  });

  it('should read ordinary nesting', () => {
    const result = readPage({ file: 'ok.md', text: quotes(8) });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(result.fragment?.operations).toHaveLength(1);
  });

  it('should take the limit it is given', () => {
    expect(readPage({ file: 'ok.md', text: quotes(8) }, undefined, { maxNesting: 4 }).diagnostics).toEqual([
      expect.objectContaining({ code: 'nesting-too-deep', message: expect.stringContaining('more than 4 levels deep') }),
    ]);
    expect(readPage({ file: 'deep.md', text: quotes(40) }, undefined, { maxNesting: 64 }).diagnostics.map((d) => d.code)).not.toContain(
      'nesting-too-deep',
    );
  });

  it('should guard pages of any dialect', () => {
    const text = ['GET api/v2/Thing', 'Gets a thing.', ...Array.from({ length: 40 }, (_, i) => `${'>'.repeat(i + 1)} x`)].join('\n');
    expect(readPage({ file: 'thing.txt', text }, 'helppage').diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });

  it('should read a page whose code samples indent lines past the limit, as indentation before no list marker or quote is no nesting', () => {
    const fixture = path.join(import.meta.dirname, '../readers/markdown/fixtures/wide-indents/shelves.md');
    const result = readPage({ file: 'shelves.md', text: readFileSync(fixture, 'utf8') });
    // Before, the page was refused whole with nesting-too-deep at the sample's first line past 128 spaces.
    expect(result.diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(result.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'get /v1/shelves/{shelf_id}',
      'get /v1/shelves/{shelf_id}/drawing',
    ]);
    const bins = JSON.stringify(result.fragment?.operations[0]?.responses);
    expect(bins.match(/"bin"/g)?.length).toBeGreaterThanOrEqual(40);
  });

  it('should still refuse lists nested past the limit, their items’ markers deep in the line, and quotes indented so', () => {
    const lists = [...head, ...Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}${i % 2 ? '1.' : '-'} x`)].join('\n');
    expect(readPage({ file: 'lists.md', text: lists }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
    const quoted = [...head, `${' '.repeat(300)}> x`].join('\n');
    expect(readPage({ file: 'quoted.md', text: quoted }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });

  it('should refuse list items and quotes opened one after another on one line past the limit, and read a thematic break of many markers', () => {
    // `- - - x` nests a list in a list at each marker; a mutated page of 4,000 such markers took micromark 6.5 s.
    const markers = [...head, `${' -'.repeat(40)} x`].join('\n');
    expect(readPage({ file: 'markers.md', text: markers }).diagnostics).toEqual([
      expect.objectContaining({
        code: 'nesting-too-deep',
        source: expect.objectContaining({ start: expect.objectContaining({ line: head.length + 1 }) }),
      }),
    ]);
    const mixed = [...head, `> ${'1. > '.repeat(20)}x`].join('\n');
    expect(readPage({ file: 'mixed.md', text: mixed }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
    const shallow = [...head, `${'- '.repeat(8)}x`].join('\n');
    expect(readPage({ file: 'shallow.md', text: shallow }).diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    const rule = [...head, '- '.repeat(40), '', '* '.repeat(40)].join('\n');
    expect(readPage({ file: 'rule.md', text: rule }).diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(readPage({ file: 'rule.md', text: rule }).fragment?.operations).toHaveLength(1);
    // YAML writes nested sequences so: in a fence they open no containers.
    const yaml = [...head, '```yaml', `${'- '.repeat(40)}x`, '```', '', '~~~~', `${'- '.repeat(40)}x`, '~~~', '```', '~~~~'].join('\n');
    expect(readPage({ file: 'yaml.md', text: yaml }).diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    const after = [...head, '```yaml', 'a: 1', '```', `${'- '.repeat(40)}x`].join('\n');
    expect(readPage({ file: 'after.md', text: after }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });

  it('should refuse a run of emphasis marks opening past the limit, and read blanks, rules and fenced runs of them', () => {
    // `____x____` is strong in strong: 16,000 marks took micromark 5 s, 40,000 overflowed the stack (internal-error).
    const run = [...head, `: ${'_'.repeat(20_000)}string${'_'.repeat(20_000)} - words`].join('\n');
    expect(readPage({ file: 'run.md', text: run }).diagnostics).toEqual([
      expect.objectContaining({
        code: 'nesting-too-deep',
        message: expect.stringContaining('emphasis nested more than'),
        source: expect.objectContaining({ start: expect.objectContaining({ line: head.length + 1 }) }),
      }),
    ]);
    const stars = [...head, `Note ${'*'.repeat(70)}x${'*'.repeat(70)}`].join('\n');
    // Opened on one line of a paragraph, closed on the next: the same nesting.
    const lines = [...head, `Note ${'_'.repeat(70)}x`, `y${'_'.repeat(70)} end`].join('\n');
    expect(readPage({ file: 'lines.md', text: lines }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
    const apart = [...head, `Note ${'_'.repeat(70)}x`, '', `y${'_'.repeat(70)} end`].join('\n');
    expect(readPage({ file: 'apart.md', text: apart }).diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(readPage({ file: 'stars.md', text: stars }).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
    expect(readPage({ file: 'stars.md', text: stars }, undefined, { maxNesting: 64 }).diagnostics.map((d) => d.code)).not.toContain(
      'nesting-too-deep',
    );
    const inert = [
      ...head,
      `Signed: ${'_'.repeat(200)}`,
      '',
      '_'.repeat(200),
      '',
      `${'*'.repeat(200)} words`,
      '',
      `${'*'.repeat(50_000)}string, opened and never closed`,
      '',
      '```text',
      `${'_'.repeat(200)}x${'_'.repeat(200)}`,
      '```',
      '',
      `**${'b'.repeat(10)}** and __${'c'.repeat(10)}__`,
    ].join('\n');
    const read = readPage({ file: 'inert.md', text: inert });
    expect(read.diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
    expect(read.fragment?.operations).toHaveLength(1);
  });
});
