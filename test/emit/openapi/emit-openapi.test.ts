import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { printJson } from '../../../src/emit/shared/print.js';
import type { ApiDocument, Operation } from '../../../src/ir/types.js';
import { IR_VERSION } from '../../../src/ir/types.js';
import { richApiDocument } from '../../ir/rich-api-document.js';

type Json = { [key: string]: unknown };

/** The document as the pipeline writes openapi.json. */
function text(doc: ApiDocument, options?: { sources?: boolean }): string {
  return printJson(emitOpenApi(doc, options));
}

/** Every `$ref` and discriminator mapping target in `node`, with where it was found. */
function collectRefs(node: unknown, path = '#', out: Array<{ at: string; ref: string }> = []): Array<{ at: string; ref: string }> {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      collectRefs(item, `${path}/${index}`, out);
    });
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push({ at: path, ref: value });
      else if (key === 'mapping' && value && typeof value === 'object') {
        for (const target of Object.values(value)) out.push({ at: `${path}/mapping`, ref: String(target) });
      } else collectRefs(value, `${path}/${key}`, out);
    }
  }
  return out;
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Json)[token];
  }
  return node;
}

function minimalDocument(operations: Operation[], schemas: ApiDocument['schemas'] = []): ApiDocument {
  return { irVersion: IR_VERSION, info: { title: 't', version: '1' }, servers: [], tags: [], operations, schemas, securitySchemes: [] };
}

