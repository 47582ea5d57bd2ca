/**
 * A call written in a search engine's console syntax in a fence of its body's label (```` ```json ```` ⏎
 * `POST /shelves/insert` ⏎ `{…}`, as Manticore's manual writes every call) states its request line and its
 * body's sample, where the page states its routes nowhere else; where it does, such a fence stays a sample.
 * Before, a `json` fence held a request line only where every line of it was one, or the line ended in
 * its protocol, so the page documented no operation but its bodiless `GET`s. The fixtures are APIs of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/console-body-calls');

describe('general reader: a console call over its JSON in a json fence', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it('should read the request line and the JSON under it as the request sample', () => {
    expect(run.failed).toBe(false);
    const insert = paths['/shelves/insert']?.post;
    expect(insert?.requestBody?.content?.['application/json']?.examples).toEqual({ sample: { value: { wall: 'north', width: 120 } } });
    expect(Object.keys(insert?.requestBody?.content?.['application/json']?.schema?.properties ?? {})).toEqual(['wall', 'width']);
    expect(insert?.responses?.['2XX']?.content?.['application/json']?.examples).toEqual({ sample: { value: { _id: 7, created: true } } });
  });

  it('should read a call with its headers over its JSON', () => {
    const move = paths['/shelves/move']?.post;
    expect(move?.requestBody?.content?.['application/json']?.examples).toEqual({ sample: { value: { wall: 'south', ids: [7, 8] } } });
  });

  it('should keep such a fence a sample where the page states its routes', () => {
    expect(Object.keys(paths).sort()).toEqual(['/lamps/switch', '/shelves/count', '/shelves/insert', '/shelves/move']);
    expect(Object.keys(paths['/lamps/switch'] ?? {})).toEqual(['post']);
  });
});
