/**
 * Widdershins' security: the `# Authentication` section's schemes (an API key named in its line,
 * an oauth2 scheme and an HTTP one named by the operations' asides) and each operation's aside,
 * which names the schemes it takes or says it takes none. The fixture is a pet store written by us
 * as Widdershins writes its markdown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/widdershins-security/petstore.md'), 'utf8');

describe('general reader: Widdershins’ authentication section and asides', () => {
  const read = readGeneral(page, 'api/petstore.md');

  it('should read the schemes the section states, each named as the page names it', () => {
    expect(read.fragment?.securitySchemes).toEqual([
      { name: 'api_key', type: 'apiKey', in: 'header', parameterName: 'api_key' },
      {
        name: 'petstore_auth',
        type: 'oauth2',
        flows: {
          implicit: {
            authorizationUrl: 'https://petstore.example.com/oauth/authorize',
            scopes: { 'write:pets': 'modify pets in your account', 'read:pets': 'read your pets' },
          },
        },
      },
      { name: 'bearerAuth', type: 'http', scheme: 'bearer' },
    ]);
  });

  it('should read each aside as the operation’s security: one of the schemes it names, with their scopes, or none', () => {
    expect(operation(read, 'POST /pet').security).toEqual([{ petstore_auth: ['write:pets', 'read:pets'] }]);
    expect(operation(read, 'GET /pet/{petId}').security).toEqual([{ api_key: [] }, { bearerAuth: [] }]);
    expect(operation(read, 'GET /pets').security).toEqual([]);
  });

  it('should keep the asides’ words out of the operations’ descriptions', () => {
    for (const op of read.fragment?.operations ?? []) expect(`${op.summary ?? ''} ${op.description ?? ''}`).not.toMatch(/authenticat/i);
  });

  it('should state no scheme no name is found for, and drop a requirement of a scheme the page does not state', () => {
    const unnamed = readGeneral(
      page
        .replace('api_key, bearerAuth', 'api_key')
        .replace('petstore_auth ( Scopes: write:pets read:pets )', 'petstore_auth ( Scopes: write:pets read:pets ), other_auth'),
      'api/unnamed.md',
    );
    // The one name the asides give that no other scheme has, `other_auth`, is the one HTTP scheme's.
    expect(unnamed.fragment?.securitySchemes?.map((scheme) => `${scheme.name}:${scheme.type}`)).toEqual([
      'api_key:apiKey',
      'petstore_auth:oauth2',
      'other_auth:http',
    ]);
    const none = readGeneral(
      page.replace('api_key, bearerAuth', 'api_key, bearerAuth, signed_url').replace('bearerAuth', 'bearer_a'),
      'api/two.md',
    );
    // Two names left for one HTTP scheme: neither is its; the scheme is not stated, and the requirements naming them are dropped.
    expect(none.fragment?.securitySchemes?.map((scheme) => scheme.name)).toEqual(['api_key', 'petstore_auth']);
    expect(operation(none, 'GET /pet/{petId}').security).toEqual([{ api_key: [] }]);
  });
});