describe('emitOpenApi', () => {
  it('should match the whole-document snapshot for the rich fixture', async () => {
    await expect(text(richApiDocument())).toMatchFileSnapshot('./__snapshots__/rich-api.openapi.json');
  });

  it('should give byte-identical JSON when emitted twice', () => {
    expect(text(richApiDocument())).toBe(text(richApiDocument()));
  });

  it('should give the same JSON whatever the order of operations, schemas, tags and schemes', () => {
    const shuffled = richApiDocument();
    shuffled.operations.reverse();
    shuffled.schemas.reverse();
    shuffled.tags.reverse();
    shuffled.securitySchemes.reverse();
    expect(text(shuffled)).toBe(text(richApiDocument()));
  });

  it('should resolve every $ref and discriminator mapping to an existing component', () => {
    const spec = emitOpenApi(richApiDocument());
    const refs = collectRefs(spec);
    expect(refs.length).toBeGreaterThan(20);
    const dangling = refs.filter(({ ref }) => resolvePointer(spec, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('should key components by valid names and keep the original name when sanitised', () => {
    const schemas = emitOpenApi(richApiDocument()).components?.schemas as Record<string, Json>;
    for (const key of Object.keys(schemas)) expect(key).toMatch(/^[a-zA-Z0-9.\-_]+$/);
    expect(Object.keys(schemas)).toEqual([...Object.keys(schemas)].sort());
    expect(schemas.List_Item_?.['x-specdown-name']).toBeUndefined();
    expect(schemas.List_Item__2?.['x-specdown-name']).toBe('List<Item>');
    expect(schemas.a_b_c?.['x-specdown-name']).toBe('a/b~c');
    expect(schemas.Gro_e?.['x-specdown-name']).toBe('Größe');
  });

  it('should mark undocumented and inferred named schemas', () => {
    const schemas = emitOpenApi(richApiDocument()).components?.schemas as Record<string, Json>;
    expect(schemas.Attachment).toEqual({
      type: 'object',
      description: 'Named by the documentation but not defined by it.',
      'x-specdown-undocumented': true,
    });
    expect(schemas.User?.['x-specdown-inferred']).toBe(true);
    const withSources = emitOpenApi(richApiDocument(), { sources: true }).components?.schemas as Record<string, Json>;
    expect(withSources.User?.['x-specdown-inferred']).toEqual(['api/Users/Über.md:30:3']);
    expect(withSources.Ticket?.['x-specdown-sources']).toEqual(['api/Tickets.md:20:1', 'api/Tickets.md:90:1']);
  });

  it('should leave source positions out unless asked', () => {
    expect(text(richApiDocument())).not.toMatch(/x-specdown-source|\.md:\d+:\d+/);
    const spec = emitOpenApi(richApiDocument(), { sources: true }) as unknown as Json;
    expect(resolvePointer(spec, '#/paths/~1tickets/get/x-specdown-source')).toBe('api/Tickets.md:1:1');
    // Parameters and properties at their own rows, so that `diff` of two docs folders points there.
    expect(resolvePointer(spec, '#/paths/~1tickets/get/parameters/0/x-specdown-source')).toBe('api/Tickets.md:5:1');
    expect(resolvePointer(spec, '#/components/schemas/Ticket/properties/id/x-specdown-source')).toBe('api/Tickets.md:22:1');
  });

  it('should define a component for a referenced name the IR does not define', () => {
    const doc = minimalDocument([
      {
        operationId: 'get',
        method: 'get',
        path: '/x',
        tags: [],
        parameters: [],
        responses: [
          {
            status: '200',
            description: 'ok',
            headers: [],
            content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Ghost<T>' }, examples: [] }],
          },
        ],
      },
    ]);
    const spec = emitOpenApi(doc) as unknown as Json;
    expect(resolvePointer(spec, '#/paths/~1x/get/responses/200/content/application~1json/schema')).toEqual({
      $ref: '#/components/schemas/Ghost_T_',
    });
    expect(resolvePointer(spec, '#/components/schemas/Ghost_T_')).toEqual({
      type: 'object',
      description: 'Named by the documentation but not defined by it.',
      'x-specdown-name': 'Ghost<T>',
      'x-specdown-undocumented': true,
    });
  });

  it('should declare path template variables that no parameter declares, and require path parameters', () => {
    const doc = minimalDocument([
      {
        operationId: 'get',
        method: 'get',
        path: 'a/{id}/b/{other}',
        tags: [],
        parameters: [{ name: 'id', in: 'path', required: false, schema: { kind: 'integer' } }],
        responses: [],
      },
    ]);
    const spec = emitOpenApi(doc) as unknown as Json;
    expect(resolvePointer(spec, '#/paths/~1a~1{id}~1b~1{other}/get')).toEqual({
      operationId: 'get',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
        { name: 'other', in: 'path', required: true, schema: { type: 'string' }, 'x-specdown-undocumented': true },
      ],
    });
  });

  it('should order responses numerically, then ranges, then default, and never leave a description empty', () => {
    const spec = emitOpenApi(richApiDocument()) as unknown as Json;
    const responses = resolvePointer(spec, '#/paths/~1tickets~1{id}/get/responses') as Record<string, Json>;
    expect(Object.keys(responses)).toEqual(['200', '404', 'default']);
    expect(responses['404']).toEqual({ description: 'Not Found' });
    const created = resolvePointer(spec, '#/paths/~1tickets/post/responses') as Record<string, Json>;
    expect(Object.keys(created)).toEqual(['201', '4XX']);
    expect(created['4XX']?.description).toBe('Client error');
  });

  it('should put paths in order and methods in the OpenAPI order', () => {
    const spec = emitOpenApi(richApiDocument());
    expect(Object.keys(spec.paths ?? {})).toEqual(['/pets', '/tickets', '/tickets/{id}', '/users/{userId}/__proto__']);
    expect(Object.keys(spec.paths?.['/tickets'] ?? {})).toEqual(['get', 'post']);
    expect(Object.keys(spec.paths?.['/tickets/{id}'] ?? {})).toEqual(['get', 'delete']);
  });

  it('should carry examples: JSON as value, XML as its text, hostile keys as own keys', () => {
    const spec = emitOpenApi(richApiDocument()) as unknown as Json;
    const content = '#/paths/~1tickets/post/requestBody/content';
    expect(resolvePointer(spec, `${content}/application~1xml/examples/xml`)).toEqual({
      value: '<Ticket><title>Printer &amp; fire</title></Ticket>',
    });
    const minimal = resolvePointer(spec, `${content}/application~1json/examples/minimal/value`) as Json;
    expect(Object.hasOwn(minimal, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(minimal)).toBe(Object.prototype);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('should keep operation security, including an explicit empty list', () => {
    const spec = emitOpenApi(richApiDocument()) as unknown as Json;
    expect(resolvePointer(spec, '#/paths/~1tickets~1{id}/delete/security')).toEqual([]);
    expect(resolvePointer(spec, '#/paths/~1users~1{userId}~1__proto__/patch/security')).toEqual([
      { apiKey: [], oauth: ['users:write', 'users:read'] },
    ]);
    expect(resolvePointer(spec, '#/paths/~1tickets/get/security')).toBeUndefined();
    expect(spec.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
  });

  it('should list declared and used tags, sorted', () => {
    const spec = emitOpenApi(richApiDocument());
    expect(spec.tags?.map((tag) => tag.name)).toEqual(['Tickets', 'Users', 'zeta', 'Äpfel']);
  });

  it('should emit security schemes with the fields each type requires', () => {
    const doc = minimalDocument([]);
    doc.securitySchemes = [
      { name: 'key', type: 'apiKey' },
      { name: 'basic', type: 'http', scheme: 'basic' },
      { name: 'oidc', type: 'openIdConnect', openIdConnectUrl: 'https://id.example.com/.well-known/openid-configuration' },
      { name: 'mtls', type: 'mutualTLS' },
    ];
    expect(emitOpenApi(doc).components?.securitySchemes).toEqual({
      basic: { type: 'http', scheme: 'basic' },
      key: { type: 'apiKey', name: 'key', in: 'header' },
      mtls: { type: 'mutualTLS' },
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.com/.well-known/openid-configuration' },
    });
  });

  it('should emit a minimal document with empty paths and no components', () => {
    expect(emitOpenApi(minimalDocument([]))).toEqual({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} });
  });

  it('should produce plain data: only JSON values, plain objects, nothing lost by JSON', () => {
    const spec = emitOpenApi(richApiDocument());
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || ['string', 'boolean'].includes(typeof node)) return;
      if (typeof node === 'number') {
        if (!Number.isFinite(node)) problems.push(`${path}: ${node}`);
      } else if (Array.isArray(node)) {
        node.forEach((item, index) => {
          walk(item, `${path}/${index}`);
        });
      } else if (typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
        for (const key of Object.keys(node))
          walk((node as Json)[key] ?? Object.getOwnPropertyDescriptor(node, key)?.value, `${path}/${key}`);
      } else problems.push(`${path}: ${typeof node}`);
    };
    walk(spec, '#');
    expect(problems).toEqual([]);
    const once = JSON.stringify(spec);
    expect(JSON.stringify(JSON.parse(once))).toBe(once);
  });

  it('should share no object with the IR, so changing the output leaves the IR alone', () => {
    const doc = richApiDocument();
    const before = JSON.stringify(doc);
    const spec = emitOpenApi(doc) as unknown as Json;
    const value = resolvePointer(spec, '#/paths/~1tickets/post/requestBody/content/application~1json/examples/minimal/value') as Json;
    value.title = 'changed';
    (resolvePointer(spec, '#/components/schemas/Ticket/properties/payload/examples') as unknown[]).push('more');
    (resolvePointer(spec, '#/components/schemas/Ticket/x-owner') as Json).team = 'changed';
    (resolvePointer(spec, '#/components/securitySchemes/oauth/flows') as Json).implicit = {};
    expect(JSON.stringify(doc)).toBe(before);
  });
});
