import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `[status, example values]` of every response. */
function answers(read: ReturnType<typeof readGeneral>, route: string): Array<[string, unknown[]]> {
  return operation(read, route).responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value) ?? []]);
}

describe('general reader: code blocks as site generators write them', () => {
  it('should read HTML code blocks (`<pre><code class="…">`) as fences: a curl command the request sample, JSON after a response title its sample', () => {
    const read = readGeneral(
      [
        '## Create a pet',
        '`POST /pets`',
        '#### Example request',
        '<pre><code class="cmd bash">curl -X POST https://api.example.com/pets \\\n  -d &apos;{&quot;name&quot;: &quot;Rex&quot;, &quot;tags&quot;: [&quot;&lt;dog&gt;&quot;]}&apos;</code></pre>',
        '#### Example response',
        '<pre><code class="language-json">{\n  "id": 7,\n\n  "name": "Rex"\n}\n</code></pre>',
        '## List pets',
        '`GET /pets`',
        '#### Response',
        '<div class="highlight"><pre class="highlight"><code>[{ "id": 7 }]</code></pre></div>',
        '## Delete a pet',
        '`DELETE /pets/{id}`',
        '#### Response',
        // A block of two code blocks (or none) is the HTML it is.
        '<div class="tabs">\n<pre>{ "a": 1 }</pre>\n<pre>{ "b": 2 }</pre>\n</div>',
        '<div class="note">{ "c": 3 }</div>',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /pets');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Rex', tags: ['<dog>'] }]);
    expect(answers(read, 'POST /pets')).toEqual([['2XX', [{ id: 7, name: 'Rex' }]]]);
    expect(answers(read, 'GET /pets')).toEqual([['2XX', [[{ id: 7 }]]]]);
    expect(answers(read, 'DELETE /pets/{id}')).toEqual([]);
    // The HTML is no prose of the operation.
    expect(create.description ?? '').not.toContain('<pre>');
  });

  it('should read a Liquid code block (`{% highlight json %}` … `{% endhighlight %}`) as a fence of that language', () => {
    const read = readGeneral(
      [
        '## Create an invoice',
        '`POST /invoices`',
        '### Example request',
        '{% highlight shell linenos %}\ncurl -X POST https://api.example.com/invoices \\\n  -d \'{"amount": 120, "currency": "EUR"}\'\n{% endhighlight %}',
        '### Example response',
        '{% highlight json %}\n{\n    "id": "inv_1",\n\n    "amount": 120\n}\n{% endhighlight %}',
        '{% include footer.html %}',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /invoices');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ amount: 120, currency: 'EUR' }]);
    expect(answers(read, 'POST /invoices')).toEqual([['2XX', [{ id: 'inv_1', amount: 120 }]]]);
    expect(create.description ?? '').not.toContain('inv_1');
  });

  it("should read Docusaurus code tabs: a tab titled with a status (`<!--404 NOT FOUND-->`) is that status's sample, a language's tab none", () => {
    const read = readGeneral(
      [
        '## Borrow a book',
        '`POST /loans`',
        'Lends a book to a reader.',
        '<!--DOCUSAURUS_CODE_TABS-->\n<!--cURL-->\n```bash\ncurl -X POST https://api.example.com/loans -d \'{"book": 12}\'\n```\n<!--END_DOCUSAURUS_CODE_TABS-->',
        '### Responses',
        '<!--DOCUSAURUS_CODE_TABS-->\n<!--201 CREATED-->\n```json\n{ "id": 5, "book": 12 }\n```\n<!--409 CONFLICT-->\n```json\n{ "error": "lent" }\n```\n<!--END_DOCUSAURUS_CODE_TABS-->',
        '<!-- the docs team reviews this page yearly -->',
        'Loans last two weeks.',
        '## Extend a loan',
        '`PATCH /loans/{id}`',
        '<!--DOCUSAURUS_CODE_TABS-->\n<!--Request-->\n```json\n{ "days": 7 }\n```\n<!--Response-->\n```json\n{ "id": 5, "days": 21 }\n```\n<!--END_DOCUSAURUS_CODE_TABS-->',
      ].join('\n\n'),
    );
    const borrow = operation(read, 'POST /loans');
    expect(borrow.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ book: 12 }]);
    expect(answers(read, 'POST /loans')).toEqual([
      ['201', [{ id: 5, book: 12 }]],
      ['409', [{ error: 'lent' }]],
    ]);
    expect(borrow.summary).toBe('Lends a book to a reader.');
    expect(borrow.description ?? '').toContain('Loans last two weeks.');
    const extend = operation(read, 'PATCH /loans/{id}');
    expect(extend.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ days: 7 }]);
    expect(answers(read, 'PATCH /loans/{id}')).toEqual([['2XX', [{ id: 5, days: 21 }]]]);
  });

  it('should read a JSON fence whose first line is a comment naming it (`// Request`, `// Response`) as titled so, the comment no part of its JSON', () => {
    const read = readGeneral(
      [
        '## Create a Shelf',
        'Create a new shelf.',
        '### Request Body',
        'A partial shelf object.',
        '```\nPOST /shelves\n```',
        '```json\n// Request\n\n{\n\t"name": "Poetry"\n}\n```',
        '```json\n// Response\n\n{\n\t"data": {\n\t\t"id": 7,\n\t\t"name": "Poetry"\n\t}\n}\n```',
        '## Delete a Shelf',
        '```\nDELETE /shelves/{id}\n```',
        '```json\n// Empty Response\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /shelves').requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Poetry' }]);
    expect(answers(read, 'POST /shelves')).toEqual([['2XX', [{ data: { id: 7, name: 'Poetry' } }]]]);
    // A fence of a comment alone shows nothing: no sample, no warning.
    expect(answers(read, 'DELETE /shelves/{id}')).toEqual([]);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('invalid-sample');
  });
});
