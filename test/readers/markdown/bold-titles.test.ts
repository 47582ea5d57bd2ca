import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const fence = (text: string, lang = '') => `\`\`\`${lang}\n${text}\n\`\`\``;

/** A "widgets" API whose calls are titled in bold, not in headings (`**List**` ⏎ a fence of the request line). */
const PAGE = [
  '### Widgets',
  '**List**',
  fence('GET /api/widgets/'),
  'List widgets.',
  'Example response:',
  fence('{"count": 2, "results": [{"id": 1, "colour": "blue"}]}', 'json'),
  '**Retrieve**',
  fence('GET /api/widgets/<id>/'),
  'Retrieves a single widget by ID.',
  '**Check**',
  fence('GET /api/widgets/check/?colour=blue'),
  'Tells whether a widget of that colour is in stock.',
  'Example response:',
  fence('{"widget": null, "in_stock": false}', 'json'),
  '**Delete**',
  fence('DELETE /api/widgets/<id>/'),
  'Deletes a widget by ID.',
].join('\n\n');

describe('general reader: calls titled in bold (`**Retrieve**` ⏎ ```` ``` GET /api/widgets/<id>/ ``` ````)', () => {
  it('should read a call after an example label above its bold title as a call, not as that example', () => {
    const read = readGeneral(PAGE);
    expect([...read.routes].sort()).toEqual([
      'DELETE /api/widgets/{id}',
      'GET /api/widgets',
      'GET /api/widgets/check',
      'GET /api/widgets/{id}',
    ]);
  });

  it('should give each bold-titled call its own stretch: the next call’s sample is no part of it', () => {
    const read = readGeneral(PAGE);
    expect(operation(read, 'GET /api/widgets/{id}').responses.flatMap((r) => r.content)).toEqual([]);
    const check = operation(read, 'GET /api/widgets/check');
    expect(check.responses[0]?.content[0]?.examples[0]?.value).toEqual({ widget: null, in_stock: false });
    // `?colour=blue` in the request line: the page states the key, its value a sample.
    expect(parameterNames(check)).toEqual(['query:colour']);
  });

  it('should keep a request line under an example label an example where no bold title stands between', () => {
    const read = readGeneral(
      ['### Widgets', '**List**', fence('GET /api/widgets/'), 'Example request:', fence('GET /api/widgets/17/')].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/widgets']);
  });
});

describe('general reader: a call’s title in bold is no word of the calls around it', () => {
  const page = readFileSync(path.join(import.meta.dirname, 'fixtures/bold-titles/lamps.md'), 'utf8');

  it('should summarise a section’s first call by its prose, not by the section’s title', () => {
    const read = readGeneral(page);
    expect(operation(read, 'GET /api/lamps').summary).toBe('Lists the lamps of the house.');
    expect(operation(read, 'GET /api/bulbs').summary).toBe('Lists the spare bulbs.');
  });

  it('should leave the next call’s bold title out of a call’s description', () => {
    const read = readGeneral(page);
    for (const route of ['GET /api/lamps', 'GET /api/lamps/broken', 'GET /api/lamps/{id}', 'POST /api/lamps/{id}/off', 'GET /api/bulbs'])
      expect(operation(read, route).description ?? '').not.toMatch(/\*\*/);
    expect(operation(read, 'GET /api/lamps/{id}').summary).toBe('Fetches one lamp by its number.');
  });
});

describe('general reader: calls under one heading, each titled in bold with a colon (`**Revoke a lamp key**:`)', () => {
  const page = [
    '# Lamps',
    '## Lamp keys',
    '**Create a lamp key**:\n```bash\nPOST /api/lamp-keys\n```',
    '**Revoke a lamp key:**\n```http\nDELETE /api/lamp-keys/{keyId}\n```',
    '**List lamp keys**:\n```\nGET /api/lamp-keys\n```',
    '## Lamps',
    'Lamps light rooms.',
    '**Endpoint:**\n```\nGET /api/lamps\n```',
    '**Example request:**\n```\nGET /api/lamps/7\n```',
  ].join('\n\n');

  it('should name each call by its own title, the first one too, and no call by the next one’s', () => {
    const read = readGeneral(page);
    expect(operation(read, 'POST /api/lamp-keys').summary).toBe('Create a lamp key');
    expect(operation(read, 'DELETE /api/lamp-keys/{keyId}').summary).toBe('Revoke a lamp key');
    expect(operation(read, 'GET /api/lamp-keys').summary).toBe('List lamp keys');
    for (const route of ['POST /api/lamp-keys', 'DELETE /api/lamp-keys/{keyId}', 'GET /api/lamp-keys'])
      expect(operation(read, route).description ?? '').not.toMatch(/lamp key/i);
  });

  it('should take a label of the request line or of a sample for no title', () => {
    const read = readGeneral(page);
    expect(read.routes.filter((route) => route.includes('/api/lamps'))).toEqual(['GET /api/lamps']);
    expect(operation(read, 'GET /api/lamps').summary).toBe('Lamps light rooms.');
  });
});
