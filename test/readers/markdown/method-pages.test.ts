/**
 * Method pages written as Slack's are: one page per method (`# shelves.create`), a table or list of
 * facts (`Method Access`, `Preferred HTTP method`, `Accepted content types`, `Rate limits`,
 * `Scopes`), `## Arguments` with `### Required arguments` / `### Optional arguments` entries, a
 * `## Response` of `{"ok": true, …}` and an `## Errors` table of the error codes an `ok: false`
 * body carries. The fixtures are ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral } from './helpers.js';

const page = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/method-pages', name), 'utf8');

describe('general reader: method pages (Slack)', () => {
  it("should read a facts table's `Method Access` row, a request line, as the method's signature", () => {
    const read = readGeneral(page('shelves.create.md'), 'api/shelves.create.md');
    expect(read.routes).toEqual(['POST /api/shelves.create']);
    expect(read.fragment?.servers).toEqual(['https://api.example.com']);
  });

  it('should read the same row in a facts table of other labels and none at all', () => {
    const read = readGeneral(
      '# shelves.drop\n\n| | |\n|---|---|\n| **Rate limits** | Tier 2 |\n| **Method Access** | `DELETE https://api.example.com/api/shelves.drop` |\n',
    );
    expect(read.routes).toEqual(['DELETE /api/shelves.drop']);
    // A facts table that states no request line is none.
    expect(readGeneral('# shelves.drop\n\n| | |\n|---|---|\n| **Method Access** | Bot tokens |\n').routes).toEqual([]);
  });

  it('should read argument entries whose type in code is no word of the vocabulary (`` `token` `token` Required ``)', () => {
    const read = readGeneral(page('shelves.create.md'), 'api/shelves.create.md');
    const body = bodySchema(operation(read, 'POST /api/shelves.create'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`)).toEqual([
      'token:unknown*',
      'name:string*',
      'capacity:integer',
      'is_private:boolean',
    ]);
    // The type is as the page states it: a word the vocabulary does not know is reported, not guessed.
    expect(codes(read)).toContain('unknown-type');
  });

  it("should read an argument's `_Example:_` line (one code span closing its description) as its example, in an entry or a cell", () => {
    const body = bodySchema(operation(readGeneral(page('shelves.create.md'), 'api/shelves.create.md'), 'POST /api/shelves.create'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.examples])).toEqual([
      ['token', ['xxxx-xxxxxxxxx-xxxx']],
      ['name', ['fiction']],
      ['capacity', undefined],
      ['is_private', [true]],
    ]);
    const list = operation(
      readGeneral(
        '# shelves.list\n\nMethod Access: `GET https://api.example.com/api/shelves.list`\n\n| Argument | Required | Description |\n|---|---|---|\n| `limit` | Optional | The page size. _Example:_ `20` |\n| `cursor` | Optional | Where the page starts; for example: `dXNlcjpVMEc5V0ZYTlo=` or `none`. |\n',
      ),
      'GET /api/shelves.list',
    );
    // Typed by its example where no type is stated, as by an Example column's; two values are no one example.
    expect(list.parameters.map((p) => [p.name, p.schema.kind, p.schema.examples])).toEqual([
      ['limit', 'integer', [20]],
      ['cursor', 'string', undefined],
    ]);
  });

  it('should read an argument alone in its part (`### Required arguments` over one entry that states its flag)', () => {
    const body = bodySchema(operation(readGeneral(page('shelves.rename.md'), 'api/shelves.rename.md'), 'POST /api/shelves.rename'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`)).toEqual([
      'name:string*',
      'notify:boolean',
    ]);
    // An entry that states its type alone is one too; one that states nothing, alone, is no entry: words of the page.
    const typed = page('shelves.rename.md').replace('`notify` `boolean` Optional', '`notify` `boolean`');
    const field = bodySchema(operation(readGeneral(typed, 'api/shelves.rename.md'), 'POST /api/shelves.rename'));
    expect(field?.kind === 'object' && field.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`)).toEqual([
      'name:string*',
      'notify:boolean',
    ]);
    const bare = page('shelves.rename.md').replace('`notify` `boolean` Optional', '`notify`');
    const words = bodySchema(operation(readGeneral(bare, 'api/shelves.rename.md'), 'POST /api/shelves.rename'));
    expect(words?.kind === 'object' && words.properties.map((p) => p.name)).toEqual(['name']);
  });

  it('should read `Accepted content types` listing a form and JSON, a facts row or a line, as both media types of the body', () => {
    const table = operation(readGeneral(page('shelves.create.md'), 'api/shelves.create.md'), 'POST /api/shelves.create');
    expect(table.requestBody?.content.map((c) => c.mediaType).sort()).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    const line = operation(
      readGeneral(
        '# shelves.rename\n\nMethod Access: `POST https://api.example.com/api/shelves.rename`\n\nAccepted content types: `application/x-www-form-urlencoded`\n\n| Argument | Required | Description |\n|---|---|---|\n| `name` | Required | The new name. |\n',
      ),
      'POST /api/shelves.rename',
    );
    expect(line.requestBody?.content.map((c) => c.mediaType)).toEqual(['application/x-www-form-urlencoded']);
    // The labels written with their colon in bold (`**Method URL:**`, `**Accepted content types:**`).
    const colons = operation(
      readGeneral(
        '# shelves.rename\n\n| | |\n|---|---|\n| **Method URL:** | `https://api.example.com/api/shelves.rename` |\n| **Preferred HTTP method:** | `POST` |\n| **Accepted content types:** | `application/x-www-form-urlencoded`, `application/json` |\n\n| Argument | Required | Description |\n|---|---|---|\n| `name` | Required | The new name. |\n',
      ),
      'POST /api/shelves.rename',
    );
    expect(colons.requestBody?.content.map((c) => c.mediaType).sort()).toEqual(['application/json', 'application/x-www-form-urlencoded']);
  });

  it('should read `Typical success response` as the sample answer and `Typical error response` (an `ok: false` body) as no words nor field of it', () => {
    const create = operation(readGeneral(page('shelves.create.md'), 'api/shelves.create.md'), 'POST /api/shelves.create');
    expect(create.description ?? '').not.toContain('name_taken');
    // No status the page does not state: the success its sample shows, nothing for the error codes.
    expect(create.responses.map((r) => r.status)).toEqual(['2XX']);
    expect(JSON.stringify(create.responses)).not.toContain('"error"');
  });
});
