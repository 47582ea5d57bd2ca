/**
 * The YAML readers' shared test harness: a text read by one path of parse-yaml.ts as plain data
 * (values with their places, in document and in insertion order, and the diagnostics), a spec
 * written with most of what YAML specs use, and edited variants of it.
 */
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { parseYamlText, type YamlReader } from '../../../src/openapi/parse-yaml.js';
import { SpecPositions } from '../../../src/openapi/positions.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** A parse result as plain data: values with their places, in document and in insertion order. */
export function read(text: string, reader: YamlReader, lastKeyWins = false) {
  const positions = new SpecPositions();
  const diagnostics = new DiagnosticBag();
  const result = parseYamlText(text, 'a.yaml', positions, diagnostics, lastKeyWins, reader);
  const seen = new Map<object, string>();
  const describe = (value: unknown, at: string): unknown => {
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? value : String(value);
    if (typeof value !== 'object' || value === null) return value;
    const earlier = seen.get(value);
    if (earlier !== undefined) return { same: earlier };
    seen.set(value, at);
    const place = positions.has(value) ? positions.of(value, 'a.yaml') : 'built';
    if (Array.isArray(value)) return { place, items: value.map((item, i) => describe(item, `${at}/${i}`)) };
    const map = value as Record<string, unknown>;
    return {
      place,
      inserted: Object.keys(map),
      entries: positions.keysOf(map).map((key) => [key, positions.ofKey(map, key, 'a.yaml'), describe(map[key], `${at}/${key}`)]),
    };
  };
  return { ok: result.ok, value: describe(result.value, ''), diagnostics: diagnostics.items };
}

export const SPEC = `openapi: 3.1.0
info:
  title: "Pets \\u00e9" # a comment
  version: '1.0'
  description: |
    Two lines
    of text.
  summary: >-
    folded
    text
paths:
  /pets/{id}:
    get:
      tags: [pets, 'b c', "d"]
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: integer, format: int64, minimum: 0x10, maximum: 1e3}
        -   name: q
            in: query
      responses:
        200:
          description: plain
            multi-line scalar
        '404':
          description:
        default: {description: x, }
components:
  schemas:
    Pet:
      type: object
      required:
      - id
      - name
      properties:
        id: {type: integer}
        name:
          type: [string, 'null']
          enum: [~, null, true, .inf, -.5, 1.0, 0o17, +3]
        nested:
          - - a
            - b
          -
          - # comment before
            c
      example: {"a":1, "b": [ ], "c": { } }
# trailing comment
`;

/** A spec as YAML tools write it: no comments and no empty values (every line the events path reads). */
export const TOOL_SPEC = `openapi: 3.1.0
info:
  title: "Pets \\u00e9 \\"quoted\\""
  version: '1.0'
  description: |-
    Two lines
    of text.
  x-folded: >
    folded
    text

  x-kept: |+
    kept

paths:
  /pets/{id}:
    get:
      tags: [pets, 'b c', "d"]
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: integer, format: int64, minimum: 0x10, maximum: 1e3}
        -   name: q
            in: query
            schema:
              $ref: '#/components/schemas/Q'
      responses:
        200:
          description: plain
            multi-line scalar
        '404':
          description: ''
        default: {description: x, }
components:
  schemas:
    Q:
      type: string
      pattern: '^[a-z]+: it''s #1$'
    Pet:
      type: object
      required:
      - id
      - name
      properties:
        id: {type: integer}
        name:
          type: [string, 'null']
          enum: [~, null, true, .inf, -.5, 1.0, 0o17, +3, 2001-12-14]
        nested:
          - - a
            - b
          - []
          - {}
          - c: [1, {d: e}]
      example: {"a":1, "b": [ ], "c": { } }
`;

/** `count` edited variants of `base` (seeded): a character inserted or deleted, a line copied or moved; every other one with CRLF line ends. */
export function variants(base: string, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const inserts = [
    ' ',
    '  ',
    '\t',
    ':',
    ': ',
    '-',
    '- ',
    '#',
    ' #',
    '\n',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '&a ',
    '*a',
    '!x ',
    '? ',
    '|',
    '>',
    '\r\n',
    '~',
    '...',
  ];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = i % 2 === 0 ? base : base.replace(/\n/g, '\r\n');
    const lines = from.split('\n');
    const kind = next();
    if (kind < 0.5) {
      const at = Math.floor(next() * from.length);
      texts.push(from.slice(0, at) + inserts[Math.floor(next() * inserts.length)] + from.slice(at));
    } else if (kind < 0.75) {
      const at = Math.floor(next() * from.length);
      texts.push(from.slice(0, at) + from.slice(at + 1 + Math.floor(next() * 3)));
    } else {
      const copy = [...lines];
      const a = Math.floor(next() * copy.length);
      const b = Math.floor(next() * copy.length);
      if (kind < 0.9) copy.splice(b, 0, copy[a]!);
      else [copy[a], copy[b]] = [copy[b]!, copy[a]!];
      texts.push(copy.join('\n'));
    }
  }
  return texts;
}
