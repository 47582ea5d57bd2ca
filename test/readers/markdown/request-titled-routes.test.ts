/**
 * Routes under a `### Request` title, each operation's section stating its own: a route alone in code
 * in one section and a fence of a request line in another. Routes alone in code are stated and the
 * fences beside them examples (Directus' reference); a fence in a section no such route stands in is
 * that section's route. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const get = [
  '## Get a pot',
  '### Request',
  '`GET /v1/pots/{pot_id}`',
  '### Response',
  '| Name | Type | Description |\n|---|---|---|\n| id | string | ID |',
];
const create = (fence: string) => [
  '## Create a pot',
  '### Request',
  fence,
  '### Request body',
  '| Name | Type | Required | Description |\n|---|---|---|---|\n| name | string | Yes | Name |',
];

describe('general reader: routes stated under Request titles, in code and in fences', () => {
  it('should read the fence of a section no route in code stands in as that section’s route', () => {
    const read = readGeneral(['# Pots API', ...get, ...create('```\nPOST /v1/pots\n```')].join('\n\n'));
    // Before: only GET /v1/pots/{pot_id}, the POST's fence taken for an example of the routes in code.
    expect(read.routes).toEqual(['GET /v1/pots/{pot_id}', 'POST /v1/pots']);
  });

  it('should keep a fence beside a route in code, or one showing a sample value, an example', () => {
    const beside = readGeneral(['# Pots API', ...get.slice(0, 3), '```\nGET /v1/pots/{pot_id}/soil\n```', ...get.slice(3)].join('\n\n'));
    expect(beside.routes).toEqual(['GET /v1/pots/{pot_id}']);
    const sampled = readGeneral(['# Pots API', ...get, ...create('```\nPOST /v1/pots?dry_run=true\n```')].join('\n\n'));
    expect(sampled.routes).toEqual(['GET /v1/pots/{pot_id}']);
  });
});
