/**
 * Example URLs alone under an example request's title (`**Example Requests:**` ⏎
 * `- http://gardens.example.com/api/water?bed=rose&litres=3`, or one URL in its paragraph), as
 * references of calls a browser opens write them: the URLs a GET sends, their query keys the GET's
 * parameters as a curl command's are (typed by the example, none required). Before, they were
 * words, and the parameters they show were lost. A list with an item of other words shows none.
 * The fixture is a "garden" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/example-url-lists/garden.md'), 'utf8');

describe('general reader: example URLs alone under an example request’s title', () => {
  const read = readGeneral(page, 'api/garden.md');

  it('should read the query keys of a list of example URLs as the GET’s parameters, typed by their examples', () => {
    const water = operation(read, 'GET /api/water');
    expect(parameterNames(water)).toEqual(['query:bed', 'query:litres', 'query:mist']);
    expect(water.parameters.map((p) => p.schema.kind)).toEqual(['string', 'integer', 'boolean']);
  });

  it('should read one example URL alone in its paragraph, and none from a list with other words', () => {
    expect(parameterNames(operation(read, 'GET /api/status'))).toEqual(['query:bed']);
    expect(parameterNames(operation(read, 'GET /api/harvest'))).toEqual([]);
  });
});
