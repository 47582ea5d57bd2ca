/**
 * A table a label titles by a member of the request's JSON (`**shelfItems parameters:**`, the
 * payload `{"shelfItems": [{…}]}`, as Magento's inventory pages write it): that member's fields,
 * never a GET's query parameters. The fixtures are ours, about shelves.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const TABLE = 'Name | Description | Type\n--- | --- | ---\nlamp_id | The lamp | String\nslot | Where it stands | Integer';
const PAYLOAD = '```json\n{\n  "shelfItems": [{\n    "lamp_id": "desk",\n    "slot": 2\n  }]\n}\n```';

function page(label: string, payload = PAYLOAD): string {
  return [
    '# Shelf items',
    '**REST endpoints:**',
    '```http\nPOST V1/shelf-items\nGET V1/shelf-items\n```',
    label,
    TABLE,
    '## Put lamps on shelves',
    '**Sample usage:**',
    '`POST <host>/rest/V1/shelf-items`',
    '**Payload:**',
    payload,
    '## Search shelf items',
    '**Sample usage:**',
    '`GET <host>/rest/V1/shelf-items?searchCriteria[pageSize]=5`',
  ].join('\n\n');
}

describe("general reader: a table titled by a member of the request's JSON", () => {
  it("should read the rows as the member's item fields, none a GET query parameter", () => {
    const read = readGeneral(page('**shelfItems parameters:**'));
    expect(parameterNames(operation(read, 'GET /V1/shelf-items'))).not.toContain('query:lamp_id');
    expect(parameterNames(operation(read, 'GET /V1/shelf-items'))).not.toContain('query:slot');
    const body = bodySchema(operation(read, 'POST /V1/shelf-items'));
    expect(body).toMatchObject({
      kind: 'object',
      properties: [{ name: 'shelfItems', schema: { kind: 'array', items: { kind: 'object' } } }],
    });
    const items = body?.kind === 'object' && body.properties[0]?.schema.kind === 'array' ? body.properties[0].schema.items : undefined;
    expect(items?.kind === 'object' ? items.properties.map((property) => property.name) : []).toEqual(['lamp_id', 'slot']);
  });

  it('should read an object member as an object of those fields', () => {
    const read = readGeneral(page('**shelfItem parameters:**', '```json\n{"shelfItem": {"lamp_id": "desk", "slot": 2}}\n```'));
    expect(bodySchema(operation(read, 'POST /V1/shelf-items'))).toMatchObject({
      properties: [{ name: 'shelfItem', schema: { kind: 'object', properties: [{ name: 'lamp_id' }, { name: 'slot' }] } }],
    });
  });

  it.each([
    ['a title of words', '**Request parameters:**'],
    ['a member no sample sends', '**shelfEntries parameters:**'],
  ])('should place the rows by route and method as before under %s', (_, label) => {
    const read = readGeneral(page(label));
    expect(parameterNames(operation(read, 'GET /V1/shelf-items'))).toEqual(expect.arrayContaining(['query:lamp_id', 'query:slot']));
  });

  it('should read a sample of 60,000 keys, a label among 300,000 blanks and a table of 3,000 rows in seconds', () => {
    const many = `\`\`\`json\n{${'"shelfItems": 1, '.repeat(60_000)}"shelfItems": [{"slot": 1}]}\n\`\`\``;
    const read = readGeneral(page('**shelfItems parameters:**', many));
    expect(parameterNames(operation(read, 'GET /V1/shelf-items'))).not.toContain('query:slot');
    const wide = readGeneral(page(`**shelfItems${' '.repeat(300_000)}parameters:**`));
    expect(wide.routes).toContain('GET /V1/shelf-items');
    // 3,000 rows no sample names: each looked up once, no scan of the sample per row.
    const rows = Array.from({ length: 3000 }, (_, index) => `| lamp${index} | A lamp | String |`).join('\n');
    const tall = readGeneral(
      page('**shelfItems parameters:**', many).replace(TABLE, `| Name | Description | Type |\n| --- | --- | --- |\n${rows}`),
    );
    expect(parameterNames(operation(tall, 'GET /V1/shelf-items'))).toContain('query:lamp2999');
  }, 120_000);
});
