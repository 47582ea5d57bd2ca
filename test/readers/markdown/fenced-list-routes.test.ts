/**
 * A list whose every item is words over a fence of request lines alone (`* Creates a lamp on the
 * named shelf:` ⏎ an indented fence of `POST /api/rooms/{room}/lamps?shelf={shelf}`, as Hugo
 * pages write a call's variants) states those request lines, as the fences would outside a list.
 * The fixtures are a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/fenced-list-routes', name), 'utf8');

describe('general reader: request lines in fences of list items', () => {
  it("should read the items' request lines as the page's operation, with its response", () => {
    const read = readGeneral(fixture('lamp-create.md'), 'api/lamp-create.md');
    // Before: "the page documents no operation (no request line)".
    const routes = read.fragment?.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(routes).toEqual(['POST /api/rooms/{room}/lamps']);
    const ok = read.fragment?.operations[0]?.responses.find((r) => r.status.startsWith('2'));
    expect(ok?.content[0]?.examples[0]?.value).toEqual({ id: 12, room: 'hallway', lit: false });
  });

  it('should leave a list with a fence of a request and its headers as it was read', () => {
    const read = readGeneral(fixture('lamp-steps.md'), 'api/lamp-steps.md');
    expect(read.fragment?.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['POST /api/lamps/{lamp}/on']);
  });
});
