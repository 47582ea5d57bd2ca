import { describe, expect, it } from 'vitest';
import { assignComponentKeys, sanitiseComponentKey, schemaRefOf } from '../../../src/emit/openapi/component-keys.js';

const VALID_KEY = /^[a-zA-Z0-9.\-_]+$/;

describe('sanitiseComponentKey', () => {
  it.each([
    { given: 'Ticket', want: 'Ticket' },
    { given: 'DTO_contact.v2-beta', want: 'DTO_contact.v2-beta' },
    { given: 'List<Item>', want: 'List_Item_' },
    { given: 'Dictionary<string, List<int>>', want: 'Dictionary_string_List_int_' },
    { given: 'Café', want: 'Cafe' },
    { given: 'Größe', want: 'Gro_e' },
    { given: 'a/b~c', want: 'a_b_c' },
    { given: '__proto__', want: '__proto__' },
    { given: '</script>', want: '_script_' },
    { given: '🎫', want: '_' },
    { given: '', want: '_' },
  ])('should turn $given into $want', ({ given, want }) => {
    expect(sanitiseComponentKey(given)).toBe(want);
    expect(sanitiseComponentKey(given)).toMatch(VALID_KEY);
  });
});

describe('assignComponentKeys', () => {
  it('should keep valid names and give colliding sanitised names numbered keys', () => {
    const keys = assignComponentKeys(['List<Item>', 'List_Item_', 'List(Item)', 'Plain']);
    expect(Object.fromEntries(keys)).toEqual({
      'List(Item)': 'List_Item__2',
      'List<Item>': 'List_Item__3',
      List_Item_: 'List_Item_',
      Plain: 'Plain',
    });
  });

  it('should give the same keys in any input order', () => {
    const names = ['b<x>', 'b_x_', 'b[x]', 'a', 'ä'];
    const forward = assignComponentKeys(names);
    const backward = assignComponentKeys([...names].reverse());
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('should give every name a distinct valid key', () => {
    const names = ['x y', 'x_y', 'x-y', 'x/y', 'x~y', 'x_y_2', '', ' '];
    const keys = [...assignComponentKeys(names).values()];
    expect(new Set(keys).size).toBe(names.length);
    for (const key of keys) expect(key).toMatch(VALID_KEY);
  });
});

describe('schemaRefOf', () => {
  it('should escape ~ and / as JSON Pointer requires', () => {
    expect(schemaRefOf('a/b~c~1')).toBe('#/components/schemas/a~1b~0c~01');
    expect(schemaRefOf('Pet')).toBe('#/components/schemas/Pet');
  });
});
