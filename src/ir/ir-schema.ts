/**
 * zod v4 schema of the whole IR (`types.ts`), used to validate stored IR (`ir.json`).
 * Objects are strict: an unknown key is an error, so a stored IR that drifted from the types
 * fails loudly. `test/ir/ir-schema.test.ts` checks at compile time that the inferred type and
 * `ApiDocument` are the same type; keep the two files in step.
 */
import { z } from 'zod';
import type { ApiDocument, Callback, Schema } from './types.js';

const PointSchema = z.strictObject({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });

const SourceSchema = z.strictObject({ file: z.string(), start: PointSchema, end: PointSchema });

const JsonValueSchema = z.json();

const schemaBase = {
  description: z.string().optional(),
  title: z.string().optional(),
  nullable: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  writeOnly: z.boolean().optional(),
  deprecated: z.boolean().optional(),
  default: JsonValueSchema.optional(),
  examples: z.array(JsonValueSchema).optional(),
  inferred: z.strictObject({ from: z.array(SourceSchema) }).optional(),
  extensions: z.record(z.string(), JsonValueSchema).optional(),
  source: SourceSchema.optional(),
};

const numericConstraints = {
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  exclusiveMinimum: z.number().optional(),
  exclusiveMaximum: z.number().optional(),
  multipleOf: z.number().optional(),
};

const StringSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('string'),
  format: z.string().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
  contentMediaType: z.string().optional(),
  contentEncoding: z.string().optional(),
});

const IntegerSchemaSchema = z.strictObject({
  ...schemaBase,
  ...numericConstraints,
  kind: z.literal('integer'),
  format: z.string().optional(),
});
const NumberSchemaSchema = z.strictObject({
  ...schemaBase,
  ...numericConstraints,
  kind: z.literal('number'),
  format: z.string().optional(),
});
const BooleanSchemaSchema = z.strictObject({ ...schemaBase, kind: z.literal('boolean') });
const NullSchemaSchema = z.strictObject({ ...schemaBase, kind: z.literal('null') });
const UnknownSchemaSchema = z.strictObject({ ...schemaBase, kind: z.literal('unknown'), anyValue: z.literal(true).optional() });
const ConstSchemaSchema = z.strictObject({ ...schemaBase, kind: z.literal('const'), value: JsonValueSchema });
const RefSchemaSchema = z.strictObject({ ...schemaBase, kind: z.literal('ref'), name: z.string() });

const EnumSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('enum'),
  base: z.enum(['string', 'integer', 'number']),
  values: z.array(
    z.strictObject({ value: z.union([z.string(), z.number()]), name: z.string().optional(), description: z.string().optional() }),
  ),
});

const ArraySchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('array'),
  get prefixItems(): z.ZodOptional<z.ZodArray<z.ZodType<Schema>>> {
    return z.array(SchemaSchema).optional();
  },
  get items(): z.ZodType<Schema> {
    return SchemaSchema;
  },
  minItems: z.number().optional(),
  maxItems: z.number().optional(),
  uniqueItems: z.boolean().optional(),
});

const PropertySchema = z.strictObject({
  name: z.string(),
  get schema(): z.ZodType<Schema> {
    return SchemaSchema;
  },
  required: z.boolean(),
  description: z.string().optional(),
  restated: z.literal(true).optional(),
  source: SourceSchema.optional(),
});

const DiscriminatorSchema = z.strictObject({ propertyName: z.string(), mapping: z.record(z.string(), z.string()).optional() });

const ObjectSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('object'),
  properties: z.array(PropertySchema),
  get additionalProperties(): z.ZodOptional<z.ZodUnion<readonly [z.ZodType<Schema>, z.ZodLiteral<false>]>> {
    return z.union([SchemaSchema, z.literal(false)]).optional();
  },
  minProperties: z.number().optional(),
  maxProperties: z.number().optional(),
  discriminator: DiscriminatorSchema.optional(),
});

const MapSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('map'),
  get values(): z.ZodType<Schema> {
    return SchemaSchema;
  },
  keyPattern: z.string().optional(),
});

const UnionSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('union'),
  mode: z.enum(['oneOf', 'anyOf']),
  get variants(): z.ZodArray<z.ZodType<Schema>> {
    return z.array(SchemaSchema);
  },
  discriminator: DiscriminatorSchema.optional(),
});

const IntersectionSchemaSchema = z.strictObject({
  ...schemaBase,
  kind: z.literal('intersection'),
  get parts(): z.ZodArray<z.ZodType<Schema>> {
    return z.array(SchemaSchema);
  },
});

/** One member per schema kind, exported so tests can compare each with its IR interface. */
export const schemaKindSchemas = {
  string: StringSchemaSchema,
  integer: IntegerSchemaSchema,
  number: NumberSchemaSchema,
  boolean: BooleanSchemaSchema,
  null: NullSchemaSchema,
  array: ArraySchemaSchema,
  object: ObjectSchemaSchema,
  map: MapSchemaSchema,
  enum: EnumSchemaSchema,
  const: ConstSchemaSchema,
  ref: RefSchemaSchema,
  union: UnionSchemaSchema,
  intersection: IntersectionSchemaSchema,
  unknown: UnknownSchemaSchema,
} as const;

/**
 * The closed union of schema kinds. Typed as `ZodType<Schema>` to break the type-level cycle
 * (members refer back through getters); the compile-time test compares every member with its
 * IR interface, so the annotation hides no drift.
 */
