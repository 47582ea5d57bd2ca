/**
 * AWS's action pages of the JSON and Query protocols: every action `POST /` (or a GET of `/`), told
 * apart by the `X-Amz-Target` header or the `Action` parameter its sample request states. The
 * fixtures are ours, two small services written in that convention: Aviary (JSON protocol:
 * `# CreateNest`, a type sketch under `## Request Syntax`, `## Request Parameters` entries, a raw
 * `POST / HTTP/1.1` sample) and Lighthouse (Query protocol: a sample URL `?Action=CreateKeeper&…`,
 * a `POST /` form body `Action=SendSignal&…`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { diffSpecs } from '../../../src/diff/index.js';
import type { ObjectSchema, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { generate } from '../../../src/run/generate.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { describeProblems, redoclyProblems } from '../../helpers/openapi-validate.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/aws-protocols');
const page = (name: string, text?: string) => readGeneral(text ?? readFileSync(path.join(DIR, `${name}.md`), 'utf8'), `api/${name}.md`);
const CREATE = 'POST /#X-Amz-Target=Aviary_20220301.CreateNest';
const scratch = useScratchDir();

/** `name: kind` of an object's properties (an array `[items]`, an enum its values), `*` when required. */
function fields(schema: Schema | undefined): string[] {
  const shown = (value: Schema): string =>
    value.kind === 'array'
      ? `[${shown(value.items)}]`
      : value.kind === 'enum'
        ? value.values.map((item) => item.value).join('|')
        : value.kind === 'ref'
          ? value.name
          : value.kind;
  return ((schema as ObjectSchema | undefined)?.properties ?? []).map((p) => `${p.name}${p.required ? '*' : ''}: ${shown(p.schema)}`);
}

