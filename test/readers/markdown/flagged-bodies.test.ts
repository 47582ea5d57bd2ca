/**
 * A request body table that flags the fields a call requires (`| **`watts`** * |` under `## Create
 * a lamp`) documents the call: it stays the body, not a ref to the page's `## Lamp object`, whose
 * table flags none (the ref would drop the flags and add fields the call does not take). A body
 * table flagging none that covers the entity is still that entity. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { readGeneral } from './helpers.js';

const LAMPS = readFileSync(path.join(import.meta.dirname, 'fixtures/flagged-bodies/lamps.md'), 'utf8');

describe('general reader: a body table flagging required fields beside an entity it covers', () => {
  const document = mergeFragments([readGeneral(LAMPS, 'api/lamps.md').fragment!], new DiagnosticBag(), { version: '1' });
  const body = (method: string) => document.operations.find((o) => o.method === method)?.requestBody?.content[0]?.schema;

  it('should keep the flagged table as the body, its required flags and only its fields', () => {
    const schema = body('post');
    expect(schema?.kind).toBe('object');
    if (schema?.kind !== 'object') return;
    expect(schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`)).toEqual([
      'watts*:integer',
      'color:string',
      'id:string',
    ]);
  });

  it('should still read a table flagging nothing that covers the entity as the entity', () => {
    expect(body('put')).toMatchObject({ kind: 'ref', name: 'Lamp' });
  });
});
