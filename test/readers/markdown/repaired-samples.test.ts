/**
 * A JSON sample a word processor set in typographic quotes (`“sku”: “A1”`), or one copied from a
 * page's HTML source (`&quot;sku&quot;`): read with plain quotes, with an info note where the first
 * such quote stands. A sample broken otherwise stays `invalid-sample`. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fenced = (body: string) => `\`\`\`json\n${body}\n\`\`\``;

describe('general reader: JSON samples written with typographic or HTML-escaped quotes', () => {
  const read = readGeneral(
    [
      '## Create an order',
      '`POST /orders`',
      'Request:',
      fenced('{\n  “sku”: “A1”,\n  “qty”: 2\n}'),
      'Response:',
      fenced('{ &quot;id&quot;: 7, &quot;note&quot;: &quot;Fish &amp; chips&quot; }'),
    ].join('\n\n'),
  );

  it('should read them as the JSON they mean', () => {
    const create = operation(read, 'POST /orders');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ sku: 'A1', qty: 2 });
    expect(create.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 7, note: 'Fish & chips' });
  });

  it('should say so where the first such quote stands', () => {
    const notes = read.diagnostics.items.filter((d) => d.code === 'repaired-sample');
    expect(notes.map((d) => [d.severity, d.source.start.line, d.source.start.column])).toEqual([
      ['info', 9, 3],
      ['info', 17, 3],
    ]);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('invalid-sample');
  });

  it('should leave a sample broken otherwise invalid', () => {
    const broken = readGeneral(['## Create an order', '`POST /orders`', 'Request:', fenced('{ “sku”: “A1” “qty”: 2 }')].join('\n\n'));
    expect(broken.diagnostics.items.map((d) => d.code)).toContain('invalid-sample');
    expect(broken.diagnostics.items.map((d) => d.code)).not.toContain('repaired-sample');
  });
});
