import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';

const obj = (document: unknown, label: string) => ({ kind: 'object' as const, document, label });
const diff = async (a: unknown, b: unknown) => (await diffSpecs(obj(a, 'base'), obj(b, 'revision'))).changes;
const brief = async (a: unknown, b: unknown) => (await diff(a, b)).map((c) => [c.id, c.level, c.message]);

const payload = (extra: Record<string, unknown> = {}, required = ['name']) => ({
  type: 'object',
  required,
  properties: { name: { type: 'string' }, status: { type: 'string', enum: ['new', 'sold'] }, ...extra },
});
const ack = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  required,
  properties: { ok: { type: 'boolean' }, ...extra },
});

const operation = (body: unknown, answer: unknown) => ({
  requestBody: { required: true, content: { 'application/json': { schema: body } } },
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: answer } } } },
});

const withWebhook = (body: unknown, answer: unknown = ack(), components: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  webhooks: { newPet: { post: operation(body, answer) } },
  components,
});

const withCallback = (body: unknown, answer: unknown = ack(), path = '/subscribe/{id}') => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    [path]: {
      post: {
        callbacks: { onEvent: { '{$request.body#/url}': { post: operation(body, answer) } } },
        responses: { '201': { description: 'subscribed' } },
      },
    },
  },
});

const WEBHOOK = 'POST (webhook newPet)';

