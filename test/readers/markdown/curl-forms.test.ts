import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fence = (text: string) => `\`\`\`shell\n${text}\n\`\`\``;

describe('general reader: a curl command sending a multipart form (`-F name=value`, `-F file=@path`)', () => {
  it('should read its fields as the form body’s sample, a file part’s value its path as sent', () => {
    const read = readGeneral(
      [
        '### POST /covers',
        'Uploads a book cover.',
        fence(`curl -F 'image=@/path/to/cover.png' -F 'meta={"title":"Odes"}' http://localhost:8080/covers`),
      ].join('\n\n'),
    );
    const content = operation(read, 'POST /covers').requestBody?.content[0];
    expect(content?.mediaType).toBe('multipart/form-data');
    expect(content?.examples[0]?.value).toEqual({ image: '@/path/to/cover.png', meta: '{"title":"Odes"}' });
  });

  it('should give no sample where a table documents the form’s fields, or where the command is another method’s', () => {
    const read = readGeneral(
      [
        '### POST /covers',
        '| Field | Type | Description |\n|---|---|---|\n| `image` | file | The cover |',
        fence(`curl -F 'image=@/path/to/cover.png' http://localhost:8080/covers`),
        '### PUT /covers/:id',
        'Replaces a cover.',
        fence(`curl -X POST -F 'image=@/path/to/cover.png' http://localhost:8080/covers`),
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /covers').requestBody?.content[0]?.examples ?? []).toEqual([]);
    expect(operation(read, 'PUT /covers/{id}').requestBody?.content[0]?.examples ?? []).toEqual([]);
  });
});
