/**
 * The YAML reader's fast path (values straight from the CST) against the Document path it
 * replaces: for every text, both must give the same values, key order, positions of every map,
 * sequence and key, and the same diagnostics; and the fast path must take the texts it is meant
 * for (or the speed is gone) and hand every other one to the Document path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Parser } from 'yaml';
import { SpecPositions } from '../../../src/openapi/positions.js';
import { valuesFromCst } from '../../../src/openapi/yaml-cst-values.js';
import { read, SPEC, variants } from './yaml-readers.js';

/** Whether the fast path reads `text` itself. */
function takenFromCst(text: string, lastKeyWins = false): boolean {
  const tokens = [...new Parser().parse(text)];
  const doc = new Document(undefined, { prettyErrors: false, uniqueKeys: !lastKeyWins, strict: false });
  return valuesFromCst(tokens, doc, new SpecPositions(), 0, { maxDepth: 256, maxNodes: 5_000_000 }) !== undefined;
}

function expectSame(text: string, lastKeyWins = false): void {
  expect(read(text, 'cst', lastKeyWins)).toEqual(read(text, 'document', lastKeyWins));
}

const CASES: { name: string; text: string; cst: boolean; lastKeyWins?: boolean }[] = [
  { name: 'a spec with block and flow collections, scalars of every core type, comments', text: SPEC, cst: true },
  { name: 'CRLF line ends', text: SPEC.replace(/\n/g, '\r\n'), cst: true },
  { name: 'a document start marker and comments before it', text: '# head\n---\na: 1\n', cst: true },
  { name: 'a flow map at the root (JSON that is not strict JSON)', text: '{"a": 1, "b": [1, 2,], }\n', cst: true },
  { name: 'a flow collection over lines with comments', text: 'a: [\n  1, # one\n  2\n]\nb: {\n  x: 1,\n  y: 2\n}\n', cst: true },
  { name: 'an empty value followed by a comment', text: 'a: # nothing\nb:\n  # still nothing\nc: 1\n', cst: true },
  { name: 'empty sequence items', text: 'a:\n  -\n  - # c\n  - 1\n', cst: true },
  { name: 'block scalars with indicators', text: 'a: |2\n    indented\n  x\nb: >+\n  kept\n\nc: |-\n  stripped\n', cst: true },
  { name: 'quoted keys with escapes and a __proto__ key', text: "\"a\\tb\": 1\n'c''d': 2\n__proto__: {x: 1}\n", cst: true },
  { name: 'keys that resolve to other types', text: '1: a\n0x10: b\n~: c\ntrue: d\n1.50: e\n', cst: true },
  { name: 'quoted scalars over several lines', text: 'a: "one\n  two\n\n  three"\nb: \'x\n  y\'\n', cst: true },
  { name: 'anchors and aliases', text: 'a: &x {b: 1}\nc: *x\nd: [*x, *x]\n', cst: false },
  { name: 'a merge key', text: 'base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n', cst: false },
  { name: 'merge keys from a sequence', text: 'a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n', cst: false },
  { name: 'a literal << key', text: '<<: 1\na: 2\n', cst: false },
  { name: 'an alias to a missing anchor', text: 'a: *nope\n', cst: false },
  { name: 'a recursive alias', text: 'a: &x\n  b: *x\n', cst: false },
  { name: 'tags', text: 'a: !!str 12\nb: !custom x\n', cst: false },
  { name: 'an explicit key', text: '? a\n: 1\n', cst: false },
  { name: 'a directive', text: '%YAML 1.2\n---\na: 1\n', cst: false },
  { name: 'two documents', text: 'a: 1\n---\nb: 2\n', cst: false },
  { name: 'a document end marker', text: 'a: 1\n...\n', cst: false },
  { name: 'a duplicate key (an error)', text: 'a: 1\nb: 2\na: 3\n', cst: false },
  { name: 'a duplicate key, last one wins (the differ)', text: 'a: 1\nb: 2\na: 3\n', cst: false, lastKeyWins: true },
  { name: 'keys 1 and "1" (distinct to YAML, one to JSON)', text: '1: a\n"1": b\n', cst: false },
  { name: 'a tab in indentation', text: 'a:\n\tb: 1\n', cst: false },
  { name: 'a tab after a value', text: 'a: 1\t\nb: 2\n', cst: true },
  { name: 'bad indentation', text: 'a:\n    b: 1\n  c: 2\n', cst: false },
  { name: 'a multi-line implicit key', text: 'a\n b: 1\n', cst: false },
  { name: 'a key without a value', text: 'a: 1\nb\n', cst: false },
  { name: 'a nested map on the key line', text: 'a: b: 1\n', cst: false },
  { name: 'an unclosed flow sequence', text: 'a: [1, 2\n', cst: false },
  { name: 'a missing comma in a flow map', text: 'a: {x: 1 y: 2}\n', cst: false },
  { name: 'a leading comma in a flow sequence', text: 'a: [, 1]\n', cst: false },
  { name: 'a pair in a flow sequence', text: 'a: [x: 1]\n', cst: false },
  { name: 'a block map inside a flow map', text: 'a: {x:\n  y: 1}\n', cst: false },
  { name: 'a bad escape', text: 'a: "\\q"\n', cst: false },
  { name: 'a plain scalar starting with @', text: 'a: @x\n', cst: false },
  { name: 'a comment right after a quoted value', text: 'a: "b"#c\n', cst: true },
  { name: 'a comment right after an indicator', text: 'a:#c\n  b: 1\n', cst: false },
  { name: 'a root sequence', text: '- a\n- b\n', cst: false },
  { name: 'a root scalar', text: 'hello\n', cst: false },
  { name: 'an empty text', text: '', cst: false },
  { name: 'only a comment', text: '# nothing\n', cst: false },
];

