import { describe, expect, it } from 'vitest';
import { parseRouteTemplate } from '../../../src/readers/shared/route.js';

describe('parseRouteTemplate', () => {
  it.each([
    ['a plain path', '/api/v1/Contact', '/api/v1/Contact', []],
    ['no leading slash (Help Page)', 'api/Tickets/NewMessage', '/api/Tickets/NewMessage', []],
    ['a parameter', '/api/Contact/{id}', '/api/Contact/{id}', [['id', []]]],
    [
      'constraints',
      '/api/{tenant:minlength(2)}/v{version:apiVersion}/t/{ticket_id:int}',
      '/api/{tenant}/v{version}/t/{ticket_id}',
      [
        ['tenant', ['minlength(2)']],
        ['version', ['apiVersion']],
        ['ticket_id', ['int']],
      ],
    ],
    ['chained constraints', '/a/{id:int:min(1)}', '/a/{id}', [['id', ['int', 'min(1)']]]],
    ['a regex with braces and colons', '/a/{code:regex(^\\d{{3}}:x$)}', '/a/{code}', [['code', ['regex(^\\d{{3}}:x$)']]]],
    ['an optional parameter', '/a/{id?}', '/a/{id}', [['id', []]]],
    ['a catch-all', '/files/{*path}', '/files/{path}', [['path', []]]],
  ])('should read %s', (_name, template, path, parameters) => {
    const route = parseRouteTemplate(template);
    expect(route.path).toBe(path);
    expect(route.parameters.map((parameter) => [parameter.name, parameter.constraints])).toEqual(parameters);
  });

  it('should keep the path as written and list query template names', () => {
    const route = parseRouteTemplate('api/v1/Contact/{id:int}?contactId={contactId}&$select={$select}');
    expect(route).toMatchObject({ path: '/api/v1/Contact/{id}', rawPath: '/api/v1/Contact/{id:int}', query: ['contactId', '$select'] });
  });

  it('should record optional markers, defaults and constraint offsets', () => {
    const [parameter] = parseRouteTemplate('/a/{id:int=5}').parameters;
    expect(parameter).toMatchObject({
      name: 'id',
      constraints: ['int'],
      default: '5',
      optional: false,
      span: [3, 13],
      constraintSpans: [[7, 10]],
    });
    expect(parseRouteTemplate('/a/{id:int?}').parameters[0]).toMatchObject({ name: 'id', constraints: ['int'], optional: true });
  });

  it('should keep an unbalanced brace as text', () => {
    expect(parseRouteTemplate('/a/{b/c').path).toBe('/a/{b/c');
  });
});
