import { describe, expect, it } from 'vitest';
import { printJson, printYaml } from '../../../src/emit/shared/print.js';
import { block, indentLines, printSourceFile, textStatement } from '../../../src/emit/shared/source-file.js';

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

  it('should print statements once with a trailing newline', () => {
    expect(printSourceFile(['// head', textStatement('export type A = {\n  a: 1;\n};')])).toBe('// head\nexport type A = {\n  a: 1;\n};\n');
  });
});

describe('import statements', () => {
  it('should print named, namespace and type-only imports with quoted module specifiers', () => {
    expect(
      printSourceFile([
        { kind: 'import', namedImports: ['z'], moduleSpecifier: 'zod' },
        { kind: 'import', isTypeOnly: true, namespaceImport: 'Types', moduleSpecifier: './types.js' },
      ]),
    ).toBe("import { z } from 'zod';\nimport type * as Types from './types.js';\n");
  });

  it('should keep a module specifier inside its string literal', () => {
    const text = printSourceFile([{ kind: 'import', namespaceImport: 'T', moduleSpecifier: "./x';\nimport 'evil" }]);
    expect(text).toBe("import * as T from './x\\';\\nimport \\'evil';\n");
  });
});
