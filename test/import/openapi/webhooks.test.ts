import { describe, expect, it } from 'vitest';
import { parseIr } from '../../../src/ir/ir-schema.js';
import { formatSource } from '../../../src/ir/source.js';
import type { Operation } from '../../../src/ir/types.js';
import { documentOf, importFixture, importTexts, withoutSources } from './helpers.js';

const summary = (operations: Operation[] | undefined) =>
  (operations ?? []).map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`);

const WEBHOOKS = `openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  zebra.arrived:
    parameters:
      - {name: X-Hook-Id, in: header, required: true, schema: {type: string}}
    put:
      responses: {'200': {description: ok}}
    post:
      operationId: zebraArrived
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Zebra'}
      responses: {'200': {description: ok}}
  alpaca:
    $ref: '#/components/pathItems/Alpaca'
components:
  pathItems:
    Alpaca:
      post:
        responses: {'204': {description: ok}}
  schemas:
    Zebra:
      type: object
      properties:
        stripes: {type: integer}
`;

describe('importSpec: webhooks', () => {
  it('should read each webhook as operations whose path is its name, sorted by name then method', async () => {
    const { spec, lines } = await importTexts({ 'spec.yaml': WEBHOOKS });
    expect(lines).toEqual([]);
    expect(spec!.fragment.operations).toEqual([]);
    expect(summary(spec!.webhooks)).toEqual([
      'post alpaca postAlpaca',
      'put zebra.arrived putZebraArrived',
      'post zebra.arrived zebraArrived',
    ]);
  });

  it('should read their parameters (path-level merged), bodies and responses, naming the schemas they use', async () => {
    const { spec } = await importTexts({ 'spec.yaml': WEBHOOKS });
    const post = withoutSources(spec!.webhooks!.find((webhook) => webhook.operationId === 'zebraArrived')!);
    expect(post.parameters).toEqual([{ name: 'X-Hook-Id', in: 'header', required: true, schema: { kind: 'string' } }]);
    expect(post.requestBody).toEqual({
      required: true,
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Zebra' }, examples: [] }],
    });
    expect(post.responses.map((response) => response.status)).toEqual(['200']);
    expect(spec!.fragment.schemas.map((named) => named.name)).toEqual(['Zebra']);
    expect(formatSource(spec!.webhooks!.find((webhook) => webhook.operationId === 'zebraArrived')!.source!)).toBe('spec.yaml:9:5');
  });

  it('should report webhooks that are not a map, and carry path-level servers of a webhook', async () => {
    const notMap = await importTexts({ 'spec.yaml': "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks: [a]\n" });
    expect(notMap.spec!.webhooks).toBeUndefined();
    expect(notMap.lines).toEqual(['spec.yaml:3:1 error "webhooks" must be a map of names to path items. (spec-invalid)']);
    const servers = await importTexts({
      'spec.yaml':
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks:\n  a:\n    servers: [{url: /x}]\n    post: {responses: {'200': {description: ok}}}\n",
    });
    expect(summary(servers.spec!.webhooks)).toEqual(['post a postA']);
    expect(servers.lines).toEqual([]);
    expect(servers.spec!.webhooks![0]!.servers?.map((server) => server.url)).toEqual(['/x']);
  });
});

const CALLBACKS = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /subscriptions:
    post:
      operationId: subscribe
      responses: {'201': {description: created}}
      callbacks:
        onEvent:
          '{$request.body#/callbackUrl}':
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Event'}
              responses: {'200': {description: ok}}
            delete:
              operationId: getPets
              responses: {'204': {description: gone}}
        archived:
          $ref: '#/components/callbacks/Archived'
  /pets:
    get:
      operationId: getPets
      responses: {'200': {description: ok}}
components:
  callbacks:
    Archived:
      'https://example.com/{$request.query.id}':
        put:
          responses: {'200': {description: ok}}
  schemas:
    Event:
      type: object
      properties:
        kind: {type: string}
`;

