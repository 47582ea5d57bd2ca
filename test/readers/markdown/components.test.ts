/**
 * MDX endpoint pages written with field components (Mintlify's `<ParamField>`, `<ResponseField>`,
 * `<Expandable>`) and the endpoint in front matter (`api:` / `openapi:`).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PAGE = `---
title: 'Create user'
api: 'POST https://api.example.com/v1/orgs/{org_id}/users'
---

import { Note } from '/snippets/note.mdx'
export const meta = { beta: true }

Creates a user in your organisation.

### Path

<ParamField path="org_id" type="string" required>
  The organisation the user joins.
</ParamField>

### Query

<ParamField query="notify" type="boolean" default={true} />
<ParamField query="limit" type="integer" default="10" />

### Body

<ParamField body="email" type="string" required>
  The user's email address.

  It must be unique.
</ParamField>

<ParamField body="role" type="string" default="member">
  One of \`admin\`, \`member\`.
</ParamField>

<ParamField body="address" type="object">
  Where the user lives.
  <Expandable title="properties">
    <ParamField body="city" type="string" required>
      The city.
    </ParamField>
  </Expandable>
</ParamField>

### Response

<ResponseField name="id" type="string" required>
  The new user's id.
</ResponseField>

<ResponseField name="tags" type="string[]">
  Labels.
</ResponseField>

<RequestExample>

\`\`\`javascript Node
import axios from 'axios';
await axios.post('https://api.example.com/v1/orgs/1/users', { email: 'a@b.c' });
\`\`\`

\`\`\`typescript SDK
import { Acme } from '@acme/sdk';
await new Acme().users.create({ orgId: 1, email: 'a@b.c' });
\`\`\`

</RequestExample>
`;

describe('general reader: MDX field components', () => {
  it('should read the endpoint of the front matter and every field component as the table it states', () => {
    const read = readGeneral(PAGE, 'api/create-user.mdx');
    expect(read.routes).toEqual(['POST /v1/orgs/{org_id}/users']);
    const create = operation(read, 'POST /v1/orgs/{org_id}/users');
    expect(parameterNames(create)).toEqual(['path:org_id*', 'query:notify', 'query:limit']);
    expect(strip(create.parameters.map((p) => p.schema))).toEqual([
      { kind: 'string' },
      { kind: 'boolean', default: true },
      { kind: 'integer', default: 10 },
    ]);
    expect(bodySchema(create)).toEqual({
      kind: 'object',
      properties: [
        { name: 'email', required: true, schema: { kind: 'string' }, description: "The user's email address. It must be unique." },
        {
          name: 'role',
          required: false,
          schema: { kind: 'enum', base: 'string', values: [{ value: 'admin' }, { value: 'member' }], default: 'member' },
          description: 'One of `admin`, `member`.',
        },
        {
          name: 'address',
          required: false,
          schema: { kind: 'object', properties: [{ name: 'city', required: true, schema: { kind: 'string' }, description: 'The city.' }] },
          description: 'Where the user lives.',
        },
      ],
    });
    const body = strip(create.responses[0]?.content[0]?.schema);
    expect(body).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'string' }, description: "The new user's id." },
        { name: 'tags', required: false, schema: { kind: 'array', items: { kind: 'string' } }, description: 'Labels.' },
      ],
    });
    // The ESM lines are no description; a code sample's own `import` is untouched (the axios call is the request's sample).
    expect(create.summary).toBe('Creates a user in your organisation.');
    expect(JSON.stringify(create)).not.toContain('snippets/note');
    expect(read.root.children.some((node) => node.type === 'code' && node.value.startsWith('import { Acme }'))).toBe(true);
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ email: 'a@b.c' }]);
  });

  it("should read `openapi:` front matter (a spec file name before the method skipped), and say where the page's signature is", () => {
    const text =
      '---\nopenapi: \'openapi.json GET /plants/{id}\'\n---\n\n<ResponseField name="name" type="string">The name.</ResponseField>\n';
    const result = readPage({ file: 'plants/get.mdx', text });
    expect(result.fragment?.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /plants/{id}']);
    expect(result.reader?.reason).toContain('1 request line in front matter');
    expect(result.reader?.reason).toContain('MDX component');
  });

  it("should read the front matter's `title:` as the summary of a page with no prose, and leave prose the summary where there is", () => {
    const page = (prose: string) =>
      [
        '---',
        'title: "Get a kennel"',
        'openapi: GET /kennels/{kennelId}',
        '---',
        prose,
        '<ParamField path="kennelId" type="string" required>',
        '  The kennel',
        '</ParamField>',
        '',
        '<ResponseField name="id" type="string" required>',
        "  The kennel's id",
        '</ResponseField>',
      ].join('\n');
    const bare = operation(readGeneral(page(''), 'api/get-kennel.mdx'), 'GET /kennels/{kennelId}');
    expect([bare.summary, bare.description]).toEqual(['Get a kennel', undefined]);
    const described = operation(readGeneral(page('Returns one kennel.\n'), 'api/get-kennel.mdx'), 'GET /kennels/{kennelId}');
    expect(described.summary).toBe('Returns one kennel.');
  });

  it("should read the front matter's `description:` as the operation's description, `title:` (else `sidebar_label:`) then its summary", () => {
    const page = (front: string[], prose = '') =>
      operation(
        readGeneral(['---', ...front, '---', '', '`GET /v1/kennels/{kennelId}`', '', prose].join('\n'), 'api/get-kennel.md'),
        'GET /v1/kennels/{kennelId}',
      );
    // Docusaurus: the title names the call, the description states it, the prose follows it.
    const docusaurus = page(
      ['title: Get a kennel', 'sidebar_label: Get kennel', 'description: "Returns one kennel by its id."'],
      'Kennels are cached.',
    );
    expect([docusaurus.summary, docusaurus.description]).toEqual(['Get a kennel', 'Returns one kennel by its id.\n\nKennels are cached.']);
    // No `title:`: the sidebar's label names the call.
    const labelled = page(['sidebar_label: Get kennel', 'description: Returns one kennel by its id.']);
    expect([labelled.summary, labelled.description]).toEqual(['Get kennel', 'Returns one kennel by its id.']);
    // A description alone is the page's first words: the summary, as a first paragraph is.
    const described = page(["description: 'Returns one kennel by its id.'"]);
    expect([described.summary, described.description]).toEqual(['Returns one kennel by its id.', undefined]);
    // Words the prose repeats are said once; a value over several lines is no line's.
    const repeated = page(['title: Get a kennel', 'description: Returns one kennel by its id.'], 'Returns one kennel by its id.');
    expect([repeated.summary, repeated.description]).toEqual(['Get a kennel', 'Returns one kennel by its id.']);
    const folded = page(['title: Get a kennel', 'description: >-', '  Returns one kennel', '  by its id.']);
    expect([folded.summary, folded.description]).toEqual(['Get a kennel', undefined]);
  });

  it("should leave a page's front matter description out of an operation under a heading, and out of a page of several", () => {
    const headed = readGeneral(
      ['---', 'title: Kennels', 'description: Kennels and their runs.', '---', '## Get a kennel', '`GET /v1/kennels/{kennelId}`'].join(
        '\n\n',
      ),
    );
    expect(operation(headed, 'GET /v1/kennels/{kennelId}')).toMatchObject({ summary: 'Get a kennel' });
    expect(operation(headed, 'GET /v1/kennels/{kennelId}').description).toBeUndefined();
    for (const routes of [
      ['`GET /v1/kennels`', '`POST /v1/kennels`'],
      ['`GET /v1/kennels`', '`GET /v1/runs`'],
    ]) {
      const several = readGeneral(
        ['---', 'title: Kennels', 'description: Kennels and their runs.', '---', ...routes, 'Kennels hold runs.'].join('\n\n'),
      );
      expect(several.routes).toHaveLength(2);
      expect(JSON.stringify(several.fragment?.operations)).not.toContain('Kennels and their runs');
      // …nor the title over its prose.
      expect(several.fragment?.operations.map((o) => o.summary)).not.toContain('Kennels');
    }
  });

  it('should leave a component that is never closed as it is, whatever follows it', () => {
    const text = `---\napi: GET /things\n---\n\n<ParamField query="a" type="string">\n  Never closed.\n\n${'Some prose.\n\n'.repeat(3000)}`;
    const read = readGeneral(text, 'things.mdx');
    expect(read.routes).toEqual(['GET /things']);
    expect(operation(read, 'GET /things').parameters).toEqual([]);
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });

  it('should leave a page whose front matter names no endpoint, and components it cannot read, as they were', () => {
    const read = readGeneral('---\ntitle: Guide\n---\n\n<ParamField>no name</ParamField>\n\nJust prose.\n', 'guide.mdx');
    expect(read.routes).toEqual([]);
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
    expect(JSON.stringify(read.root)).toContain('no name');
  });
});
