/**
 * Bodies and types stated as TypeScript declarations in a fence (SDK-first references, Node
 * services, tRPC/REST hybrids), parsed by the TypeScript compiler (never by patterns):
 *
 *     ### Request body                         → the request body: `CreateUserRequest` (the fence's root:
 *     ```ts                                       the declaration no other one of the fence names)
 *     /** What a new user sends. *\/            → its description
 *     export interface CreateUserRequest {     → type-definition `CreateUserRequest`, read whole:
 *       /** The display name. *\/                  `name` required, its JSDoc its description,
 *       name: string;                              `age` optional, `role` a string enum, `address`
 *       age?: number;                              a ref to `Address` (defined on this page or
 *       role: 'admin' | 'member';                  another), nullable, `readonly` read-only,
 *       address?: Address | null;                  `@deprecated`, `@default`, `@example` stated
 *       readonly createdAt: Date;
 *     }
 *     ```
 *
 * `interface X extends A` is `A` and X's own members (allOf); `type X = …` is the type it names;
 * `enum X { A = 'a' }` a string enum (a numeric one an integer enum), the members' names kept.
 * Under a response's title (a status where stated) the root is that response's body; under a
 * request's, the request's (where the call sends one); anywhere else, and on a page of no
 * operation (a "Types" page), the declarations only define their types, which the operations' type
 * names resolve to across pages. A fence is read only where its every statement is a declaration
 * (imports aside): SDK code (`await client.users.create(…)`) stays the page's code.
 *
 * The compiler is loaded only for a page that holds such a fence (typescript-compiler.ts).
 */
import type { Code, Heading, Nodes, Root } from 'mdast';
import type ts from 'typescript';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { derivedKey } from '../../ir/derived.js';
import type { Source } from '../../ir/source.js';
import type { DerivedType, EnumMember, Schema } from '../../ir/types.js';
import { jsDocOf, objectSchema, type TypeReading, typeSchema, words } from './ts-types.js';
import { typescriptCompiler } from './typescript-compiler.js';

