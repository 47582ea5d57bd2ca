/**
 * A sentence in a response's part that says what the answer is ("The response contains the list of
 * jobs.", "Returns the rendered report as plain text.") is that response's description; the
 * operation's summary stays its own. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/response-prose/jobs.md'), 'utf8');

const described = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.map((r) => [r.status, r.description]);

describe('general reader: the prose of a response’s part is its description', () => {
  const read = readGeneral(PAGE, 'jobs/rest.md');

  it('should make "The response contains …" under the response’s title its description', () => {
    expect(described(read, 'GET /api/jobs')).toEqual([['2XX', 'The response contains the list of jobs.']]);
    expect(operation(read, 'GET /api/jobs').summary).toBe('Lists the jobs of the queue.');
  });

  it('should read "Returns … as plain text." over a text fence under the response’s title: its text/plain sample and description', () => {
    const render = operation(read, 'POST /api/jobs/{id}/render');
    expect(render.responses.map((r) => [r.status, r.description, r.content.map((c) => [c.mediaType, c.examples[0]?.raw])])).toEqual([
      ['201', 'Returns the rendered report as plain text.', [['text/plain', 'Job 1: done']]],
    ]);
    expect(render.summary).toBe("Renders a job's report.");
  });

  it('should keep words that only point at the sample, and a description a table gives, as they were', () => {
    expect(described(read, 'GET /api/jobs/{id}')).toEqual([['2XX', 'Success']]);
    expect(described(read, 'DELETE /api/jobs/{id}')).toEqual([['200', 'The job was cancelled']]);
  });

  it('should leave "Returns …" in the operation’s own prose its prose, not the response’s description', () => {
    const count = operation(read, 'GET /api/jobs/count');
    expect(described(read, 'GET /api/jobs/count')).toEqual([['2XX', 'Success']]);
    expect(count.description).toContain('Returns the number of jobs.');
  });
});
