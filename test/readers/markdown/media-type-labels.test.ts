/**
 * `**Produces**:` / `**Consumes**:` labels (references written like JFrog's): the media types the
 * call answers in and accepts, as a `### Formats` section's are, each one way. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/media-type-labels/stores.md'), 'utf8'), 'api/stores.md');
const types = (content: ReadonlyArray<{ mediaType: string }> | undefined) => content?.map((c) => c.mediaType);

describe('general reader: `Produces:` / `Consumes:` labels', () => {
  it('should give a body only a sample shows the sample’s media type and list the others the label states, its own in parentheses too', () => {
    const list = operation(read, 'GET /api/stores');
    expect(types(list.responses[0]?.content)).toEqual(['application/json', 'application/vnd.org.example.stores.storelist+json']);
    expect(list.responses[0]?.content[0]?.examples?.[0]?.value).toEqual([{ key: 'fruit-local', kind: 'local' }]);
    expect(list.description ?? '').not.toContain('Produces');
    const update = operation(read, 'POST /api/stores/{storeKey}');
    expect(types(update.requestBody?.content)).toEqual(['application/json', 'application/yaml']);
  });

  it('should give a body its table documents the media type a `Consumes:` line states, no other', () => {
    const rename = operation(read, 'PATCH /api/stores/{storeKey}');
    expect(types(rename.requestBody?.content)).toEqual(['application/vnd.org.example.storerename+json']);
    expect(rename.requestBody?.content[0]?.schema?.kind).toBe('object');
  });

  it('should leave a label whose words are no media types as prose', () => {
    const update = operation(read, 'POST /api/stores/{storeKey}');
    expect(update.responses.map((r) => r.status)).toEqual(['200']);
    expect(types(update.responses[0]?.content)).toEqual([]);
  });
});
