import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A GET (or `method`) operation whose page says `sentence` after its request line. */
const page = (sentence: string, method = 'GET') => readGeneral(`## Things\n\n\`\`\`\n${method} /things\n\`\`\`\n\n${sentence}\n`);
const names = (sentence: string, method = 'GET') => parameterNames(operation(page(sentence, method), `${method} /things`));

describe('general reader: parameters named in prose', () => {
  it.each([
    [
      'This endpoint supports the optional offset and count [#pagination](../#pagination) query parameters.',
      ['query:offset', 'query:count'],
    ],
    // The same sentence as a page's copied text shows it: the link's text alone, `#pagination`.
    ['This endpoint supports the optional offset and count #pagination query parameters.', ['query:offset', 'query:count']],
    ['It supports the `since` and `until` filtering parameters.', ['query:since', 'query:until']],
    ['This function takes pagination parameters `page` and `per_page` to restrict the list.', ['query:page', 'query:per_page']],
    ['Use the pagination\nparameters `page` and `per_page` to restrict the list.', ['query:page', 'query:per_page']],
    ['To view them, you must add the `query` and `fields` [parameters](https://x.example/#query).', ['query:query', 'query:fields']],
    ['It accepts the required `cursor` query parameter.', ['query:cursor*']],
    ['Pass the `since`, `until` or `limit` parameters to narrow it.', ['query:since', 'query:until', 'query:limit']],
    ['The pagination parameters `page` and `per_page` can be used to restrict the list.', ['query:page', 'query:per_page']],
    ['The query parameter `state` is optional.', ['query:state']],
    // Microsoft Graph: the names in code, the word "parameters" in the link's text.
    [
      'This method supports the `$count`, `$filter` and `$select` [OData query parameters](/graph/query-parameters) to help customize the response.',
      ['query:$count', 'query:$filter', 'query:$select'],
    ],
  ])('should read "%s"', (sentence, want) => {
    expect(names(sentence)).toEqual(want);
  });

  it.each([
    ['a section link alone', 'This endpoint supports the optional [#pagination](../#pagination) parameters.'],
    ['a link whose text says parameters, alone', 'This method supports the [OData query parameters](/graph/query-parameters).'],
    ['links to other pages', 'It supports the [#pagination](../#p) parameters, alongside the [#query-and-fields](../#q) parameters.'],
    ['values, not names', 'Can take `private`, `internal` and `public` as a parameter.'],
    ['a response field called a parameter', 'The `customFields` parameter will not be returned if it does not exist.'],
    ['one bare word', 'It supports the field parameter for [#query-and-fields](../#q).'],
    ['bare words that name kinds of parameters', 'It supports the pagination and sorting query parameters.'],
    ['bare words without "query parameters"', 'It supports the offset and count parameters.'],
    ['bare words and a kind without "query parameters"', 'It supports the offset and count #pagination parameters.'],
    ['one bare word and a kind', 'It supports the offset #pagination query parameters.'],
    ['a value assignment', 'To get all of them, use parameter `scope=all`.'],
    ['bare words offered without code spans', 'The pagination parameters page and per_page can be used to restrict the list.'],
    ['names a sentence does not offer', 'The parameters `page` and `per_page` were removed in v4.'],
  ])('should not read %s', (_, sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('should not make a body field of a parameter a POST sentence names without saying "query"', () => {
    const post = operation(page('It accepts the `dryRun` parameter.', 'POST'), 'POST /things');
    expect(post.parameters).toEqual([]);
    expect(post.requestBody).toBeUndefined();
    expect(names('It accepts the `dryRun` query parameter.', 'POST')).toEqual(['query:dryRun']);
  });

  it('should keep what a table says of a parameter the prose names too', () => {
    const read = page(
      'It supports the `limit` and `offset` query parameters.\n\n| Key | Example Value | Description |\n| --- | --- | --- |\n| `limit` | `20` | How many |',
    );
    const things = operation(read, 'GET /things');
    expect(parameterNames(things)).toEqual(['query:limit', 'query:offset']);
    expect(things.parameters.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['limit', 'integer', 'How many'],
      ['offset', 'string', 'It supports the `limit` and `offset` query parameters.'],
    ]);
  });

  it('should read bullet items that name a parameter', () => {
    expect(names('* Add the `query` parameter: `query={"a": 1}`\n* Add the `fields` parameter: `fields={"b": 1}`')).toEqual([
      'query:query',
      'query:fields',
    ]);
  });

  it('should read `name=value` spans a sentence calls query string parameters, the value their example', () => {
    const sentence = 'Two query string parameters, `if-dim=true` and/or `if-unplugged=false`,\ncan be used to switch a lamp off.';
    const lamp = operation(page(sentence, 'DELETE'), 'DELETE /things');
    expect(parameterNames(lamp)).toEqual(['query:if-dim', 'query:if-unplugged']);
    // `true` and `false` are booleans, typed as an example cell types them; nothing makes them required.
    expect(lamp.parameters.map((p) => p.schema.kind)).toEqual(['boolean', 'boolean']);
    // Any method: the sentence states where they go.
    expect(names('The query string parameters, `shade=blue` and `glow=2`, may be used too.', 'POST')).toEqual([
      'query:shade',
      'query:glow',
    ]);
    // A pair a sentence does not call a query parameter is a value it sets.
    expect(names('The parameters, `shade=blue` and `glow=2`, may be used too.', 'POST')).toEqual([]);
  });
});