describe('YAML from the CST', () => {
  it.each(CASES)('should read $name as the Document path does', ({ text, cst, lastKeyWins }) => {
    expectSame(text, lastKeyWins);
    expect(takenFromCst(text, lastKeyWins)).toBe(cst);
  });

  it.each([
    ['a: {$ref: "#/b"}\nb: 1\n', false],
    ['a: {$ref: "other.yaml#/b"}\n', true],
    ['a: {$ref: 5}\n', true],
    ['a:\n  discriminator:\n    propertyName: t\n    mapping: {x: "#/b"}\n', true],
    ['"\\u0024ref": other.yaml\n', true],
  ])('should say whether %j may refer to another document', (text, refersOut) => {
    const tokens = [...new Parser().parse(text)];
    const doc = new Document(undefined, { prettyErrors: false, uniqueKeys: true, strict: false });
    const read = valuesFromCst(tokens, doc, new SpecPositions(), 0, { maxDepth: 256, maxNodes: 5_000_000 });
    expect(read?.mayReferOut).toBe(refersOut);
  });

  it('should give the same diagnostics as the Document path for a text it does not take', () => {
    const text = 'openapi: 3.1.0\npaths:\n  /a: 1\n  /a: 2\n';
    const got = read(text, 'cst');
    expect(got.ok).toBe(false);
    expect(got.diagnostics.map((d) => `${d.source.start.line}:${d.source.start.column} ${d.message}`)).toEqual([
      '4:3 Not valid YAML/JSON: Map keys must be unique',
    ]);
  });

  it('should refuse nesting past the limit through the Document path, with its diagnostic', () => {
    const deep = `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(takenFromCst(deep)).toBe(false);
    expectSame(deep);
  });

  it('should read every YAML spec of oas-examples as the Document path does, and take nearly all', () => {
    const root = path.resolve('node_modules/@readme/oas-examples');
    const files = ['2.0', '3.0', '3.1'].flatMap((version) => {
      const dir = path.join(root, version, 'yaml');
      return readdirSync(dir).map((name) => path.join(dir, name));
    });
    expect(files.length).toBeGreaterThan(50);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(read(text, 'cst'), file).toEqual(read(text, 'document'));
      if (takenFromCst(text)) taken++;
    }
    expect(taken).toBeGreaterThan(files.length * 0.9);
  });

  it('should agree with the Document path on hundreds of edited variants of a spec', () => {
    const VARIANTS = 600;
    let taken = 0;
    for (const text of variants(SPEC, VARIANTS, 20261203)) {
      expect(read(text, 'cst'), JSON.stringify(text)).toEqual(read(text, 'document'));
      if (takenFromCst(text)) taken++;
    }
    // Many single edits leave valid YAML that the fast path reads itself.
    expect(taken).toBeGreaterThan(VARIANTS * 0.3);
  });
});
