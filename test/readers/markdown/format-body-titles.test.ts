/**
 * A body's title with the format of its values before the part's word, `Body JSON parameters`,
 * and with the method they travel with before it too, `Post body JSON parameters`: the request
 * body's fields, as `JSON body parameters` and `Post body parameters` are. Before, the title
 * named no part and its entries were not read (the body only what the curl sample sends). The
 * fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/format-body-titles');

describe('general reader: a body title naming the values’ format', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const fields = (method: string, route: string) => {
    const schema = run.document.operations.find((o) => o.method === method && o.path === route)?.requestBody?.content[0]?.schema;
    return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '!' : ''}`) : [];
  };

  it('should read the entries under `Post body JSON parameters` as the body’s fields', () => {
    expect(run.failed).toBe(false);
    expect(fields('post', '/v1/lamps/paint')).toEqual(['lamp!', 'color!', 'coats']);
  });

  it('should read the entries under `Body JSON parameters` as the body’s fields', () => {
    expect(fields('put', '/v1/lamps/shade')).toEqual(['lamp!', 'shade!']);
  });
});
