/**
 * A hand-written IR exercising every schema kind, odd names, cycles and hostile text; shared by the
 * TypeScript and zod emitter tests.
 */
import type { Source } from '../../../src/ir/source.js';
import type { ApiDocument, NamedSchema, Schema } from '../../../src/ir/types.js';

// biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
export const HOSTILE = 'Ends here */ alert(1) /* `${process.exit(1)}` \' " \\ \n new line \u2028 ls \u2029 ps';

const at = (file: string, line: number): Source => ({
  file,
  start: { line, column: 1, offset: line * 10 },
  end: { line, column: 5, offset: line * 10 + 4 },
});

const named = (name: string, schema: Schema, origin: NamedSchema['origin'] = 'documented'): NamedSchema => ({
  name,
  schema,
  origin,
  sources: [at(`${name}.md`, 1)],
});

const ref = (name: string, extra: Partial<Schema> = {}): Schema => ({ kind: 'ref', name, ...extra }) as Schema;

export function richDocument(): ApiDocument {
  return {
    irVersion: 1,
    info: { title: 'Rich */ API', version: '1.0.0' },
    servers: [],
    tags: [],
    securitySchemes: [],
    schemas: [
      named('TicketMessageEntity', {
        kind: 'object',
        description: `A ticket message. ${HOSTILE}`,
        properties: [
          { name: 'id', required: true, schema: { kind: 'integer', format: 'int32', readOnly: true, minimum: 0 } },
          { name: 'text', required: false, description: 'The text', schema: { kind: 'string', maxLength: 2000, nullable: true } },
          { name: 'createdAt', required: true, schema: { kind: 'string', format: 'date-time' } },
          { name: 'author', required: false, schema: { kind: 'string', format: 'email' } },
          { name: 'ticketId', required: false, schema: { kind: 'string', format: 'uuid' } },
          { name: 'code', required: false, schema: { kind: 'string', pattern: '^[A-Z]{2}-\\d+$', minLength: 3 } },
          { name: 'status', required: false, schema: ref('TicketStatus') },
          { name: 'old', required: false, schema: { kind: 'boolean', deprecated: true, default: false } },
          { name: 'odata.nextLink', required: false, schema: { kind: 'string' } },
          { name: '__proto__', required: false, schema: { kind: 'string' } },
          { name: 'constructor', required: false, schema: { kind: 'number', exclusiveMaximum: 10 } },
          { name: 'tags', required: false, schema: { kind: 'array', items: { kind: 'string' }, maxItems: 5 } },
          { name: 'attachments', required: false, schema: { kind: 'array', items: ref('Attachment', { nullable: true }) } },
          { name: 'meta', required: false, schema: { kind: 'map', values: { kind: 'unknown' } } },
          { name: 'score', required: false, schema: { kind: 'number', inferred: { from: [at('pages/ticket.md', 42)] } } },
          { name: 'nothing', required: false, schema: { kind: 'null' } },
          { name: 'version', required: true, schema: { kind: 'const', value: 'v1' } },
          { name: 'extra', required: false, schema: { kind: 'const', value: { a: 1, list: [true, null] } } },
        ],
      }),
      named('TicketStatus', {
        kind: 'enum',
        base: 'integer',
        description: 'Status of a ticket',
        values: [
          { value: 0, name: 'Unknown', description: 'Not set */' },
          { value: 1, name: 'Open' },
          { value: 2, name: 'Closed' },
        ],
      }),
      named('Colour', { kind: 'enum', base: 'string', values: [{ value: 'red' }, { value: "it's" }] }),
      named('Attachment', {
        kind: 'object',
        additionalProperties: false,
        properties: [
          { name: 'name', required: true, schema: { kind: 'string' } },
          { name: 'size', required: false, schema: { kind: 'integer', format: 'int64' } },
        ],
      }),
      named('DTO_ticket_conversation', {
        kind: 'object',
        properties: [{ name: 'messages', required: true, schema: { kind: 'array', items: ref('TicketMessageEntity') } }],
      }),
      named('DTOTicketConversation', { kind: 'object', properties: [{ name: 'x', required: false, schema: { kind: 'string' } }] }),
      named('SuperOffice.CRM.Services.Associate', {
        kind: 'object',
        properties: [{ name: 'associateId', required: true, schema: { kind: 'integer' } }],
      }),
      named('2fa-config', { kind: 'object', properties: [{ name: 'enabled', required: true, schema: { kind: 'boolean' } }] }),
      named('class', { kind: 'string', description: HOSTILE }),
      named('__proto__', { kind: 'object', properties: [] }, 'undocumented'),
      named('Record', { kind: 'map', values: { kind: 'integer' } }),
      // Forward reference: Aaa is defined before Zzz in name order but needs it.
      named('Aaa', { kind: 'array', items: ref('Zzz') }),
      named('Zzz', { kind: 'object', properties: [{ name: 'z', required: true, schema: { kind: 'string' } }] }),
      // Self recursion.
      named('Tree', {
        kind: 'object',
        properties: [
          { name: 'label', required: true, schema: { kind: 'string' } },
          { name: 'children', required: false, schema: { kind: 'array', items: ref('Tree') } },
          { name: 'parent', required: false, schema: ref('Tree', { nullable: true }) },
        ],
      }),
      // Mutual recursion through a union.
      named('Node', { kind: 'union', mode: 'oneOf', variants: [ref('Leaf'), ref('Branch')] }),
      named('Leaf', { kind: 'object', properties: [{ name: 'value', required: true, schema: { kind: 'number' } }] }),
      named('Branch', {
        kind: 'object',
        properties: [{ name: 'nodes', required: true, schema: { kind: 'array', items: ref('Node') } }],
      }),
      // Discriminated union.
      named('Pet', {
        kind: 'union',
        mode: 'oneOf',
        variants: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'petType', mapping: { cat: 'Cat', dog: 'Dog' } },
      }),
      named('Cat', {
        kind: 'object',
        properties: [
          { name: 'petType', required: true, schema: { kind: 'const', value: 'cat' } },
          { name: 'lives', required: true, schema: { kind: 'integer', minimum: 0, maximum: 9 } },
        ],
      }),
      named('Dog', {
        kind: 'object',
        properties: [
          { name: 'petType', required: true, schema: { kind: 'enum', base: 'string', values: [{ value: 'dog' }] } },
          { name: 'good', required: true, schema: { kind: 'boolean' } },
        ],
      }),
      named('StringOrNumber', { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'number' }], nullable: true }),
      named('NamedCat', {
        kind: 'intersection',
        parts: [ref('Cat'), { kind: 'object', properties: [{ name: 'name', required: true, schema: { kind: 'string' } }] }],
      }),
      named('Labels', {
        kind: 'object',
        properties: [{ name: 'count', required: true, schema: { kind: 'integer' } }],
        additionalProperties: { kind: 'string' },
      }),
      named('Anything', { kind: 'unknown', description: 'Any JSON' }),
      named('Nothing', { kind: 'null' }),
      named('Flag', { kind: 'boolean', nullable: true }),
      named('Closed', { kind: 'object', properties: [], additionalProperties: false }),
    ],
    operations: [
      {
        operationId: 'TicketMessage_Get',
        method: 'get',
        path: '/api/v1/TicketMessage/{id}',
        summary: `Gets a message ${HOSTILE}`,
        tags: [],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { kind: 'integer' }, description: 'The id' },
          { name: '$select', in: 'query', required: false, schema: { kind: 'string' } },
          { name: 'X-Tenant', in: 'header', required: true, schema: { kind: 'string' } },
        ],
        responses: [
          {
            status: '200',
            description: 'OK',
            headers: [],
            content: [{ mediaType: 'application/json', schema: ref('TicketMessageEntity'), examples: [] }],
          },
          { status: '404', description: 'Not found', headers: [], content: [] },
        ],
      },
      {
        operationId: 'createPet',
        method: 'post',
        path: '/pets',
        tags: [],
        deprecated: true,
        parameters: [],
        requestBody: { required: true, content: [{ mediaType: 'application/json', schema: ref('Pet'), examples: [] }] },
        responses: [
          {
            status: '201',
            description: 'Created',
            headers: [],
            content: [{ mediaType: 'application/json', schema: ref('Pet'), examples: [] }],
          },
          { status: '204', description: 'No content', headers: [], content: [] },
          { status: 'default', description: 'Error', headers: [], content: [{ mediaType: 'text/plain', examples: [] }] },
        ],
      },
      {
        operationId: 'tree.walk-all',
        method: 'put',
        path: '/tree',
        tags: [],
        parameters: [{ name: 'depth', in: 'query', required: true, schema: { kind: 'integer', minimum: 1 } }],
        requestBody: {
          required: false,
          content: [
            { mediaType: 'application/xml', examples: [] },
            { mediaType: 'application/json', schema: ref('Tree'), examples: [] },
          ],
        },
        responses: [
          {
            status: '200',
            description: 'OK',
            headers: [],
            content: [{ mediaType: 'application/json', schema: ref('Node'), examples: [] }],
          },
        ],
      },
    ],
  };
}

