/**
 * A resource's fields written as paragraph entries right under its heading (`## The lamp resource` ⏎
 * a sentence ⏎ `` `sid` string<SID> `` ⏎ `The unique id.` ⏎ …), with no `### Properties`: the
 * resource's definition, as a table there is. A resource heading also opens its operations: entries
 * after a route under it, and an operation's heading (`## Create a bulb resource`), read as before.
 * The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { useTempDir, writeDocs } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/resource-paragraphs/lamps.md'), 'utf8');

describe('general reader: a resource’s fields written as paragraph entries under its heading', () => {
  it('should define the resource from the entries right under its heading, and type the response that returns it', async () => {
    const { document } = await generate({ input: writeDocs(tempDir, { 'lamps.md': PAGE }) });
    const op = (route: string) => document.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
    const lamp = document.schemas.find((s) => s.name === 'Lamp')?.schema;
    expect(lamp?.kind === 'object' ? lamp.properties.map((p) => [p.name, p.schema, p.description]) : undefined).toEqual([
      ['sid', { kind: 'string', format: 'SID' }, 'The unique id of the lamp.'],
      ['name', { kind: 'string' }, "The lamp's name."],
      ['brightness', { kind: 'integer' }, 'How bright the lamp shines.'],
    ]);
    expect(op('GET /lamps/{sid}').responses.find((r) => r.status === '2XX')?.content[0]?.schema).toMatchObject({
      kind: 'ref',
      name: 'Lamp',
    });
    // Entries after a route under a resource heading, and an operation's heading, define nothing.
    expect(document.schemas.map((s) => s.name)).toEqual(['Lamp']);
    expect(op('GET /switches/{id}').parameters.map((p) => p.name)).toEqual(['id']);
    expect(op('POST /bulbs').requestBody).toBeUndefined();
  });
});
