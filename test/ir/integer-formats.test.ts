/**
 * Integer widths as the format registry names them (`int8` … `int64`, `uint8` … `uint64`): read
 * from the type words that state them, folded across rows to the narrowest format holding all,
 * and told apart from a change by the differ (a request's `int16` → `int32` widens).
 */
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';
import { foldIntegerFormats } from '../../src/infer/format-reads.js';
import { foldIntegerFormat, holdsIntegerFormat } from '../../src/ir/integer-formats.js';
import type { Schema } from '../../src/ir/types.js';
import { mergeSchemas } from '../../src/merge/schema-merge.js';
import { operation, readGeneral, strip } from '../readers/markdown/helpers.js';

describe('integer formats', () => {
  it('should hold a narrower format of the same sign, and an unsigned one of fewer bits', () => {
    expect(holdsIntegerFormat('int64', 'int32')).toBe(true);
    expect(holdsIntegerFormat('int32', 'uint16')).toBe(true);
    expect(holdsIntegerFormat('uint64', 'uint8')).toBe(true);
    // 4,294,967,295 is a uint32 no int32 holds; -1 an int8 no unsigned format holds.
    expect(holdsIntegerFormat('int32', 'uint32')).toBe(false);
    expect(holdsIntegerFormat('uint64', 'int8')).toBe(false);
    expect(holdsIntegerFormat('int64', 'uint64')).toBe(false);
    expect(holdsIntegerFormat('int64', 'unix-time')).toBe(false);
  });

  it('should fold two rows to the narrowest format holding both', () => {
    expect(foldIntegerFormat('int32', 'int64')).toBe('int64');
    expect(foldIntegerFormat('int64', 'int32')).toBe('int64');
    expect(foldIntegerFormat('int16', 'uint16')).toBe('int32');
    expect(foldIntegerFormat('uint32', 'int32')).toBe('int64');
    expect(foldIntegerFormat('uint8', 'uint32')).toBe('uint32');
    // Nothing registered holds a uint64 and a signed value: as before, int64 over any other.
    expect(foldIntegerFormat('uint64', 'int8')).toBe('uint64');
    expect(foldIntegerFormat('int64', 'uint64')).toBe('int64');
    // A format outside the registry: the first row's, int64 over it.
    expect(foldIntegerFormat('int32', 'snowflake')).toBe('int32');
    expect(foldIntegerFormat('snowflake', 'int64')).toBe('int64');
  });

  it('should give the merge and the patching fold the same format (run/cache/patch-merged.ts relies on it)', () => {
    const rows: string[][] = [
      ['int16', 'uint16'],
      ['uint32', 'int32', 'int8'],
      ['int32', 'int64', 'uint8'],
      ['uint8', 'uint16', 'uint32'],
    ];
    for (const formats of rows) {
      let merged: Schema = { kind: 'integer', format: formats[0]! };
      for (const format of formats.slice(1)) {
        const result = mergeSchemas(merged, { kind: 'integer', format });
        expect(result.ok).toBe(true);
        if (result.ok) merged = result.schema;
      }
      expect(merged).toEqual({ kind: 'integer', format: foldIntegerFormats(formats) });
    }
    expect(foldIntegerFormats(['int16', 'uint16'])).toBe('int32');
  });

  it('should read the width a type word states (Go, Rust and C# words)', () => {
    const page = [
      '# Counters',
      '',
      '## Update a counter',
      '',
      '`PUT /counters/{id}`',
      '',
      '| Name | Type | Description |',
      '| --- | --- | --- |',
      '| `id` | u32 | The counter. |',
      '| `total` | uint64 | Every tick so far. |',
      '| `step` | short | How far one tick goes. |',
      '| `limit` | int | The highest total. |',
      '',
    ].join('\n');
    const read = readGeneral(page, 'api/counters.md');
    const put = operation(read, 'PUT /counters/{id}');
    expect(strip(put.parameters.find((p) => p.name === 'id')!.schema)).toEqual({ kind: 'integer', format: 'uint32' });
    const body = put.requestBody?.content[0]?.schema;
    expect(body?.kind).toBe('object');
    const formats = Object.fromEntries(
      (body?.kind === 'object' ? body.properties : []).map((p) => [p.name, p.schema.kind === 'integer' ? p.schema.format : p.schema.kind]),
    );
    expect(formats).toEqual({ total: 'uint64', step: 'int16', limit: 'int32' });
  });

  it('should read hostile type cells without a crash', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| \`f${i}\` | ${i % 2 ? 'u32' : 'uint64'} | A field. |`);
    const page = [
      '## Make a counter',
      '',
      '`POST /counters`',
      '',
      '| Name | Type | Description |',
      '| --- | --- | --- |',
      ...rows,
      `| \`odd\` | u32${' '.repeat(300_000)}x | Blanks. |`,
      '',
    ].join('\n');
    const read = readGeneral(page, 'api/hostile.md');
    const body = operation(read, 'POST /counters').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.length : 0).toBeGreaterThanOrEqual(3000);
  });
});

describe('integer formats in `specdown diff`', () => {
  const spec = (format: string, where: 'request' | 'response') => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/counters': {
        post: {
          ...(where === 'request'
            ? {
                requestBody: {
                  content: { 'application/json': { schema: { type: 'object', properties: { step: { type: 'integer', format } } } } },
                },
              }
            : {}),
          responses: {
            '200': {
              description: 'OK',
              ...(where === 'response'
                ? { content: { 'application/json': { schema: { type: 'object', properties: { step: { type: 'integer', format } } } } } }
                : {}),
            },
          },
        },
      },
    },
  });
  const ids = async (from: string, to: string, where: 'request' | 'response') =>
    (
      await diffSpecs(
        { kind: 'object', document: spec(from, where), label: 'base' },
        { kind: 'object', document: spec(to, where), label: 'revision' },
      )
    ).changes
      .map((change) => change.id)
      .filter((id) => id.includes('format'));

  it('should let a request widen to a format holding every value it held', async () => {
    expect(await ids('int16', 'int32', 'request')).toEqual([]);
    expect(await ids('uint16', 'int32', 'request')).toEqual([]);
    expect(await ids('int32', 'int64', 'request')).toEqual([]);
  });

  it('should report a request format that no longer holds what it held', async () => {
    expect(await ids('uint32', 'int32', 'request')).toEqual(['request-property-format-changed']);
    expect(await ids('int64', 'int32', 'request')).toEqual(['request-property-format-changed']);
  });

  it('should let a response narrow, and report one that widens', async () => {
    expect(await ids('int32', 'uint16', 'response')).toEqual([]);
    expect(await ids('uint16', 'uint32', 'response')).toEqual(['response-property-format-changed']);
  });
});
