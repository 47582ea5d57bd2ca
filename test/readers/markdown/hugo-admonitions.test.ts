/**
 * Hugo's admonition shortcodes (`{{< admonition type="note" >}}` ⏎ … ⏎ `{{< /admonition >}}`, as
 * Grafana's and Loki's references write them; `{{< note >}}`, `{{% admonition %}}`) right under an
 * operation's request line are notes of its description, no summary: the sentence after them is, as
 * for Docusaurus' `:::note`. The fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/hugo-admonitions/shelves.md'), 'utf8'), 'api/shelves.md');
const words = (route: string) => {
  const op = operation(read, route);
  return [op.summary, op.description];
};

describe('general reader: a Hugo admonition shortcode under the operation’s request line', () => {
  it('should take the sentence after the shortcode for the summary, its words staying in the description', () => {
    expect(words('GET /v1/shelves/labels')).toEqual(['Lists the label of every shelf.', 'Labels of attic shelves are read only.']);
    expect(words('DELETE /v1/shelves/{shelf_id}')).toEqual(['Removes the shelf for good.', 'Removing a shelf cannot be undone.']);
    // One holding a fence: its words no summary either (the heading's title is, as under a `:::note` holding one).
    const heights = operation(read, 'GET /v1/shelves/heights');
    expect(heights.summary).toBe('Shelf heights');
    expect(heights.description).toContain('You must turn the height sensor on to use this endpoint.');
  });

  it('should mark nothing where the shortcode is never closed', () => {
    expect(operation(read, 'POST /v1/shelves/{shelf_id}/dust').summary).toBe('Dust the top shelf first.');
  });
});
