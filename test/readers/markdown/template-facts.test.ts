/**
 * The API-docs template's facts of authentication and its error responses' headers: a page per
 * endpoint (`**URL** :`, `**Method** :`, `**Auth required** : YES`, `**Permissions required** : None`,
 * `## Error Responses` ⏎ `**Code** : `303 SEE OTHER`` ⏎ `**Headers** : `Location: …``). The fixtures
 * are a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/template-facts', name), 'utf8');

describe('general reader: the API-docs template’s authentication facts and answer headers', () => {
  const create = operation(readGeneral(fixture('create-lamp.md'), 'api/lamps/create.md'), 'POST /api/lamps');
  const show = operation(readGeneral(fixture('show-lamp.md'), 'api/lamps/show.md'), 'GET /api/lamps/{pk}');

  it('should keep `**Auth required** :` and `**Permissions required** : None` out of the words, and no label of an answer in them', () => {
    expect(create.summary).toBe('Create a lamp for the authenticated keeper if one does not already exist.');
    expect(create.description).toBe('## Notes\n\n* Keepers may own at most ten lamps.');
    // A permission stated stays words of the operation.
    expect(show.description).toBe('**Permissions required** : User is Lamp Owner');
  });

  it('should state no security for `YES` (no scheme is stated) and none required for `NO`', () => {
    expect(create.security).toBeUndefined();
    expect(show.security).toEqual([]);
  });

  it("should read `**Headers** : `Location: …`` and `**Headers**` over a fence of header lines as that status's headers", () => {
    const headers = (status: string) => strip(create.responses.find((r) => r.status === status)?.headers ?? []).map((h) => h.name);
    expect(headers('303')).toEqual(['Location']);
    // The sample's `Content-Type` is no header of the answer; the fence is no sample.
    expect(headers('400')).toEqual(['X-Request-Id']);
    const answer = create.responses.find((r) => r.status === '400')?.content;
    expect(answer?.map((c) => [c.mediaType, c.examples.map((e) => e.value)])).toEqual([
      ['application/json', [{ name: ['This field is required.'] }]],
    ]);
    expect(create.responses.find((r) => r.status === '303')?.content).toEqual([]);
  });
});