describe('general reader: AWS JSON-protocol action pages', () => {
  const create = page('API_CreateNest');
  const remove = page('API_DeleteNest');

  it("should route each action apart by its sample's X-Amz-Target, the action its operationId", () => {
    expect(create.routes).toEqual([CREATE]);
    expect(remove.routes).toEqual(['POST /#X-Amz-Target=Aviary_20220301.DeleteNest']);
    expect(operation(create, CREATE).operationId).toBe('CreateNest');
    expect(operation(create, CREATE).summary).toBe('Builds a nest in an aviary.');
    expect(codes(create)).toEqual([]);
    // A page in no folder: the route's `#X-Amz-Target=…` names no tag.
    expect(
      readGeneral(readFileSync(path.join(DIR, 'API_CreateNest.md'), 'utf8'), 'API_CreateNest.md').fragment?.operations[0]?.tags,
    ).toEqual([]);
  });

  it('should read the X-Amz-Target header as a required parameter of the one value the sample states', () => {
    const post = operation(create, CREATE);
    expect(parameterNames(post)).toEqual(['header:X-Amz-Target*']);
    expect(strip(post.parameters[0]?.schema)).toEqual({ kind: 'enum', base: 'string', values: [{ value: 'Aviary_20220301.CreateNest' }] });
  });

  it("should read the Request Parameters' entries as the JSON body's fields, of the sample's media type", () => {
    const post = operation(create, CREATE);
    expect(fields(bodySchema(post))).toEqual(['AviaryName*: string', 'Perches: integer', 'Heated: boolean', 'Species: [string]']);
    const [name, perches] = (bodySchema(post) as ObjectSchema).properties;
    expect(name?.schema).toMatchObject({ kind: 'string', minLength: 1, maxLength: 64 });
    // The line's last character an escape (`nest\.`) before its hard break: kept, as written.
    expect(name?.description).toBe('The aviary that holds the nest\\.');
    expect(perches?.schema).toMatchObject({ kind: 'integer', minimum: 1, maximum: 12 });
    expect(post.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/x-amz-json-1.1']);
  });

  it("should read the response elements under the status the page's sentence states, the errors' statuses beside it", () => {
    const post = operation(create, CREATE);
    expect(post.responses.map((response) => response.status)).toEqual(['200', '400']);
    const ok = post.responses[0]!;
    expect(fields(ok.content[0]?.schema)).toEqual(['NestId: string', 'CreatedAt: string']);
    expect(ok.content.map((content) => content.mediaType)).toEqual(['application/x-amz-json-1.1']);
    // "… sends back an HTTP 200 response with an empty HTTP body.", no response syntax: the status alone.
    const del = operation(remove, 'POST /#X-Amz-Target=Aviary_20220301.DeleteNest');
    expect(del.responses.map((response) => `${response.status}:${response.content.length}`)).toEqual(['200:0', '400:0']);
  });

  it('should keep the pages of two actions apart when merged', () => {
    const doc = mergeFragments([create.fragment!, remove.fragment!], new DiagnosticBag(), { version: '1' });
    expect(doc.operations.map((op) => `${op.operationId} ${op.path}`)).toEqual([
      'CreateNest /#X-Amz-Target=Aviary_20220301.CreateNest',
      'DeleteNest /#X-Amz-Target=Aviary_20220301.DeleteNest',
    ]);
  });

  it('should say where no sample states the target, the route the sample one, two such actions merged with a warning', () => {
    const move = page('API_MoveNest');
    expect(move.routes).toEqual(['POST /']);
    expect(move.diagnostics.items.map((d) => `${d.code} ${d.source.start.line}`)).toEqual(['unstated-target 14']);
    expect(move.diagnostics.items[0]?.message).toContain('MoveNest');
    expect(fields(bodySchema(operation(move, 'POST /')))).toEqual(['NestId*: string', 'AviaryName*: string']);
    const swap = page('API_SwapNest', readFileSync(path.join(DIR, 'API_MoveNest.md'), 'utf8').replaceAll('MoveNest', 'SwapNest'));
    const diagnostics = new DiagnosticBag();
    const doc = mergeFragments([move.fragment!, swap.fragment!], diagnostics, { version: '1' });
    expect(doc.operations.map((op) => `${op.operationId} ${op.path}`)).toEqual(['MoveNest /']);
    expect(diagnostics.items.map((d) => `${d.code} ${d.source.file}`)).toEqual(['operation-conflict api/API_SwapNest.md']);
    expect(diagnostics.items[0]?.message).toContain('"SwapNest" is documented at the route of "MoveNest"');
  });

  it('should report samples that state two targets and read no route of either', () => {
    const text = readFileSync(path.join(DIR, 'API_CreateNest.md'), 'utf8');
    const two = page('API_CreateNest', `${text}\n\`\`\`\nPOST / HTTP/1.1\nX-Amz-Target: Aviary_20220301.BuildNest\n\n{}\n\`\`\`\n`);
    expect(codes(two)).toContain('unstated-target');
    expect(two.routes.some((route) => route.includes('#'))).toBe(false);
  });
});

describe('general reader: AWS Query-protocol action pages', () => {
  it("should read a sample URL's Action as a GET of its own route, the entries query parameters, Action and Version of their values", () => {
    const read = page('API_CreateKeeper');
    expect(read.routes).toEqual(['GET /#Action=CreateKeeper']);
    const get = operation(read, 'GET /#Action=CreateKeeper');
    expect(get.operationId).toBe('CreateKeeper');
    expect(parameterNames(get)).toEqual(['query:Action*', 'query:Version*', 'query:KeeperName*', 'query:Shift', 'query:Tags.member.N']);
    const schema = (name: string) => strip(get.parameters.find((p) => p.name === name)?.schema);
    expect(schema('Version')).toEqual({ kind: 'enum', base: 'string', values: [{ value: '2015-06-01' }] });
    expect(schema('Shift')).toMatchObject({ kind: 'enum', values: [{ value: 'DAY' }, { value: 'NIGHT' }] });
    expect(schema('KeeperName')).toMatchObject({ kind: 'string', minLength: 1, maxLength: 64 });
  });

  it("should read a POST sample's form body: the entries and Action and Version its fields", () => {
    const read = page('API_SendSignal');
    expect(read.routes).toEqual(['POST /#Action=SendSignal']);
    const post = operation(read, 'POST /#Action=SendSignal');
    expect(post.parameters).toEqual([]);
    expect(post.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/x-www-form-urlencoded']);
    expect(fields(bodySchema(post))).toEqual(['Action*: SendSignal', 'Version*: 2015-06-01', 'Pattern*: string', 'Repeat: integer']);
  });

  it('should read the response elements as XML where the sample response is, their status unstated', () => {
    const post = operation(page('API_SendSignal'), 'POST /#Action=SendSignal');
    expect(post.responses.map((response) => `${response.status} ${response.content.map((content) => content.mediaType)}`)).toEqual([
      '2XX application/xml',
    ]);
    expect(fields(post.responses[0]?.content[0]?.schema)).toEqual(['SignalId: string']);
  });

  it("should read the elements as a success's body beside the errors' statuses, the sample's envelope no field of it", () => {
    const keeper = page('API_CreateKeeper');
    const get = operation(keeper, 'GET /#Action=CreateKeeper');
    expect(get.responses.map((response) => `${response.status} ${response.content.map((content) => content.mediaType)}`)).toEqual([
      '2XX application/xml',
      '409 ',
    ]);
    // `<CreateKeeperResponse>`, `<CreateKeeperResult>`, `<ResponseMetadata>`: the protocol's envelope, not the page's elements.
    expect(fields(get.responses[0]?.content[0]?.schema)).toEqual(['Keeper: Keeper']);
    expect(codes(keeper)).toEqual([]);
    // An elements section of no entry states no success: none is made up.
    const text = readFileSync(path.join(DIR, 'API_CreateKeeper.md'), 'utf8');
    const none = text.replace(/The following element[\s\S]*?(?=## Errors)/, 'This action returns no elements\\.\n\n');
    const bare = operation(page('API_CreateKeeper', none), 'GET /#Action=CreateKeeper');
    expect(bare.responses.map((response) => response.status)).toEqual(['409']);
  });

  it("should decode the sample URL's percent-encoded values", () => {
    const text = readFileSync(path.join(DIR, 'API_CreateKeeper.md'), 'utf8').replace('&Version=2015-06-01', '&Version=2015%2D06%2D01');
    const get = operation(page('API_CreateKeeper', text), 'GET /#Action=CreateKeeper');
    expect(strip(get.parameters.find((p) => p.name === 'Version')?.schema)).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: '2015-06-01' }],
    });
  });
});