/** A fence's info string naming TypeScript. */
const TS_LANG = /^(?:ts|typescript|tsx|mts|cts)$/i;
/** A fence opening with a TypeScript info string, at a line's start (in a list or a quote too), or HTML code of that language's class. */
const TS_FENCE = /^[ \t>*+\d.-]*(?:`{3,}|~{3,})[ \t]*(?:ts|typescript|tsx|mts|cts)\b|\b(?:language|lang)-(?:ts|typescript|tsx)\b/im;
/** A declaration opening a line (cheap: before the compiler is loaded). */
const DECLARES = /(?:^|\n)[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:interface|type|(?:const[ \t]+)?enum)[ \t]+[A-Za-z_$]/;
/** A fence longer than this is no page's declarations. */
const MAX_FENCE = 200_000;

/** One declared type: its name, its schema, where it is written. */
interface Declared {
  name: string;
  schema: Schema;
  position: Position;
}

/** A fence's declarations, and its root (the declaration no other one of the fence names): the body it states. */
export interface DeclarationFence {
  declarations: Declared[];
  root?: string;
}

/**
 * The page's declaration fences by their start offset, every declaration in page order (each name
 * once), and the utility types of types the page does not declare, for the merge to make (`PageFragment.derived`).
 */
export interface PageDeclarations {
  fences: Map<number, DeclarationFence>;
  all: Declared[];
  derived: DerivedType[];
}

/** The fences of `root` that hold TypeScript declarations; undefined (the compiler not loaded) where none does. */
export function readDeclarations(
  root: Root,
  page: string | undefined,
  file: string,
  diagnostics: DiagnosticBag,
): PageDeclarations | undefined {
  // A markdown page without a TypeScript fence's opening line: nothing to walk.
  if (page !== undefined && !TS_FENCE.test(page)) return undefined;
  const candidates: Code[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code') {
      if (
        TS_LANG.test(node.lang ?? '') &&
        node.position?.start.offset !== undefined &&
        node.value.length <= MAX_FENCE &&
        DECLARES.test(node.value)
      )
        candidates.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  if (candidates.length === 0) return undefined;
  const compiler = typescriptCompiler();
  const parsed = candidates.flatMap((node) => {
    const source = compiler.createSourceFile('declarations.ts', node.value, compiler.ScriptTarget.Latest, true, compiler.ScriptKind.TS);
    const statements = declarationsOf(source, compiler);
    return statements ? [{ node, source, statements }] : [];
  });
  if (parsed.length === 0) return undefined;
  const declared = new Set(parsed.flatMap(({ statements }) => statements.map((statement) => statement.name.text)));
  const fences = new Map<number, DeclarationFence>();
  const all: Declared[] = [];
  const named = new Set<string>();
  // Each declaration's schema, read once: where a utility type names one (`Partial<Hive>`), on demand, before its turn.
  const schemas = new Map<Declaration, Schema | undefined>();
  const reading = new Set<Declaration>();
  const first = new Map<string, () => Schema | undefined>();
  const derived: DerivedType[] = [];
  const read = parsed.map(({ node, source, statements }) => {
    const place = placing(node, page, file);
    // A declaration the parser stumbled in is not read (the others are): said at the first place it did.
    const problems = parseProblems(source);
    const broken = (statement: Declaration) =>
      problems.some((problem) => (problem.start ?? 0) >= statement.pos && (problem.start ?? 0) <= statement.end);
    for (const problem of problems.slice(0, 1))
      diagnostics.report(
        'unsupported-declaration',
        place.source(problem.start ?? 0, (problem.start ?? 0) + (problem.length ?? 0)),
        `the TypeScript in this fence does not parse (${compiler.flattenDiagnosticMessageText(problem.messageText, ' ')}); ${
          statements.some(broken) ? `\`${statements.find(broken)!.name.text}\` was not read` : 'read as far as it parses'
        }`,
      );
    const types: TypeReading = {
      ts: compiler,
      declared,
      unsupported: (at, what) =>
        diagnostics.report(
          'unsupported-declaration',
          place.source(at.getStart(source), at.getEnd()),
          `${what} states no schema; typed unknown`,
        ),
      sourceOf: (at) => place.source(at.getStart(source), at.getEnd()),
      resolve: (name) => first.get(name)?.(),
      derive: (at, made) => {
        const key = derivedKey(made);
        derived.push({ key, ...made, text: words(at), source: place.source(at.getStart(source), at.getEnd()) });
        return key;
      },
    };
    const schemaOf = (statement: Declaration): Schema | undefined => {
      if (schemas.has(statement)) return schemas.get(statement);
      // Being read (`interface Hive { parent?: Partial<Hive> }`): no object yet, said by the use.
      if (reading.has(statement)) return undefined;
      reading.add(statement);
      const schema = declarationSchema(statement, types, (what) =>
        diagnostics.report(
          'unsupported-declaration',
          place.source(statement.getStart(source), statement.getEnd()),
          `\`${statement.name.text}\` is ${what}, which states no schema; not read`,
        ),
      );
      reading.delete(statement);
      schemas.set(statement, schema);
      return schema;
    };
    const readable = statements.filter((statement) => !broken(statement));
    for (const statement of readable) if (!first.has(statement.name.text)) first.set(statement.name.text, () => schemaOf(statement));
    return { node, source, place, readable, schemaOf };
  });
  for (const { node, place, readable, schemaOf, source } of read) {
    const declarations: Declared[] = [];
    for (const statement of readable) {
      const schema = schemaOf(statement);
      if (!schema) continue;
      const at = place.source(statement.getStart(source), statement.getEnd());
      const declaredType: Declared = { name: statement.name.text, schema, position: { start: at.start, end: at.end } };
      declarations.push(declaredType);
      if (!named.has(declaredType.name)) all.push(declaredType);
      named.add(declaredType.name);
    }
    if (declarations.length === 0) continue;
    const fence: DeclarationFence = { declarations };
    const root = rootOf(declarations);
    if (root) fence.root = root;
    fences.set(node.position!.start.offset!, fence);
  }
  return { fences, all, derived };
}

