/**
 * A type word misspelt (`Interger`, `Boolen`, `Stirng`, `Decmial`): read as the word it misspells,
 * with an info note where the type is written; a plural (`Strings`), a real word (`Strong`) and a
 * type's name (`Gardner`) stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { parseTypeText, schemaFromTypeText } from '../../src/extract/type-text.js';
import { sourceOf } from '../../src/ir/source.js';

describe('misspelt type words', () => {
  it.each([
    ['Interger', { kind: 'integer' }],
    ['integar', { kind: 'integer' }],
    ['Boolen', { kind: 'boolean' }],
    ['Stirng', { kind: 'string' }],
    ['Array of Interger', { kind: 'array', items: { kind: 'integer' } }],
    ['Stirng or null', { kind: 'string', nullable: true }],
    ['Strings', { kind: 'ref', name: 'Strings' }],
    ['Strong', { kind: 'ref', name: 'Strong' }],
    ['Gardner', { kind: 'ref', name: 'Gardner' }],
  ])('should read %s', (text, expected) => {
    expect(parseTypeText(text)).toEqual(expected);
  });

  it('should say which word was read as which, at the type', () => {
    const diagnostics = new DiagnosticBag();
    const source = sourceOf('api/orders.md', {
      position: { start: { line: 4, column: 3, offset: 30 }, end: { line: 4, column: 12, offset: 39 } },
    });
    expect(schemaFromTypeText('List<Decmial>', source, diagnostics)).toEqual({
      kind: 'array',
      items: { kind: 'number', format: 'decimal' },
    });
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line, d.message])).toEqual([
      ['misspelt-type', 'info', 4, 'the type word "Decmial" is read as "decimal", the word it misspells'],
    ]);
  });

  it('should report nothing for a type written right', () => {
    const diagnostics = new DiagnosticBag();
    schemaFromTypeText('Array of Integers', sourceOf('api/orders.md', undefined), diagnostics);
    expect(diagnostics.items).toEqual([]);
  });
});
