import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { decodePointer, jsonLocator, yamlLocator } from '../../src/diff/locate.js';
import { parseSpecText } from '../../src/diff/parse-text.js';
import { escapeSegment } from '../../src/diff/resolve.js';

const SAMPLE = `openapi: 3.1.0
info: {title: "T", version: '1'}
paths:
  /pets/{id}:
    get:
      parameters:
        - name: id
          in: path
        - {name: "q", in: query}
      description: |
        Block text
        over lines
      responses:
        "200":
          description: ok
          content:
            'application/json':
              schema:
                type: [string, 'null']
                enum:
                  - a
                  - b
components:
  schemas:
    "a/b~c": {type: object}
`;

/** Every pointer to a key or item in `value`. */
function pointers(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [`${prefix}/${escapeSegment(k)}`, ...pointers(v, `${prefix}/${escapeSegment(k)}`)]);
}

describe('locators', () => {
  it('should place every key and item of a YAML spec where the yaml package does', () => {
    const parsed = parseSpecText(SAMPLE);
    expect(parsed.errors).toEqual([]);
    const counter = new LineCounter();
    const exact = yamlLocator(parseDocument(SAMPLE, { lineCounter: counter }), counter);
    const all = pointers(parsed.value);
    expect(all.length).toBeGreaterThan(30);
    for (const p of all) expect(parsed.locator.locate(p), p).toEqual(exact.locate(p));
    expect(parsed.locator.locate('/components/schemas/a~1b~0c')).toEqual({ line: 25, column: 5 });
  });

  it('should place every key and item of a JSON spec on its line', () => {
    const value = { openapi: '3.0.0', paths: { '/a~b': { get: { tags: ['x', 'y'], 'x-q"uote': { n: 1 } } } } };
    const text = JSON.stringify(value, null, 2);
    const locator = jsonLocator(text);
    const lines = text.split('\n');
    for (const p of pointers(value)) {
      const at = locator.locate(p)!;
      const segment = decodePointer(p).at(-1)!;
      const line = lines[at.line - 1]!;
      if (/^\d+$/.test(segment) && line.trimStart().startsWith('"') && !line.includes(':')) continue; // array item
      expect(line.slice(at.column - 1).startsWith(JSON.stringify(segment)), `${p} at ${at.line}:${at.column}`).toBe(true);
    }
    expect(locator.locate('/paths/~1a~0b/get/tags/1')).toEqual({ line: 8, column: 11 });
    expect(locator.locate('/nope')).toBeUndefined();
  });

  it('should fall back to the lenient reader for YAML that js-yaml rejects', () => {
    const parsed = parseSpecText('a: 1\na: 2\nb: [1, 2\n');
    expect(parsed.errors.length).toBeGreaterThan(0);
  });
});
