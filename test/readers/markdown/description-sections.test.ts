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

/** The same pages with a bold `**Description**` label (a paragraph) where the heading stood. */
const LABELLED = [
  '# Get Shelf Summary',
  '',
  'Frequency limit: 20 times/1s (IP)',
  '',
  '**Description**',
  '',
  'Get Shelf Summary, for one shelf or for all of them',
  '',
  '**HTTP Request**',
  '',
  '- GET /api/v2/library/shelves/summary',
  '',
  '# Get Shelf Depth',
  '',
  'Frequency limit: 10 times/1s (IP)',
  '',
  '**Description:** Get Shelf Depth, level by level',
  '',
  '### HTTP Request',
  '',
  '- GET /api/v2/library/shelves/depth',
  '',
  '# Get Shelf Count',
  '',
  '**Description**',
  '',
  'Get Shelf Count',
  '',
  '### HTTP Request',
  '',
  '- GET /api/v2/library/shelves/count',
  '',
  '# Move Shelf',
  '',
  'Moves a shelf to another room.',
  '',
  '### HTTP Request',
  '',
  '- POST /api/v2/library/shelves/move',
  '',
  '**Parameters**',
  '',
  '- `room` (string): The room',
  '',
  '**Description**',
  '',
  'The room must exist.',
].join('\n');

describe('a bold `**Description**` label under an operation', () => {
  it("should read as the `### Description` heading does: the title the summary, the label's words the description", () => {
    const summary = operation(readGeneral(LABELLED), 'GET /api/v2/library/shelves/summary');
    expect(summary.summary).toBe('Get Shelf Summary');
    expect(summary.description).toBe('Get Shelf Summary, for one shelf or for all of them\n\nFrequency limit: 20 times/1s (IP)');
  });

  it('should read the words beside a `**Description:**` label, the label no part of them', () => {
    const depth = operation(readGeneral(LABELLED), 'GET /api/v2/library/shelves/depth');
    expect(depth.summary).toBe('Get Shelf Depth');
    expect(depth.description).toBe('Get Shelf Depth, level by level\n\nFrequency limit: 10 times/1s (IP)');
  });

  it('should not say the title twice where the label only repeats it', () => {
    const count = operation(readGeneral(LABELLED), 'GET /api/v2/library/shelves/count');
    expect(count.summary).toBe('Get Shelf Count');
    expect(count.description).toBeUndefined();
  });

  it("should leave a label under a part's label (`**Parameters**`) where it stands", () => {
    const move = operation(readGeneral(LABELLED), 'POST /api/v2/library/shelves/move');
    expect(move.summary).toBe('Moves a shelf to another room.');
  });
});
