/**
 * Runtime validation with the generated zod schemas, by operationId.
 * Copied as-is into the output folder by specdown (`emit.helpers`); do not edit.
 *
 *   const result = safeParseResponse('v1TicketEntity_GetTicketEntity', response.status, await response.json());
 *   if (!result.success) console.warn(result.error.issues);
 */
import type { z } from 'zod';
import { operationSchemas } from './schemas.js';

type Operations = typeof operationSchemas;

/** Every operationId of the API. */
export type OperationId = keyof Operations;

/** The request parts an operation may have. */
export type RequestPart = 'path' | 'query' | 'header' | 'cookie' | 'requestBody';

interface OperationSchemaSet {
  path?: z.ZodType;
  query?: z.ZodType;
  header?: z.ZodType;
  cookie?: z.ZodType;
  requestBody?: z.ZodType;
  responses: Record<string, z.ZodType>;
}

type PartOutput<Op extends OperationId, P extends RequestPart> = P extends keyof Operations[Op]
  ? Operations[Op][P] extends z.ZodType
    ? z.output<Operations[Op][P]>
    : never
  : never;

function schemasOf(operationId: OperationId): OperationSchemaSet {
  if (!Object.hasOwn(operationSchemas, operationId)) throw new TypeError(`unknown operationId: ${String(operationId)}`);
  return operationSchemas[operationId] as unknown as OperationSchemaSet;
}

/** Parses one request part of an operation; throws a ZodError when the value does not match. */
export function parseRequest<Op extends OperationId, P extends RequestPart>(operationId: Op, part: P, value: unknown): PartOutput<Op, P> {
  const schema = schemasOf(operationId)[part];
  if (!schema) throw new TypeError(`${String(operationId)} documents no ${part}`);
  return schema.parse(value) as PartOutput<Op, P>;
}

/**
 * The schema of a response status: the exact code, else its range (`4XX`), else `default`;
 * undefined when the docs describe no such response.
 */
export function responseSchema(operationId: OperationId, status: number | string): z.ZodType | undefined {
  const responses = schemasOf(operationId).responses;
  const code = String(status);
  for (const key of [code, `${code.charAt(0)}XX`, 'default']) {
    if (Object.hasOwn(responses, key)) return responses[key];
  }
  return undefined;
}

/** Validates a response body against its documented schema, without throwing. */
export function safeParseResponse(
  operationId: OperationId,
  status: number | string,
  body: unknown,
): { success: true; data: unknown } | { success: false; error: z.ZodError | Error } {
  const schema = responseSchema(operationId, status);
  if (!schema) return { success: false, error: new Error(`${String(operationId)} documents no ${String(status)} response`) };
  const result = schema.safeParse(body);
  return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
}