const SchemaSchema: z.ZodType<Schema> = z.discriminatedUnion('kind', [
  StringSchemaSchema,
  IntegerSchemaSchema,
  NumberSchemaSchema,
  BooleanSchemaSchema,
  NullSchemaSchema,
  ArraySchemaSchema,
  ObjectSchemaSchema,
  MapSchemaSchema,
  EnumSchemaSchema,
  ConstSchemaSchema,
  RefSchemaSchema,
  UnionSchemaSchema,
  IntersectionSchemaSchema,
  UnknownSchemaSchema,
]);

const NamedSchemaSchema = z.strictObject({
  name: z.string(),
  schema: SchemaSchema,
  origin: z.enum(['documented', 'undocumented', 'inferred', 'imported']),
  sources: z.array(SourceSchema),
  relationships: z.array(z.strictObject({ name: z.string(), many: z.boolean(), description: z.string().optional() })).optional(),
});

const ExampleSchema = z.strictObject({
  name: z.string(),
  summary: z.string().optional(),
  value: JsonValueSchema.optional(),
  raw: z.string().optional(),
  fractions: z.array(z.string()).optional(),
  source: SourceSchema.optional(),
});

const ParameterSchema = z.strictObject({
  name: z.string(),
  in: z.enum(['path', 'query', 'header', 'cookie']),
  required: z.boolean(),
  schema: SchemaSchema,
  description: z.string().optional(),
  deprecated: z.boolean().optional(),
  style: z.string().optional(),
  explode: z.boolean().optional(),
  allowReserved: z.boolean().optional(),
  contentType: z.string().optional(),
  examples: z.array(ExampleSchema).optional(),
  constraints: z.array(z.string()).optional(),
  undocumented: z.literal(true).optional(),
  source: SourceSchema.optional(),
});

const ContentSchema = z.strictObject({ mediaType: z.string(), schema: SchemaSchema.optional(), examples: z.array(ExampleSchema) });

const RequestBodySchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  required: z.boolean(),
  content: z.array(ContentSchema),
  source: SourceSchema.optional(),
});

const HeaderSchema = z.strictObject({
  name: z.string(),
  required: z.boolean(),
  schema: SchemaSchema,
  description: z.string().optional(),
  deprecated: z.boolean().optional(),
  source: SourceSchema.optional(),
});

const ServerSchema = z.strictObject({
  url: z.string(),
  description: z.string().optional(),
  variables: z
    .record(z.string(), z.strictObject({ default: z.string(), enum: z.array(z.string()).optional(), description: z.string().optional() }))
    .optional(),
});

const ResponseSchema = z.strictObject({
  status: z.string(),
  description: z.string(),
  headers: z.array(HeaderSchema),
  content: z.array(ContentSchema),
  links: z.record(z.string(), JsonValueSchema).optional(),
  unknownBody: z.boolean().optional(),
  source: SourceSchema.optional(),
});

const SecurityRequirementSchema = z.record(z.string(), z.array(z.string()));

const OperationSchema = z.strictObject({
  operationId: z.string(),
  method: z.enum(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']),
  path: z.string(),
  summary: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  deprecated: z.boolean().optional(),
  parameters: z.array(ParameterSchema),
  requestBody: RequestBodySchema.optional(),
  responses: z.array(ResponseSchema),
  security: z.array(SecurityRequirementSchema).optional(),
  get callbacks(): z.ZodOptional<z.ZodArray<z.ZodType<Callback>>> {
    return z.array(CallbackSchema).optional();
  },
  servers: z.array(ServerSchema).optional(),
  extensions: z.record(z.string(), JsonValueSchema).optional(),
  source: SourceSchema.optional(),
});

/** Typed as `ZodType<Callback>` to break the type-level cycle (a callback holds operations). */
const CallbackSchema: z.ZodType<Callback> = z.strictObject({
  name: z.string(),
  get operations() {
    return z.array(OperationSchema);
  },
});

const SecuritySchemeSchema = z.strictObject({
  name: z.string(),
  type: z.enum(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']),
  description: z.string().optional(),
  in: z.enum(['query', 'header', 'cookie']).optional(),
  parameterName: z.string().optional(),
  scheme: z.string().optional(),
  bearerFormat: z.string().optional(),
  flows: JsonValueSchema.optional(),
  openIdConnectUrl: z.string().optional(),
});

export const ApiDocumentSchema = z.strictObject({
  irVersion: z.literal(1),
  info: z.strictObject({
    title: z.string(),
    version: z.string(),
    summary: z.string().optional(),
    description: z.string().optional(),
    termsOfService: z.string().optional(),
    contact: z.strictObject({ name: z.string().optional(), url: z.string().optional(), email: z.string().optional() }).optional(),
    license: z.strictObject({ name: z.string(), identifier: z.string().optional(), url: z.string().optional() }).optional(),
  }),
  servers: z.array(ServerSchema),
  tags: z.array(z.strictObject({ name: z.string(), description: z.string().optional() })),
  operations: z.array(OperationSchema),
  schemas: z.array(NamedSchemaSchema),
  securitySchemes: z.array(SecuritySchemeSchema),
  security: z.array(SecurityRequirementSchema).optional(),
  webhooks: z.array(OperationSchema).optional(),
  extensions: z.record(z.string(), JsonValueSchema).optional(),
});

/**
 * Validates stored IR and returns it typed. Throws an Error whose message lists every problem
 * with its path (zod's prettified error). The input itself is returned, not zod's copy: zod
 * rebuilds records by assignment, which would drop documented keys such as `__proto__`.
 */
export function parseIr(json: unknown): ApiDocument {
  const result = ApiDocumentSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid specdown IR:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return json as ApiDocument;
}
