/**
 * Markdown that docgen (thedevsaddam/docgen) writes of a Postman collection: `Method:` / `URL:`
 * lines in a fence under `***Endpoint:***`, `***URL variables:***` and `***Query params:***`
 * Key/Value tables, `***Body:***` over the JSON sent, numbered headings (`### 1. Create shelf`,
 * `##### I. Example Response: Created`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../../src/readers/markdown/section-titles.js';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/docgen/api.md'), 'utf8');

describe('general reader: docgen’s Postman pages', () => {
  it('should read the Method and URL lines of an endpoint fence as the signature', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['POST /api/shelves', 'GET /api/shelves/{id}']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read URL variables, query params, the body sent and the example response', () => {
    const read = readGeneral(PAGE);
    const get = operation(read, 'GET /api/shelves/{id}');
    expect(get.parameters.map((p) => `${p.in}:${p.name}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'path:id:{"kind":"integer","examples":[3]}',
      'query:expand:{"kind":"boolean","examples":[true]}',
    ]);
    const create = operation(read, 'POST /api/shelves');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Fiction', capacity: 40 });
    // `***Status Code:*** 201` under an example response states that sample's status.
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', { id: 3, name: 'Fiction', capacity: 40 }],
      ['409', { error: 'a shelf of this name exists' }],
    ]);
  });

  it('should read the body mode of the endpoint fence (`Type: URLENCODED`, `Type: FORMDATA`) as the body’s form', () => {
    const page = (mode: string) =>
      readGeneral(
        `### 1. Add shelf\n\n***Endpoint:***\n\n\`\`\`bash\nMethod: POST\nType: ${mode}\nURL: {{url}}/v1/shelves\n\`\`\`\n\n***Body:***\n\n| Key | Value | Description |\n| --- | ------|-------------|\n| label | Poetry | The label |\n`,
      );
    const mediaTypes = (mode: string) => operation(page(mode), 'POST /v1/shelves').requestBody?.content.map((c) => c.mediaType);
    expect(mediaTypes('URLENCODED')).toEqual(['application/x-www-form-urlencoded']);
    expect(mediaTypes('FORMDATA')).toEqual(['multipart/form-data']);
    // `RAW` names no form: the body as before.
    expect(mediaTypes('RAW')).toEqual(['application/json']);
  });

  it('should not take Method and URL lines in a program, nor in a long fence, as a signature', () => {
    expect(readGeneral('## A\n\n```python\nMethod: POST\nURL: /a\n```\n').routes).toEqual([]);
    const script = ['Method: POST', 'URL: /a', ...Array.from({ length: 10 }, (_, i) => `echo ${i}`)].join('\n');
    expect(readGeneral(`## A\n\n\`\`\`bash\n${script}\n\`\`\`\n`).routes).toEqual([]);
  });

  it('should take a numbered heading’s title without its number for the summary', () => {
    const read = readGeneral(PAGE);
    expect(['POST /api/shelves', 'GET /api/shelves/{id}'].map((route) => operation(read, route).summary)).toEqual([
      'Creates a shelf.',
      'Get shelf',
    ]);
    expect(operation(readGeneral('### 12) List shelves\n\n`GET /shelves`\n'), 'GET /shelves').summary).toBe('List shelves');
  });

  it('should read numbered titles without their numbers', () => {
    expect(normaliseTitle('I. Example Response: Created')).toBe('example response: created');
    expect(normaliseTitle('2. Path parameters')).toBe('path parameters');
    expect(normaliseTitle('2.5 release')).toBe('2.5 release');
  });
});
