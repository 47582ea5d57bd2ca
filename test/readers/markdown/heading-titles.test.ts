import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A widgets API whose headings state each call's request line and its title, prose under each. */
const WIDGETS = [
  '# Widgets',
  '### POST /widgets - Create a widget',
  'Creates a widget on its shelf. The widget is saved at once.',
  '| Name | Type | Required | Description |\n|---|---|---|---|\n| name | string | yes | The name. |',
  'Names are unique per shelf.',
  '### GET /widgets/{id} — Get a widget',
  'Returns one widget.',
  '### DELETE /widgets/{id}: Delete a widget',
  'Deletes the widget for good.',
  '### Move a widget – POST /widgets/{id}/move',
  'Moves the widget to another shelf.',
  '### GET /widgets',
  'Lists the widgets, newest first.',
  '### Paint a widget',
  '`POST /widgets/{id}/paint`',
  'Paints the widget.',
].join('\n\n');

describe("general reader: a heading's title beside the signature it states", () => {
  it('should take the title as the summary and the prose under the heading as the description', () => {
    const read = readGeneral(WIDGETS);
    const summaries = read.fragment?.operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o.summary, o.description]);
    expect(summaries).toEqual([
      ['POST /widgets', 'Create a widget', 'Creates a widget on its shelf. The widget is saved at once.\n\nNames are unique per shelf.'],
      ['GET /widgets/{id}', 'Get a widget', 'Returns one widget.'],
      ['DELETE /widgets/{id}', 'Delete a widget', 'Deletes the widget for good.'],
      ['POST /widgets/{id}/move', 'Move a widget', 'Moves the widget to another shelf.'],
      // A heading that is the signature alone has no title: the prose summarises.
      ['GET /widgets', 'Lists the widgets, newest first.', undefined],
      // A heading that states no signature (the request line below it) is no title beside one: as before.
      ['POST /widgets/{id}/paint', 'Paints the widget.', undefined],
    ]);
  });

  it('should keep the title as the summary where no prose follows, with no description', () => {
    const read = readGeneral(
      '### PUT /widgets/{id} - Replace a widget\n\n| Name | Type | Description |\n|---|---|---|\n| name | string | The name. |\n',
    );
    const put = operation(read, 'PUT /widgets/{id}');
    expect([put.summary, put.description]).toEqual(['Replace a widget', undefined]);
  });
});
