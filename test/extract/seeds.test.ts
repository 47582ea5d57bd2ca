import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { ObjectSchema, PageFragment } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { SHARED_DIR } from '../helpers/temp-dir.js';
import { extractDocfx } from './helpers.js';

const SEEDS = path.join(SHARED_DIR, 'seeds');
const SEED_001 = path.join(SEEDS, '001_51cb8e4b9c77d33a.txt');
const SEED_002 = path.join(SEEDS, '002_b27a34cfbb5ae078.txt');

describe.skipIf(!existsSync(SEED_001) || !existsSync(SEED_002))('seeds 001 and 002 (DocFX)', () => {
  const read = (file: string, name: string) => extractDocfx(readFileSync(file, 'utf8'), `TicketMessage/${name}`);

  it('should read seed 001 (PUT with a path part, query, body, response entity and samples) without diagnostics', () => {
    const { fragment, diagnostics } = read(SEED_001, 'put.md');
    expect(diagnostics.items).toEqual([]);
    const operation = fragment!.operations[0]!;
    expect(operation).toMatchObject({
      operationId: 'v1TicketMessageEntity_HttpPutSaveTicketMessageEntityWithNotify',
      method: 'put',
      path: '/api/v1/TicketMessage/{id}',
      summary: 'Saves a ticket message and performs any user notifications',
      tags: ['TicketMessage'],
    });
    expect(operation.parameters.filter((p) => p.in !== 'header').map((p) => [p.name, p.in, p.required, p.schema])).toEqual([
      ['id', 'path', true, { kind: 'integer', format: 'int32' }],
      ['notify', 'query', false, { kind: 'boolean' }],
    ]);
    expect(operation.parameters.filter((p) => p.in === 'header').map((p) => p.name)).toEqual([
      'X-XSRF-TOKEN',
      'Accept-Language',
      'SO-Language',
      'SO-Culture',
      'SO-TimeZone',
      'SO-AppToken',
    ]);
    const body = operation.requestBody!;
    expect(body.name).toBe('entity');
    expect(body.content.map((c) => c.mediaType)[0]).toBe('application/json');
    expect((body.content[0]!.schema as ObjectSchema).properties).toHaveLength(25);
    expect(body.content[0]!.examples[0]!.value).toMatchObject({ EjMessageId: 335 });
    expect(operation.responses.map((r) => r.status)).toEqual(['200', '400']);
    expect(operation.responses[0]!.content[0]!.examples[0]!.value).toMatchObject({ EjMessageId: 651 });
    const entity = fragment!.schemas.find((s) => s.name === 'TicketMessageEntity')!;
    expect((entity.schema as ObjectSchema).properties).toHaveLength(27);
    const person = (entity.schema as ObjectSchema).properties.find((p) => p.name === 'Person')!;
    expect(person.description).toBe(
      'If this is an incoming message, this will contain the person  <para>Use MDO List name "person_new" to get list items.</para>',
    );
  });

  it('should merge both seeds into one TicketMessageEntity that both request bodies refer to', () => {
    const fragments = [read(SEED_001, 'put.md').fragment, read(SEED_002, 'post.md').fragment] as PageFragment[];
    const diagnostics = new DiagnosticBag();
    const document = mergeFragments(fragments, diagnostics, { version: '1' });
    expect(document.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'post /api/v1/TicketMessage',
      'put /api/v1/TicketMessage/{id}',
    ]);
    for (const operation of document.operations) {
      expect(operation.requestBody!.content.every((c) => c.schema?.kind === 'ref' && c.schema.name === 'TicketMessageEntity')).toBe(true);
    }
    const entity = document.schemas.find((s) => s.name === 'TicketMessageEntity')!;
    expect(entity.origin).toBe('documented');
    const properties = (entity.schema as ObjectSchema).properties;
    expect(properties.map((p) => p.name)).toContain('Badge');
    expect(properties.find((p) => p.name === 'CreatedAt')!.schema).toMatchObject({ kind: 'string', format: 'date-time' });
    const conflicts = diagnostics.items.filter((d) => d.code === 'entity-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toContain('TicketMessageEntity.TableRight');
    expect(conflicts[0]!.related?.[0]?.file).not.toBe(conflicts[0]!.source.file);
    const undocumented = diagnostics.items.filter((d) => d.code === 'undocumented-type');
    expect(undocumented).toHaveLength(1);
    // post.md (seed 002) comes first by file name, so its `TableRight` type wins the tie.
    expect(properties.find((p) => p.name === 'TableRight')!.schema).toMatchObject({ kind: 'ref', name: 'TableRight' });
    expect(undocumented[0]!.message).toContain(
      '4 types are named but defined by no page (open objects, unless samples show their shape): Associate, Person, TableRight, Ticket',
    );
  });
});
