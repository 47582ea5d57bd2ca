import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { docfxReader, MAX_CONTAINER_DEPTH } from '../../../src/readers/docfx/index.js';

const head = ['---', 'title: GET D', 'uid: deep', '---', '', '# GET D', '', '```http', 'GET /d', '```', ''];

describe('docfx reader nesting guard', () => {
  it('should refuse a page nesting block quotes deeper than the limit, naming the line, without parsing it', () => {
    const lines = [...head, ...Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} x`)];
    const diagnostics = new DiagnosticBag();
    const root = docfxReader.read({ file: 'deep.md', text: lines.join('\n') }, diagnostics);
    expect(root.children).toEqual([]);
    expect(diagnostics.items).toEqual([
      expect.objectContaining({
        code: 'nesting-too-deep',
        severity: 'error',
        source: expect.objectContaining({ start: expect.objectContaining({ line: head.length + MAX_CONTAINER_DEPTH + 1 }) }),
      }),
    ]);
  });

  it('should read ordinary nesting', () => {
    const lines = [...head, ...Array.from({ length: 8 }, (_, i) => `${'>'.repeat(i + 1)} x`)];
    const diagnostics = new DiagnosticBag();
    const root = docfxReader.read({ file: 'ok.md', text: lines.join('\n') }, diagnostics);
    expect(diagnostics.items).toEqual([]);
    expect(root.children.length).toBeGreaterThan(0);
  });
});
