/**
 * SDK docs as openapi-generator writes them for every client (`docs/BooksApi.md`, `docs/Book.md`):
 * a table of routes linking to one section per SDK method, argument tables with a Notes column,
 * `### Return type`, and a page per model.
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PYTHON_API = `# library_client.BooksApi

All URIs are relative to *https://library.example.com/api/v1*

Method | HTTP request | Description
------------- | ------------- | -------------
[**create_book**](BooksApi.md#create_book) | **POST** /books | Add a book
[**get_book**](BooksApi.md#get_book) | **GET** /books/{bookId} | Find a book by ID
[**delete_book**](#delete_book) | **DELETE** /books/{bookId} | Remove a book


# **create_book**
> Book create_book(book, x_request_id=x_request_id)

Add a book

Adds a book to the catalogue.

### Example

\`\`\`python
api_response = api_instance.create_book(book)
\`\`\`

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **book** | [**Book**](Book.md)| The book to add | 
 **x_request_id** | **str**| A trace id | [optional] 

### Return type

[**Book**](Book.md)

### HTTP response details
| Status code | Description | Response headers |
|-------------|-------------|------------------|
**201** | Created |  -  |
**400** | Invalid book |  -  |

[[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)

# **get_book**
> Book get_book(book_id, expand=expand)

Find a book by ID

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **book_id** | **int**| ID of the book | 
 **expand** | **str**| What to embed | [optional] [default to &#39;author&#39;] [enum: author, shelf]

### Return type

[**List[Book]**](Book.md)

### HTTP response details
| Status code | Description | Response headers |
|-------------|-------------|------------------|
**200** | successful operation |  -  |

# **delete_book**
> delete_book(book_id)

Remove a book

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **book_id** | **int**| ID of the book | 

### Return type

void (empty response body)

### HTTP response details
| Status code | Description | Response headers |
|-------------|-------------|------------------|
**204** | Removed |  -  |
`;

const JAVA_API = `# ShelvesApi

| Method | HTTP request | Description |
|------------- | ------------- | -------------|
| [**getShelf**](ShelvesApi.md#getShelf) | **GET** /shelves/{shelfId} | Find a shelf |


<a id="getShelf"></a>
# **getShelf**
> Shelf getShelf(shelfId)

Find a shelf

### Parameters

| Name | Type | Description  | Notes |
|------------- | ------------- | ------------- | -------------|
| **shelfId** | **Long**| The shelf | |

### Return type

[**Shelf**](Shelf.md)
`;

const MODEL = `# Book

A book in the catalogue.

## Properties

Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**id** | **int** | The book | [optional] [readonly]
**title** | **str** | Its title | 
**tags** | **List[str]** |  | [optional] 
**published** | **datetime** |  | [optional] 
**extra** | **Dict[str, object]** |  | [optional] 

## Example

\`\`\`python
from library_client.models.book import Book
\`\`\`

[[Back to Model list]](../README.md#documentation-for-models) [[Back to README]](../README.md)
`;

describe('general reader: openapi-generator SDK docs', () => {
  it('should give each section the route its row in the table of routes links to, and read its arguments', () => {
    const read = readGeneral(PYTHON_API, 'docs/BooksApi.md');
    expect(read.routes).toEqual(['POST /books', 'GET /books/{bookId}', 'DELETE /books/{bookId}']);
    expect(read.root.data?.found).toContain('3 request lines in tables of routes linking to their sections');
    // "All URIs are relative to …": the base URL of the page's routes.
    expect(read.fragment?.servers).toEqual(['https://library.example.com/api/v1']);
    const create = operation(read, 'POST /books');
    // The SDK's call is no prose; the first paragraph is the summary.
    expect(create.summary).toBe('Add a book');
    expect(create.description).toBe('Adds a book to the catalogue.');
    // The argument typed with a model is the body; the others are query parameters.
    expect(parameterNames(create)).toEqual(['query:x_request_id']);
    expect(strip(bodySchema(create))).toEqual({ kind: 'ref', name: 'Book' });
    expect(create.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([
      ['201', { kind: 'ref', name: 'Book' }],
      ['400', undefined],
    ]);

    const get = operation(read, 'GET /books/{bookId}');
    // `book_id` is the route's `{bookId}` in the SDK's case.
    expect(parameterNames(get)).toEqual(['path:bookId*', 'query:expand']);
    expect(strip(get.parameters[1]?.schema)).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'author' }, { value: 'shelf' }],
      default: 'author',
    });
    expect(strip(get.responses[0]?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Book' } });

    const remove = operation(read, 'DELETE /books/{bookId}');
    expect(remove.responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
    expect(JSON.stringify(read.fragment?.operations)).not.toMatch(/Back to|create_book\(/);
    expect(codes(read)).toEqual([]);
  });

  it("should find the section by an `<a id>` anchor above its heading, in the Java docs' layout", () => {
    const read = readGeneral(JAVA_API, 'docs/ShelvesApi.md');
    const get = operation(read, 'GET /shelves/{shelfId}');
    expect(parameterNames(get)).toEqual(['path:shelfId*']);
    expect(strip(get.parameters[0]?.schema)).toEqual({ kind: 'integer', format: 'int64' });
    expect(strip(get.responses[0]?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Shelf' });
    expect(get.summary).toBe('Find a shelf');
  });

  it("should read the Go clients' context argument as none, and the TypeScript clients' notes and bracketed types", () => {
    const go = readGeneral(
      `Method | HTTP request | Description\n--- | --- | ---\n[**GetShelf**](ShelfApi.md#GetShelf) | **Get** /shelf/{shelfId} | Find a shelf\n\n## GetShelf\n\n> Shelf GetShelf(ctx, shelfId).Execute()\n\nFind a shelf\n\n### Path Parameters\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n**ctx** | **context.Context** | context for authentication, logging, cancellation, deadlines, tracing, etc.\n**shelfId** | **int64** | The shelf | \n\n### Return type\n\n[**Shelf**](Shelf.md)\n`,
      'docs/ShelfApi.md',
    );
    const shelf = operation(go, 'GET /shelf/{shelfId}');
    expect(parameterNames(shelf)).toEqual(['path:shelfId*']);
    expect(strip(shelf.parameters[0]?.schema)).toEqual({ kind: 'integer', format: 'int64' });
    const ts = readGeneral(
      `|Method | HTTP request | Description|\n|--- | --- | ---|\n|[**findShelves**](#findshelves) | **GET** /shelves | Finds shelves|\n\n# **findShelves**\n> Array<Shelf> findShelves()\n\n### Parameters\n\n|Name | Type | Description  | Notes|\n|------------- | ------------- | ------------- | -------------|\n| **genre** | [**string**] | Genre to filter by | (optional) defaults to undefined|\n| **limit** | [**number**] | At most this many | defaults to 20|\n\n### Return type\n\n**Array<Shelf>**\n`,
      'docs/ShelfTsApi.md',
    );
    const find = operation(ts, 'GET /shelves');
    expect(parameterNames(find)).toEqual(['query:genre', 'query:limit*']);
    expect(strip(find.parameters.map((p) => p.schema))).toEqual([{ kind: 'string' }, { kind: 'number', default: 20 }]);
    expect(strip(find.responses[0]?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Shelf' } });
  });

  it("should give back the rows a blank line parted from their table (the Go clients' Other Parameters), each at its place", () => {
    const text = [
      'Method | HTTP request | Description',
      '--- | --- | ---',
      '[**GetShelf**](#GetShelf) | **Get** /shelf/{shelfId} | Find a shelf',
      '',
      '## GetShelf',
      '',
      '### Other Parameters',
      '',
      'Name | Type | Description  | Notes',
      '------------- | ------------- | ------------- | -------------',
      '',
      ' **withBooks** | **bool** | Whether to list the books | [default to false]',
      ' **limit** | **int32** | At most this many | ',
      '',
    ].join('\n');
    const read = readGeneral(text, 'docs/ShelfApi.md');
    const shelf = operation(read, 'GET /shelf/{shelfId}');
    // (This page documents no row for the path parameter.)
    expect(parameterNames(shelf)).toEqual(['query:withBooks*', 'query:limit*', 'path:shelfId*']);
    expect(strip(shelf.parameters[0]?.schema)).toEqual({ kind: 'boolean', default: false });
    expect(shelf.parameters.slice(0, 2).map((p) => [p.source?.start.line, p.source?.start.column])).toEqual([
      [12, 2],
      [13, 2],
    ]);
    expect(codes(read)).toEqual(['path-parameter-undocumented']);
  });

  it("should take rows linking to another page's sections for an index, and give no route to a section that states its own", () => {
    // A client's README: its rows link to the sections of the pages that document them.
    const readme = readGeneral(
      'Class | Method | HTTP request | Description\n--- | --- | --- | ---\n*BooksApi* | [**a**](docs/BooksApi.md#a) | **GET** /a | A\n\n# **a**\n\nProse.\n',
      'README.md',
    );
    expect(readme.routes).toEqual([]);
    expect(JSON.stringify(readme.root)).not.toContain('"inlineCode"');
    // A link to another site makes no index: the row is a route.
    const site = readGeneral(
      'Method | HTTP request | Description\n--- | --- | ---\n[**a**](https://example.com/a.md#a) | **GET** /a | A\n',
      'api.md',
    );
    expect(site.routes).toEqual(['GET /a']);
    const own = readGeneral(
      'Method | HTTP request | Description\n--- | --- | ---\n[**b**](#b) | **GET** /b | B\n\n# **b**\n\n```http\nGET /b/{id}\n```\n',
      'docs/Own.md',
    );
    expect(own.routes).toContain('GET /b/{id}');
  });

  it('should read a table of thousands of routes over as many sections', () => {
    const count = 3000;
    const rows = Array.from({ length: count }, (_, i) => `[**op${i}**](#op${i}) | **GET** /things/t${i}/{id} | Thing ${i}`).join('\n');
    const sections = Array.from(
      { length: count },
      (_, i) =>
        `# **op${i}**\n\nThing ${i}.\n\n### Parameters\n\nName | Type | Description | Notes\n--- | --- | --- | ---\n**id** | **int** | The id |\n`,
    ).join('\n');
    const read = readGeneral(`Method | HTTP request | Description\n--- | --- | ---\n${rows}\n\n${sections}`, 'docs/ThingsApi.md');
    expect(read.routes).toHaveLength(count);
    expect(parameterNames(operation(read, 'GET /things/t2999/{id}'))).toEqual(['path:id*']);
  });

  it('should read a model page as the type it defines, its notes as required, read-only and types', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'BooksApi.md'), PYTHON_API);
    writeFileSync(path.join(dir, 'Book.md'), MODEL);
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    const book = result.document.schemas.find((schema) => schema.name === 'Book');
    expect(strip(book?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: false, schema: { kind: 'integer', format: 'int32', readOnly: true }, description: 'The book' },
        { name: 'title', required: true, schema: { kind: 'string' }, description: 'Its title' },
        { name: 'tags', required: false, schema: { kind: 'array', items: { kind: 'string' } } },
        { name: 'published', required: false, schema: { kind: 'string', format: 'date-time' } },
        { name: 'extra', required: false, schema: { kind: 'map', values: { kind: 'map', values: { kind: 'unknown' } } } },
      ],
    });
  });
});
