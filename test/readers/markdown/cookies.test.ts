/**
 * Cookies a call sends, stated as a part of their own (`## Cookie parameters`, `### Cookies`,
 * `**Cookies**`, `Cookie parameters:`, "The following cookies should be sent:") or by a row's location (`| session_id | cookie | … |`,
 * `` `session_id` (cookie, string, required) ``), are parameters `in: cookie`; a curl sample's
 * `Cookie:` header and the cookies a response sets are none. The fixture is a "gardens" API written by us.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { operation, parameterNames, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/cookies');
const read = readGeneral(readFileSync(path.join(FIXTURES, 'gardens.md'), 'utf8'), 'api/gardens.md');
const names = (route: string) => parameterNames(operation(read, route));

describe('general reader: cookie parameters', () => {
  it('should read a part titled Cookie parameters or Cookies as cookie parameters, table or list', () => {
    expect(names('GET /v1/gardens')).toEqual(['query:limit', 'cookie:session_id*', 'cookie:theme']);
    expect(names('POST /v1/gardens/{garden_id}/prune')).toEqual(['path:garden_id*', 'cookie:session_id*', 'cookie:locale']);
  });

  it('should read a label of cookies so, and no parameter of a curl sample’s Cookie header', () => {
    expect(names('POST /v1/gardens/{garden_id}/weed')).toEqual(['cookie:session_id', 'path:garden_id*']);
    expect(names('POST /v1/gardens')).toEqual(['cookie:session_id*']);
  });

  it('should read a sentence announcing the cookies to send as their title, and none the response returns', () => {
    expect(names('POST /v1/gardens/{garden_id}/harvest')).toEqual(['cookie:session_id*', 'cookie:basket', 'path:garden_id*']);
    expect(names('GET /v1/gardens/count')).toEqual(['cookie:session_id']);
  });

  it('should take a row’s cookie location as it did', () => {
    expect(names('GET /v1/gardens/{garden_id}')).toEqual(['path:garden_id*', 'cookie:session_id*', 'header:X-Trace']);
    expect(names('POST /v1/gardens/{garden_id}/water')).toEqual(['path:garden_id*', 'cookie:session_id*', 'query:dry_run']);
  });

  it('should emit them in: cookie, and as the operation’s Cookies type and schema', async () => {
    const result = await generate({ input: FIXTURES });
    const output = (name: string) => result.outputs.find((o) => o.path === name)?.contents ?? '';
    const openapi = JSON.parse(output('openapi.json'));
    expect(openapi.paths['/v1/gardens'].get.parameters.slice(1)).toEqual([
      { name: 'session_id', in: 'cookie', description: "The visitor's session.", required: true, schema: { type: 'string' } },
      { name: 'theme', in: 'cookie', description: 'The colour theme.', schema: { type: 'string' } },
    ]);
    expect(output('types.ts')).toContain('export interface GetV1GardensCookies {');
    expect(output('schemas.ts')).toContain('export const GetV1GardensCookiesSchema = z.looseObject({');
  });
});
