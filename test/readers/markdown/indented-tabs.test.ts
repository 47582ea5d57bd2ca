/**
 * Docusaurus' tabs whose content is indented under its tags: MDX reads a component's children as
 * markdown (it has no indented code), so the table and the fence a tab holds are the table and
 * the fence they are, in a `.mdx` page and in a `.md` one (Docusaurus reads both as MDX). Before,
 * the table right under a tag was a line of its HTML block and the fence after a blank line
 * indented code: the operation had no body and no response. A tab titled "Parameters" under the
 * response's title holds that response's fields. Indented code outside such tabs stays code.
 * The fixtures are a lamp API written by us.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip, typedResponses } from './helpers.js';

const PAGE = [
  '# Dim a lamp',
  '',
  '| path   | **`/lamps/dim`** |',
  '| ------ | ---------------- |',
  '| method | **`POST`**       |',
  '',
  '### Request',
  '',
  '<Tabs>',
  '  <TabItem value="parameters" label="Parameters">',
  '    | Parameter | Description                      |',
  '    | --------- | -------------------------------- |',
  '    | lamp_id   | **String** - The lamp to dim     |',
  '    | level     | **Number** - The level, 0 to 100 |',
  '  </TabItem>',
  '',
  '  <TabItem value="example" label="Example">',
  '',
  '    ```json',
  '    {',
  '      "lamp_id": "oak",',
  '      "level": 40',
  '    }',
  '    ```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  '### Response',
  '',
  '<Tabs>',
  '  <TabItem value="parameters" label="Parameters">',
  '',
  '    | Parameter | Description                       |',
  '    | --------- | --------------------------------- |',
  '    | glow      | **Number** - The level it glows at |',
  '    | dimmed_at | **String** - When it was dimmed    |',
  '',
  '  </TabItem>',
  '  <TabItem value="success" label="Success Example">',
  '',
  '    ```json',
  '    { "glow": 40, "dimmed_at": "2026-01-02T03:04:05Z" }',
  '    ```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
].join('\n');

const names = (schema: Schema | undefined): string[] => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []);

describe('general reader: Docusaurus tabs whose content is indented under their tags', () => {
  for (const file of ['api/dim.mdx', 'api/dim.md']) {
    it(`should read the tabs' table and fence as markdown, the response's fields its own (${file})`, () => {
      const read = readGeneral(PAGE, file);
      expect(read.routes).toEqual(['POST /lamps/dim']);
      const op = operation(read, 'POST /lamps/dim');
      expect(names(bodySchema(op))).toEqual(['lamp_id', 'level']);
      expect(typedResponses(op.responses)).toEqual(['2XX: object']);
      expect(names(strip(op.responses[0]!.content[0]!.schema))).toEqual(['glow', 'dimmed_at']);
    });
  }

  it('should leave indented code outside tabs code, and a tab of lowercase HTML as it was', () => {
    const code = [
      '## Switch a lamp',
      '',
      '`POST /lamps/switch`',
      '',
      '### Request body',
      '',
      '    | Parameter | Description |',
      '    | --------- | ----------- |',
      '    | lamp_id   | The lamp    |',
      '',
    ].join('\n');
    const read = readGeneral(code, 'api/switch.md');
    expect(read.routes).toEqual(['POST /lamps/switch']);
    expect(names(bodySchema(operation(read, 'POST /lamps/switch')))).toEqual([]);
    const html = code.replace('### Request body\n', '### Request body\n\n<div>\n');
    expect(names(bodySchema(operation(readGeneral(`${html}</div>\n`, 'api/switch.md'), 'POST /lamps/switch')))).toEqual([]);
  });

  it('should read thousands of tab sets, and a tag line of blanks, in a moment', () => {
    const tab = (at: number) =>
      `<Tabs>\n  <TabItem value="t${at}" label="Lamp ${at}">\n    | Parameter | Description |\n    | --- | --- |\n    | p${at} | Words |\n  </TabItem>\n</Tabs>\n`;
    const many = `## Lamps\n\n\`POST /lamps\`\n\n### Request body\n\n${Array.from({ length: 3000 }, (_, at) => tab(at)).join('\n')}`;
    expect(readGeneral(many, 'api/many.mdx').root.children.filter((node) => node.type === 'table')).toHaveLength(3000);
    const blanks = ' '.repeat(300_000);
    const wide = `## Lamps\n\n\`POST /lamps\`\n\n<Tabs>\n  <TabItem${blanks}value="a">\n${blanks}x${'<'.repeat(60_000)}\n${blanks}| a | b |\n  </TabItem>\n</Tabs>\n`;
    expect(readGeneral(wide, 'api/wide.mdx').routes).toEqual(['POST /lamps']);
  });
});
