import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** An exchange-style page: a heading per call, a rate note, then `### Description`, the request line, its tables. */
const SHELVES = [
  '# Get Shelf Summary',
  '',
  'Frequency limit: 20 times/1s (IP)',
  '',
  '### Description[](#description "Direct link to Description")',
  '',
  'Get Shelf Summary, for one shelf or for all of them',
  '',
  '### HTTP Request[](#http-request "Direct link to HTTP Request")',
  '',
  '- GET /api/v2/library/shelves/summary',
  '',
  '### Request Parameters',
  '',
  '| Parameter | Type | Required | Description |',
  '| :-- | :-- | :-- | :-- |',
  '| shelf | String | No | The shelf; all shelves when left blank |',
  '',
  '# Get Shelf Depth',
  '',
  'Frequency limit: 10 times/1s (IP)',
  '',
  '#### Description',
  '',
  'Get Shelf Depth',
  '',
  '### HTTP Request',
  '',
  '- GET /api/v2/library/shelves/depth',
].join('\n');

describe("an operation's own `### Description` section", () => {
  it("should make the heading's title the summary and the Description's words the description, ahead of the other prose", () => {
    const summary = operation(readGeneral(SHELVES), 'GET /api/v2/library/shelves/summary');
    expect(summary.summary).toBe('Get Shelf Summary');
    expect(summary.description).toBe('Get Shelf Summary, for one shelf or for all of them\n\nFrequency limit: 20 times/1s (IP)');
  });

  it('should not say the title twice where the Description only repeats it', () => {
    const depth = operation(readGeneral(SHELVES), 'GET /api/v2/library/shelves/depth');
    expect(depth.summary).toBe('Get Shelf Depth');
    expect(depth.description).toBe('Frequency limit: 10 times/1s (IP)');
  });
});
