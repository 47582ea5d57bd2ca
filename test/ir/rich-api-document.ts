/**
 * A small but complete API in IR form: several operations, every schema kind, every parameter
 * location, examples (JSON and XML), security, and hostile strings in names and descriptions.
 * Shared by the IR round-trip test and the OpenAPI emitter tests. A function, so each test
 * gets its own copy.
 */
import type { Source } from '../../src/ir/source.js';
import { type ApiDocument, IR_VERSION, type JsonValue, type NamedSchema, type Operation } from '../../src/ir/types.js';

export function at(file: string, line: number, column = 1): Source {
  return {
    file,
    start: { line, column, offset: line * 100 + column },
    end: { line, column: column + 10, offset: line * 100 + column + 10 },
  };
}

const TICKETS = 'api/Tickets.md';

/** A JSON sample with an own `__proto__` key, as `JSON.parse` makes it (a literal would set the prototype). */
function hostileJson(): JsonValue {
  return JSON.parse(
    '{"title":"Printer on fire","status":"open","createdAt":"2024-01-31T12:00:00Z","kind":"ticket","__proto__":"not a prototype","constructor":2.5}',
  ) as JsonValue;
}
const USERS = 'api/Users/Über.md';

function schemas(): NamedSchema[] {
  return [
    {
      name: 'Attachment',
      origin: 'undocumented',
      sources: [at(TICKETS, 40)],
      schema: { kind: 'object', properties: [] },
    },
    {
      name: 'Cat',
      origin: 'documented',
      sources: [at('api/Pets.md', 10)],
      schema: {
        kind: 'intersection',
        parts: [
          { kind: 'ref', name: 'PetBase' },
          {
            kind: 'object',
            properties: [
              { name: 'petType', required: true, schema: { kind: 'const', value: 'cat' } },
              { name: 'lives', required: false, schema: { kind: 'integer', format: 'int32', minimum: 0, maximum: 9 } },
            ],
          },
        ],
      },
    },
    {
      name: 'Dog',
      origin: 'documented',
      sources: [at('api/Pets.md', 20)],
      schema: {
        kind: 'intersection',
        parts: [
          { kind: 'ref', name: 'PetBase' },
          {
            kind: 'object',
            properties: [
              { name: 'petType', required: true, schema: { kind: 'const', value: 'dog' } },
              { name: 'goodBoy', required: true, schema: { kind: 'boolean', default: true } },
            ],
          },
        ],
      },
    },
    {
      name: 'Error',
      origin: 'imported',
      sources: [at('openapi/errors.yaml', 3)],
      schema: {
        kind: 'object',
        description: 'Problem details (RFC 9457).',
        properties: [
          { name: 'code', required: true, schema: { kind: 'string' }, description: 'Machine-readable code.' },
          { name: 'message', required: true, schema: { kind: 'string' } },
          { name: 'details', required: false, schema: { kind: 'array', items: { kind: 'unknown' } } },
          { name: 'nothing', required: false, schema: { kind: 'null' } },
        ],
        additionalProperties: { kind: 'unknown' },
      },
    },
    {
      name: 'Größe',
      origin: 'documented',
      sources: [at(USERS, 5)],
      schema: { kind: 'enum', base: 'string', values: [{ value: 'klein' }, { value: 'groß' }, { value: '</script>' }] },
    },
    {
      name: 'List<Item>',
      origin: 'documented',
      sources: [at(TICKETS, 60)],
      schema: {
        kind: 'object',
        properties: [
          { name: 'items', required: true, schema: { kind: 'array', items: { kind: 'ref', name: 'a/b~c' } } },
          { name: 'odata.nextLink', required: false, schema: { kind: 'string', format: 'uri' } },
        ],
      },
    },
    {
      name: 'List_Item_',
      origin: 'documented',
      sources: [at(TICKETS, 70)],
      schema: { kind: 'map', values: { kind: 'integer' }, keyPattern: '^[a-z]+$', description: 'Counts by key.' },
    },
    {
      name: 'Pet',
      origin: 'documented',
      sources: [at('api/Pets.md', 1)],
      schema: {
        kind: 'union',
        mode: 'oneOf',
        variants: [
          { kind: 'ref', name: 'Cat' },
          { kind: 'ref', name: 'Dog' },
        ],
        discriminator: { propertyName: 'petType', mapping: { dog: 'Dog', cat: 'Cat' } },
      },
    },
    {
      name: 'PetBase',
      origin: 'documented',
      sources: [at('api/Pets.md', 30)],
      schema: {
        kind: 'object',
        properties: [
          { name: 'petType', required: true, schema: { kind: 'string' } },
          { name: 'name', required: true, schema: { kind: 'string', minLength: 1 } },
        ],
      },
    },
    {
      name: 'Ticket',
      origin: 'documented',
      sources: [at(TICKETS, 20), at(TICKETS, 90)],
      schema: {
        kind: 'object',
        description: 'A support ticket. Ends a comment: */ and a script: </script>',
        extensions: { 'x-internal': false, 'x-owner': { team: 'support', ünïcödé: ['✓'] } },
        source: at(TICKETS, 20),
        properties: [
          { name: 'id', required: true, schema: { kind: 'integer', format: 'int64', readOnly: true }, source: at(TICKETS, 22) },
          {
            name: 'title',
            required: true,
            description: 'Title; "quoted" and \\ backslashed.',
            schema: { kind: 'string', minLength: 1, maxLength: 200, pattern: '^\\S.*$' },
          },
          { name: 'status', required: true, schema: { kind: 'ref', name: 'TicketStatus', description: 'Where the ticket is.' } },
          {
            name: 'priority',
            required: false,
            schema: {
              kind: 'enum',
              base: 'integer',
              values: [
                { value: 0, name: 'LOW', description: 'Whenever.' },
                { value: 1, name: 'NORMAL' },
                { value: 2, name: 'HIGH', description: 'Today.' },
              ],
              default: 1,
            },
          },
          {
            name: 'tags',
            required: false,
            schema: { kind: 'array', items: { kind: 'string' }, uniqueItems: true, minItems: 0, maxItems: 20 },
          },
          { name: '__proto__', required: false, schema: { kind: 'string', nullable: true, description: 'Hostile key.' } },
          { name: 'constructor', required: false, schema: { kind: 'number', format: 'double', exclusiveMinimum: 0, multipleOf: 0.5 } },
          { name: '*/ </script>', required: false, schema: { kind: 'boolean', deprecated: true } },
          { name: 'createdAt', required: true, schema: { kind: 'string', format: 'date-time', examples: ['2024-01-31T12:00:00Z'] } },
          { name: 'assignee', required: false, schema: { kind: 'ref', name: 'User', nullable: true } },
          { name: 'attachments', required: false, schema: { kind: 'array', items: { kind: 'ref', name: 'Attachment' } } },
          { name: 'counts', required: false, schema: { kind: 'ref', name: 'List_Item_' } },
          { name: 'page', required: false, schema: { kind: 'ref', name: 'List<Item>' } },
          { name: 'kind', required: true, schema: { kind: 'const', value: 'ticket' } },
          {
            name: 'secret',
            required: false,
            schema: { kind: 'string', writeOnly: true, contentMediaType: 'text/plain', contentEncoding: 'base64' },
          },
          { name: 'payload', required: false, schema: { kind: 'unknown', examples: [{ any: 'thing' }, null, 3] } },
          { name: 'score', required: false, schema: { kind: 'number', nullable: true, exclusiveMaximum: 101 } },
          {
            name: 'owner',
            required: false,
            schema: {
              kind: 'union',
              mode: 'anyOf',
              nullable: true,
              variants: [
                { kind: 'ref', name: 'User' },
                { kind: 'string', format: 'email' },
              ],
            },
          },
          { name: 'size', required: false, schema: { kind: 'ref', name: 'Größe' } },
          { name: 'odd', required: false, schema: { kind: 'ref', name: 'a/b~c' } },
        ],
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 50,
      },
    },
    {
      name: 'TicketStatus',
      origin: 'documented',
      sources: [at(TICKETS, 80)],
      schema: {
        kind: 'enum',
        base: 'string',
        values: [
          { value: 'open', name: 'Open' },
          { value: 'closed', name: 'Closed' },
        ],
        title: 'Ticket status',
      },
    },
    {
      name: 'User',
      origin: 'inferred',
      sources: [at(USERS, 30, 3)],
      schema: {
        kind: 'object',
        inferred: { from: [at(USERS, 30, 3)] },
        properties: [
          { name: 'id', required: true, schema: { kind: 'string', format: 'uuid' } },
          { name: 'email', required: false, schema: { kind: 'string', format: 'email', nullable: true } },
          {
            name: 'roles',
            required: false,
            schema: {
              kind: 'array',
              nullable: true,
              items: { kind: 'enum', base: 'string', values: [{ value: 'admin' }, { value: 'agent' }], nullable: true },
            },
          },
          { name: 'pet', required: false, schema: { kind: 'intersection', nullable: true, parts: [{ kind: 'ref', name: 'Pet' }] } },
          { name: 'nickname', required: false, schema: { kind: 'const', value: 'anon', nullable: true } },
        ],
      },
    },
    {
      name: 'a/b~c',
      origin: 'documented',
      sources: [at(TICKETS, 100)],
      schema: { kind: 'string', deprecated: true, default: 'x' },
    },
  ];
}

