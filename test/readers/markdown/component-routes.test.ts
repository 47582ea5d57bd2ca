/**
 * An MDX component that states the method by an attribute and wraps the route (`<Route
 * method="GET">/rooms/[\{room.id\}](…)/lamps</Route>`, the placeholders links to their types): the
 * operation's request line. Before, no operation was read from such pages. The fixture is a lamp API
 * of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/component-routes');

describe('general reader: a component wrapping the route, its method an attribute', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const operation = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);

  it('should read the route the component wraps as the operation of its method', () => {
    expect(run.failed).toBe(false);
    expect(run.document.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      'GET /rooms/{room.id}/lamps',
      'PATCH /lamps/{lamp_id}',
      'POST /rooms/{room.id}/lamps/{lamp.id}/light',
    ]);
  });

  it('should keep the words under the component as the operation’s', () => {
    expect(operation('post', '/rooms/{room.id}/lamps/{lamp.id}/light')?.responses.map((r) => r.status)).toEqual(['204']);
    const body = operation('patch', '/lamps/{lamp_id}')?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['name']);
  });

  it('should read no route from a component whose text is no path, or that states no method', () => {
    expect(run.document.operations.some((o) => o.path.includes('colours'))).toBe(false);
  });
});
