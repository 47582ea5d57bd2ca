/**
 * The first unlabelled JSON in the prose of a call that sends a body, with the call's answer after
 * it (a "Returns …" sentence, a status line, a response's label and sample): the request's sample,
 * the order telling it is what is sent. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/cued-requests/templates.md'), 'utf8');

describe('general reader: a body call’s unlabelled JSON before its answer is the request’s sample', () => {
  const read = readGeneral(PAGE, 'templates/rest.md');

  it('should read the JSON above "Returns …" as the request’s sample, the sentence staying prose', () => {
    const render = operation(read, 'POST /api/render');
    const [content] = render.requestBody?.content ?? [];
    expect(content?.mediaType).toBe('application/json');
    expect(content?.examples[0]?.value).toEqual({ template: 'Hello {{ name }}', values: { name: 'Ann' } });
    expect(content?.examples[0]?.source).toMatchObject({ start: { line: 9 } });
    expect(render.summary).toBe('Renders a template.');
    expect(render.description).toBe('Returns the rendered text.\n\n```text\nHello Ann\n```');
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should read the JSON above a status line as the request’s, the JSON after it as that status’s answer', () => {
    const save = operation(read, 'POST /api/templates');
    expect(save.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'greeting', template: 'Hello {{ name }}' });
    expect(save.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 12, name: 'greeting' }]]);
  });

  it('should read the JSON above prose and a response’s label as the request’s', () => {
    const replace = operation(read, 'PUT /api/templates/{id}');
    expect(replace.requestBody?.content[0]?.examples[0]?.value).toEqual({ template: 'Hi {{ name }}' });
    expect(replace.responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([
      { id: 12, name: 'greeting', template: 'Hi {{ name }}' },
    ]);
    expect(replace.description).toBe('The template is checked before it is saved.');
  });

  it('should leave JSON with nothing after it, or another fence right after it, the operation’s prose', () => {
    const rename = operation(read, 'PATCH /api/templates/{id}/name');
    expect(rename.requestBody).toBeUndefined();
    expect(rename.description).toContain('{ "name": "welcome" }');
    const preview = operation(read, 'POST /api/preview');
    expect(preview.requestBody).toBeUndefined();
    expect(preview.responses).toEqual([]);
  });

  it('should not make a GET’s JSON above "Returns …" a request (it sends none)', () => {
    const get = readGeneral(
      ['# Shelves', '### GET /api/shelves/:id', 'Fetches a shelf.', '```json\n{ "id": 3 }\n```', 'Returns the shelf.'].join('\n\n'),
    );
    const shelf = operation(get, 'GET /api/shelves/{id}');
    expect(shelf.requestBody).toBeUndefined();
    expect(shelf.responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([{ id: 3 }]);
  });
});
