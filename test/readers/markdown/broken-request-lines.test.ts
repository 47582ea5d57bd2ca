/**
 * A request line written over two lines of one paragraph: the method alone (in bold, a hard break
 * after it), the URL alone on the next line (in code), as Docusaurus payment references write it
 * inside an `:::info` admonition under an `**Endpoint:**` label. Before, the page read no operation.
 * The fixtures are a lamp API written by us.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, readGeneral } from './helpers.js';

const ADMONISHED = [
  '# Switch a lamp on',
  '',
  '**Endpoint:**',
  ':::info',
  '**POST**  ',
  '`https://lights.example.net/v2/lamps/switch`',
  ':::',
  '',
  '**Body Parameters**',
  '',
  '| Parameter | Type | Required | Description |',
  '|---|---|---|---|',
  '| `lamp_id` | string | Yes | The lamp |',
  '',
].join('\n');

describe('general reader: a method alone over its URL in one paragraph', () => {
  it('should read the method and the URL on the next line as the request line, in an admonition too', () => {
    const read = readGeneral(ADMONISHED, 'api/switch.md');
    expect(read.routes).toEqual(['POST /v2/lamps/switch']);
    const body = bodySchema(read.fragment!.operations[0]!);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['lamp_id']);
  });

  it('should read a soft break, code around the method and a path alone so too', () => {
    const read = readGeneral(['## Dim a lamp', '', '`PATCH`', '**`/v2/lamps/{lamp_id}/dim`**', ''].join('\n'), 'api/dim.md');
    expect(read.routes).toEqual(['PATCH /v2/lamps/{lamp_id}/dim']);
  });

  it('should leave a paragraph of other words, or a third line, prose', () => {
    const prose = readGeneral(['## Lamps', '', 'POST', '/v2/lamps and more words', ''].join('\n'), 'api/a.md');
    expect(prose.routes).toEqual([]);
    const third = readGeneral(['## Lamps', '', '**POST**  ', '`/v2/lamps`  ', 'Creates a lamp.', ''].join('\n'), 'api/b.md');
    expect(third.routes).toEqual([]);
  });

  it('should read thousands of such paragraphs, and a line of blanks around the method, in a moment', () => {
    const name = (at: number) => at.toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
    const many = Array.from({ length: 3000 }, (_, at) => `## Lamp ${at}\n\n**GET**  \n\`/v2/${name(at)}/lamps\`\n`).join('\n');
    expect(readGeneral(many, 'api/many.md').routes).toHaveLength(3000);
    const blanks = ' '.repeat(300_000);
    const wide = readGeneral(
      `## Lamp\n\n**GET**${blanks}\n${blanks}\`/v2/lamps\`${blanks}x\n\n${'P'.repeat(60_000)}\n/v2\n`,
      'api/wide.md',
    );
    expect(wide.routes).toEqual([]);
  });
});
