/**
 * A fence of the page's routes (`## Endpoints` ⏎ `GET _lamps/health` ⏎ `GET _lamps/health/<room>`)
 * and, under a how-to's title further down, a request line with a query (`GET
 * _lamps/health?level=rooms`, a search engine's console syntax): the query shows a call of the
 * route, no second statement of it, so the fence is no index and the route keeps its parameters and
 * fields. Before, the call became the route's operation, its only parameter `level`, its summary
 * the how-to's words. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/query-examples');

describe('general reader: a request line with a query under a how-to, the route stated above', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const operation = (route: string) => run.document.operations.find((o) => o.method === 'get' && o.path === route);

  it('should read both routes of the fence with the section’s parameters and fields', () => {
    expect(run.failed).toBe(false);
    expect(run.document.operations.map((o) => o.path).sort()).toEqual(['/_lamps/health', '/_lamps/health/{room}']);
    for (const route of ['/_lamps/health', '/_lamps/health/{room}']) {
      expect(
        operation(route)
          ?.parameters.filter((p) => p.in === 'query')
          .map((p) => p.name),
      ).toEqual(['level', 'timeout']);
      const answer = operation(route)?.responses[0]?.content[0]?.schema;
      expect(answer?.kind === 'object' ? answer.properties.map((p) => p.name).slice(0, 2) : []).toEqual(['status', 'lamps']);
    }
  });

  it('should keep the page’s words as the summary, not the how-to’s', () => {
    expect(operation('/_lamps/health')?.summary).toBe('The lamp health request tells how well the lamps of a house glow.');
  });
});