type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.EnumDeclaration;

/** The fence's declarations, where its every statement is one (or an import, or an export list); undefined for code. */
function declarationsOf(source: ts.SourceFile, compiler: typeof ts): Declaration[] | undefined {
  const declarations: Declaration[] = [];
  for (const statement of source.statements) {
    if (compiler.isInterfaceDeclaration(statement) || compiler.isTypeAliasDeclaration(statement) || compiler.isEnumDeclaration(statement))
      declarations.push(statement);
    else if (!compiler.isImportDeclaration(statement) && !compiler.isExportDeclaration(statement) && !compiler.isEmptyStatement(statement))
      return undefined;
  }
  return declarations.length > 0 ? declarations : undefined;
}

/** What the parser could not read (the compiler keeps it on the source file; an older one may not). */
function parseProblems(source: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/** The schema a declaration states; undefined (said by `skip`) for a generic one. */
function declarationSchema(statement: Declaration, reading: TypeReading, skip: (what: string) => void): Schema | undefined {
  const { ts } = reading;
  if (!ts.isEnumDeclaration(statement) && statement.typeParameters && statement.typeParameters.length > 0) {
    skip(`generic (\`${statement.name.text}<${statement.typeParameters.map((parameter) => parameter.name.text).join(', ')}>\`)`);
    return undefined;
  }
  let schema: Schema | undefined;
  if (ts.isInterfaceDeclaration(statement)) {
    const own = objectSchema(statement.members, reading, 0);
    const bases = (statement.heritageClauses ?? []).flatMap((clause) => clause.types.map((base) => baseSchema(base, reading)));
    schema = bases.length > 0 ? { kind: 'intersection', parts: [...bases, own] } : own;
  } else if (ts.isTypeAliasDeclaration(statement)) schema = typeSchema(statement.type, reading).schema;
  else schema = enumSchema(statement, reading);
  if (!schema) return undefined;
  const doc = jsDocOf(statement, reading);
  if (doc.description) schema.description = doc.description;
  if (doc.deprecated) schema.deprecated = true;
  return schema;
}

/** `extends Base` → ref Base; `extends Page<User>` (a generic's arguments) → unknown, reported. */
function baseSchema(base: ts.ExpressionWithTypeArguments, reading: TypeReading): Schema {
  const { ts } = reading;
  const name = expressionName(base.expression, ts);
  if (!name || (base.typeArguments && base.typeArguments.length > 0)) {
    reading.unsupported(base, `\`${words(base)}\` (a generic's type arguments)`);
    return { kind: 'unknown' };
  }
  return { kind: 'ref', name };
}

function expressionName(expression: ts.Expression, compiler: typeof ts): string | undefined {
  if (compiler.isIdentifier(expression)) return expression.text;
  if (compiler.isPropertyAccessExpression(expression)) {
    const left = expressionName(expression.expression, compiler);
    return left === undefined ? undefined : `${left}.${expression.name.text}`;
  }
  return undefined;
}

/** `enum Role { Admin = 'admin' }` → a string enum; `enum Level { Low, High }` → an integer enum (0, 1); members' names kept where they differ. */
function enumSchema(statement: ts.EnumDeclaration, reading: TypeReading): Schema | undefined {
  const { ts } = reading;
  const members: EnumMember[] = [];
  let next = 0;
  for (const member of statement.members) {
    const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : undefined;
    const init = member.initializer;
    let value: string | number | undefined;
    if (!init) value = next;
    else if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) value = init.text;
    else if (ts.isNumericLiteral(init)) value = Number(init.text);
    else if (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand))
      value = -Number(init.operand.text);
    if (value === undefined || name === undefined) {
      reading.unsupported(member, 'a computed enum member');
      return undefined;
    }
    if (typeof value === 'number') next = value + 1;
    const entry: EnumMember = { value };
    if (name !== String(value)) entry.name = name;
    const doc = jsDocOf(member, reading);
    if (doc.description) entry.description = doc.description;
    members.push(entry);
  }
  const strings = members.every((member) => typeof member.value === 'string');
  const numbers = members.every((member) => typeof member.value === 'number');
  if (!strings && !numbers) {
    reading.unsupported(statement.name, 'an enum of strings and numbers');
    return undefined;
  }
  const base = strings ? 'string' : members.every((member) => Number.isInteger(member.value)) ? 'integer' : 'number';
  return { kind: 'enum', base, values: members };
}

