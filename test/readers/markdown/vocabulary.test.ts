import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/config-schema.js';
import { generate } from '../../../src/run/generate.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { codes, operation, parameterNames, readGeneral } from './helpers.js';

/** A vendor's own words: Dutch column names (no language the reader knows), a `Filter` section, a `sha` type. */
const PAGE = [
  '## Suche',
  '`GET /commits`',
  '### Filter',
  '| Veld | Soort | Verplicht | Omschrijving |\n| --- | --- | --- | --- |\n| `ref` | sha | wel | Der Commit |',
].join('\n\n');

const VOCABULARY = {
  columns: { name: ['Veld'], type: ['Soort'], required: ['Verplicht'], description: ['Omschrijving'] },
  sections: { 'query-parameters': ['Filter'] },
  types: { sha: 'string' },
};

describe('general reader: the user vocabulary', () => {
  it('should read a vendor’s own column names, section titles and type words when the config names them', () => {
    const without = readGeneral(PAGE);
    expect(parameterNames(operation(without, 'GET /commits'))).toEqual([]);
    const read = readGeneral(PAGE, 'api/page.md', VOCABULARY);
    const search = operation(read, 'GET /commits');
    // `wel` is no yes word: the user's vocabulary names columns, not cell values.
    expect(search.parameters.map((p) => [p.in, p.name, p.schema, p.description])).toEqual([
      ['query', 'ref', { kind: 'string' }, 'Der Commit'],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should validate the vocabulary in the config, naming the wrong field', () => {
    expect(parseConfig({ input: 'docs', out: 'gen', vocabulary: VOCABULARY }).success).toBe(true);
    const badRole = parseConfig({ input: 'docs', out: 'gen', vocabulary: { columns: { colour: ['Farbe'] } } });
    expect(badRole.success).toBe(false);
    expect(badRole.error?.issues[0]?.path.slice(0, 2)).toEqual(['vocabulary', 'columns']);
    expect(JSON.stringify(badRole.error?.issues)).toContain('colour');
    const badType = parseConfig({ input: 'docs', out: 'gen', vocabulary: { types: { sha: 'hexadecimal thing' } } });
    expect(badType.error?.issues[0]?.message).toBe('"hexadecimal thing" is not a type specdown knows (for "sha")');
    const badSection = parseConfig({ input: 'docs', out: 'gen', vocabulary: { sections: { 'operation-ish': ['x'] } } });
    expect(badSection.success).toBe(false);
  });

  const tempDir = useTempDir();

  it('should re-read cached pages when the vocabulary changes', async () => {
    const docs = tempDir();
    const cache = tempDir();
    writeFileSync(path.join(docs, 'commits.md'), PAGE);
    const plain = await generate({ input: docs, cache });
    expect(plain.document.operations[0]!.parameters).toEqual([]);
    const worded = await generate({ input: docs, cache, vocabulary: VOCABULARY });
    expect(worded.stats.parsed).toBe(1);
    expect(worded.document.operations[0]!.parameters.map((p) => p.name)).toEqual(['ref']);
    const again = await generate({ input: docs, cache, vocabulary: VOCABULARY });
    expect(again.stats).toMatchObject({ parsed: 0, reusedRun: true });
  });
});
