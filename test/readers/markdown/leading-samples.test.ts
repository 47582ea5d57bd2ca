import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

/** Slate's way: each operation's sample written first (the right column), then its request line and tables. */
const HOLDS = [
  '# Holds',
  '',
  '## Place a hold',
  '',
  '```json',
  '{',
  '  "holdId": "5bd6e9286d99522a52e458de"   //hold id',
  '}',
  '```',
  '',
  'You can place a hold on any book a shelf holds.',
  '',
  '### HTTP Request',
  '**POST /api/v1/holds**',
  '',
  '### Parameters',
  '',
  '| Param | type | Description |',
  '| ----- | ---- | ----------- |',
  '| bookId | String | The book to hold |',
  '| days | long | *[Optional]* How many days to hold it |',
  '',
  '###RESPONSES',
  'Field | Description',
  '----- | -----------',
  'holdId | The ID of the hold',
  '',
  '## Renew a hold',
  '',
  '```json',
  '{',
  '  "days": 14',
  '}',
  '```',
  '',
  'Request via this endpoint to renew a hold.',
  '',
  '### HTTP Request',
  '**POST /api/v1/holds/{holdId}/renew**',
  '',
  '### Parameters',
  '',
  '| Param | type | Description |',
  '| ----- | ---- | ----------- |',
  '| holdId | String | The hold, in the path |',
  '| days | long | How many more days |',
  '',
  '###RESPONSES',
  'Field | Description',
  '----- | -----------',
  'until | The day the hold ends',
  '',
  '## Move a hold',
  '',
  '```json',
  '{',
  '  "shelf": "B2"',
  '}',
  '```',
  '',
  'Request via this endpoint to move a hold.',
  '',
  '### HTTP Request',
  '**POST /api/v1/holds/{holdId}/move**',
  '',
  '### Parameters',
  '',
  '| Param | type | Description |',
  '| ----- | ---- | ----------- |',
  '| holdId | String | The hold, in the path |',
].join('\n');

describe("a sample written before its call's request line (Slate's right column)", () => {
  it("should make JSON whose every key the response's table names the response's sample, not the operation's prose", () => {
    const place = operation(readGeneral(HOLDS), 'POST /api/v1/holds');
    expect(place.responses[0]?.content[0]?.examples.map((example) => strip(example.value))).toEqual([
      { holdId: '5bd6e9286d99522a52e458de' },
    ]);
    expect(place.requestBody?.content[0]?.examples ?? []).toEqual([]);
    expect(place.summary).toBe('You can place a hold on any book a shelf holds.');
    expect(place.description ?? '').not.toContain('holdId');
  });

  it("should make JSON whose every key the request's table names the request's sample", () => {
    const renew = operation(readGeneral(HOLDS), 'POST /api/v1/holds/{holdId}/renew');
    expect(renew.requestBody?.content[0]?.examples.map((example) => strip(example.value))).toEqual([{ days: 14 }]);
    expect(renew.responses[0]?.content[0]?.examples ?? []).toEqual([]);
    // Keys no table names: it stays as it was, no sample.
    const move = operation(readGeneral(HOLDS), 'POST /api/v1/holds/{holdId}/move');
    expect(move.requestBody?.content[0]?.examples ?? []).toEqual([]);
    expect(move.responses.flatMap((response) => response.content.flatMap((content) => content.examples))).toEqual([]);
  });
});
