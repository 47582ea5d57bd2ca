/** Seed 000: the scraped DocFX page of issue 3, read whole. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { cells, outline, positionProblems, readText, tables } from './tree.js';

const SEED = path.join(SHARED_DIR, 'seeds/000_1e8f03a48338ee6b.txt');

describe.skipIf(!existsSync(SEED))('textReader.read on seed 000', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const { root, diagnostics } = readText('000.txt', text);

  it('should find every section of the DocFX page, in order, and nothing of the site chrome', () => {
    expect(outline(root)).toEqual([
      'h1:operation',
      'code:http',
      'paragraph',
      'h2:path-parameters',
      'table:3x1',
      'h2:query-parameters',
      'table:3x1',
      'code:http',
      'h2:request-headers',
      'table:2x9',
      'h2:request-body',
      'paragraph',
      'table:3x26',
      'h2:responses',
      'paragraph',
      'table:2x2',
      'h3:response-body',
      'table:3x28',
      'h2:sample-request',
      'code:http',
      'h2:sample-response',
      'code:http',
    ]);
    expect(diagnostics.items).toEqual([]);
    expect(positionProblems(root, text)).toEqual([]);
  });

  it('should read the path, query and status tables cell by cell', () => {
    const [path, query, , body, statuses] = tables(root);
    expect(cells(path!)).toEqual([
      ['Path Part', 'Type', 'Description'],
      ['id', 'int32', 'The TicketMessageEntity id to update Required'],
    ]);
    expect(path!.children[1]!.children[2]!.children.at(-1)!.type).toBe('strong');
    expect(cells(query!)[1]).toEqual(['notify', 'bool', 'If true, then the notification will be sent along with the save']);
    expect(cells(body!)[26]).toEqual(['CustomFields', 'Object', expect.stringMatching(/^Udef \+ Extra fields/)]);
    expect(cells(statuses!).slice(1)).toEqual([
      ['200', 'OK'],
      ['400', 'Bad request. Entity to save is not in request body.'],
    ]);
  });

  it('should cut the samples at their balanced JSON bodies, before the footer', () => {
    const [, query, request, response] = root.children.filter((node): node is Code => node.type === 'code');
    expect(query!.value).toBe('PUT /api/v1/TicketMessage/{id}?notify=False');
    expect(request!.value.split('\n').slice(0, 6)).toEqual([
      'PUT /api/v1/TicketMessage/{id}',
      'Authorization: Basic dGplMDpUamUw',
      'Accept: application/json; charset=utf-8',
      'Accept-Language: en',
      'Content-Type: application/json; charset=utf-8',
      '',
    ]);
    expect(JSON.parse(request!.value.slice(request!.value.indexOf('\n\n') + 2)).EjMessageId).toBe(826);
    expect(response!.value.startsWith('HTTP/1.1 200 OK\n')).toBe(true);
    expect(JSON.parse(response!.value.slice(response!.value.indexOf('\n\n') + 2)).FieldProperties.fieldName.FieldLength).toBe(743);
    expect(text.slice(response!.position!.end.offset).trimStart().startsWith('©')).toBe(true);
  });
});
