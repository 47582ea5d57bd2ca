/**
 * Hugo's code shortcodes as Hugo and Docsy sites write a page's samples: `{{< highlight json >}}` …
 * `{{< /highlight >}}`, and a Docsy tab that names its language, `{{< tab header="JSON" lang="json" >}}`
 * … `{{< /tab >}}`, are fences of that language, as Jekyll's `{% highlight %}` blocks are; a tab of no
 * language holds words. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/hugo-code-blocks/lamps.md'), 'utf8'), 'api/lamps.md');
/** `[status, example values]` of every response. */
const answers = (route: string) =>
  operation(read, route).responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value) ?? []]);

describe('general reader: Hugo code shortcodes', () => {
  it('should read a `{{< highlight >}}` block as a fence of its language: a curl command the request sample, JSON the answer', () => {
    const on = operation(read, 'POST /v2/lamps/{lamp_id}/on');
    expect(on.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ brightness: 80 }]);
    expect(answers('GET /v2/lamps')).toEqual([['2XX', [[{ id: 'lp_4', lit: false }]]]]);
    expect(operation(read, 'GET /v2/lamps').description ?? '').not.toContain('lp_4');
  });

  it('should read a Docsy tab naming its language as a fence, a tab of none as the words it holds', () => {
    expect(answers('POST /v2/lamps/{lamp_id}/on')).toEqual([['2XX', [{ id: 'lp_4', lit: true }]]]);
    const on = operation(read, 'POST /v2/lamps/{lamp_id}/on');
    expect(on.summary).toBe('Turns the lamp on at the brightness asked for.');
    expect(JSON.stringify(on)).not.toContain('{{<');
  });
});
