/** Small IR builders for emitter tests: a document with empty defaults, and an operation answering 200. */
import { type ApiDocument, IR_VERSION, type Operation } from '../../src/ir/types.js';

export function irDocument(parts: Partial<ApiDocument>): ApiDocument {
  return {
    irVersion: IR_VERSION,
    info: { title: 't', version: '1' },
    servers: [],
    tags: [],
    operations: [],
    schemas: [],
    securitySchemes: [],
    ...parts,
  };
}

export function irOperation(operationId: string, method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation {
  return {
    operationId,
    method,
    path,
    tags: [],
    parameters: [],
    responses: [{ status: '200', description: 'ok', headers: [], content: [] }],
    ...extra,
  };
}
