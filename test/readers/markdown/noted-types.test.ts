/**
 * Items whose notes in parentheses hold the type, then words about the field after a comma
 * (`` - `due_before` (int64, available since 3.1) ``, "Filter by reader (int, available since
 * 3.2)"), as Miniflux's API reference and the references written like it list their filters: the
 * type, and the words the field's description. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/noted-types/loans.md'), 'utf8');

describe('general reader: a type in parentheses followed by a note', () => {
  const read = readGeneral(PAGE, 'api/loans.md');
  const list = operation(read, 'GET /v2/loans');
  const parameter = (name: string) => {
    const found = list.parameters.find((p) => p.name === name);
    return found && { in: found.in, required: found.required, description: found.description, schema: strip(found.schema) };
  };

  it('should read the type a note opens with after the name, and its other words as the description', () => {
    expect(parameter('due_before')).toEqual({
      in: 'query',
      required: false,
      description: 'available since Lending 3.1',
      schema: { kind: 'integer', format: 'int64' },
    });
    expect(parameter('overdue')).toEqual({ in: 'query', required: false, description: 'only for librarians', schema: { kind: 'boolean' } });
    // No unknown type made of the note's words.
    expect(read.diagnostics.items.filter((d) => d.code === 'unknown-type')).toEqual([]);
  });

  it('should read a vendor type of several words or a width the note opens with (issue 11)', () => {
    // `unix timestamp`: a count of seconds, an integer (no date-time, no width invented).
    expect(parameter('returned_after')).toEqual({
      in: 'query',
      required: false,
      description: 'available since Lending 3.4',
      schema: { kind: 'integer' },
    });
    expect(parameter('returned_before')).toMatchObject({
      description: 'Returned before this moment (epoch millis, available since Lending 3.4)',
      schema: { kind: 'integer' },
    });
    expect(parameter('copy_id')).toMatchObject({ description: "the copy's barcode", schema: { kind: 'integer', format: 'uint64' } });
  });

  it('should keep the note before a description as its first line', () => {
    expect(parameter('renewals')).toMatchObject({
      description: 'counted from the first loan\nHow often the loan was renewed',
      schema: { kind: 'integer' },
    });
  });

  it('should read the type that closes a description with a note after a comma', () => {
    expect(parameter('reader_id')).toMatchObject({
      description: 'Filter by reader (int, available since Lending 3.2)',
      schema: { kind: 'integer' },
    });
    // A flag after the comma, and a note of no type, are read as before.
    expect(parameter('branch')).toMatchObject({ required: false, schema: { kind: 'string' } });
    expect(parameter('status')?.description).toBe('Loan status (open or closed)');
    expect(parameter('limit')).toMatchObject({ description: 'At most this many loans', schema: { kind: 'integer' } });
  });
});
