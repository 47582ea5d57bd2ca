/**
 * An Authorization header row whose cells write the value's form (`Bearer <token>`, `Basic
 * {credentials}`, "a bearer token") is that HTTP scheme; a row that names several schemes, or
 * none, is a key sent in the header. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

function schemes(header: string, row: string) {
  const read = readGeneral(
    ['## List pets', '```http\nGET /v1/pets\n```', '### Headers', [header, '|---|---|---|', row].join('\n')].join('\n\n'),
  );
  return read.fragment?.securitySchemes?.map(({ name, type, scheme, in: where }) => ({ name, type, scheme, in: where }));
}

describe('the Authorization header row', () => {
  it("should read the HTTP scheme the row's description, example or value writes", () => {
    for (const [header, row, scheme] of [
      ['| Name | Required | Description |', '| Authorization | Yes | `Bearer <token>` |', 'bearer'],
      ['| Name | Required | Description |', '| Authorization | Yes | Your OAuth bearer token. |', 'bearer'],
      ['| Header | Value | Notes |', '| Authorization | Basic {credentials} | |', 'basic'],
      ['| Name | Example | Description |', '| Authorization | Bearer $API_TOKEN | The key. |', 'bearer'],
    ])
      expect([row, schemes(header!, row!)]).toEqual([row, [{ name: 'Authorization', type: 'http', scheme, in: undefined }]]);
  });

  it('should keep a key in the header where the row names several schemes or none', () => {
    for (const row of [
      "| Authorization | Yes | Supports 'Basic' and 'Bearer' schemes. |",
      '| Authorization | Yes | `Bearer <token>` or `Basic <credentials>`. |',
      '| Authorization | Yes | The API key. |',
    ])
      expect([row, schemes('| Name | Required | Description |', row)]).toEqual([
        row,
        [{ name: 'Authorization', type: 'apiKey', scheme: undefined, in: 'header' }],
      ]);
  });
});
