import { describe, expect, it } from 'vitest';
import { type KeptRange, PieceText } from '../../../src/emit/shared/piece-text.js';
import { printJson, printYaml } from '../../../src/emit/shared/print.js';
import { block, indentLines, printImport } from '../../../src/emit/shared/source-file.js';

describe('printJson', () => {
  it('should print two-space JSON in the given key order with a trailing newline', () => {
    expect(printJson({ b: 1, a: [1, { c: null }] })).toBe('{\n  "b": 1,\n  "a": [\n    1,\n    {\n      "c": null\n    }\n  ]\n}\n');
  });
});

describe('printYaml', () => {
  it('should keep key order, never alias repeated objects and end with a newline', async () => {
    const shared = { type: 'string' };
    expect(await printYaml({ b: shared, a: shared })).toBe('b:\n  type: string\na:\n  type: string\n');
  });
});

describe('source files', () => {
  it('should indent nested blocks relative to their parent', () => {
    expect(block(['a: 1', `b: ${block(['c: 2'], ',')}`], ',')).toBe('{\n  a: 1,\n  b: {\n    c: 2,\n  },\n}');
    expect(indentLines('x\ny\n\nz')).toBe('x\n  y\n\n  z');
  });

  it('should assemble pieces as UTF-8 and remember where each keyed piece landed', () => {
    const { bytes, ranges } = new PieceText()
      .add('// head — ü\n')
      .join(
        [
          { text: 'export type A = 1;', key: 'schema:A' },
          { text: "export type B = '€';", key: 'schema:B' },
        ],
        '\n\n',
      )
      .add('\n')
      .finishBytes();
    expect(bytes.toString('utf8')).toBe("// head — ü\nexport type A = 1;\n\nexport type B = '€';\n");
    expect(ranges.get('schema:B')!.map(([start, end]) => bytes.toString('utf8', start, end))).toEqual(["export type B = '€';"]);
    expect(ranges.has('// head')).toBe(false);
  });

  /** Ranges of `last` (a last output) kept as they are, read only when asked. */
  const keptOf =
    (last: Buffer, reads: Array<[number, number]>) =>
    (start: number, end: number): KeptRange => ({
      file: 'last',
      size: last.length,
      start,
      end,
      endsWithNewline: () => last[end - 1] === 0x0a,
      bytes: () => {
        reads.push([start, end]);
        return last.subarray(start, end);
      },
    });

  it('should give kept ranges of the last output as that file spliced, in its order, none of them read', () => {
    const last = Buffer.from('// old head\nexport type A = 1;\n\nexport type B = 2;\n\nexport type C = 3;\n');
    const reads: Array<[number, number]> = [];
    const kept = keptOf(last, reads);
    const at = (text: string) => [last.indexOf(text), last.indexOf(text) + Buffer.byteLength(text)] as const;
    const text = new PieceText()
      .add('// new head — ü\n')
      .add(kept(...at('export type A = 1;')), 'schema:A')
      .add('\n\n')
      .add("export type B = '€';", 'schema:B')
      .add('\n\n')
      .add(kept(...at('export type C = 3;\n')), 'schema:C');
    expect(text.endsWithNewline()).toBe(true);
    const out = text.finishOutput();
    expect('spliced' in out).toBe(true);
    if (!('spliced' in out)) return;
    expect(reads).toEqual([]);
    expect(out.spliced.file).toBe('last');
    // Each edit replaces the old bytes between two kept ranges with the new ones.
    const parts: Buffer[] = [];
    let from = 0;
    for (const edit of out.spliced.edits) {
      parts.push(last.subarray(from, edit.start), Buffer.from(edit.bytes));
      from = edit.end;
    }
    parts.push(last.subarray(from));
    const whole = Buffer.concat(parts);
    expect(whole.toString('utf8')).toBe("// new head — ü\nexport type A = 1;\n\nexport type B = '€';\n\nexport type C = 3;\n");
    expect(out.length).toBe(whole.length);
    expect(out.ranges.get('schema:B')!.map(([start, end]) => whole.toString('utf8', start, end))).toEqual(["export type B = '€';"]);
    expect(out.ranges.get('schema:C')!.map(([start, end]) => whole.toString('utf8', start, end))).toEqual(['export type C = 3;\n']);
  });

  it("should read kept ranges into the bytes when they are not in the last output's order", () => {
    const last = Buffer.from('export type A = 1;\nexport type B = 2;\n');
    const reads: Array<[number, number]> = [];
    const kept = keptOf(last, reads);
    const out = new PieceText().add(kept(19, 38), 'schema:B').add('\n').add(kept(0, 18), 'schema:A').add('\n').finishOutput();
    expect('bytes' in out).toBe(true);
    if (!('bytes' in out)) return;
    expect(out.bytes.toString('utf8')).toBe('export type B = 2;\n\nexport type A = 1;\n');
    expect(reads).toEqual([
      [19, 38],
      [0, 18],
    ]);
    expect(out.ranges.get('schema:A')!.map(([start, end]) => out.bytes.toString('utf8', start, end))).toEqual(['export type A = 1;']);
  });

  it('should give the same bytes and places whatever size it was told to expect', () => {
    const build = (expected?: number) =>
      new PieceText(expected)
        .add('// head — ü\n')
        .join(
          Array.from({ length: 2000 }, (_, i) => ({ text: `export type T${i} = '€${'x'.repeat(3000 + (i % 97))}';`, key: `schema:T${i}` })),
          '\n\n',
        )
        .add('\n')
        .finishBytes();
    const plain = build();
    // The text (6 MB, more than a block) expected far too small, about right, exactly and far too
    // large: it outgrows its first block, fits it with room to spare, or fills little of it.
    for (const expected of [1, plain.bytes.length - 10, plain.bytes.length, 100 * plain.bytes.length]) {
      const { bytes, ranges } = build(expected);
      expect(bytes.equals(plain.bytes)).toBe(true);
      expect(ranges).toEqual(plain.ranges);
    }
  });

  it('should put a part larger than a block in one of its own', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const text = new PieceText().add('a').add(big, 'big').add('b');
    expect(text.endsWithNewline()).toBe(false);
    const { bytes, ranges } = text.finishBytes();
    expect(bytes.length).toBe(big.length + 2);
    expect(ranges.get('big')).toEqual([[1, big.length + 1]]);
  });
});

describe('import statements', () => {
  it('should print named, namespace and type-only imports with quoted module specifiers', () => {
    expect(printImport({ namedImports: ['z'], moduleSpecifier: 'zod' })).toBe("import { z } from 'zod';");
    expect(printImport({ isTypeOnly: true, namespaceImport: 'Types', moduleSpecifier: './types.js' })).toBe(
      "import type * as Types from './types.js';",
    );
  });

  it('should keep a module specifier inside its string literal', () => {
    const text = printImport({ namespaceImport: 'T', moduleSpecifier: "./x';\nimport 'evil" });
    expect(text).toBe("import * as T from './x\\';\\nimport \\'evil';");
  });
});
