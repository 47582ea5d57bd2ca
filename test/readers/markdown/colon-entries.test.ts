/**
 * Entries written as Oracle's REST reference writes them: `- name(required): type` ⏎ its words in
 * paragraphs of their own, `Default Value:` and `Allowed Values:` among them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const text = readFileSync(path.join(import.meta.dirname, 'fixtures/colon-entries/create-crate.md'), 'utf8');
const route = 'POST /20200101/warehouses/{warehouseId}/crates';

describe('general reader: `name(required): type` entries over their words', () => {
  const op = operation(readGeneral(text, 'create-crate.md'), route);

  it('should read path, query and header entries as parameters, typed, required where marked, their words the description', () => {
    expect(parameterNames(op)).toEqual(['path:warehouseId*', 'query:limit', 'header:opc-retry-token']);
    const limit = op.parameters.find((p) => p.name === 'limit');
    expect(strip(limit?.schema)).toMatchObject({ kind: 'integer', format: 'int32', default: 25 });
    expect(limit?.description).toBe('The most crates to return.');
  });

  it('should read the body’s entries as its fields: allowed values the enum, `object tags` an object as the type word `object` is (a map of any values)', () => {
    const body = bodySchema(op);
    expect(body?.kind).toBe('object');
    if (body?.kind !== 'object') return;
    expect(body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`)).toEqual([
      'label*:string',
      'state:enum',
      'tags:map',
    ]);
    const state = body.properties.find((p) => p.name === 'state')?.schema;
    expect(state?.kind === 'enum' ? state.values.map((v) => v.value) : state).toEqual(['OPEN', 'SEALED']);
    expect(body.properties.find((p) => p.name === 'label')?.schema).toMatchObject({ minLength: 1 });
  });

  it('should read the entries under a status’s `Body` title as that answer’s fields', () => {
    const answer = strip(op.responses.find((r) => r.status === '200')?.content[0]?.schema);
    expect(answer?.kind === 'object' ? answer.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : answer).toEqual([
      'id*',
      'weight',
    ]);
  });

  it('should leave a list one of whose items is no entry as written', () => {
    const mixed = text.replace('- tags: object tags', '- tags: see the tagging guide');
    const body = bodySchema(operation(readGeneral(mixed, 'create-crate.md'), route));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body?.kind).not.toContain('label');
  });
});
