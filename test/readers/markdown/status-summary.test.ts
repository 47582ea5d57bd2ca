import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** An operation under its heading, the sentence after the request line `sentence`. */
function summaryOf(sentence: string): { summary?: string; description?: string } {
  const read = readGeneral(['# Shelves', '## Create a shelf', '`POST /shelves`', sentence].join('\n\n'));
  const { summary, description } = operation(read, 'POST /shelves');
  return { summary, description };
}

describe('general reader: a sentence that only states the answer’s status is no summary', () => {
  it('should take the heading’s title as the summary, the status sentence kept in the description', () => {
    expect(summaryOf('Returns "201 Created".')).toEqual({ summary: 'Create a shelf', description: 'Returns "201 Created".' });
    expect(summaryOf('Returns `204 NO CONTENT` if successful.')).toEqual({
      summary: 'Create a shelf',
      description: 'Returns `204 NO CONTENT` if successful.',
    });
    expect(summaryOf('It returns 201 if the shelf was created, and 409 if it exists.').summary).toBe('Create a shelf');
    expect(summaryOf('Responds with a 201 Created response.').summary).toBe('Create a shelf');
  });

  it('should keep a sentence that says more than the status as the summary', () => {
    expect(summaryOf('Creates a shelf and returns 201.').summary).toBe('Creates a shelf and returns 201.');
    expect(summaryOf('Returns 201 and the new shelf.').summary).toBe('Returns 201 and the new shelf.');
    expect(summaryOf('Returns the new shelf.').summary).toBe('Returns the new shelf.');
  });
});
