/**
 * References that list a call's input under `Input:` / `Input (JSON):` (`- name: words`), mark a
 * field `*required*` / `*optional*` after its name, describe the route's parameter in a list right
 * under the route (`- id is the shelf id`) and send a JSON body spread over lines in a quoted
 * `--data-raw`. The fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/input-lists/shelves.md'), 'utf8');

describe('general reader: a call’s input listed under `Input:`', () => {
  const read = readGeneral(page, 'api/shelves.md');

  it('should read `Input:` over `- name: words` as the parameters, wrapped words joined, no second row of a sample call’s key', () => {
    const list = operation(read, 'GET /api/v2/shelves');
    expect(parameterNames(list)).toEqual(['query:room', 'query:material', 'query:order']);
    expect(list.parameters.map((p) => p.description)).toEqual([
      'Filter the shelves by room name',
      'Filter by material. Valid values are `oak`, `pine`.',
      'How to order the output, default is by name (ascending). Can be appended by DESC or ASC to change the order.',
    ]);
    expect(list.description ?? '').not.toContain('Input');
    expect(codes(read)).not.toContain('duplicate-parameter');
  });

  it('should read `Input (JSON):` as the body’s fields, a `-` alone under a title or the route no words', () => {
    const add = operation(read, 'POST /api/v2/shelves');
    const body = bodySchema(add);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.description])).toEqual([
      ['name', 'The name of the shelf'],
      ['room', 'The room it stands in'],
      ['depth', "How deep it is, in centimetres; at most the depth of the wall's niche."],
    ]);
    expect(add.description).toBeUndefined();
    expect(operation(read, 'GET /api/v2/shelves/{id}').description).toBeUndefined();
  });

  it('should read `*required*` / `*optional*` after the name and a dash as the flag, no words of the description', () => {
    const body = bodySchema(operation(read, 'POST /api/v2/shelves/{id}/mount'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required ?? false, p.description])).toEqual([
      ['wall', true, 'The wall to mount it on'],
      ['height', false, 'Height above the floor in centimetres'],
    ]);
  });

  it('should read `- id is the shelf id` under the route as the path parameter’s description, other items the operation’s words', () => {
    const get = operation(read, 'GET /api/v2/shelves/{id}');
    expect(strip(get.parameters.map((p) => [p.name, p.in, p.description]))).toEqual([
      ['id', 'path', 'the shelf id, you can obtain a list of shelf ids from [`list_shelves`](#list_shelves).'],
    ]);
    expect(operation(read, 'POST /api/v2/shelves/{id}/mount').parameters[0]?.description).toBe('name or id of the shelf to mount');
    const dust = operation(read, 'PUT /api/v2/shelves/{id}/dust');
    expect(parameterNames(dust)).toEqual(['path:id*']);
    expect(dust.parameters[0]?.description).toBe('the shelf id.');
    expect(dust.description).toBe(
      '- cloth is the cloth to dust it with\n- gentle is a boolean and if set to true, the books stay where they are.',
    );
    expect(codes(read)).not.toContain('path-parameter-undocumented');
  });

  it('should read JSON a quoted `--data-raw` spreads over lines as the request’s sample, no output of the command', () => {
    const mount = operation(read, 'POST /api/v2/shelves/{id}/mount');
    expect(mount.requestBody?.content[0]?.examples[0]?.value).toEqual({ wall: 'north', height: '120' });
    expect(codes(read)).not.toContain('invalid-sample');
  });
});
