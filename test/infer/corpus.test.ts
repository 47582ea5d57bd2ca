import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../src/infer/fill-from-samples.js';
import type { ObjectSchema, PageFragment } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { readPage } from '../../src/run/read-page.js';
import { SHARED_DIR } from '../helpers/temp-dir.js';

const DOCS = path.join(SHARED_DIR, 'corpus', 'superoffice', 'docs');

describe.skipIf(!existsSync(DOCS))('fillFromSamples on the DocFX corpus', () => {
  let fragments: PageFragment[] = [];
  beforeAll(() => {
    fragments = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => readPage({ file: file.split(path.sep).join('/'), text: readFileSync(path.join(DOCS, file), 'utf8') }).fragment)
      .filter((fragment): fragment is PageFragment => fragment !== undefined);
  });
  // The fill's own findings (the merge may fill too, once the pipeline wires it).
  const run = (pages: PageFragment[]) => {
    const diagnostics = new DiagnosticBag();
    const document = fillFromSamples(mergeFragments(pages, new DiagnosticBag(), { version: '1' }), diagnostics);
    return { document, diagnostics: diagnostics.items };
  };

  it('should give the same document and findings in any page order', () => {
    const forward = run(fragments);
    const shuffled = run(
      fragments
        .map((f, i) => ({ f, key: (i * 7919) % fragments.length }))
        .sort((a, b) => a.key - b.key)
        .map(({ f }) => f),
    );
    expect(JSON.stringify(shuffled.document)).toBe(JSON.stringify(forward.document));
    expect(shuffled.diagnostics).toEqual(forward.diagnostics);
  });

  it('should learn the nested shapes the samples show and report what contradicts the tables', () => {
    const { document, diagnostics } = run(fragments);
    const inferred = document.schemas.filter((s) => s.origin === 'inferred').map((s) => s.name);
    expect(inferred).toEqual(expect.arrayContaining(['FieldProperty', 'MessageHeader']));
    // AttachmentsInfo items show exactly the fields the AttachmentEntity table lists: they are that entity.
    const entity = document.schemas.find((s) => s.name === 'TicketMessageEntity')!.schema as ObjectSchema;
    expect(entity.properties.find((p) => p.name === 'AttachmentsInfo')!.schema).toMatchObject({
      kind: 'array',
      items: { kind: 'ref', name: 'AttachmentEntity' },
    });
    expect(inferred).not.toContain('AttachmentsInfoItem');
    const counts = new Map<string, number>();
    for (const d of diagnostics) if (d.code.startsWith('sample-')) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    // The JSON Patch bodies are arrays of operations and the item tables with array samples arrays
    // of their items (issue 12): no sample contradicts its table any more.
    expect(Object.fromEntries(counts)).toEqual({});
  });
});
