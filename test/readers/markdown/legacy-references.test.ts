/**
 * Conventions of older hand-written references: routes that name the API version they came in
 * (`/api/14/…` beside `/api/1/…`), endpoints stated by an HTML block's class with placeholders named
 * in words (`<div class="endpoint post">/services/{service name or id}/routes</div>`), Rails' format
 * suffix (`GET /issues.[format]`) with parameters listed as `+offset+: …` or `offset - …` and
 * statuses as `201 Created: …`, responses stated by ERB helpers (`<%= headers 200 %>`), and
 * endpoint components whose content starts right under the opening tag (`<ApiEndpoint …>`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/legacy-references', name), 'utf8');

describe('general reader: routes that name the API version they came in', () => {
  it('should read a number after /api/ as the version where the page’s routes carry different ones before different routes', () => {
    const read = readGeneral(fixture('since-versions.md'));
    expect(read.routes).toEqual(['GET /api/14/project/{PROJECT}/jobs', 'GET /api/1/job/{ID}', 'DELETE /api/1/job/{ID}']);
    expect(parameterNames(operation(read, 'GET /api/14/project/{PROJECT}/jobs'))).toEqual(['query:idlist', 'query:max', 'path:PROJECT*']);
    expect(operation(read, 'DELETE /api/1/job/{ID}').responses.map((r) => r.status)).toEqual(['204']);
  });

  it('should read an XML sample under a response title as the response’s', () => {
    const read = readGeneral(fixture('since-versions.md'));
    const [response] = operation(read, 'GET /api/1/job/{ID}').responses;
    expect(response?.status).toBe('2XX');
    expect(response?.content.map((c) => `${c.mediaType}:${c.examples[0]?.raw?.slice(0, 9)}`)).toEqual(['application/xml:<joblist>']);
  });

  it('should keep another number before the same route a sample', () => {
    const read = readGeneral(
      ['## Get a job', '```\nGET /api/14/job/{id}\n```', '## Example', '```\nGET /api/3/job/{id}\n```'].join('\n\n'),
    );
    expect(read.routes).toEqual([]);
  });
});

describe('general reader: endpoints as an HTML block’s class, placeholders named in words', () => {
  it('should read each route, its placeholder named in words made one name, and the row naming it as its path parameter', () => {
    const read = readGeneral(fixture('endpoint-classes.md'));
    expect(read.routes).toEqual(['POST /upstreams/{upstream_name_or_id}/routes', 'DELETE /upstreams/{upstream_name_or_id}']);
    const add = operation(read, 'POST /upstreams/{upstream_name_or_id}/routes');
    expect(parameterNames(add)).toEqual(['path:upstream_name_or_id*']);
    expect(add.parameters[0]!.description).toBe('The unique identifier or the `name` of the Upstream to add the Route to.');
    const body = bodySchema(add);
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['name', 'hosts']);
    expect(add.responses.map((r) => r.status)).toEqual(['201']);
    const remove = operation(read, 'DELETE /upstreams/{upstream_name_or_id}');
    expect(parameterNames(remove)).toEqual(['path:upstream_name_or_id*']);
    expect(remove.responses.map((r) => r.status)).toEqual(['204']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should join a placeholder’s words in a request line too', () => {
    const read = readGeneral('## Get a key\n\n```\nGET /keys/{key name or id}\n```');
    expect(read.routes).toEqual(['GET /keys/{key_name_or_id}']);
  });
});

describe('general reader: Rails’ format suffix, parameters listed in plain words', () => {
  it('should read the format suffix as a path parameter, as an OpenAPI spec of such an API writes it', () => {
    const read = readGeneral(fixture('format-suffix.md'));
    expect(read.routes).toEqual([
      'GET /kennels.{format}',
      'GET /kennels/{id}.{format}',
      'POST /kennels.{format}',
      'DELETE /kennels/{id}.{format}',
    ]);
    expect(parameterNames(operation(read, 'DELETE /kennels/{id}.{format}'))).toEqual(['path:id*', 'path:format*']);
  });

  it('should read items of a name, a dash or colon and words as parameters, a closing (optional) or (required) their flag', () => {
    const read = readGeneral(fixture('format-suffix.md'));
    const list = operation(read, 'GET /kennels.{format}');
    expect(parameterNames(list)).toEqual(['query:offset', 'query:limit', 'path:format*']);
    expect(list.parameters[0]!.description).toBe('skip this number of kennels in response');
    expect(parameterNames(operation(read, 'GET /kennels/{id}.{format}'))).toEqual([
      'query:include',
      'query:offset',
      'path:id*',
      'path:format*',
    ]);
    const body = bodySchema(operation(read, 'POST /kennels.{format}'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['name*', 'size']);
  });

  it('should read items of a status and its reason phrase in capitals, then a colon or nothing, as the statuses', () => {
    const read = readGeneral(fixture('format-suffix.md'));
    const create = operation(read, 'POST /kennels.{format}');
    expect(create.responses.map((r) => `${r.status} ${r.description}`)).toEqual([
      '201 kennel was created',
      '422 kennel was not created due to validation failures',
    ]);
    expect(operation(read, 'DELETE /kennels/{id}.{format}').responses.map((r) => r.status)).toEqual(['204']);
    // A number opening a sentence is no status.
    const prose = readGeneral('## Limits\n\n```\nGET /limits\n```\n\nResponse:\n\n* 100 requests per minute\n* 200 Items: at most');
    expect(operation(prose, 'GET /limits').responses.map((r) => r.status)).not.toContain('100');
  });
});

describe('general reader: responses stated by ERB helpers (kramdown pages rendered with ERB)', () => {
  it('should read the status a headers tag states, and no body from the sample a json tag names', () => {
    const read = readGeneral(fixture('erb-responses.md'));
    expect(read.routes).toEqual(['GET /towns/{town}/kennels', 'POST /towns/{town}/kennels', 'PUT /towns/{town}/kennels/{kennel}/close']);
    const statuses = (route: string) => operation(read, route).responses.map((r) => `${r.status}:${r.content.length}`);
    expect(statuses('GET /towns/{town}/kennels')).toEqual(['200:0']);
    expect(statuses('POST /towns/{town}/kennels')).toEqual(['201:0']);
    expect(statuses('PUT /towns/{town}/kennels/{kennel}/close')).toEqual(['204:0']);
    // The request's example tag names no status: the body is its table's.
    const body = bodySchema(operation(read, 'POST /towns/{town}/kennels'));
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name']);
  });
});

describe('general reader: an endpoint component’s content right under its opening tag', () => {
  it('should read the lines under the tag as the operation’s words, not as part of the tag’s HTML block', () => {
    const read = readGeneral(fixture('endpoint-components.md'));
    expect(read.routes).toEqual(['GET /api/kennels/{kennel_id}', 'GET /api/kennels']);
    const one = operation(read, 'GET /api/kennels/{kennel_id}');
    expect(one.summary).toBe('Returns a kennel object for the specified kennel_id. Returns 404 if not found.');
    expect(one.responses.map((r) => r.status)).toEqual(['404', '2XX']);
    expect(operation(read, 'GET /api/kennels').summary).toBe('Returns every kennel.');
    // Every node stays at its characters in the page.
    const page = fixture('endpoint-components.md');
    const paragraph = read.root.children.find((node) => node.type === 'paragraph' && node.position?.start.line === 8);
    expect(page.slice(paragraph?.position?.start.offset, paragraph?.position?.end.offset)).toBe(
      'Returns a kennel object for the specified kennel_id. Returns 404 if not found.',
    );
  });
});

describe('general reader: a required marker opening a description (GitHub’s v3 tables)', () => {
  it('should leave the marker’s full stop out of the description', () => {
    const read = readGeneral(fixture('erb-responses.md'));
    const body = bodySchema(operation(read, 'POST /towns/{town}/kennels'));
    const name = body?.kind === 'object' ? body.properties.find((p) => p.name === 'name') : undefined;
    expect([name?.required, name?.description]).toEqual([true, "The kennel's name."]);
  });
});
