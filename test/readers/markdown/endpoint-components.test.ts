/**
 * Endpoint components that open right above their words and close right under them (Home
 * Assistant's developer docs): `<ApiEndpoint path="…" method="…">` ⏎ words ⏎ `</ApiEndpoint>`, one
 * operation each, however close the next component follows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/endpoint-components', name), 'utf8');

describe('general reader: endpoint components closed right under their words', () => {
  it('should read each component as its own operation, its body and summary its own', () => {
    const read = readGeneral(fixture('closed-blocks.md'));
    expect(read.routes).toEqual([
      'GET /api/greenhouses',
      'POST /api/greenhouses/{greenhouse_id}',
      'DELETE /api/greenhouses/{greenhouse_id}',
    ]);
    expect(operation(read, 'GET /api/greenhouses').summary).toBe('Returns every greenhouse.');
    const post = operation(read, 'POST /api/greenhouses/{greenhouse_id}');
    expect(post.summary).toBe('Updates or creates a greenhouse. Expects a JSON object that has at least a name attribute.');
    expect(post.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'East house', panes: 48 });
    expect(operation(read, 'DELETE /api/greenhouses/{greenhouse_id}').summary).toBe('Removes a greenhouse.');
  });

  it('should leave the closing tag out of the words right above it', () => {
    const read = readGeneral(fixture('closed-blocks.md'));
    const post = operation(read, 'POST /api/greenhouses/{greenhouse_id}');
    expect(post.description).toBe('Returns 200 if the greenhouse existed, 201 if a new greenhouse was made.');
    const page = fixture('closed-blocks.md');
    const paragraph = read.root.children.find((node) => node.type === 'paragraph' && node.position?.start.line === 21);
    expect(page.slice(paragraph?.position?.start.offset, paragraph?.position?.end.offset)).toBe(
      'Returns 200 if the greenhouse existed, 201 if a new greenhouse was made.',
    );
  });

  it('should read every known code "Returns 200 if …, 201 if …" lists, each with its condition', () => {
    const read = readGeneral(fixture('closed-blocks.md'));
    const post = operation(read, 'POST /api/greenhouses/{greenhouse_id}');
    expect(post.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'if the greenhouse existed'],
      ['201', 'if a new greenhouse was made'],
    ]);
  });

  it('should read components that follow each other with no blank line between as an operation each', () => {
    const read = readGeneral(fixture('adjoining-blocks.md'));
    expect(read.routes).toEqual(['GET /api/pots', 'POST /api/pots/{pot_id}', 'DELETE /api/pots/{pot_id}']);
    expect(operation(read, 'GET /api/pots').summary).toBe('Returns every pot.');
    const post = operation(read, 'POST /api/pots/{pot_id}');
    expect(post.summary).toBe('Updates or creates a pot. Expects a JSON object that has at least a size attribute.');
    expect(post.requestBody?.content[0]?.examples[0]?.value).toEqual({ size: 12 });
    expect(operation(read, 'DELETE /api/pots/{pot_id}').summary).toBe('Removes a pot.');
    const page = fixture('adjoining-blocks.md');
    const words = read.root.children
      .filter((node) => node.type === 'paragraph')
      .map((node) => page.slice(node.position?.start.offset, node.position?.end.offset));
    expect(words).toEqual([
      'Returns every pot.',
      'Updates or creates a pot. Expects a JSON object that has at least a size attribute.',
      'Removes a pot.',
    ]);
  });
});