/** A document whose every name and text is hostile. */
export function hostileDocument(): ApiDocument {
  const weird = [
    '*/ alert(1) /*',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
    '${alert(1)}',
    '`alert`',
    "'); alert(1); ('",
    '\u2028alert\u2029',
    '__proto__',
    'constructor',
    '0x1',
    '',
  ];
  const schemas: NamedSchema[] = weird.map((name, index) => ({
    name: `${name}${index}`,
    origin: 'documented',
    sources: [],
    schema: {
      kind: 'object',
      description: name,
      properties: weird.map((property) => ({
        name: property,
        required: index % 2 === 0,
        description: property,
        schema: {
          kind: 'enum',
          base: 'string',
          values: weird.map((value) => ({ value, name: value, description: value })),
          default: property,
        },
      })),
    },
  }));
  schemas.push({
    name: '*/ alert(1) /* enum',
    origin: 'documented',
    sources: [],
    schema: {
      kind: 'enum',
      base: 'integer',
      values: weird.map((name, value) => ({ value, name, description: name })),
      description: HOSTILE,
    },
  });
  return {
    ...richDocument(),
    info: { title: HOSTILE, version: HOSTILE },
    schemas,
    operations: weird.map((name, index) => ({
      operationId: `${name}#${index}`,
      method: 'get',
      path: `/x/{${name}}`,
      summary: name,
      description: HOSTILE,
      tags: [],
      parameters: weird.map((parameter) => ({
        name: parameter,
        in: 'query',
        required: false,
        schema: { kind: 'string', pattern: parameter },
        description: parameter,
      })),
      responses: [
        {
          status: name === '' ? '200' : name,
          description: name,
          headers: [],
          content: [{ mediaType: 'application/json', schema: { kind: 'const', value: { [name]: name } }, examples: [] }],
        },
      ],
    })),
  };
}
