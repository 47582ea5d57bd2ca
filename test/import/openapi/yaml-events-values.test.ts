/**
 * The YAML reader's fastest path (values from js-yaml's events) against the Document path:
 * for every text, the same values, key order, positions of every map, sequence and key, and the
 * same diagnostics; and the events path must take the YAML tools write (or the speed is gone)
 * and hand every other text on to `yaml`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, isScalar } from 'yaml';
import { SpecPositions } from '../../../src/openapi/positions.js';
import { readToolYaml, valuesFromEvents } from '../../../src/openapi/yaml-events-values.js';
import { read, SPEC, TOOL_SPEC, variants } from './yaml-readers.js';

/** Whether the events path reads `text` itself. */
function taken(text: string, lastKeyWins = false): boolean {
  const doc = new Document(undefined, { prettyErrors: false, uniqueKeys: !lastKeyWins, strict: false });
  return valuesFromEvents(text, doc, isScalar, new SpecPositions(), 0, { maxDepth: 256, maxNodes: 5_000_000 }) !== undefined;
}

function expectSame(text: string, lastKeyWins = false): void {
  expect(read(text, 'events', lastKeyWins), JSON.stringify(text)).toEqual(read(text, 'document', lastKeyWins));
}

const CASES: { name: string; text: string; taken: boolean; lastKeyWins?: boolean }[] = [
  { name: 'a spec as tools write it: block and flow collections, every scalar style', text: TOOL_SPEC, taken: true },
  { name: 'the same with CRLF line ends', text: TOOL_SPEC.replace(/\n/g, '\r\n'), taken: true },
  { name: 'a flow map at the root (JSON that is not strict JSON)', text: '{"a": 1, "b": [1, 2,], }\n', taken: true },
  { name: 'a flow collection over lines', text: 'a: [\n  1,\n  2\n  ]\nb: {\n  x: 1,\n  y: 2\n  }\n', taken: true },
  { name: "a flow collection closed at its key's column (js-yaml refuses it)", text: 'a: [\n  1\n]\n', taken: false },
  {
    name: 'block scalars with indicators and trailing blank lines',
    text: 'a: |2\n    indented\n  x\n\n\nb: >+\n  kept\n\nc: |-\n  stripped\n\n',
    taken: true,
  },
  { name: 'a block scalar at the end without a line break', text: 'a: |\n  last', taken: true },
  { name: 'quoted keys with escapes and a __proto__ key', text: "\"a\\tb\": 1\n'c''d': 2\n__proto__: {x: 1}\n", taken: true },
  { name: 'keys that resolve to other types', text: '1: a\n0x10: b\n~: c\ntrue: d\n1.50: e\n', taken: true },
  { name: 'quoted scalars over several lines', text: 'a: "one\n  two\n\n  three"\nb: \'x\n  y\'\n', taken: true },
  { name: 'a space before the colon', text: 'a : 1\nb:  [x]  \n', taken: true },
  { name: 'a sequence of sequences and maps', text: 'a:\n- - x\n  - y\n- k: v\n  l: w\n-   z\n', taken: true },
  { name: 'a # inside scalars only', text: "a: '#/b'\nc: x#y\nd: |\n  # not a comment\n", taken: true },
  { name: 'a comment (read by yaml)', text: SPEC, taken: false },
  { name: 'a comment after a value', text: 'a: 1 # one\n', taken: false },
  { name: 'a comment right after a quoted value', text: 'a: "b"#c\n', taken: false },
  { name: 'an empty value', text: 'a:\nb: 1\n', taken: false },
  { name: 'an empty sequence item', text: 'a:\n  -\n  - 1\n', taken: false },
  { name: 'a tab after a value', text: 'a: 1\t\nb: 2\n', taken: false },
  { name: 'a document start marker', text: '---\na: 1\n', taken: false },
  { name: 'anchors and aliases', text: 'a: &x {b: 1}\nc: *x\n', taken: false },
  { name: 'a merge key', text: 'base: &b {x: 1}\nderived:\n  <<: *b\n', taken: false },
  { name: 'a literal << key', text: '<<: 1\na: 2\n', taken: false },
  { name: 'tags', text: 'a: !!str 12\n', taken: false },
  { name: 'an explicit key', text: '? a\n: 1\n', taken: false },
  { name: 'a directive', text: '%YAML 1.2\n---\na: 1\n', taken: false },
  { name: 'two documents', text: 'a: 1\n---\nb: 2\n', taken: false },
  { name: 'a duplicate key (an error)', text: 'a: 1\nb: 2\na: 3\n', taken: false },
  { name: 'a duplicate key, last one wins (the differ)', text: 'a: 1\nb: 2\na: 3\n', taken: false, lastKeyWins: true },
  { name: 'keys 1 and "1"', text: '1: a\n"1": b\n', taken: false },
  { name: 'a tab in indentation', text: 'a:\n\tb: 1\n', taken: false },
  { name: 'bad indentation', text: 'a:\n    b: 1\n  c: 2\n', taken: false },
  { name: 'a multi-line implicit key', text: 'a\n b: 1\n', taken: false },
  { name: 'a nested map on the key line', text: 'a: b: 1\n', taken: false },
  { name: 'an unclosed flow sequence', text: 'a: [1, 2\n', taken: false },
  { name: 'a missing comma in a flow map', text: 'a: {x: 1 y: 2}\n', taken: false },
  { name: 'a leading comma in a flow sequence', text: 'a: [, 1]\n', taken: false },
  { name: 'a pair in a flow sequence', text: 'a: [x: 1]\n', taken: false },
  { name: 'a block map inside a flow map', text: 'a: {x:\n  y: 1}\n', taken: false },
  { name: 'a bad escape', text: 'a: "\\q"\n', taken: false },
  { name: 'a plain scalar starting with @', text: 'a: @x\n', taken: false },
  { name: 'a key over 1024 characters', text: `${'k'.repeat(1100)}: 1\n`, taken: false },
  { name: 'a root sequence', text: '- a\n- b\n', taken: false },
  { name: 'a root scalar', text: 'hello\n', taken: false },
  { name: 'an empty text', text: '', taken: false },
];

