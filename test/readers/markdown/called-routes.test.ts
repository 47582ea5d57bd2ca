/**
 * A guide's sample call to a concrete route no page states (`curl -X PUT
 * '…/gardens/roses/settings/watering' -d …`) calls the one template a reference page documents
 * that it matches segment by segment (`PUT /gardens/{garden}/settings/watering`): it folds into it,
 * its body a sample of the template's, with a `called-route` info naming both. Before, each call was
 * an operation of its own beside the template. A call two templates match (`…/beds/today`: `beds/today`
 * and `beds/{bed}`), one no template matches (`…/compost`), and one whose concrete route a page
 * documents itself (`GET /gardens/roses` beside `GET /gardens/{garden}`) stay as they were. The
 * fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/called-routes');

describe('general reader: calls of a guide to concrete routes of documented templates', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const routes = run.document.operations.map((o) => `${o.method} ${o.path}`).sort();
  const op = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);

  it("should fold each call into the one template it matches, its body the template's samples", () => {
    expect(run.failed).toBe(false);
    expect(routes).toEqual([
      'get /gardens/roses',
      'get /gardens/roses/beds/today',
      'get /gardens/{garden}',
      'get /gardens/{garden}/beds/today',
      'get /gardens/{garden}/beds/{bed}',
      'get /gardens/{garden}/beds/{bed}/plants/{plant}',
      'post /gardens/roses/compost',
      'put /gardens/{garden}/settings/watering',
    ]);
    const watering = op('put', '/gardens/{garden}/settings/watering');
    expect(watering?.summary).toBe('Replaces the watering plan of a garden.');
    expect(watering?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:garden']);
    expect(watering?.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([
      { hour: 6, litres: 12 },
      { hour: 7, litres: 3 },
    ]);
  });

  it('should say which call went into which template, and only for those', () => {
    const called = run.diagnostics.filter((d) => d.code === 'called-route');
    expect(called.map((d) => d.message.replace(/ \(.*$/, ''))).toEqual([
      'GET /gardens/roses/beds/north calls GET /gardens/{garden}/beds/{bed}',
      'GET /gardens/roses/beds/north/plants/tulip calls GET /gardens/{garden}/beds/{bed}/plants/{plant}',
      'PUT /gardens/roses/settings/watering calls PUT /gardens/{garden}/settings/watering',
      'PUT /gardens/tulips/settings/watering calls PUT /gardens/{garden}/settings/watering',
    ]);
    expect(called.every((d) => d.severity === 'info' && d.related?.[0]?.file === 'gardens-api.md')).toBe(true);
  });
});
