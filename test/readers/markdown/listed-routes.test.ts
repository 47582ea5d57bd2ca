/**
 * A fence listing the page's routes (`**Endpoints**` over `GET /api/lamps/:lampId/glow` …) whose
 * routes the page's sections state again, but one: that route is an operation the listing
 * states, and the page's words after the fence (`**Window Parameter**` and its list of values)
 * are none of its. Before, they were its summary, description and query parameters. The fixture
 * is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/listed-routes');

describe('general reader: a route only a listing of the page’s routes states', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const find = (route: string) => run.document.operations.find((o) => o.method === 'get' && o.path === route);

  it('should read the listed route with no words of the page after the listing', () => {
    expect(run.failed).toBe(false);
    const flicker = find('/api/lamps/{lampId}/flicker');
    expect(flicker).toBeDefined();
    expect(flicker?.summary).toBeUndefined();
    expect(flicker?.description).toBeUndefined();
    expect(flicker?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:lampId']);
  });

  it('should leave the sections of the routes stated again as they were', () => {
    expect(find('/api/lamps/{lampId}/glow')?.summary).toBe('Gets how brightly the lamp glows.');
    expect(find('/api/lamps/{lampId}/glow')?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:window', 'path:lampId']);
    expect(find('/api/lamps/{lampId}/hum')?.summary).toBe('Gets how loudly the lamp hums.');
  });
});
