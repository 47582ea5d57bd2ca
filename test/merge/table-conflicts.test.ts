/**
 * A type name used as a placeholder (issue 12, class 1): `Response body: TableRight` over another
 * entity's table, or over a table of its own. DocFX pages in the vendor's template (seed 001).
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { ObjectSchema, Schema } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { extractDocfx } from '../extract/helpers.js';

const HEAD = '| Property Name | Type |  Description |\n|----------------|------|--------------|';
const rows = (names: string[]) => names.map((n) => `| ${n} | ${n.endsWith('Id') ? 'int32' : 'string'} |  |`).join('\n');

/** A GET page whose response body heading names `type` over a table of `fields`. */
function getPage(file: string, path: string, type: string, fields: string[]): { file: string; text: string } {
  const line = `GET /api/v1/${path}`;
  const table = fields.length > 0 ? `\n\n${HEAD}\n${rows(fields)}` : '';
  return {
    file,
    text: `# ${line}\n\n\`\`\`http\n${line}\n\`\`\`\n\nGets it.\n\n## Response:\n\nOK\n\n| Response | Description |\n|----------------|-------------|\n| 200 | OK |\n\n### Response body: ${type}${table}\n`,
  };
}

const RIGHT = ['Mask', 'Reason'];
const WIDGET = ['WidgetId', 'Name', 'Colour', 'Owner'];

function merge(pages: Array<{ file: string; text: string }>) {
  const diagnostics = new DiagnosticBag();
  const fragments = pages.map(({ file, text }) => extractDocfx(text, file).fragment!);
  const document = mergeFragments(fragments, diagnostics, { version: '1' });
  const body = (path: string): Schema | undefined =>
    document.operations.find((o) => o.path === `/api/v1/${path}`)!.responses[0]!.content[0]!.schema;
  const names = (type: string) =>
    (document.schemas.find((s) => s.name === type)?.schema as ObjectSchema | undefined)?.properties.map((p) => p.name);
  const conflicts = diagnostics.items.filter((d) => d.code === 'entity-conflict');
  return { body, names, conflicts };
}

describe('a name tabulated differently on several pages', () => {
  it("should keep the table most defining pages agree on, and let another entity's table refer to it", () => {
    const { body, names, conflicts } = merge([
      getPage('a/Right1.md', 'Right/1', 'TableRight', RIGHT),
      getPage('a/Right2.md', 'Right/2', 'TableRight', RIGHT),
      getPage('b/Widget.md', 'Widget', 'Widget', WIDGET),
      getPage('b/WidgetRight.md', 'Widget/Right', 'TableRight', WIDGET),
    ]);
    expect(names('TableRight')).toEqual(RIGHT);
    expect(names('Widget')).toEqual(WIDGET);
    expect(body('Widget/Right')).toMatchObject({ kind: 'ref', name: 'Widget' });
    expect(body('Right/1')).toMatchObject({ kind: 'ref', name: 'TableRight' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.source.file).toBe('b/WidgetRight.md');
    expect(conflicts[0]!.related?.map((r) => r.file)).toEqual(['a/Right1.md']);
    expect(conflicts[0]!.message).toMatch(
      /^TableRight is tabulated 2 different ways: the table 2 of 3 defining pages agree on \(a\/Right1\.md:\d+:1\) defines TableRight; the bodies of the other pages refer to Widget$/,
    );
  });

  it("should give a page whose table is nobody's its own table, inline, and never more properties than a page gives", () => {
    const { body, names } = merge([
      getPage('a/Right1.md', 'Right/1', 'TableRight', RIGHT),
      getPage('a/Right2.md', 'Right/2', 'TableRight', ['Mask']),
      getPage('c/Odd.md', 'Odd', 'TableRight', ['Alpha', 'Beta', 'Gamma']),
    ]);
    expect(names('TableRight')).toEqual(RIGHT);
    expect(body('Odd')).toMatchObject({ kind: 'object' });
    expect((body('Odd') as ObjectSchema).properties.map((p) => p.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(body('Right/2')).toMatchObject({ kind: 'ref', name: 'TableRight' });
  });

  it("should leave the name undefined when every table under it is another entity's", () => {
    const { body, names, conflicts } = merge([
      getPage('b/Widget.md', 'Widget', 'Widget', WIDGET),
      getPage('b/Gadget.md', 'Gadget', 'Gadget', ['GadgetId', 'Size']),
      getPage('c/R1.md', 'R/1', 'TableRight', WIDGET),
      getPage('c/R2.md', 'R/2', 'TableRight', ['GadgetId', 'Size']),
      getPage('c/R3.md', 'R/3', 'TableRight', []),
    ]);
    expect(body('R/1')).toMatchObject({ kind: 'ref', name: 'Widget' });
    expect(body('R/2')).toMatchObject({ kind: 'ref', name: 'Gadget' });
    expect(body('R/3')).toMatchObject({ kind: 'ref', name: 'TableRight' });
    expect(names('TableRight')).toEqual([]);
    expect(conflicts.map((c) => c.message)).toEqual([
      "TableRight is tabulated 2 different ways: every table under it is another entity's, so no page defines TableRight; the bodies of the other pages refer to Gadget, Widget",
    ]);
  });

  it('should decide the same in any page order', () => {
    const pages = [
      getPage('a/Right1.md', 'Right/1', 'TableRight', RIGHT),
      getPage('a/Right2.md', 'Right/2', 'TableRight', RIGHT),
      getPage('b/WidgetRight.md', 'Widget/Right', 'TableRight', WIDGET),
      getPage('b/Widget.md', 'Widget', 'Widget', WIDGET),
    ];
    const forward = merge(pages);
    const backward = merge([...pages].reverse());
    expect(backward.body('Widget/Right')).toEqual(forward.body('Widget/Right'));
    expect(backward.names('TableRight')).toEqual(forward.names('TableRight'));
  });
});
