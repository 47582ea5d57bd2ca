/**
 * How a schema const is written: inline (`export const XSchema = z.looseObject({…});`), or, in a
 * file of many schemas, built by a function of its own:
 *
 * ```ts
 * export const XSchema = XSchema$();   // marked pure, for bundlers
 * function XSchema$() {
 *   return z.looseObject({…});
 * }
 * ```
 *
 * The second form is for the editor's type checker (what `tsc` pays is measured by
 * bench/speed-compare.mjs). Under strictNullChecks TypeScript resolves each use of a module-level
 * const or import (`z`, another schema) by walking back over every variable declaration between
 * the use and the name's declaration, or the file's start; it does not walk out of a function
 * declaration's body. In a file of a thousand schemas those walks were a quarter of `tsc`'s time
 * (Stripe's spec: a million steps); in a small file they cost nothing, and the inline form reads
 * better. `XSchema$` cannot clash with a const: every const name ends in `Schema` or is
 * `operationSchemas`.
 *
 * A schema in a reference cycle needs a declared type (TypeScript cannot infer a type from
 * itself): its TypeScript type from types.ts. Inline, the const is annotated with it, which makes
 * `tsc` relate the whole zod type to it (~0.1 s a schema on Stripe's); in the function form the
 * function's result is cast to it, unchecked, like every other schema's inferred type. The tests
 * check every schema against its type either way (test/emit/zod/agreement.test.ts).
 */
import { withDoc } from '../shared/comments.js';
import { indentLines } from '../shared/source-file.js';

/** From this many schema consts a file builds each in a function. */
export const FUNCTION_FORM_FROM = 300;

interface SchemaConst {
  kind: 'const';
  /** The JSDoc block, or ''. */
  doc: string;
  name: string;
  /** The zod expression. */
  text: string;
  /** The types.ts type it is declared with (a schema in a reference cycle). */
  typeName?: string;
}

/** A schema const, or any other statement (an export alias). */
export type SchemaDeclaration = SchemaConst | string;

/** Whether a file of `consts` schema consts builds each in a function. */
export function usesFunctionForm(consts: number): boolean {
  return consts >= FUNCTION_FORM_FROM;
}

/** The statement of `declaration`: a const inline or in the function form (`usesFunctionForm`), any other statement as it is. */
export function printSchemaDeclaration(declaration: SchemaDeclaration, functionForm: boolean): string {
  if (typeof declaration === 'string') return declaration;
  const { doc, name, text, typeName } = declaration;
  if (!functionForm) {
    const annotation = typeName === undefined ? '' : `: z.ZodType<Types.${typeName}>`;
    return withDoc(doc, `export const ${name}${annotation} = ${text};`);
  }
  const cast = typeName === undefined ? '' : ` as unknown as z.ZodType<Types.${typeName}>`;
  return withDoc(
    doc,
    `export const ${name} = /* @__PURE__ */ ${name}$()${cast};\nfunction ${name}$() {\n  return ${indentLines(text)};\n}`,
  );
}
