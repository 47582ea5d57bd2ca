/**
 * JSON right under a GET's parameters title (`* **Parameters**:` over `{"room": "attic", // …}`),
 * on pages that write every call's parameters as one JSON object and send a GET's in its URL: the
 * object's members are the GET's query parameters, each value its example (a string's stating a
 * string), the comment on its line its words, none required. Before, a GET's JSON there was
 * dropped (a GET sends no body), and its parameters with it. The fixture is a "lamp" API written
 * by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/query-sketches/lamps.md'), 'utf8');

describe('general reader: a GET’s parameters written as a JSON object', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should read each member as a query parameter, typed by its value, described by its comment', () => {
    const list = operation(read, 'GET /lamps');
    expect(parameterNames(list)).toEqual(['query:room', 'query:limit', 'query:lit', 'query:since', 'query:after']);
    expect(list.parameters.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['room', 'string', 'the room the lamps hang in'],
      ['limit', 'integer', 'at most this many lamps'],
      ['lit', 'boolean', undefined],
      // A string's value states a string, whatever its characters.
      ['since', 'string', undefined],
      // `null` shows no type: a parameter travels as text.
      ['after', 'string', "a lamp's id, to page on"],
    ]);
    expect(list.requestBody).toBeUndefined();
    expect(list.responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([{ lamps: [{ id: 4, room: 'attic' }] }]);
  });

  it('should keep a POST’s JSON its body’s sample, and read no parameter from a member that is an object', () => {
    const rename = operation(read, 'POST /lamps/{lampId}/name');
    expect(parameterNames(rename)).toEqual(['path:lampId*']);
    expect(rename.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Porch' });
    const history = operation(read, 'GET /lamps/{lampId}/history');
    expect(parameterNames(history)).toEqual(['path:lampId*']);
    expect(history.requestBody).toBeUndefined();
  });
});
