import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

describe('general reader: a request line stated under a subsection of the call', () => {
  const page = [
    '# Books',
    '## Add books',
    '### Add one book',
    'Adds one book to a shelf.',
    '#### Upsert one book',
    'Replaces the book with the same `id`, or adds it.',
    '**Definition**',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's host variable, not a template
    '`POST ${LIBRARY_HOST}/shelves/:shelf/books`',
    '### Import many books',
    'Imports many books at once from a file of records.',
    '#### Write modes (create, upsert)',
    'The `mode` query parameter decides what happens to a record whose `id` exists.',
    '| Mode | Behaviour |\n| --- | --- |\n| create | Fails on an existing id |\n| upsert | Replaces the book |',
    '**Definition**',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's host variable, not a template
    '`POST ${LIBRARY_HOST}/shelves/:shelf/books/import`',
    '#### Configure batch size',
    'The `batch_size` parameter sets how many records are written at a time.',
    '### Update loans',
    'Loans change in two ways.',
    '#### Renewal',
    'Renews a loan for two more weeks.',
    '**Definition**',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's host variable, not a template
    '`PATCH ${LIBRARY_HOST}/loans/:id/renewal`',
    '#### Return',
    'Marks a loan returned.',
    '**Definition**',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's host variable, not a template
    '`PATCH ${LIBRARY_HOST}/loans/:id/return`',
  ].join('\n\n');

  it('should give the call the heading that names it, past a subsection that names none; a subsection naming a call, or one of a group stating several, keeps its own', () => {
    const read = readGeneral(page);
    expect(read.routes).toEqual([
      'POST /shelves/{shelf}/books',
      'POST /shelves/{shelf}/books/import',
      'PATCH /loans/{id}/renewal',
      'PATCH /loans/{id}/return',
    ]);
    const imported = operation(read, 'POST /shelves/{shelf}/books/import');
    expect(imported.summary).toBe('Imports many books at once from a file of records.');
    // `#### Upsert one book` names a call itself: the request line is its.
    expect(operation(read, 'POST /shelves/{shelf}/books').summary).toBe('Replaces the book with the same id, or adds it.');
    // `### Update loans` holds two request lines: each subsection is an operation of its own.
    expect(operation(read, 'PATCH /loans/{id}/renewal').summary).toBe('Renews a loan for two more weeks.');
    expect(operation(read, 'PATCH /loans/{id}/return').summary).toBe('Marks a loan returned.');
  });
});
