/**
 * HTML tables without header cells, whose rows pair a name with its description (as WordPress's
 * REST reference writes its arguments), and what HTML cells say in code: defaults and values.
 */
import { describe, expect, it } from 'vitest';
import { describedDefault } from '../../../src/extract/example-type.js';
import { operation, readGeneral, strip } from './helpers.js';

const ARGUMENTS = `## List Shelves

### Definition

\`GET /v2/shelves\`

### Arguments

<table class="arguments">
  <tr>
    <td><code>context</code></td>
    <td>
      <p>Scope under which the request is made.</p>
      <p class="default">Default: <code>view</code></p>
      <p>One of: <code>view</code>, <code>embed</code>, <code>edit</code></p>
    </td>
  </tr>
  <tr>
    <td><code>page</code></td>
    <td><p>Current page of the collection.</p><p class="default">Default: <code>1</code></p></td>
  </tr>
</table>
`;

describe('general reader: HTML tables without header cells', () => {
  it('should read a two-column table without <th> as names and descriptions', () => {
    const read = readGeneral(ARGUMENTS);
    const list = operation(read, 'GET /v2/shelves');
    expect(list.parameters.map((p) => `${p.in}:${p.name}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'query:context:{"default":"view","kind":"enum","base":"string","values":[{"value":"view"},{"value":"embed"},{"value":"edit"}]}',
      'query:page:{"kind":"integer","default":1}',
    ]);
    expect(list.parameters[0]?.description).toBe(
      'Scope under which the request is made.\n\nDefault: `view`\n\nOne of: `view`, `embed`, `edit`',
    );
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should take arguments documented above the Definition heading as the operation’s', () => {
    const read = readGeneral(
      '## Create a Shelf\n\n### Arguments\n\n<table>\n<tr><td><code>title</code></td><td>The title.</td></tr>\n</table>\n\n### Definition\n\n`POST /v2/shelves`\n',
    );
    expect(read.routes).toEqual(['POST /v2/shelves']);
    const schema = operation(read, 'POST /v2/shelves').requestBody?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.description])).toEqual([['title', 'The title.']]);
  });

  it('should leave a table with header cells, or of more columns, as its header says', () => {
    const read = readGeneral(
      '## Get\n\n`GET /a`\n\n<table>\n<tr><th>Name</th><th>Type</th></tr>\n<tr><td>q</td><td>integer</td></tr>\n</table>\n\n<table>\n<tr><td>x</td><td>y</td><td>z</td></tr>\n</table>\n',
    );
    expect(operation(read, 'GET /a').parameters.map((p) => `${p.name}:${p.schema.kind}`)).toEqual(['q:integer']);
  });
});

describe('defaults stated in descriptions', () => {
  it('should read a default within its paragraph only, and never a value that labels what follows', () => {
    expect(describedDefault('Default: `view`')).toBe('view');
    expect(describedDefault('Defaults\nto `20`.')).toBe('20');
    expect(describedDefault('`0`: System default\n\n`1`: 12-hour clock')).toBe('');
    expect(describedDefault('`0`: System default `1`: 12-hour clock')).toBe('');
  });
});