function operations(): Operation[] {
  return [
    {
      operationId: 'listTickets',
      method: 'get',
      path: '/tickets',
      summary: 'List tickets',
      tags: ['Tickets'],
      deprecated: true,
      source: at(TICKETS, 1),
      parameters: [
        {
          name: 'top',
          in: 'query',
          required: false,
          schema: { kind: 'integer', format: 'int32', minimum: 1, maximum: 100, default: 20 },
          source: at(TICKETS, 5),
        },
        {
          name: 'filter',
          in: 'query',
          required: false,
          style: 'deepObject',
          explode: true,
          schema: { kind: 'map', values: { kind: 'string' } },
          description: 'Field filters, e.g. `filter[status]=open`.',
        },
        {
          name: 'q',
          in: 'query',
          required: false,
          allowReserved: true,
          schema: { kind: 'string' },
          examples: [{ name: 'plain', summary: 'A word', value: 'printer' }],
        },
      ],
      responses: [
        {
          status: '200',
          description: 'The tickets.',
          headers: [{ name: 'X-Total-Count', required: true, schema: { kind: 'integer', minimum: 0 }, description: 'All matches.' }],
          content: [{ mediaType: 'application/json', schema: { kind: 'array', items: { kind: 'ref', name: 'Ticket' } }, examples: [] }],
        },
      ],
    },
    {
      operationId: 'createTicket',
      method: 'post',
      path: '/tickets',
      summary: 'Create a ticket',
      description: 'Creates a ticket.\n\n<script>alert(1)</script> */',
      tags: ['Tickets'],
      parameters: [],
      requestBody: {
        name: 'entity',
        description: 'The new ticket.',
        required: true,
        source: at(TICKETS, 12),
        content: [
          {
            mediaType: 'application/json',
            schema: { kind: 'ref', name: 'Ticket' },
            examples: [{ name: 'minimal', summary: 'Just a title', value: hostileJson(), source: at(TICKETS, 14) }],
          },
          {
            mediaType: 'application/xml',
            schema: { kind: 'ref', name: 'Ticket' },
            examples: [{ name: 'xml', raw: '<Ticket><title>Printer &amp; fire</title></Ticket>' }],
          },
        ],
      },
      responses: [
        {
          status: '201',
          description: 'Created.',
          headers: [{ name: 'Location', required: true, schema: { kind: 'string', format: 'uri' } }],
          content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Ticket' }, examples: [] }],
        },
        {
          status: '4XX',
          description: '',
          headers: [],
          content: [{ mediaType: 'application/problem+json', schema: { kind: 'ref', name: 'Error' }, examples: [] }],
        },
      ],
      extensions: { 'x-rate-limit': 10 },
    },
    {
      operationId: 'getTicket',
      method: 'get',
      path: '/tickets/{id}',
      tags: ['Tickets'],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { kind: 'integer', format: 'int64' }, constraints: ['long', 'min(1)'] },
        { name: 'X-Request-ID', in: 'header', required: false, deprecated: true, schema: { kind: 'string', format: 'uuid' } },
        { name: 'session', in: 'cookie', required: false, schema: { kind: 'string' } },
        {
          name: 'expand',
          in: 'query',
          required: false,
          style: 'form',
          explode: false,
          schema: { kind: 'array', items: { kind: 'enum', base: 'string', values: [{ value: 'assignee' }, { value: 'attachments' }] } },
        },
      ],
      responses: [
        {
          status: 'default',
          description: 'Unexpected error.',
          headers: [],
          content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Error' }, examples: [] }],
        },
        { status: '404', description: '', headers: [], content: [] },
        {
          status: '200',
          description: 'The ticket.',
          headers: [],
          content: [
            {
              mediaType: 'application/json',
              schema: { kind: 'ref', name: 'Ticket' },
              examples: [
                {
                  name: 'full',
                  value: {
                    id: 1,
                    title: 'Hi',
                    status: 'open',
                    createdAt: '2024-01-31T12:00:00Z',
                    kind: 'ticket',
                    tags: ['a', 'b'],
                    page: { items: ['x'], 'odata.nextLink': 'https://example.com/next?page=2' },
                    size: 'groß',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      operationId: 'deleteTicket',
      method: 'delete',
      path: '/tickets/{id}',
      tags: ['Tickets', 'Äpfel'],
      security: [],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { kind: 'integer', format: 'int64' } }],
      responses: [{ status: '204', description: 'Deleted.', headers: [], content: [] }],
    },
    {
      operationId: 'constructor',
      method: 'patch',
      path: '/users/{userId}/__proto__',
      summary: 'Patch a user\u2028 with a line separator',
      tags: ['Users'],
      security: [{ oauth: ['users:write', 'users:read'], apiKey: [] }],
      parameters: [{ name: 'userId', in: 'path', required: true, schema: { kind: 'string', format: 'uuid' }, description: 'The user.' }],
      requestBody: {
        required: false,
        content: [{ mediaType: 'application/merge-patch+json', schema: { kind: 'ref', name: 'User' }, examples: [] }],
      },
      responses: [
        {
          status: '200',
          description: 'The user.',
          headers: [],
          content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'User' }, examples: [] }],
        },
      ],
    },
    {
      operationId: 'searchPets',
      method: 'get',
      path: '/pets',
      tags: ['zeta'],
      parameters: [],
      responses: [
        {
          status: '200',
          description: 'Pets.',
          headers: [],
          content: [
            { mediaType: 'application/json', schema: { kind: 'array', items: { kind: 'ref', name: 'Pet' } }, examples: [] },
            { mediaType: 'text/plain', schema: { kind: 'string' }, examples: [{ name: 'text', raw: 'cat, dog' }] },
          ],
        },
      ],
    },
  ];
}

