/**
 * A body the page says is an array of the objects its table lists: the title's words (`### Response:
 * an array of objects`, `**Response**: an array of`) or a line over the table (`An array of:`,
 * "Array of objects with the following fields:"), on a markdown page and an HTML one alike.
 * The pages are ours, a made-up pet shop.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const table = (field: string) => `| Field | Type | Description |\n|---|---|---|\n| ${field} | integer | Its ${field} |`;

/** `## List x` ⏎ its request line ⏎ what documents its response. */
function page(parts: Record<string, string>): string {
  return ['# Pets', ...Object.entries(parts).flatMap(([route, body]) => [`## List ${route}`, `\`GET /${route}\``, body])].join('\n\n');
}

const PAGE = page({
  pets: `### Response\n\nAn array of:\n\n${table('id')}`,
  owners: `### Response: an array of objects\n\n${table('id')}`,
  vets: `**Response**: an array of\n\n${table('id')}`,
  toys: `### Response body\n\nArray of objects with the following fields:\n\n${table('id')}`,
  cats: `### Response body\n\n${table('id')}`,
});

/** The success's body, as `array of {fields}` or `{fields}`. */
function shape(read: ReturnType<typeof readGeneral>, route: string): string {
  const schema = strip(operation(read, `GET /${route}`).responses[0]?.content[0]?.schema);
  const fields = (s: typeof schema): string => (s?.kind === 'object' ? `{${s.properties.map((p) => p.name).join(', ')}}` : String(s?.kind));
  return schema?.kind === 'array' ? `array of ${fields(schema.items)}` : fields(schema);
}

describe('general reader: a body stated as an array of the objects its table lists', () => {
  it('should read the title’s words and the line over the table as an array of the table’s objects', () => {
    const read = readGeneral(PAGE, 'api/pets.md');
    expect(['pets', 'owners', 'vets', 'toys', 'cats'].map((route) => `${route}: ${shape(read, route)}`)).toEqual([
      'pets: array of {id}',
      'owners: array of {id}',
      'vets: array of {id}',
      'toys: array of {id}',
      // No word of an array: the object.
      'cats: {id}',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read an HTML page so too', () => {
    const html = [
      '<h1>Pets</h1>',
      '<h2>List pets</h2><pre><code>GET /pets</code></pre><h3>Response</h3><p>An array of:</p>',
      '<table><tr><th>Field</th><th>Type</th><th>Description</th></tr><tr><td>id</td><td>integer</td><td>Its id</td></tr></table>',
      '<h2>List owners</h2><pre><code>GET /owners</code></pre><h3>Response: an array of objects</h3>',
      '<table><tr><th>Field</th><th>Type</th><th>Description</th></tr><tr><td>id</td><td>integer</td><td>Its id</td></tr></table>',
    ].join('\n');
    const read = readGeneral(`<!DOCTYPE html><html><body>${html}</body></html>`, 'api/pets.html');
    expect(['pets', 'owners'].map((route) => `${route}: ${shape(read, route)}`)).toEqual(['pets: array of {id}', 'owners: array of {id}']);
  });

  it('should name the type a title’s array words name, and read a lower-case word as no type', () => {
    const named = readGeneral(page({ shelves: `### Response: a list of Shelf objects\n\n${table('id')}` }), 'api/shelves.md');
    expect(strip(operation(named, 'GET /shelves').responses[0]?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'Shelf' },
    });
    expect(named.fragment?.schemas.map((s) => s.name)).toEqual(['Shelf']);
    // "a list of shelves" is a sentence, as before: no type of that name.
    const words = readGeneral(page({ shelves: `### Response: a list of shelves\n\n${table('id')}` }), 'api/shelves.md');
    expect(words.fragment?.schemas.map((s) => s.name)).toEqual([]);
  });
});
