/**
 * Specification documents (the Word and Confluence layout integrators are handed): numbered
 * section headings, `**Request URL:**` / `**HTTP Method:**` facts, field tables with a serial-number
 * column numbering nested fields as an outline (`3`, `3.1`) and an `M/O` or `Mandatory (Y/N)`
 * column. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(
  readFileSync(path.join(import.meta.dirname, 'fixtures/specification-documents/orders.md'), 'utf8'),
  'api/orders.md',
);

/** `name*: kind` of each property, nested ones under their parent's (`items[].sku`). */
function fields(schema: Schema | undefined, prefix = ''): string[] {
  if (schema?.kind === 'array') return fields(schema.items, `${prefix.slice(0, -1)}[].`);
  if (schema?.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [
    `${prefix}${p.name}${p.required ? '*' : ''}: ${p.schema.kind}`,
    ...fields(p.schema, `${prefix}${p.name}.`),
  ]);
}

describe('general reader: specification documents', () => {
  it('should nest outline-numbered rows under their parent and read `M` in an `M/O` column as required', () => {
    expect(fields(bodySchema(operation(read, 'POST /v2/orders')))).toEqual([
      'customerId*: string',
      'amount*: number',
      'items: array',
      'items[].sku*: string',
      'items[].qty*: integer',
      'remarks: string',
    ]);
  });

  it('should take a numbered heading’s title without its number as the summary', () => {
    expect(operation(read, 'GET /v2/orders/{orderId}/status').summary).toBe('Get Order Status');
    expect(operation(read, 'POST /v2/orders').summary).toBe('Create Order');
  });

  it('should read a numbered section heading by its title', () => {
    const add = operation(read, 'POST /v2/orders/{orderId}/lines');
    expect(parameterNames(add)).toEqual(['query:dryRun', 'path:orderId*']);
    expect(fields(bodySchema(add))).toEqual(['sku*: string']);
    expect(codes(read)).not.toContain('unknown-section');
  });

  it('should read `Mandatory (Y/N)` and a `Mandatory` cell, and leave rows whose numbers skip a parent as written', () => {
    expect(fields(bodySchema(operation(read, 'POST /v2/orders/{orderId}/cancel')))).toEqual([
      'reason*: string',
      'note: string',
      'notify*: boolean',
    ]);
  });
});
