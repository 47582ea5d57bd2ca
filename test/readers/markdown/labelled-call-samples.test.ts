/**
 * A group of routes over one section per call, each showing its call's request line under a label
 * and then its body and answer under labels of their own (`**Sample Usage:**` ⏎ `` `PUT
 * <host>/rest/V1/lamps/4` `` ⏎ `**Payload:**` ⏎ its JSON ⏎ `**Response:**` ⏎ its JSON), as Magento's
 * devdocs write each service: the labelled body and answer are the samples of that method's calls.
 * Before, the method was forgotten at the `**Payload:**` label, so every call of the group took every
 * sample: a JSON body invented on the GET and the DELETE, the create's answer on the search. The
 * fixture is a lamp service written by us.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const PAGE = [
  '# Manage lamps',
  '**REST endpoints:**',
  '```http\nPOST /V1/lamps\nPUT /V1/lamps/:lampId\nGET /V1/lamps/:lampId\nDELETE /V1/lamps/:lampId\n```',
  '## Create a lamp',
  '**Sample Usage:**',
  '`POST <host>/rest/<store_code>/V1/lamps`',
  '**Payload:**',
  '```json\n{"lamp": {"room": "attic", "watts": 40}}\n```',
  '**Response:**',
  '```json\n{"lamp_id": 4, "created": true}\n```',
  '## Rename a lamp',
  '**Sample Usage:**',
  '`PUT <host>/rest/<store_code>/V1/lamps/4`',
  '**Payload:**',
  '```json\n{"lamp": {"label": "Desk"}}\n```',
  '**Response:**',
  '`true`, the lamp was renamed',
  '## Read a lamp',
  '**Sample Usage:**',
  '`GET <host>/rest/<store_code>/V1/lamps/4`',
  '**Payload:**',
  'None',
  '**Response:**',
  '```json\n{"lamp_id": 4, "room": "attic", "shade": "linen"}\n```',
  '## Remove a lamp',
  '**Sample Usage:**',
  '`DELETE <host>/rest/<store_code>/V1/lamps/4`',
  '**Payload:**',
  'None',
  '**Response:**',
  'An empty array',
].join('\n\n');

const examples = (content: readonly Content[] | undefined) => (content ?? []).flatMap((c) => c.examples.map((e) => e.value));

describe('general reader: the labelled body and answer after a sample’s request line', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should give each method’s call its own labelled payload, none to the GET or the DELETE', () => {
    expect(read.routes).toEqual(['POST /V1/lamps', 'PUT /V1/lamps/{lampId}', 'GET /V1/lamps/{lampId}', 'DELETE /V1/lamps/{lampId}']);
    expect(examples(operation(read, 'POST /V1/lamps').requestBody?.content)).toEqual([{ lamp: { room: 'attic', watts: 40 } }]);
    expect(examples(operation(read, 'PUT /V1/lamps/{lampId}').requestBody?.content)).toEqual([{ lamp: { label: 'Desk' } }]);
    expect(operation(read, 'GET /V1/lamps/{lampId}').requestBody).toBeUndefined();
    expect(operation(read, 'DELETE /V1/lamps/{lampId}').requestBody).toBeUndefined();
  });

  it('should give each labelled answer to its method’s call only', () => {
    const answers = (route: string) => operation(read, route).responses.flatMap((r) => examples(r.content));
    expect(answers('POST /V1/lamps')).toEqual([{ lamp_id: 4, created: true }]);
    expect(answers('GET /V1/lamps/{lampId}')).toEqual([{ lamp_id: 4, room: 'attic', shade: 'linen' }]);
    expect(answers('DELETE /V1/lamps/{lampId}')).toEqual([]);
  });
});
