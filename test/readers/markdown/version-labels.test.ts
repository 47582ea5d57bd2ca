/**
 * A one-line paragraph a kramdown attribute list classes a label (`Introduced 1.0` ⏎ `{: .label
 * .label-purple }`, Just the Docs' version labels on Jekyll sites) is no words of the page. Before,
 * it was the operations' summary ("Introduced 1.0"), or in bold their description's first line.
 * The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/version-labels');

describe('general reader: kramdown label paragraphs', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const operation = (route: string) => run.document.operations.find((o) => o.path === route);

  it('should take no summary from a label', () => {
    expect(run.failed).toBe(false);
    expect(operation('/_lamps/health')?.summary).toBe('The lamp health request returns the status of every lamp of the garden.');
    expect(operation('/_lamps/health/{lamp}')?.summary).toBe('The lamp health request returns the status of every lamp of the garden.');
  });

  it('should keep a bold label out of the description', () => {
    const blocks = operation('/{lamp}/_block/{block}');
    expect(blocks?.summary).toBe('Use the lamp blocks API to switch lamps off for a while.');
    expect(JSON.stringify(run.document.operations)).not.toContain('Introduced');
  });
});
