/**
 * URLs alone in a fence, no method stated beside them (an automation page's "fetch the following
 * address:" ⏎ `https://<lamp host>/lamps/csv/download`): no operation is read, since its method
 * would be a guess, and each such block is reported `route-without-method` at its place; before,
 * the page was `not-an-endpoint` and its routes went without a word. The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';

const DIR = path.join(import.meta.dirname, 'fixtures/methodless-routes');

describe('general reader: a URL alone in a fence, its method unstated', () => {
  it('should read no operation and say where each block of such URLs stands', () => {
    const result = readPage({ file: 'exports.md', text: readFileSync(path.join(DIR, 'exports.md'), 'utf8') });
    expect(result.fragment?.operations ?? []).toEqual([]);
    const reported = result.diagnostics.filter((d) => d.code === 'route-without-method');
    expect(reported.map((d) => `${d.source.start?.line}:${d.source.start?.column} ${d.message.split(':')[0]}`)).toEqual([
      '13:1 /lamps/csv/download',
      '19:1 /lamps/csv/download/[room]/[watts]',
      '30:1 /bulbs/text/download/warm (and 1 more in the block)',
    ]);
    expect(reported.every((d) => d.severity === 'warning' && d.source.file === 'exports.md')).toBe(true);
  });

  it('should not report a URL inside an operation the page states, nor one in a JSON fence', () => {
    const text =
      '## Get a lamp\n\n```\nGET /lamps/{id}\n```\n\n```\nhttps://lamps.example.com/lamps/7\n```\n\n```json\n"https://x.example.com/a"\n```';
    const result = readPage({ file: 'lamp.md', text });
    expect(result.fragment?.operations.map((o) => o.path)).toEqual(['/lamps/{id}']);
    expect(result.diagnostics.filter((d) => d.code === 'route-without-method')).toEqual([]);
  });

  it('should read 3,000 such blocks and lines of long blank and repeated runs in seconds', () => {
    const blocks = Array.from({ length: 3_000 }, (_, index) => `~~~~\nhttps://<host>/lamps/${index}/download\n~~~~`);
    const spaces = ' '.repeat(300_000);
    const text = [
      '# Exports',
      ...blocks,
      `~~~~\nhttps://${'a'.repeat(60_000)}\n~~~~`,
      `~~~~\nhttps://<host>/lamps${spaces}x\n~~~~`,
      `~~~~\n<${'<'.repeat(60_000)}/x\n~~~~`,
      `~~~~\n${spaces}https://<host>/lamps/last${spaces}\n~~~~`,
    ].join('\n\n');
    const result = readPage({ file: 'many.md', text });
    expect(result.diagnostics.filter((d) => d.code === 'route-without-method')).toHaveLength(3_001);
  }, 120_000);
});