describe('diffSpecs: webhooks and callbacks, judged from the receiver side', () => {
  it('should report nothing for a spec with webhooks and callbacks against itself', async () => {
    expect(await diff(withWebhook(payload()), withWebhook(payload()))).toEqual([]);
    expect(await diff(withCallback(payload()), withCallback(payload()))).toEqual([]);
  });

  it.each([
    {
      given: 'a removed required payload property (receivers read it)',
      base: payload(),
      revision: { type: 'object', properties: { status: payload().properties.status } },
      want: [['response-property-removed', 'breaking', 'webhook request property `name` removed']],
    },
    {
      given: 'a new required payload property (receivers may ignore it)',
      base: payload(),
      revision: payload({ id: { type: 'integer' } }, ['name', 'id']),
      want: [['response-property-added', 'info', 'webhook request property `id` added']],
    },
    {
      given: 'a payload enum that gains a value receivers must handle',
      base: payload(),
      revision: payload({ status: { type: 'string', enum: ['new', 'sold', 'lost'] } }),
      want: [['response-property-enum-value-added', 'warning', 'webhook request property `status` may return new value `lost`']],
    },
    {
      given: 'a payload enum that loses a value (narrowing is safe for receivers)',
      base: payload(),
      revision: payload({ status: { type: 'string', enum: ['new'] } }),
      want: [['response-property-enum-value-removed', 'info', 'webhook request property `status` no longer returns `sold`']],
    },
    {
      given: 'a payload property that may now be null',
      base: payload(),
      revision: payload({ name: { type: ['string', 'null'] } }),
      want: [['response-property-became-nullable', 'breaking', 'webhook request property `name` may now be null']],
    },
    {
      given: 'a payload property that became optional',
      base: payload(),
      revision: payload({}, []),
      want: [['response-property-became-optional', 'breaking', 'webhook request property `name` became optional']],
    },
  ])('should judge $given like a response change', async ({ base, revision, want }) => {
    expect(await brief(withWebhook(base), withWebhook(revision))).toEqual(want);
  });

  it.each([
    {
      given: 'a new required property in the answer (receivers do not send it yet)',
      base: ack(),
      revision: ack({ id: { type: 'string' } }, ['id']),
      want: [['new-required-request-property', 'breaking', 'new required webhook response property `id`']],
    },
    {
      given: 'an answer property that became optional (the API accepts more)',
      base: ack({}, ['ok']),
      revision: ack(),
      want: [['request-property-became-optional', 'info', 'webhook response property `ok` became optional']],
    },
    {
      given: 'an answer whose type the API no longer accepts',
      base: ack({ ok: { type: ['boolean', 'string'] } }),
      revision: ack(),
      want: [
        [
          'request-property-type-changed',
          'breaking',
          'type of webhook response property `ok` changed from `boolean | string` to `boolean`',
        ],
      ],
    },
  ])('should judge $given like a request change', async ({ base, revision, want }) => {
    expect(await brief(withWebhook(payload(), base), withWebhook(payload(), revision))).toEqual(want);
  });

  it('should label webhook changes with the webhook and put the path to the schema', async () => {
    const changes = await diff(withWebhook(payload()), withWebhook(payload({}, [])));
    expect(changes.map((c) => [c.operation, c.path])).toEqual([[WEBHOOK, 'requestBody/content/application~1json/schema/properties/name']]);
  });

  it('should compare callbacks of operations matched across renamed path parameters, with callback wording', async () => {
    const changes = await diff(
      withCallback(payload(), ack(), '/subscribe/{id}'),
      withCallback(payload({}, []), ack(), '/subscribe/{subId}'),
    );
    expect(changes.map((c) => [c.id, c.operation, c.message])).toEqual([
      [
        'response-property-became-optional',
        'POST {$request.body#/url} (callback onEvent of POST /subscribe/{subId})',
        'callback request property `name` became optional',
      ],
    ]);
  });

  it('should judge deprecation and operationId changes of a webhook like those of an operation', async () => {
    const doc = (extra: Record<string, unknown>) => {
      const d = withWebhook(payload());
      Object.assign(d.webhooks.newPet.post, extra);
      return d;
    };
    const changes = await diff(doc({ operationId: 'onNewPet' }), doc({ operationId: 'petCreated', deprecated: true }));
    expect(changes.map((c) => [c.id, c.operation, c.message])).toEqual([
      ['endpoint-deprecated', WEBHOOK, 'operation deprecated'],
      ['operation-id-changed', WEBHOOK, 'operationId changed from `onNewPet` to `petCreated`'],
    ]);
  });

  it('should not report the callbacks of a removed operation on their own', async () => {
    const empty = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} };
    expect((await diff(withCallback(payload()), empty)).map((c) => c.id)).toEqual(['endpoint-removed']);
  });

  it('should follow $refs to components/pathItems and components/callbacks', async () => {
    const viaRefs = (body: unknown) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: { newPet: { $ref: '#/components/pathItems/NewPet' } },
      paths: {
        '/subscribe': {
          post: { callbacks: { onEvent: { $ref: '#/components/callbacks/OnEvent' } }, responses: { '201': { description: 'ok' } } },
        },
      },
      components: {
        pathItems: { NewPet: { post: operation(body, ack()) } },
        callbacks: { OnEvent: { '{$request.body#/url}': { $ref: '#/components/pathItems/NewPet' } } },
      },
    });
    const changes = await diff(viaRefs(payload()), viaRefs({ type: 'object', properties: payload().properties }));
    expect(changes.map((c) => [c.id, c.operation])).toEqual([
      ['response-property-became-optional', WEBHOOK],
      ['response-property-became-optional', 'POST {$request.body#/url} (callback onEvent of POST /subscribe)'],
    ]);
  });

  it('should sort path operations before webhooks, and webhooks before callbacks', async () => {
    const doc = (required: string[]) => ({ ...withCallback(payload({}, required)), webhooks: withWebhook(payload({}, required)).webhooks });
    const changes = await diff(doc(['name']), doc([]));
    expect(changes.map((c) => c.operation)).toEqual([WEBHOOK, 'POST {$request.body#/url} (callback onEvent of POST /subscribe/{id})']);
  });

  it('should not judge webhook parameters and response headers with the request rules (and not crash on them)', async () => {
    const doc = (required: boolean, type: string) => {
      const d = withWebhook(payload());
      const post = d.webhooks.newPet.post as Record<string, unknown>;
      post.parameters = [{ name: 'X-Signature', in: 'header', required, schema: { type } }];
      post.responses = { '200': { description: 'ok', headers: { 'X-Id': { schema: { type } } } } };
      return d;
    };
    expect(await diff(doc(false, 'string'), doc(true, 'integer'))).toEqual([]);
  });

  it('should give the same result in any key order of the documents (determinism)', async () => {
    const a = { ...withCallback(payload()), webhooks: withWebhook(payload()).webhooks };
    const b = { ...withCallback(payload({}, [])), webhooks: { other: withWebhook(payload()).webhooks.newPet } };
    const reversed = (d: unknown): unknown =>
      d && typeof d === 'object' && !Array.isArray(d)
        ? Object.fromEntries(
            Object.entries(d)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : d;
    const got = await diff(a, b);
    expect(got.map((c) => c.id)).toEqual(['webhook-removed', 'webhook-added', 'response-property-became-optional']);
    expect(await diff(reversed(a), reversed(b))).toEqual(got);
  });
});