export function richApiDocument(): ApiDocument {
  return {
    irVersion: IR_VERSION,
    info: { title: 'Helpdesk API ✓ </script>', version: '2.1.0', description: 'Tickets & users. */ Ünïcödé, emoji 🎫.' },
    servers: [
      {
        url: 'https://{tenant}.example.com/api/{version}',
        description: 'Tenant server',
        variables: { version: { default: 'v2', enum: ['v1', 'v2'] }, tenant: { default: 'demo', description: 'Your tenant.' } },
      },
      { url: '/' },
    ],
    tags: [{ name: 'zeta' }, { name: 'Users', description: 'People.' }, { name: 'Tickets', description: 'Support tickets.' }],
    operations: operations(),
    schemas: schemas(),
    securitySchemes: [
      {
        name: 'oauth',
        type: 'oauth2',
        flows: {
          clientCredentials: {
            tokenUrl: 'https://auth.example.com/token',
            scopes: { 'users:read': 'Read users', 'users:write': 'Write users' },
          },
        },
      },
      { name: 'bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT.' },
      { name: 'apiKey', type: 'apiKey', in: 'header', parameterName: 'X-API-Key' },
    ],
    security: [{ bearer: [] }, { apiKey: [] }],
    extensions: { 'x-logo': { url: 'https://example.com/logo.png' } },
  };
}
