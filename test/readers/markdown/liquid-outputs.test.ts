/**
 * A Liquid output of a page's variable alone on its line (`{{ page.lamp_id }}`, as Jekyll sites
 * write a table kept in the front matter) is filled in by the site: the page holds no words of it,
 * so it is neither an operation's summary nor its prose. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/liquid-outputs/lamps.md'), 'utf8');

describe('general reader: a Liquid output alone on its line', () => {
  it('should read no words of it: the heading or the prose after it summarises the call', () => {
    const read = readGeneral(page);
    expect(operation(read, 'GET /lamps/{id}').summary).toBe('Fetch a lamp');
    const put = operation(read, 'PUT /lamps/{id}');
    expect(put.summary).toBe('When using PUT, the lamp switches to the state the body asks for.');
    expect(`${put.summary} ${put.description ?? ''}`).not.toContain('{{');
  });
});
