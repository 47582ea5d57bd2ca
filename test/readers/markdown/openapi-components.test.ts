/**
 * Pages docusaurus-openapi-docs generates (`*.api.mdx`): `<MethodEndpoint>`, `<Heading>`, and the
 * OpenAPI objects of `<ParamsDetails>`, `<ParamsItem>`, `<RequestSchema>` and `<StatusCodes>`.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readComponent, typeWords } from '../../../src/readers/markdown/openapi-components.js';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const json = (value: unknown) => JSON.stringify(value);

const GET_PAGE = `---
id: get-plant
title: "Find a plant"
api: eJzNVE1v2zAM/SsGzy7S9eibDxvQ0wo0wwYURuHYjK3Wlj2KXpoZ
sidebar_class_name: "get api-method"
---

import MethodEndpoint from "@theme/ApiExplorer/MethodEndpoint";
import ParamsDetails from "@theme/ParamsDetails";

<Heading
  as={"h1"}
  className={"openapi__heading"}
  children={"Find a plant"}
>
</Heading>

<MethodEndpoint
  method={"get"}
  path={"/plants/{plantId}"}
  context={"endpoint"}
>

</MethodEndpoint>

Returns one plant.

<Heading id={"request"} as={"h2"} className={"openapi-tabs__heading"} children={"Request"} />

<ParamsDetails
  parameters={${json([
    { name: 'plantId', in: 'path', description: 'The plant to return', required: true, schema: { type: 'integer', format: 'int64' } },
    {
      name: 'expand',
      in: 'query',
      description: 'What to embed\n(in the same response)',
      schema: { type: 'string', enum: ['garden', 'owner'] },
    },
    { name: 'limit', in: 'query', schema: { type: 'integer', default: 20, maximum: 100 } },
  ])}}
>

</ParamsDetails>

<RequestSchema
  title={"Body"}
  body={undefined}
>

</RequestSchema>

<StatusCodes
  id={undefined}
  label={undefined}
  responses={${json({
    200: {
      description: 'The plant',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['id', 'name'],
            properties: {
              id: { type: 'integer', format: 'int64' },
              name: { type: 'string', description: 'The name' },
              planted: { type: 'string', format: 'date-time' },
              garden: { type: 'object', properties: { id: { type: 'integer' }, zone: { type: 'string', nullable: true } } },
            },
          },
        },
      },
    },
    404: { description: 'No such plant' },
  })}}
>

</StatusCodes>
`;

const POST_PAGE = `---
id: create-plant
title: "Create a plant"
---

<MethodEndpoint method={"post"} path={"/plants"} context={"endpoint"} />

Adds a plant to a garden.

<ParamsDetails parameters={${json([{ name: 'X-Trace', in: 'header', schema: { type: 'string', format: 'uuid' } }])}} />

<RequestSchema title={"Body"} body={${json({
  content: {
    'application/xml': { schema: { type: 'object', properties: { xml: { type: 'string' } } } },
    'application/json': {
      schema: {
        required: ['name'],
        allOf: [
          { type: 'object', properties: { id: { type: 'integer', format: 'int64' } } },
          {
            type: 'object',
            properties: {
              name: { type: 'string' },
              tags: { type: 'array', items: { type: 'object', required: ['label'], properties: { label: { type: ['string', 'null'] } } } },
              age: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
              soil: {
                oneOf: [
                  { type: 'object', properties: { a: { type: 'string' } } },
                  { type: 'object', properties: { b: { type: 'string' } } },
                ],
              },
              height: { type: 'number', format: 'double', default: 1.5 },
            },
          },
        ],
      },
    },
  },
})}} />

<StatusCodes id={undefined} label={undefined} responses={${json({
  201: {
    description: 'Created',
    content: { 'application/json': { schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } } } } } },
  },
  400: {
    description: 'Bad plant',
    content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string' } } } } },
  },
})}} />
`;

describe('general reader: docusaurus-openapi-docs pages', () => {
  it('should read the endpoint, the parameters and the success response the components state', () => {
    const read = readGeneral(GET_PAGE, 'plants/get-plant.api.mdx');
    expect(read.routes).toEqual(['GET /plants/{plantId}']);
    const get = operation(read, 'GET /plants/{plantId}');
    expect(parameterNames(get)).toEqual(['path:plantId*', 'query:expand', 'query:limit']);
    expect(strip(get.parameters.map((p) => p.schema))).toEqual([
      { kind: 'integer', format: 'int64' },
      { kind: 'enum', base: 'string', values: [{ value: 'garden' }, { value: 'owner' }] },
      { kind: 'integer', default: 20 },
    ]);
    expect(get.parameters.map((p) => p.description)).toEqual(['The plant to return', 'What to embed (in the same response)', undefined]);
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'The plant'],
      ['404', 'No such plant'],
    ]);
    expect(strip(get.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'integer', format: 'int64' } },
        { name: 'name', required: true, schema: { kind: 'string' }, description: 'The name' },
        { name: 'planted', required: false, schema: { kind: 'string', format: 'date-time' } },
        {
          name: 'garden',
          required: false,
          schema: {
            kind: 'object',
            properties: [
              { name: 'id', required: false, schema: { kind: 'integer' } },
              { name: 'zone', required: false, schema: { kind: 'string', nullable: true } },
            ],
          },
        },
      ],
    });
    // The components are no prose: the description is the page's own words.
    expect(get.summary).toBe('Returns one plant.');
    expect(JSON.stringify(get)).not.toMatch(/MethodEndpoint|RequestSchema|openapi__heading/);
    expect(codes(read)).toEqual([]);
  });

  it('should read a request body of allOf members, nested arrays, unions and defaults, from its JSON media type', () => {
    const read = readGeneral(POST_PAGE, 'plants/create-plant.api.mdx');
    const create = operation(read, 'POST /plants');
    expect(parameterNames(create)).toEqual(['header:X-Trace']);
    expect(strip(bodySchema(create))).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: false, schema: { kind: 'integer', format: 'int64' } },
        { name: 'name', required: true, schema: { kind: 'string' } },
        {
          name: 'tags',
          required: false,
          schema: {
            kind: 'array',
            items: { kind: 'object', properties: [{ name: 'label', required: true, schema: { kind: 'string', nullable: true } }] },
          },
        },
        { name: 'age', required: false, schema: { kind: 'union', mode: 'oneOf', variants: [{ kind: 'integer' }, { kind: 'string' }] } },
        // A union of objects is more than type words say: left open, not guessed.
        { name: 'soil', required: false, schema: { kind: 'unknown', anyValue: true } },
        { name: 'height', required: false, schema: { kind: 'number', format: 'double', default: 1.5 } },
      ],
    });
    expect(create.responses.map((r) => r.status)).toEqual(['201', '400']);
    // A list: its items' fields; the error's body is not the success one.
    expect(strip(create.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: { kind: 'object', properties: [{ name: 'id', required: false, schema: { kind: 'integer' } }] },
    });
    expect(create.responses[1]?.content).toEqual([]);
    expect(read.root.data?.found).toContain('MDX component');
  });

  it('should keep a component whose data is not JSON, and one never closed, as they were', () => {
    const broken =
      '---\ntitle: x\n---\n\n<MethodEndpoint method={"get"} path={"/a"} />\n\n<ParamsDetails parameters={[{"name": oops}]} />\n';
    const read = readGeneral(broken, 'a.api.mdx');
    expect(operation(read, 'GET /a').parameters).toEqual([]);
    expect(JSON.stringify(read.root)).toContain('oops');
    const page = `<ParamsDetails parameters={[{"name":"a","in":"query"}]}\n\n${'prose\n\n'.repeat(2000)}`;
    expect(readComponent(page, 0, 'ParamsDetails')).toBeUndefined();
    expect(
      readComponent('<StatusCodes responses={{"200":{"description":"}{"}}} />', 0, 'StatusCodes')?.attributes.get('responses'),
    ).toEqual({
      200: { description: '}{' },
    });
  });

  it('should read a page of thousands of components that never close in linear time, keeping them as they were', () => {
    const unclosed = '<ParamsDetails parameters={[{"name":"a","in":"query"}\n\n'.repeat(5000);
    const read = readGeneral(`<MethodEndpoint method={"get"} path={"/a"} />\n\n${unclosed}`, 'a.api.mdx');
    expect(operation(read, 'GET /a').parameters).toEqual([]);
    const open = '<StatusCodes responses={{"200":{"description":"OK"}}}>\n\n'.repeat(5000);
    expect(operation(readGeneral(`<MethodEndpoint method={"get"} path={"/b"} />\n\n${open}`, 'b.api.mdx'), 'GET /b').responses).toEqual([]);
  });

  it('should keep a property named `__proto__` as a property, and leave object literals nested deeper than any schema unread', () => {
    const body = json({
      content: {
        'application/json': { schema: { type: 'object', properties: { __proto__: { type: 'string' }, constructor: { type: 'integer' } } } },
      },
    });
    // JSON.stringify drops a `__proto__` key of a literal; the page writes it.
    const page = `<MethodEndpoint method={"post"} path={"/a"} />\n\n<RequestSchema body={${body.replace('"properties":{', '"properties":{"__proto__":{"type":"string"},')}} />\n`;
    const schema = strip(bodySchema(operation(readGeneral(page, 'a.api.mdx'), 'POST /a')));
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['__proto__', 'string'],
      ['constructor', 'integer'],
    ]);
    const deep = `<MethodEndpoint method={"get"} path={"/b"} />\n\n<ParamsItem param={${'{a: '.repeat(3000)}1${'}'.repeat(3000)}} />\n`;
    expect(operation(readGeneral(deep, 'b.api.mdx'), 'GET /b').parameters).toEqual([]);
  });

  it('should read the operation in the `api:` front matter, deflated, where the components cannot be read (older versions)', () => {
    const api = {
      method: 'post',
      path: '/plants',
      parameters: [{ name: 'X-Trace', in: 'header', schema: { type: 'string' } }],
      requestBody: {
        content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
      },
      responses: { 201: { description: 'Created' }, 405: { description: 'Invalid input' } },
    };
    const blob = deflateSync(JSON.stringify(api)).toString('base64');
    const body =
      '<details open={true}><summary><h3>Header Parameters</h3></summary><div><ul><ParamsItem className={"paramsItem"} param={{"name":"X-Trace","in":"header","schema":{"type":"string"}}}></ParamsItem></ul></div></details><MimeTabs><TabItem label={"application/json"}><details><summary><strong>Request Body</strong></summary><div><ul><SchemaItem collapsible={false} name={"name"} required={true} schema={{"type":"string"}}></SchemaItem></ul></div></details></TabItem></MimeTabs>';
    const page = `---\nid: create\napi: ${blob}\n---\n\n<MethodEndpoint method={"post"} path={"/plants"}></MethodEndpoint>\n\nAdds a plant.\n\n## Request\n\n${body}\n`;
    const create = operation(readGeneral(page, 'plants/create.api.mdx'), 'POST /plants');
    expect(parameterNames(create)).toEqual(['header:X-Trace']);
    expect(strip(bodySchema(create))).toEqual({
      kind: 'object',
      properties: [{ name: 'name', required: true, schema: { kind: 'string' } }],
    });
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['405', 'Invalid input'],
    ]);
    // A blob that inflates past the bound is not read: the components are.
    const bomb = deflateSync(Buffer.alloc(9 * 1024 * 1024, 32)).toString('base64');
    const bombed = operation(readGeneral(page.replace(blob, bomb), 'plants/create.api.mdx'), 'POST /plants');
    expect(parameterNames(bombed)).toEqual(['header:X-Trace']);
    expect(bombed.requestBody).toBeUndefined();
  });

  it('should give each parameter of the older `<ParamsItem param={…}>` form', () => {
    const text = `<MethodEndpoint method={"delete"} path={"/plants/{id}"} />\n\n<ParamsItem className={"paramsItem"} param={${json({ name: 'id', in: 'path', required: true, schema: { type: 'string' } })}}></ParamsItem>\n`;
    const result = readPage({ file: 'plants/delete.api.mdx', text });
    const [only] = result.fragment?.operations ?? [];
    expect(only?.parameters.map((p) => `${p.in}:${p.name}:${p.schema.kind}`)).toEqual(['path:id:string']);
  });

  it('should read the parameters of older pages: `<ParamsItem>`s inside a `<details>` block, as Prettier writes them', () => {
    const text = `<MethodEndpoint
  method={"get"}
  path={"/coins/{coin}/icon"}
></MethodEndpoint>

Returns the icon of the coin.

## Request

<details
  style={{ marginBottom: "1rem" }}
  className={"openapi-markdown__details"}
  open={true}
>
  <summary style={{}}>
    <h3 className={"openapi-markdown__details-summary-header-params"}>
      Path Parameters
    </h3>
  </summary>
  <div>
    <ul>
      <ParamsItem
        className={"paramsItem"}
        param={{
          name: "coin",
          in: "path",
          required: true,
          schema: { type: "string" },
        }}
      ></ParamsItem>
      <ParamsItem
        className={"paramsItem"}
        param={{
          name: "size",
          in: "query",
          description: "Width in pixels, e.g. 64",
          schema: { type: "integer", default: 32 },
        }}
      ></ParamsItem>
    </ul>
  </div>
</details>
`;
    const read = readGeneral(text, 'coins/icon.api.mdx');
    const icon = operation(read, 'GET /coins/{coin}/icon');
    expect(parameterNames(icon)).toEqual(['path:coin*', 'query:size']);
    expect(strip(icon.parameters.map((p) => p.schema))).toEqual([{ kind: 'string' }, { kind: 'integer', default: 32 }]);
    expect(icon.parameters[1]?.description).toBe('Width in pixels, e.g. 64');
  });

  it('should type a list of plain values as the list it is', () => {
    const responses = json({
      200: { description: 'Names', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } },
    });
    const read = readGeneral(
      `<MethodEndpoint method={"get"} path={"/names"} />\n\n<StatusCodes responses={${responses}} />\n`,
      'names.api.mdx',
    );
    expect(strip(operation(read, 'GET /names').responses[0]?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'string' } });
  });

  it('should write each schema in the type words the reader knows, and nothing for what they cannot say', () => {
    expect(typeWords({ type: 'integer', format: 'int32' })).toBe('integer(int32)');
    expect(typeWords({ type: 'string', format: 'has space' })).toBe('string');
    expect(typeWords({ type: 'array', items: { type: 'string', format: 'uri' } })).toBe('string(uri)[]');
    expect(typeWords({ type: 'array', items: { type: 'array', items: { type: 'string' } } })).toBe('string[][]');
    // An array of an enum's values: the values kept (the words say it as `array of Enum: …`).
    expect(typeWords({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } })).toBe('array of Enum: a, b');
    expect(typeWords({ type: 'array', items: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } } })).toBe('array');
    expect(typeWords({ enum: ['a, b', 'c'] })).toBe('');
    expect(typeWords({ type: 'integer', enum: [1, 2] })).toBe('integer');
    expect(typeWords({ type: ['integer', 'null'] })).toBe('integer or null');
    expect(typeWords({ anyOf: [{ type: 'string' }, { $ref: '#/x' }] })).toBe('');
    expect(typeWords({})).toBe('');
  });
});
