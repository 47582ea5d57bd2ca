/**
 * Slate's `language_tabs:` front matter: each call shown in every tab's language, in fences right
 * under the operation's heading. A tab's fence of a program's call the reader does not read
 * (`api.kettles.get` in Ruby) is a code sample, no words of the description; the curl command, the
 * JSON and a call the reader does read (Python's `requests.post`) stay what they were. The fixture
 * is a "kettle" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/language-tabs/index.md'), 'utf8'), 'slate/index.md');

describe('general reader: Slate’s language tabs', () => {
  it('should keep the tabs’ code samples out of the description, the words under the heading its summary', () => {
    const list = operation(read, 'GET /v1/kettles');
    expect(list.summary).toBe('This endpoint lists every kettle.');
    expect(list.description ?? '').not.toContain('```');
    expect(list.responses[0]?.content[0]?.examples[0]?.value).toEqual([{ id: 1, name: 'Copper', boiling: false }]);
  });

  it('should still read a tab’s call the reader knows as the request’s sample', () => {
    const fill = operation(read, 'POST /v1/kettles/{ID}/fill');
    expect(fill.description ?? '').not.toContain('```');
    expect(fill.requestBody?.content[0]?.examples[0]?.value).toEqual({ litres: 1.5 });
  });
});

const components = readGeneral(
  readFileSync(path.join(import.meta.dirname, 'fixtures/language-tabs/components.md'), 'utf8'),
  'api/shelves.md',
);

describe('general reader: code tab sets (`<Tabs>` ⏎ `<template v-slot:Ruby>`, `<TabItem>`, `<CodeGroup>`)', () => {
  it('should keep a tab’s fence of a program’s call the reader does not read out of the description', () => {
    const get = operation(components, 'GET /shelves/{name}');
    expect([get.summary, get.description ?? '']).toEqual(['We can fetch one shelf by its name.', '']);
    expect(get.responses[0]?.content[0]?.examples[0]?.value).toEqual({ name: 'oak', levels: 4 });
    const empty = operation(components, 'DELETE /shelves/{name}/books');
    expect([empty.summary, empty.description ?? '']).toEqual(['Takes every book off the shelf.', '']);
  });

  it('should keep a tab’s data in a program’s fence, and a fence outside a tab set, as written', () => {
    const add = operation(components, 'POST /shelves/{name}/books');
    expect(add.description ?? '').not.toContain('add_book');
    expect(add.description).toBe('```javascript\n{ "title": "Dune", "position": 2 }\n```');
    expect(operation(components, 'GET /shelves/{name}/count').description).toContain('count := len(shelf.Books)');
  });
});