describe('general reader: hostile AWS protocol pages', () => {
  it('should read long sample lines of both protocols without a crash or a quadratic scan', () => {
    const long = 'a'.repeat(100_000);
    const text = [
      '# CreateNest',
      '## Request Parameters',
      '**Name**  \nType: String',
      '## Response Elements',
      `\`\`\`\nhttps://${'?'.repeat(100_000)} x\n&${'&'.repeat(100_000)}\n\`\`\``,
      `\`\`\`\nPOST / HTTP/1.1\nX-Amz-Target: ${'a.'.repeat(100_000)}!\n\n{}\n\`\`\``,
      `\`\`\`\n<${long}\n\`\`\``,
      `If the action is successful, the service sends back an HTTP ${long} response.`,
    ].join('\n\n');
    const read = page('API_CreateNest', text);
    expect(read.diagnostics.items.filter((d) => d.severity === 'error')).toEqual([]);
    expect(codes(read)).toContain('unstated-target');
  });
});

describe('AWS protocol routes through every output', () => {
  it('should emit a valid OpenAPI document, strictly compiling types and schemas, and no change against itself', async () => {
    const result = await generate({ input: DIR });
    expect(result.failed).toBe(false);
    const text = (name: string) => result.outputs.find((output) => output.path.endsWith(name))!.contents;
    const openapi = JSON.parse(text('openapi.json')) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain('/#X-Amz-Target=Aviary_20220301.CreateNest');
    const validator = new Validator();
    expect((await validator.validate(structuredClone(openapi))).valid).toBe(true);
    // Redocly's correctness rules (the pages' folder names no tag: untagged operations aside).
    const problems = describeProblems(await redoclyProblems(openapi)).filter((problem) => !problem.startsWith('operation-tag-defined'));
    expect(problems).toEqual([]);
    const files = { 'types.ts': text('types.ts'), 'schemas.ts': text('schemas.ts') };
    const pairs = exportedTypeNames(files['types.ts']).map((name): [string, string] => [name, `${name}Schema`]);
    const dir = scratch();
    writeFiles(dir, { ...files, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
    const same = await diffSpecs(
      { kind: 'object', document: openapi, label: 'a' },
      { kind: 'object', document: structuredClone(openapi), label: 'b' },
    );
    expect(same.changes).toEqual([]);
  });
});
