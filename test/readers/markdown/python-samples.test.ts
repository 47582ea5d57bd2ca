import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

/** A page whose sample responses are Python values, as a server's `print(response)` shows them. */
function page(sample: string): string {
  return ['## List shelves', '**GET** https://library.example.com/api2/shelves/', '**Sample response**', sample].join('\n\n');
}

function sampleOf(text: string): unknown {
  return operation(readGeneral(page(text)), 'GET /api2/shelves').responses[0]?.content[0]?.examples[0]?.value;
}

describe('general reader: response samples written as Python values', () => {
  it('should read single-quoted strings, True, False and None as the JSON they stand for', () => {
    const read = readGeneral(
      page("```\n[{'id': 'a1', 'name': 'Fiction', 'public': True, 'owner': None, 'archived': False, 'size': 3}]\n```"),
    );
    expect(codes(read)).toEqual([]);
    expect(operation(read, 'GET /api2/shelves').responses[0]?.content[0]?.examples[0]?.value).toEqual([
      { id: 'a1', name: 'Fiction', public: true, owner: null, archived: false, size: 3 },
    ]);
  });

  it("should read Python 2's `u'…'` strings, escapes and double-quoted strings holding quotes, in an indented block too", () => {
    expect(sampleOf("    {u'id': u'a1', u'note': u'It\\'s \"new\"', 'path': \"/it's\", 'n': 1}")).toEqual({
      id: 'a1',
      note: 'It\'s "new"',
      path: "/it's",
      n: 1,
    });
  });

  it('should keep words inside strings as written (`True` in a name is no boolean)', () => {
    expect(sampleOf("```\n{'title': 'True None False', 'flag': True}\n```")).toEqual({ title: 'True None False', flag: true });
  });

  it('should read no sample from a Python value JSON cannot say (a tuple, a call) and report it as before', () => {
    const read = readGeneral(page("```\n{'id': 'a1', 'created': datetime(2020, 1, 1), 'pair': (1, 2)}\n```"));
    expect(operation(read, 'GET /api2/shelves').responses[0]?.content[0]?.examples ?? []).toEqual([]);
    expect(codes(read)).toContain('invalid-sample');
  });
});
