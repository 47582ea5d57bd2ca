import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { documentOf, importTexts, withoutSources } from './helpers.js';

const spec = `
openapi: 3.1.0
info: {title: t, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /files:
    servers: [{url: 'https://files.example.com', description: Files}]
    get:
      operationId: listFiles
      responses:
        '200':
          description: ok
          links:
            self: {$ref: '#/components/links/Self'}
            __proto__: {operationId: listFiles}
    post:
      operationId: addFile
      servers: [{url: 'https://upload.example.com/{region}', variables: {region: {default: eu, enum: [eu, us]}}}]
      responses: {'204': {description: done}}
  /other:
    get:
      operationId: other
      responses: {'204': {description: done}}
components:
  links:
    Self: {operationId: listFiles, description: This list again}
`;

describe('operation servers and response links', () => {
  it("should give each operation its own servers, else its path's, else none (the document's apply)", async () => {
    const { spec: imported, lines } = await importTexts({ 'api.yaml': spec });
    expect(lines).toEqual([]);
    const servers = Object.fromEntries(
      imported!.fragment.operations.map((operation) => [operation.operationId, operation.servers && withoutSources(operation.servers)]),
    );
    expect(servers).toEqual({
      listFiles: [{ url: 'https://files.example.com', description: 'Files' }],
      addFile: [{ url: 'https://upload.example.com/{region}', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } }],
      other: undefined,
    });
  });

  it('should carry links with $refs resolved, keeping a __proto__ name an own key, and write both back', async () => {
    const { spec: imported } = await importTexts({ 'api.yaml': spec });
    const links = imported!.fragment.operations.find((operation) => operation.operationId === 'listFiles')!.responses[0]!.links!;
    expect(Object.keys(links)).toEqual(['self', '__proto__']);
    expect(links.self).toEqual({ operationId: 'listFiles', description: 'This list again' });
    const out = emitOpenApi(documentOf(imported!)) as unknown as {
      paths: Record<string, Record<string, { servers?: unknown; responses: Record<string, { links?: Record<string, unknown> }> }>>;
    };
    const get = out.paths['/files']!.get!;
    expect(get.servers).toEqual([{ url: 'https://files.example.com', description: 'Files' }]);
    expect(Object.hasOwn(get.responses['200']!.links!, '__proto__')).toBe(true);
    expect(out.paths['/other']!.get!.servers).toBeUndefined();
  });
});
