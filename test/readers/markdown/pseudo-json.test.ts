import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const fence = (lines: string[], lang = 'json') => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;

describe('general reader: samples that are not quite JSON', () => {
  it('should read a sample with comments, elided items and trailing commas, leaving out what it elides', () => {
    const read = readGeneral(
      [
        '## List invoices',
        '`GET /invoices`',
        '### Response',
        fence([
          '{',
          '  /* the page of invoices */',
          '  "invoices": [ {...}, { "id": 7, "total": 12.5, }, … ],',
          '  "links": { ... }, // where the next page is',
          '  "count": 2,',
          '}',
        ]),
        '## Get an invoice',
        '`GET /invoices/{id}`',
        '### Response',
        fence(['{', '  "id": 12,', '  "customer": Ada the customer', '}']),
      ].join('\n\n'),
    );
    const [response] = operation(read, 'GET /invoices').responses;
    expect(response?.content[0]?.examples.map((e) => e.value)).toEqual([{ invoices: [{ id: 7, total: 12.5 }], links: {}, count: 2 }]);
    // What a lenient reading still cannot read is reported as before, and gives nothing.
    expect(read.diagnostics.items.filter((d) => d.code === 'invalid-sample').map((d) => d.source?.start.line)).toEqual([25]);
    expect(operation(read, 'GET /invoices/{id}').responses).toEqual([]);
  });

  it('should read the real values of a sample whose placeholders state types, never a value made up from them', () => {
    const read = readGeneral(
      [
        '## Get a pet',
        '`GET /pets/{id}`',
        '### Response',
        fence([
          '{',
          '  "id": 12,',
          '  "name": "Rex",',
          '  "vaccinated": true/false,',
          '  "neutered": true|false,',
          '  "age": #integer#,',
          '  "owner": <string>,',
          '  "nickname": "<string>",',
          '  "shelter": {shelter_id},',
          '  "toys": [<string>],',
          '  "tags": ["good", "small"]',
          '}',
        ]),
      ].join('\n\n'),
    );
    const [response] = operation(read, 'GET /pets/{id}').responses;
    // No `true`, `0` or `"<string>"` taken for an example: the placeholders are left out.
    expect(response?.content[0]?.examples.map((e) => e.value)).toEqual([{ id: 12, name: 'Rex', tags: ['good', 'small'] }]);
    expect(codes(read)).not.toContain('invalid-sample');
  });
});
