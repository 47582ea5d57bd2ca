/**
 * A request line behind a `Usage:` label (the layout of references written like JFrog's:
 * `**Usage**: GET /api/storage/{repoKey}/{path}` between `**Description**:` and `**Sample
 * Output**:` facts), and a `**Sample Usage**:` fence under it the call's sample, whose ids are no
 * route of their own; a `**Sample Output**:` fence, the call's request line over JSON, the
 * answer's sample. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/usage-labels/crates.md'), 'utf8'), 'api/crates.md');

describe('general reader: `Usage:` request lines', () => {
  it('should read each `Usage:` line as its operation’s request line, and no sample line as one', () => {
    expect(read.routes).toEqual(['GET /api/crates/{storeKey}/{crate-path}', 'PUT /api/stores/{storeKey}']);
    expect(operation(read, 'GET /api/crates/{storeKey}/{crate-path}').summary).toBe('Crate Info');
  });

  it('should take a `Sample Output:` fence’s JSON under the call’s request line as the response’s sample', () => {
    const response = operation(read, 'GET /api/crates/{storeKey}/{crate-path}').responses[0]?.content[0];
    expect(response?.examples?.[0]?.value).toEqual({ store: 'fruit-local', path: '/apples' });
  });

  it('should take a `Sample Usage:` fence as the call’s sample request', () => {
    const body = operation(read, 'PUT /api/stores/{storeKey}').requestBody?.content[0];
    expect(body?.examples?.[0]?.value).toEqual({ key: 'fruit-local', kind: 'local' });
  });
});
