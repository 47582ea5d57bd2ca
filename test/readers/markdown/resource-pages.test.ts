import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A Hugo reference: `{#id}` headings, a facts paragraph under the request line, definition lists, status headings. */
const HUGO_PAGE = [
  '## Lend a book {#lend}',
  '```http\nPOST /api/v1/loans HTTP/1.1\n```',
  '**Returns:** [Loan]({{< relref "entities/loan" >}})\\\n**OAuth:** Reader token\\\n**Version history:**\\\n1.2.0 - added',
  '#### Request',
  '```\nPOST /api/v1/loans HTTP/1.1\nContent-Type: application/json\n\n{\n  "book_id": "42",\n  "days": 14,\n}\n```',
  '##### Form data parameters',
  'book_id\n: {{<required>}} String. The book to lend.',
  'days\n: Integer. How long the loan lasts.',
  '#### Response',
  '##### 200: OK',
  '```json\n{"id": "7", "book_id": "42"}\n```',
  '## Return a book {#return}',
  '```http\nDELETE /api/v1/loans/:id HTTP/1.1\n```',
  'Ends the loan.',
].join('\n\n');

describe('general reader: resource references (Hugo method pages, Discord resource pages)', () => {
  it("should take a heading's title without its `{#id}` for the summary, never a paragraph of `**Returns:**`-style facts", () => {
    const read = readGeneral(HUGO_PAGE);
    const lend = operation(read, 'POST /api/v1/loans');
    expect(lend.summary).toBe('Lend a book');
    // The facts stay the operation's words.
    expect(lend.description).toContain('**OAuth:** Reader token');
    expect(operation(read, 'DELETE /api/v1/loans/{id}').summary).toBe('Ends the loan.');
    // Hugo's own: `## Return a book {#return}` over nothing but prose keeps its prose.
    const bare = readGeneral('## Renew a loan {#renew}\n\n```http\nPOST /api/v1/loans/:id/renew HTTP/1.1\n```\n');
    expect(operation(bare, 'POST /api/v1/loans/{id}/renew').summary).toBe('Renew a loan');
  });

  it("should tidy the JSON body of a request message as it tidies a JSON fence's (a trailing comma)", () => {
    const read = readGeneral(HUGO_PAGE);
    const lend = operation(read, 'POST /api/v1/loans');
    expect(lend.requestBody?.content[0]?.examples[0]?.value).toEqual({ book_id: '42', days: 14 });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('invalid-sample');
  });
});