describe('importSpec: callbacks', () => {
  it('should read callbacks by name (sorted), each expression a path of operations, $refs followed', async () => {
    const { spec } = await importTexts({ 'spec.yaml': CALLBACKS });
    const subscribe = spec!.fragment.operations.find((operation) => operation.operationId === 'subscribe')!;
    expect(subscribe.callbacks?.map((callback) => callback.name)).toEqual(['archived', 'onEvent']);
    expect(summary(subscribe.callbacks![0]!.operations)).toEqual(['put https://example.com/{$request.query.id} subscribePutArchived']);
    expect(summary(subscribe.callbacks![1]!.operations)).toEqual([
      'post {$request.body#/callbackUrl} subscribePostOnEvent',
      'delete {$request.body#/callbackUrl} getPets_2',
    ]);
    expect(withoutSources(subscribe.callbacks![1]!.operations[0]!.requestBody)).toEqual({
      required: false,
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Event' }, examples: [] }],
    });
    expect(spec!.fragment.schemas.map((named) => named.name)).toEqual(['Event']);
  });

  it('should keep operationIds unique across paths, webhooks and callbacks (paths keep theirs)', async () => {
    const { spec, lines } = await importTexts({ 'spec.yaml': CALLBACKS });
    expect(summary(spec!.fragment.operations)).toEqual(['get /pets getPets', 'post /subscriptions subscribe']);
    expect(lines).toEqual([
      'spec.yaml:17:13 warning The operationId "getPets" is used twice; this one is read as "getPets_2". (duplicate-operation)',
    ]);
  });

  it('should rename the ids of a callback two operations share by $ref, warning (no error: the spec is usable)', async () => {
    const shared = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: a
      responses: {'200': {description: ok}}
      callbacks:
        done: {$ref: '#/components/callbacks/Done'}
  /b:
    post:
      operationId: b
      responses: {'200': {description: ok}}
      callbacks:
        done: {$ref: '#/components/callbacks/Done'}
components:
  callbacks:
    Done:
      '{$request.body#/url}':
        post:
          operationId: notifyDone
          responses: {'200': {description: ok}}
`;
    const { spec, diagnostics } = await importTexts({ 'spec.yaml': shared });
    const ids = spec!.fragment.operations.map((operation) => operation.callbacks![0]!.operations[0]!.operationId);
    expect(ids).toEqual(['notifyDone', 'notifyDone_2']);
    expect(diagnostics.items.map((item) => `${item.severity} ${item.code}`)).toEqual(['warning duplicate-operation']);
  });

  it('should stop a $ref loop of callbacks at a fixed depth with a diagnostic, not recurse forever', async () => {
    const loop = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    $ref: '#/components/pathItems/A'
components:
  pathItems:
    A:
      post:
        operationId: a
        responses: {'200': {description: ok}}
        callbacks:
          again:
            '{$request.body#/url}':
              $ref: '#/components/pathItems/A'
`;
    const { spec, lines } = await importTexts({ 'spec.yaml': loop });
    let depth = 0;
    for (let operation = spec!.fragment.operations[0]; operation?.callbacks; operation = operation.callbacks[0]!.operations[0]) depth++;
    expect(depth).toBe(3);
    expect(lines.filter((line) => !line.includes('(duplicate-operation)'))).toEqual([
      'spec.yaml:12:9 info Callbacks nested more than 3 deep (or a $ref loop of callbacks) are not carried; they were not used. (unsupported-keyword)',
    ]);
  });

  it('should report callbacks that are not maps', async () => {
    const bad = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    post:
      responses: {'200': {description: ok}}
      callbacks:
        one: 7
`;
    const { spec, lines } = await importTexts({ 'spec.yaml': bad });
    expect(spec!.fragment.operations[0]!.callbacks).toEqual([]);
    expect(lines).toEqual(['spec.yaml:8:9 error The callback "one" must be a map of expressions to path items. (spec-invalid)']);
  });

  it('should carry response links', async () => {
    const links = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          links:
            self: {operationId: getA}
`;
    const { spec, lines } = await importTexts({ 'spec.yaml': links });
    expect(lines).toEqual([]);
    expect(spec!.fragment.operations[0]!.responses[0]!.links).toEqual({ self: { operationId: 'getA' } });
  });
});

describe('importSpec: the IR of webhooks and callbacks', () => {
  it('should be accepted by the ir.json validation (and rejected when a callback drifts)', async () => {
    const { spec } = await importFixture('round-trip-3.1.yaml');
    // biome-ignore lint/suspicious/noExplicitAny: the test edits the IR's JSON by deep paths
    const ir = JSON.parse(JSON.stringify(documentOf(spec!))) as Record<string, any>;
    expect(ir.webhooks).toHaveLength(2);
    expect(() => parseIr(ir)).not.toThrow();
    const post = ir.operations.find((operation: { operationId: string }) => operation.operationId === 'addAnimal');
    post.callbacks[0].operations[0].verb = 'POST';
    expect(() => parseIr(ir)).toThrow(/Unrecognized key.*verb/);
  });
});

describe('importSpec: hostile callbacks', () => {
  it('should stop callbacks that $refs multiply (30 wide, looping) at the budget, reporting each limit once', async () => {
    const names = Array.from(
      { length: 30 },
      (_, index) => `          c${index}:\n            '{$request.body#/u}':\n              $ref: '#/components/pathItems/A'`,
    ).join('\n');
    const text = `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    $ref: '#/components/pathItems/A'
components:
  pathItems:
    A:
      post:
        operationId: a
        responses: {'200': {description: ok}}
        callbacks:
${names}
`;
    const { spec, diagnostics } = await importTexts({ 'spec.yaml': text });
    const count = (operations: Operation[]): number =>
      operations.reduce((sum, operation) => sum + 1 + count((operation.callbacks ?? []).flatMap((callback) => callback.operations)), 0);
    const total = count(spec!.fragment.operations);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThan(12_000);
    const messages = diagnostics.items.filter((item) => item.code !== 'duplicate-operation').map((item) => item.message);
    expect(messages.filter((message) => message.includes('too many callback operations'))).toHaveLength(1);
    expect(messages.filter((message) => message.includes('nested more than 3 deep'))).toHaveLength(1);
  });
});
