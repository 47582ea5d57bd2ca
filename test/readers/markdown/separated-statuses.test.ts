/**
 * A Responses title over a list of statuses each followed by a colon or a dash (Sentry's and other
 * MDX references': `- 200: Success`, `- 404 - The garden does not exist.`): the operation's
 * statuses, the words after the separator their descriptions. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/separated-statuses/gardens.md'), 'utf8'), 'api/gardens.md');
const statuses = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

describe('general reader: statuses listed with a colon or a dash', () => {
  it('should read `- 200: Success` and `- 404 - …` under a Responses title as the statuses, their words the descriptions', () => {
    expect(statuses('PUT /api/0/gardens/{garden_slug}')).toEqual([
      ['200', 'Success'],
      ['400', 'Bad Request'],
      ['404', 'The garden does not exist.'],
    ]);
  });

  it('should give a status with no words after its colon its reason phrase, and read an em dash as a colon', () => {
    expect(statuses('DELETE /api/0/gardens/{garden_slug}')).toEqual([
      ['204', 'No Content'],
      ['404', 'Not Found'],
    ]);
  });
});
