/**
 * Pictographs that open or close a section's title (Notion's exports mark their headings so:
 * `### ✅ Response`, `### 🔎 Query parameters`) are no words of it: the section is the one its
 * words name. The fixture is an "invoices" API written by us as Notion exports a page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseTitle, sectionOfTitle } from '../../../src/readers/markdown/section-titles.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/pictograph-titles/invoices.md'), 'utf8');

describe('general reader: section titles opened or closed by pictographs', () => {
  const read = readGeneral(page, 'api/Invoices API 3f2a9c.md');

  it('should read `### ✅ Response` over a JSON fence as the response and its sample', () => {
    const list = operation(read, 'GET /billing/invoices');
    expect(list.responses).toHaveLength(1);
    expect(list.responses[0]?.content[0]?.examples[0]?.value).toEqual({
      data: [{ id: 'inv_1', status: 'open', amount_due: 4200 }],
      has_more: false,
    });
  });

  it('should place `### 📦 Request body` rows as the body’s fields and `### Response ✅` words as its status', () => {
    const voided = operation(read, 'POST /billing/invoices/{invoice_id}/void');
    expect(voided.requestBody?.content[0]?.schema).toMatchObject({ kind: 'object', properties: [{ name: 'reason' }] });
    expect(voided.responses.map((response) => response.status)).toEqual(['200']);
  });

  it('should name the section by the title’s words, pictographs and their joiners aside', () => {
    expect(normaliseTitle('✏️ Path parameters')).toBe('path parameters');
    expect(normaliseTitle('👩‍💻 Request body 🇩🇪')).toBe('request body');
    expect(sectionOfTitle('🔎 Query parameters')?.kind).toBe(sectionOfTitle('Query parameters')?.kind);
    expect(normaliseTitle(`${'✅'.repeat(100_000)} Response`)).toBe('response');
  });
});
