/**
 * Webhook pages (webhook-deliveries.ts): the requests an API sends to the reader's endpoint are
 * OpenAPI `webhooks`, keyed by the event's name; a page that registers webhooks keeps its operations.
 * Fixtures (fixtures/webhooks): a request message arriving at `Host: example.com` with event headers
 * (GitHub-style), an event list with payload tables (Stripe-style), a section per event with its
 * event header line (GitLab-style), and a register-a-webhook CRUD page that says the same words.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../../emit/shared/generated-project.js';
import { describeProblems, redoclyProblems } from '../../helpers/openapi-validate.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { edit, expectCold } from '../../run/cache/cold-run.js';
import { readGeneral } from './helpers.js';

const DIR = path.join(import.meta.dirname, 'fixtures/webhooks');
const scratch = useScratchDir();
const tempDir = useTempDir();

async function openapiOf(input: string) {
  const result = await generate({ input });
  const text = (name: string) => result.outputs.find((output) => output.path === name)!.contents;
  return { result, text, openapi: JSON.parse(text('openapi.json')) };
}

describe('webhook pages', () => {
  it('should put the requests the API sends in webhooks, keyed by event, and keep the register-a-webhook calls in paths', async () => {
    const { result, openapi } = await openapiOf(DIR);
    expect(result.failed).toBe(false);
    expect(Object.keys(openapi.paths)).toEqual(['/projects/{id}/hooks']);
    expect(Object.keys(openapi.paths['/projects/{id}/hooks'])).toEqual(['get', 'post']);
    expect(Object.keys(openapi.webhooks)).toEqual(['invoice.paid', 'invoice.voided', 'issue.created', 'Push Hook', 'Tag Push Hook'].sort());
    // The reader's server (`Host: example.com`) is no server of the API.
    expect(openapi.servers).toBeUndefined();
    expect(result.files.map((file) => [file.file, file.operations, file.webhooks])).toEqual([
      ['billing-events.md', 0, 2],
      ['issue-events.md', 0, 1],
      ['project-hooks.md', 2, undefined],
      ['repository-events.md', 0, 2],
    ]);
    expect(result.files.find((file) => file.file === 'issue-events.md')!.reason).toContain(
      "1 webhook (requests the API sends to the reader's endpoint)",
    );
  });

  it('should read a delivery message: its payload table and sample the body, the answer the page asks for its response', async () => {
    const { openapi } = await openapiOf(DIR);
    const issue = openapi.webhooks['issue.created'].post;
    expect(issue.summary).toBe('Sent when a member opens an issue.');
    const body = issue.requestBody.content['application/json'];
    expect(Object.keys(body.schema.properties)).toEqual(['action', 'issue_id', 'title', 'labels']);
    expect(body.schema.properties.labels).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(body.examples.sample.value.issue_id).toBe(42);
    expect(Object.keys(issue.responses)).toEqual(['200']);
    // No path parameter, no tag of the reader's route (`/hooks/tracker`).
    expect(issue.parameters).toBeUndefined();
    expect(issue.tags).toBeUndefined();
  });

  it('should read an event list and an event per section as webhooks with their payloads', async () => {
    const { openapi } = await openapiOf(DIR);
    const paid = openapi.webhooks['invoice.paid'].post.requestBody.content['application/json'];
    expect(Object.keys(paid.schema.properties)).toEqual(['id', 'type', 'created', 'data']);
    expect(paid.examples.sample.value.id).toBe('evt_1');
    // Only a sample documents it: its fields inferred.
    const voided = openapi.webhooks['invoice.voided'].post.requestBody.content['application/json'];
    expect(voided.schema).toMatchObject({ type: 'object', 'x-specdown-inferred': true });
    expect(Object.keys(voided.schema.properties)).toEqual(['id', 'type', 'created', 'data']);
    const push = openapi.webhooks['Push Hook'].post.requestBody.content['application/json'];
    expect(push.schema.properties.total_commits_count).toEqual({ type: 'integer' });
    expect(Object.keys(openapi.webhooks['Tag Push Hook'])).toEqual(['post']);
  });

  it('should emit an openapi.json that validates, and types.ts and schemas.ts that compile strict', async () => {
    const { text, openapi } = await openapiOf(DIR);
    const validator = new Validator();
    expect((await validator.validate(structuredClone(openapi))).valid).toBe(true);
    // Redocly's correctness rules (the fixtures' folder names no tag: untagged operations aside).
    const problems = describeProblems(await redoclyProblems(openapi)).filter((problem) => !problem.startsWith('operation-tag-defined'));
    expect(problems).toEqual([]);
    const files = { 'types.ts': text('types.ts'), 'schemas.ts': text('schemas.ts') };
    expect(files['types.ts']).toContain('POST webhook invoice.paid');
    const pairs = exportedTypeNames(files['types.ts']).map((name): [string, string] => [name, `${name}Schema`]);
    expect(pairs.map(([name]) => name)).toContain('PostInvoicePaidRequestBody');
    const dir = scratch();
    writeFiles(dir, { ...files, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
  });

  it('should keep a request the page does not say is sent to the reader an operation', () => {
    // The words, but the request is the API's own (no reader's host, no event header).
    const words = readGeneral(
      [
        '# Exports',
        'When the export is ready, we send a POST request to the URL you configure.',
        '## Start an export',
        '```http\nPOST /v1/exports HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n```',
        '| Field | Type | Description |\n|---|---|---|\n| `format` | string | `csv` or `json`. |',
      ].join('\n\n'),
    );
    expect(words.routes).toEqual(['POST /v1/exports']);
    expect(words.fragment?.webhooks).toBeUndefined();
    // The reader's host and an event header, but no word that the API sends it.
    const message = readGeneral(
      [
        '# Relay',
        '## Forward an event',
        '```http\nPOST /relay HTTP/1.1\nHost: example.com\nX-Relay-Event: ping\n```',
        '| Field | Type | Description |\n|---|---|---|\n| `payload` | string | The event. |',
      ].join('\n\n'),
    );
    expect(message.routes).toEqual(['POST /relay']);
    expect(message.fragment?.webhooks).toBeUndefined();
    // The words, and a placeholder of the API's own base URL (`{base_url}`), no reader's.
    const base = readGeneral(
      [
        '# Exports',
        'When the export is ready, we send a POST request to the URL you configure.',
        '## Start an export',
        '```\nPOST {base_url}/v1/exports\n```',
        '| Field | Type | Description |\n|---|---|---|\n| `format` | string | `csv` or `json`. |',
      ].join('\n\n'),
    );
    expect(base.routes).toEqual(['POST /v1/exports']);
    expect(base.fragment?.webhooks).toBeUndefined();
  });

  it('should key a delivery to a placeholder of the reader URL by its heading where no event is named', () => {
    const { fragment } = readGeneral(
      [
        '# Order notifications',
        'We send a POST request to your webhook URL when an order ships.',
        '```\nPOST {your_webhook_url}\n```',
        '| Field | Type | Description |\n|---|---|---|\n| `order_id` | string | The order. |',
      ].join('\n\n'),
    );
    expect(fragment?.webhooks).toEqual([0]);
    expect(fragment?.operations[0]).toMatchObject({ method: 'post', path: 'Order notifications' });
    expect(fragment?.servers).toBeUndefined();
  });

  it('should read a delivery whose request line is inline code on a host of the reader', () => {
    const { fragment } = readGeneral(
      [
        '# Shipment notifications',
        'Your endpoint receives a notification for each shipment.',
        '## Shipment sent',
        'Request: `POST https://your-server.com/hooks/shipments`',
        '| Field | Type | Description |\n|---|---|---|\n| `shipment_id` | string | The shipment. |',
      ].join('\n\n'),
    );
    expect(fragment?.webhooks).toEqual([0]);
    expect(fragment?.operations[0]).toMatchObject({ method: 'post', path: 'Shipment sent' });
    expect(fragment?.servers).toBeUndefined();
  });

  it('should give, after a webhook page changed, what a cold run gives', async () => {
    const docs = path.join(tempDir(), 'docs');
    cpSync(DIR, docs, { recursive: true });
    const cache = tempDir();
    await generate({ input: docs, cache });
    const page = path.join(docs, 'issue-events.md');
    // Prose moved and edited: the patched run's outputs are a cold run's.
    edit(page, (text) => text.replace('Sent when a member opens an issue.', 'Sent when a member opens an issue.\n\nAlso for imports.'));
    await expectCold(docs, await generate({ input: docs, cache }));
    // A payload row added: merged again.
    edit(page, (text) => text.replace('| `title` |', '| `state` | string | `opened`. |\n| `title` |'));
    const changed = await generate({ input: docs, cache });
    await expectCold(docs, changed);
    const openapi = JSON.parse(changed.outputs.find((output) => output.path === 'openapi.json')!.contents);
    expect(Object.keys(openapi.webhooks['issue.created'].post.requestBody.content['application/json'].schema.properties)).toContain(
      'state',
    );
    expect(readFileSync(page, 'utf8')).toContain('Also for imports.');
  });
});