/** The one declaration of the fence no other one names (the first of several; the first where each is named). */
function rootOf(declarations: readonly Declared[]): string | undefined {
  const names = new Set(declarations.map((declaration) => declaration.name));
  const referenced = new Set<string>();
  for (const declaration of declarations) collectRefs(declaration.schema, names, referenced, declaration.name);
  return (declarations.find((declaration) => !referenced.has(declaration.name)) ?? declarations[0])?.name;
}

function collectRefs(value: unknown, names: ReadonlySet<string>, into: Set<string>, own: string): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, names, into, own);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (record.kind === 'ref' && typeof record.name === 'string' && names.has(record.name) && record.name !== own) into.add(record.name);
  for (const [key, child] of Object.entries(record)) if (key !== 'source') collectRefs(child, names, into, own);
}

/**
 * Where text of the fence's value stands in the page: its lines open on the line after the fence's,
 * each after what the fence takes off it (its indent, a quote's `> `). Without the page's text (an
 * HTML page's code), at the code's line and on.
 */
function placing(node: Code, page: string | undefined, file: string): { source(from: number, to: number): Source } {
  const start = node.position!.start;
  const value = node.value;
  const fenced = page !== undefined && /^[ \t]*(?:`{3}|~{3})/.test(page.slice(start.offset!, start.offset! + 16));
  const valueLines = value.split('\n');
  const valueStarts: number[] = [];
  for (let at = 0, index = 0; index < valueLines.length; index++) {
    valueStarts.push(at);
    at += valueLines[index]!.length + 1;
  }
  // The page offset of each of the value's lines, and how far in its text starts (computed once).
  let lines: Array<{ at: number; drop: number }> | undefined;
  const pageLines = (): Array<{ at: number; drop: number }> => {
    if (lines) return lines;
    lines = [];
    let at = page!.indexOf('\n', start.offset!) + 1;
    for (const text of valueLines) {
      const end = page!.indexOf('\n', at);
      const line = page!.slice(at, end < 0 ? page!.length : end);
      const drop = text === '' ? 0 : Math.max(0, line.lastIndexOf(text));
      lines.push({ at, drop });
      if (end < 0) break;
      at = end + 1;
    }
    return lines;
  };
  const point = (offset: number): Source['start'] => {
    const clamped = Math.max(0, Math.min(offset, value.length));
    let [low, high] = [0, valueStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (valueStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    const index = low;
    const inLine = clamped - valueStarts[index]!;
    const line = fenced ? pageLines()[index] : undefined;
    if (!line) return { line: start.line + index, column: (index === 0 ? start.column : 1) + inLine, offset: start.offset! };
    return { line: start.line + 1 + index, column: line.drop + inLine + 1, offset: line.at + line.drop + inLine };
  };
  return { source: (from, to) => ({ file, start: point(from), end: point(to) }) };
}

/**
 * The sections that define the page's declared types, for the end of the page: a `type-definition`
 * heading each, placed at its declaration, holding its schema (`data.schema`: read whole).
 */
export function definitionHeadings(declarations: PageDeclarations): Heading[] {
  return declarations.all.map((declared) => ({
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: declared.name }],
    position: declared.position,
    data: { section: 'type-definition', name: declared.name, schema: declared.schema },
  }));
}
