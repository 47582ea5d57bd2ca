/**
 * A call's outcome noted in an HTML list of a markdown page, and a sentence that states only the
 * status the call answers, as Miniflux's API page writes them:
 *
 *     ### Refresh all Lamps            ### Update Lamps
 *     Request:                         Request:
 *         PUT /v1/lamps/refresh            PUT /v1/lamps
 *     <ul>                                 Content-Type: application/json
 *       <li>Returns <code>204</code> status code for success.</li>
 *       <li>Lamps are refreshed in the background.</li>
 *     </ul>                                {"on": true}
 *                                      Returns `204` status code for success.
 *
 * Before, the HTML list was read as nothing (no 204), and the sentence was the call's summary over
 * its title. The fixtures are ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const section = (title: string, line: string, after: string) => `### ${title}\n\nRequest:\n\n    ${line}\n\n${after}\n`;

describe('general reader: HTML lists of a markdown page, and a status stated alone', () => {
  it('should read the status an HTML list item states, its words the description', () => {
    const list =
      '<ul>\n    <li>Returns <code>204</code> status code for success.</li>\n    <li>Lamps are refreshed in the background.</li>\n</ul>';
    const op = operation(
      readGeneral(`# Lamps API\n\n${section('Refresh all Lamps', 'PUT /v1/lamps/refresh', list)}`),
      'PUT /v1/lamps/refresh',
    );
    expect(op.summary).toBe('Refresh all Lamps');
    expect(op.responses.map((r) => r.status)).toEqual(['204']);
    expect(op.description).toBe('- Returns `204` status code for success.\n- Lamps are refreshed in the background.');
  });

  it('should keep the title the summary where a sentence states only the status', () => {
    const sent = 'PUT /v1/lamps\n    Content-Type: application/json\n\n    {"on": true}';
    for (const sentence of [
      'Returns `204` status code for success.',
      'Returns a `204` status code when successful.',
      'Returns `204 No Content` status code for success.',
    ]) {
      const op = operation(readGeneral(`# Lamps API\n\n${section('Update Lamps', sent, sentence)}`), 'PUT /v1/lamps');
      expect(op.summary).toBe('Update Lamps');
      expect(op.responses.map((r) => r.status)).toEqual(['204']);
    }
  });

  it('should leave an HTML list of a nested list as it was', () => {
    const nested = '<ul>\n<li>Returns <code>204</code>.<ul><li>inner</li></ul></li>\n</ul>';
    const op = operation(
      readGeneral(`# Lamps API\n\n${section('Refresh all Lamps', 'PUT /v1/lamps/refresh', nested)}`),
      'PUT /v1/lamps/refresh',
    );
    expect(op.responses).toEqual([]);
  });

  it('should read thousands of items, hostile words and a run of blanks in a moment', () => {
    const items = Array.from({ length: 3000 }, (_, at) => `<li>Note ${at} <code>__proto__</code> */ \`x\`</li>`).join('\n');
    const wide = `<li>Returns <code>204</code>${' '.repeat(300_000)}status code for success.</li>`;
    const list = `<ul>\n${items}\n${wide}\n</ul>`;
    const read = readGeneral(`# Lamps API\n\n${section('Refresh all Lamps', 'PUT /v1/lamps/refresh', list)}`);
    expect(operation(read, 'PUT /v1/lamps/refresh').summary).toBe('Refresh all Lamps');
  });
});