describe('YAML from js-yaml events', () => {
  it.each(CASES)('should read $name as the Document path does', ({ text, taken: fast, lastKeyWins }) => {
    expectSame(text, lastKeyWins);
    expect(taken(text, lastKeyWins)).toBe(fast);
    // What parse.ts tries before loading `yaml` takes the same texts (its refusals go to the CST).
    expect(readToolYaml(text, 'a.yaml', new SpecPositions())).toSatisfy((read) => (fast ? typeof read === 'object' : read === 'cst'));
  });

  it('should refuse nesting past the limit through the Document path, with its diagnostic', () => {
    const deep = `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(taken(deep)).toBe(false);
    expectSame(deep);
  });

  it('should read every YAML spec of oas-examples as the Document path does', () => {
    const root = path.resolve('node_modules/@readme/oas-examples');
    const files = ['2.0', '3.0', '3.1'].flatMap((version) => {
      const dir = path.join(root, version, 'yaml');
      return readdirSync(dir).map((name) => path.join(dir, name));
    });
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(read(text, 'events'), file).toEqual(read(text, 'document'));
    }
  });

  it.each([
    ['a spec as tools write it', TOOL_SPEC, 0.3],
    ['a spec with comments and empty values', SPEC, 0],
  ])('should agree with the Document path on hundreds of edited variants of %s', (_name, base, share) => {
    const texts = variants(base, 600, 20261205);
    let fast = 0;
    for (const text of texts) {
      expectSame(text);
      if (taken(text)) fast++;
    }
    expect(fast).toBeGreaterThanOrEqual(texts.length * share);
  });
});

describe('SpecPositions.fileOf', () => {
  it('should name the file a value was read from, a given source, or else the fallback', () => {
    const positions = new SpecPositions();
    const file = positions.addFile('b.yaml', (offset) => ({ line: 1, column: offset + 1, offset }));
    const read = {};
    const built = {};
    const given = {};
    positions.set(read, positions.span(file, 0, 3));
    positions.set(given, { file: 'c.yaml', start: { line: 2, column: 1, offset: 9 }, end: { line: 2, column: 4, offset: 12 } });
    expect([positions.fileOf(read, 'a.yaml'), positions.fileOf(given, 'a.yaml'), positions.fileOf(built, 'a.yaml')]).toEqual([
      'b.yaml',
      'c.yaml',
      'a.yaml',
    ]);
    expect(positions.fileOf(read, 'a.yaml')).toBe(positions.of(read, 'a.yaml').file);
  });
});
