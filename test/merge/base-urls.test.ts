import { describe, expect, it } from 'vitest';
import type { Operation, PageFragment } from '../../src/ir/types.js';
import { rebaseOnServers } from '../../src/merge/base-urls.js';

const op = (method: Operation['method'], path: string): Operation => ({
  operationId: `${method}_${path
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('_')}`,
  method,
  path,
  tags: [],
  parameters: [],
  responses: [],
});
const page = (file: string, servers: string[], ...operations: Operation[]): PageFragment => ({
  file,
  dialect: 'markdown',
  operations,
  schemas: [],
  servers,
});

describe('rebaseOnServers', () => {
  it('should strip the base path a page wrote out when another page’s examples show it as the server', () => {
    const members = page('members.md', ['https://library.example.com/api/v3/'], op('get', '/branches/{id}/members'));
    const reservations = page('reservations.md', ['https://library.example.com'], op('post', '/api/v3/reservations.create'));
    expect(rebaseOnServers([members, reservations])).toEqual([{ url: 'https://library.example.com/api/v3' }]);
    expect(reservations.operations.map((o) => [o.path, o.operationId, o.servers])).toEqual([
      ['/reservations.create', 'post_reservations_create', undefined],
    ]);
    expect(members.operations[0]!.path).toBe('/branches/{id}/members');
  });

  it('should keep a server written without its scheme (`//host`, from a request line) as it stands', () => {
    const kites = page('kites.md', ['//api.kites.example/'], op('get', '/v2/kites'));
    expect(rebaseOnServers([kites])).toEqual([{ url: '//api.kites.example' }]);
  });

  it('should keep the server most pages share and give the odd page’s operations their own, never adding to a route', () => {
    const pages = [
      page('a.md', ['https://h.example/api/v4'], op('get', '/a')),
      page('b.md', ['https://h.example/api/v4'], op('get', '/b')),
      page('lint.md', ['https://h.example/api/v4/ci'], op('post', '/lint')),
    ];
    expect(rebaseOnServers(pages)).toEqual([{ url: 'https://h.example/api/v4' }]);
    expect(pages.map((p) => [p.operations[0]!.path, p.operations[0]!.servers])).toEqual([
      ['/a', undefined],
      ['/b', undefined],
      ['/lint', [{ url: 'https://h.example/api/v4/ci' }]],
    ]);
  });

  it('should give the servers to the operations when pages of another dialect document operations beside them', () => {
    const general = page('members.md', ['https://library.example.com/api/v3'], op('get', '/members'));
    const docfx: PageFragment = { ...page('Author.md', [], op('get', '/api/v2/Author')), dialect: 'docfx' };
    expect(rebaseOnServers([general, docfx])).toEqual([]);
    expect([general.operations[0]!.servers, docfx.operations[0]!.servers]).toEqual([
      [{ url: 'https://library.example.com/api/v3' }],
      undefined,
    ]);
  });

  it('should ignore URLs whose host is no host name, pages of other dialects and pages without examples', () => {
    const typo = page('typo.md', ['http://http:/localhost:3000'], op('post', '/x'));
    const docfx: PageFragment = { ...page('d.md', ['https://other.example'], op('get', '/d')), dialect: 'docfx' };
    const bare = page('bare.md', [], op('get', '/y'));
    expect(rebaseOnServers([typo, docfx, bare])).toEqual([]);
    expect([typo, docfx, bare].map((p) => p.operations[0]!.servers)).toEqual([undefined, undefined, undefined]);
  });

  it('should take a base path a page states without a host as its server, its routes as written', () => {
    const shelves = page('shelves.md', ['/library/api/v2/'], op('get', '/shelves/{id}'));
    const loans = page('loans.md', ['/library/api/v2'], op('post', '/loans'));
    expect(rebaseOnServers([shelves, loans])).toEqual([{ url: '/library/api/v2' }]);
    expect([...shelves.operations, ...loans.operations].map((o) => [o.path, o.servers])).toEqual([
      ['/shelves/{id}', undefined],
      ['/loans', undefined],
    ]);
  });

  it('should keep the base path most pages state and give a page stating another its own', () => {
    const pages = [
      page('shelves.md', ['/library/api/v2'], op('get', '/shelves')),
      page('loans.md', ['/library/api/v2'], op('get', '/loans')),
      page('rooms.md', ['/library/api/v4'], op('get', '/rooms')),
    ];
    expect(rebaseOnServers(pages)).toEqual([{ url: '/library/api/v2' }]);
    expect(pages.map((p) => [p.operations[0]!.path, p.operations[0]!.servers])).toEqual([
      ['/shelves', undefined],
      ['/loans', undefined],
      ['/rooms', [{ url: '/library/api/v4' }]],
    ]);
  });

  it('should take a stated base path for the URL an example shows with a host in front of it', () => {
    const shelves = page('shelves.md', ['/library/api/v2', 'https://books.example.com/library/api/v2'], op('get', '/shelves'));
    const loans = page('loans.md', ['/library/api/v2'], op('get', '/loans'));
    expect(rebaseOnServers([shelves, loans])).toEqual([{ url: 'https://books.example.com/library/api/v2' }]);
    expect([shelves, loans].map((p) => p.operations[0]!.servers)).toEqual([undefined, undefined]);
  });
});
