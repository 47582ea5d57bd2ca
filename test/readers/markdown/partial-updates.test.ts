/**
 * A call that takes its body's fields from another call's table by a link ("see the [create
 * lamp](#body) endpoint") and whose words say its update is partial ("Updates to lamps are
 * partial.", "Any fields not present in the payload will remain unchanged."): the other call's
 * required marks are not this call's. The page is a "lamps" API written by us.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = (words: string) => `# Lamps

## Create a lamp

<RouteHighlighter method="POST" route="/lamps"/>

Create a lamp in a room.

### Body

| Name | Description | Type | Default value |
|:--|:--|--|--|
| \`room\` * | The room it stands in | String | N/A |
| \`watts\` * | Its power | Integer | N/A |
| \`label\` | A name for it | String | \`null\` |

## Update a lamp

<RouteHighlighter method="PATCH" route="/lamps/{lamp_uid}"/>

Update the \`label\` of a lamp.

To learn more about the fields sent in the body of the request, see the [create lamp](#body) endpoint.

${words}
`;

/** `name` or `name*` (required) of each body field of the operation. */
function fields(route: string, text: string): string[] {
  const body = bodySchema(operation(readGeneral(text, 'api/lamps.md'), route));
  return body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : [];
}

describe('general reader: a partial update’s body linked to another call’s table', () => {
  it('should require none of the linked fields where the call says its update is partial', () => {
    const partial = page(
      'Updates to lamps are **partial**. Send only the fields you intend to change, as any fields not present in the payload will remain unchanged.',
    );
    expect(fields('PATCH /lamps/{lamp_uid}', partial)).toEqual(['room', 'watts', 'label']);
    // The call whose table it is keeps its marks.
    expect(fields('POST /lamps', partial)).toEqual(['room*', 'watts*', 'label']);
  });

  it('should read the other ways references say so', () => {
    for (const words of [
      'Any parameters not provided will be left unchanged.',
      'Partially update a lamp. Omitted fields will not be updated.',
      'Provide only the fields you want to update.',
    ])
      expect(fields('PATCH /lamps/{lamp_uid}', page(words))).toEqual(['room', 'watts', 'label']);
  });

  it('should keep the linked marks where the words say nothing of it, or deny it', () => {
    expect(fields('PATCH /lamps/{lamp_uid}', page('The lamp is switched off while it is updated.'))).toEqual(['room*', 'watts*', 'label']);
    expect(fields('PATCH /lamps/{lamp_uid}', page('This is not a partial update: every field is replaced.'))).toEqual([
      'room*',
      'watts*',
      'label',
    ]);
  });

  it('should keep a call’s own table’s marks, whatever its words say', () => {
    const own = `# Lamps\n\n## Update a lamp\n\n\`PATCH /lamps/{lamp_uid}\`\n\nUpdates are partial: fields not sent remain unchanged.\n\n| Name | Type | Required | Description |\n|--|--|--|--|\n| \`label\` | string | Yes | The name |\n| \`watts\` | integer | No | Its power |\n`;
    expect(fields('PATCH /lamps/{lamp_uid}', own)).toEqual(['label*', 'watts']);
  });

  it('should read a hostile page (3,000 repetitions, 300,000 blanks, a `__proto__` field) without a crash', () => {
    const words = `${'Updates are `*/` partial fields not '.repeat(3_000)}${' '.repeat(300_000)}Updates to lamps are partial.`;
    const text = page(words).replace('| `label` |', '| `__proto__` |');
    expect(fields('PATCH /lamps/{lamp_uid}', text)).toEqual(['room', 'watts', '__proto__']);
    expect(fields('POST /lamps', text)).toEqual(['room*', 'watts*', '__proto__']);
  });
});
