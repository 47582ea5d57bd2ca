import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { textReader } from '../../../src/readers/text/index.js';
import { readPage } from '../../../src/run/read-page.js';
import { reasonOf } from '../../helpers/detection.js';
import { REPO_ROOT, SHARED_DIR } from '../../helpers/temp-dir.js';
import { FIXTURES } from './tree.js';

const SEEDS = path.join(SHARED_DIR, 'seeds');
const seed = (name: string) => ({ file: name, text: readFileSync(path.join(SEEDS, name), 'utf8') });
const fixture = (name: string) => ({ file: name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

describe('textReader.detect', () => {
  it('should recognise a scraped endpoint page by its request line and section titles', () => {
    expect(reasonOf(textReader.detect(fixture('endpoint.txt')))).toMatch(
      /request line "PATCH \/api\/v1\/Widget\/\{id\}" \(line 9\), 7 section title\(s\)/,
    );
  });

  it('should recognise a scraped index page by its base path and METHOD entries', () => {
    expect(reasonOf(textReader.detect(fixture('index.txt')))).toMatch(/index page: base path "\/api\/v1\/Widget"/);
  });

  const refused: Array<[string, string]> = [
    ['a markdown heading', '# GET Thing\n\nGET /api/v1/Thing\n\nRequest Headers\n'],
    ['a code fence', 'GET /api/v1/Thing\n```http\nGET /api/v1/Thing\n```\nRequest Headers\n'],
    ['a pipe table', 'GET /api/v1/Thing\n\n| Path Part | Type |\n|---|---|\nRequest Headers\n'],
    ['front matter', '---\ntitle: x\n---\nGET /api/v1/Thing\nRequest Headers\n'],
    ['binary junk', 'GET /api/v1/Thing\nRequest Headers\n\u0000\u0001\u0002'],
    ['no section or table', 'GET /api/v1/Thing\n\nJust prose.\n'],
    ['no request line', 'Request Headers\n\nParameter Name Description\nAccept What to accept\n'],
    ['a request line without a slash', 'POST api/Tickets/NewMessage\nRequest Information\nURI Parameters\n'],
  ];
  for (const [name, text] of refused) {
    it(`should not claim a page with ${name}`, () => expect(textReader.detect({ file: 'x.txt', text })).toBeUndefined());
  }

  it("should read a stray markdown line as content, not as the page's dialect (issue 12)", () => {
    const page = fixture('endpoint.txt');
    const text = page.text.replace('Can be filtered:\n', '## Filter Operators: ##\n\nCan be filtered:\n');
    expect(text).not.toBe(page.text);
    const detection = detectDialect({ file: 'endpoint.txt', text });
    expect(detection?.id).toBe('text');
    expect(detection?.reason).toContain('1 markdown line(s) read as content');
    const read = readPage({ file: 'endpoint.txt', text });
    expect(read.fragment?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['patch /api/v1/Widget/{id}']);
  });

  it('should weigh each markdown line against the text signature', () => {
    // A scraped page with a pasted three-line pipe table is still mostly the scraped template.
    const table = '| Property Name | Type | Description |\n|---|---|---|\n| Id | int32 | Id |\n';
    const pasted = `${fixture('endpoint.txt').text}\n${table}`;
    expect(detectDialect({ file: 'x.txt', text: pasted })).toMatchObject({
      id: 'text',
      reason: expect.stringContaining('3 markdown line(s)'),
    });
    // A DocFX page's text-like lines (request line, section titles) never outweigh its markdown.
    const docfx = readFileSync(path.join(REPO_ROOT, 'docs-input/docfx/Books/v2BookEntity_PutBookEntity.md'), 'utf8');
    expect(textReader.detect({ file: 'put.md', text: docfx })).toBeUndefined();
    expect(detectDialect({ file: 'put.md', text: docfx })?.id).toBe('docfx');
  });

  it('should stay quick and refuse a 5 MB single line', () => {
    expect(textReader.detect({ file: 'big.txt', text: 'x'.repeat(5_000_000) })).toBeUndefined();
  });
});

describe.skipIf(!existsSync(SEEDS))('dialect detection on the seeds', () => {
  it('should read seed 000 (scraped text) as text', () => {
    expect(detectDialect(seed('000_1e8f03a48338ee6b.txt'))?.id).toBe('text');
  });

  it('should leave the DocFX markdown seeds to the docfx reader', () => {
    for (const name of ['001_51cb8e4b9c77d33a.txt', '002_b27a34cfbb5ae078.txt']) {
      expect(textReader.detect(seed(name))).toBeUndefined();
      expect(detectDialect(seed(name))?.id).toBe('docfx');
    }
  });

  it('should not claim the Help Page and DTO seeds', () => {
    for (const name of ['003_f55bdf6e46ebd7cf.txt', '004_f535f90aad553d19.txt']) expect(textReader.detect(seed(name))).toBeUndefined();
  });
});
