/**
 * Places in a YAML spec (diagnostics, IR sources) for the YAML readers' edge cases: anchors and
 * aliases, a merge key, folded and literal scalars, flow collections, a duplicate key, a byte
 * order mark and CRLF line ends. Pinned as the Document walk placed them before specs were read
 * from the CST (the same line:column, whichever way a text is read).
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/ir/source.js';
import { importTexts } from './helpers.js';

const SPEC = [
  'openapi: 3.0.3',
  'info: {title: Positions, version: "1"}',
  'paths:',
  '  /pets:',
  '    get:',
  '      description: >-',
  '        A folded',
  '        description.',
  '      responses:',
  "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}",
  'components:',
  '  schemas:',
  '    Base: &base',
  '      type: object',
  '      properties:',
  '        id: {type: integer}',
  '    Alias: *base',
  '    Merged:',
  '      <<: *base',
  '      description: |',
  '        Two',
  '        lines',
  '    Pet:',
  '      type: object',
  '      properties:',
  '        name: {type: string}',
  '        tags: [a, b]',
  '',
].join('\n');

const span = (source: Source | undefined) =>
  source ? `${source.start.line}:${source.start.column}-${source.end.line}:${source.end.column}` : '-';

async function places(text: string) {
  const { spec, lines } = await importTexts({ 'a.yaml': text });
  const schemas = (spec?.fragment.schemas ?? []).map((entry) => {
    const properties = entry.schema.kind === 'object' ? entry.schema.properties.map((p) => `${p.name}@${span(p.source)}`) : [];
    return [entry.name, span(entry.sources[0]), ...properties].join(' ');
  });
  const operations = (spec?.fragment.operations ?? []).map((operation) =>
    [operation.operationId, span(operation.source), ...operation.responses.map((r) => `${r.status}@${span(r.source)}`)].join(' '),
  );
  return {
    diagnostics: lines.map((line) =>
      line
        .split(' ')
        .slice(0, 1)
        .concat(line.match(/\(([\w-]+)\)$/)?.[1] ?? '')
        .join(' '),
    ),
    schemas,
    operations,
  };
}

describe('places in a YAML spec', () => {
  const want = {
    diagnostics: ['a.yaml:10:72 ref-not-found', 'a.yaml:27:9 spec-invalid'],
    schemas: [
      'Base 13:5-17:1 id@16:9-16:28',
      'Alias 17:5-17:17 id@16:9-16:28',
      'Merged 18:5-23:1 id@16:9-16:28',
      'Pet 23:5-28:1 name@26:9-26:29 tags@27:9-27:21',
    ],
    operations: ['getPets 5:5-11:1 200@10:9-10:112'],
  };

  it('should place diagnostics, schemas (aliased and merged ones at their anchor) and operations', async () => {
    const got = await places(SPEC);
    expect({ ...got, schemas: [...got.schemas].sort() }).toEqual({ ...want, schemas: [...want.schemas].sort() });
  });

  it('should place them alike with a byte order mark and CRLF line ends', async () => {
    const got = await places(`\uFEFF${SPEC.replace(/\n/g, '\r\n')}`);
    expect({ ...got, schemas: [...got.schemas].sort() }).toEqual({ ...want, schemas: [...want.schemas].sort() });
  });

  it('should report a duplicate key at the repeated key', async () => {
    const text =
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n    A: {type: integer}\n';
    expect((await places(text)).diagnostics).toEqual(['a.yaml:7:5 spec-invalid']);
  });
});
