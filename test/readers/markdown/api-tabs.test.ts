import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A page that shows each call for REST and GraphQL in tabs, its request under `### Request` and again under `### Example`. */
const PAGE = [
  '# Shelves',
  '## List Shelves',
  'List all shelves of the library.',
  '### Request',
  '<SnippetToggler :choices="[\'REST\', \'GraphQL\']" label="API">\n<template #rest>',
  '`GET /shelves`',
  '</template>\n<template #graphql>',
  '`POST /graphql/library`',
  '```graphql\ntype Query {\n\tshelves: [Shelf]\n}\n```',
  '</template>\n</SnippetToggler>',
  '### Response',
  'An array of shelf objects.',
  '### Example',
  '<SnippetToggler :choices="[\'REST\', \'GraphQL\']" label="API">\n<template #rest>',
  '`GET /shelves`',
  '</template>\n<template #graphql>',
  '`POST /graphql/library`',
  '```graphql\nquery {\n\tshelves {\n\t\tname\n\t}\n}\n```',
  '</template>\n</SnippetToggler>',
  '## Create a Shelf',
  'Create a new shelf.',
  '### Request',
  '<SnippetToggler :choices="[\'REST\', \'GraphQL\']" label="API">\n<template #rest>',
  '`POST /shelves`',
  '```json\n{\n\t"name": "Poetry"\n}\n```',
  '</template>\n<template #graphql>',
  '`POST /graphql/library`',
  '```graphql\ntype Mutation {\n\tcreate_shelf(data: ShelfInput): Shelf\n}\n```',
  '</template>\n</SnippetToggler>',
  '### Example',
  '<SnippetToggler :choices="[\'REST\', \'GraphQL\']" label="API">\n<template #rest>',
  '`POST /shelves`',
  '```json\n{\n\t"name": "Travel"\n}\n```',
  '</template>\n</SnippetToggler>',
].join('\n\n');

describe('general reader: a call shown for REST and GraphQL in tabs', () => {
  it("should read the REST tab's request line as the section's operation, the GraphQL tab's endpoint as none", () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /shelves', 'POST /shelves']);
    expect(operation(read, 'GET /shelves').summary).toBe('List all shelves of the library.');
    expect(operation(read, 'POST /shelves').summary).toBe('Create a new shelf.');
    // The REST tab's JSON is the request's sample, the GraphQL tab's type no part of it.
    expect(operation(read, 'POST /shelves').requestBody?.content[0]?.examples.map((example) => example.value)).toEqual([
      { name: 'Poetry' },
      { name: 'Travel' },
    ]);
  });

  it('should read the request line an Example heading shows again as an example, no operation of its own', () => {
    const read = readGeneral(PAGE);
    // One operation a section: the example is no second one (summary "Example", its tabs its prose).
    expect(read.fragment?.operations.map((o) => [o.summary, o.description])).toEqual([
      ['List all shelves of the library.', undefined],
      ['Create a new shelf.', undefined],
    ]);
  });

  it('should read no layout tags (`<div class="two-up">`, a tab\'s `<template v-slot:Shell>`) as the operation\'s prose', () => {
    const read = readGeneral(
      [
        '## Delete a Shelf',
        'Delete an existing shelf.',
        '<div class="two-up">\n<div class="left">',
        'Any books on it are moved to the floor.',
        '</div>\n<div class="right">',
        '```\nDELETE /shelves/:id\n```',
        '</div>\n</div>',
        '## Export shelves',
        '<Tabs :tabs="[\'Shell\']">\n  <template v-slot:Shell>',
        '```bash\ncurl "http://localhost:8108/shelves/export"\n```',
        '  </template>\n</Tabs>',
        '`GET /shelves/export`',
      ].join('\n\n'),
    );
    const remove = operation(read, 'DELETE /shelves/{id}');
    expect([remove.summary, remove.description]).toEqual(['Delete an existing shelf.', 'Any books on it are moved to the floor.']);
    expect(operation(read, 'GET /shelves/export').description).toBeUndefined();
  });

  it('should read a label that titles the request line (`**Definition**` over `` `GET …` ``) as its caption, no prose', () => {
    const read = readGeneral(
      [
        '## Export shelves',
        'Export every shelf as a line of JSON.',
        '**Definition**',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a host variable as the page writes it, not a template
        '`GET ${LIBRARY_HOST}/shelves/export`',
        '## Delete a shelf',
        '**Endpoint**',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a host variable as the page writes it, not a template
        '`DELETE ${LIBRARY_HOST}/shelves/:name`',
      ].join('\n\n'),
    );
    const exported = operation(read, 'GET /shelves/export');
    expect([exported.summary, exported.description]).toEqual(['Export every shelf as a line of JSON.', undefined]);
    expect(operation(read, 'DELETE /shelves/{name}').description).toBeUndefined();
  });
});
