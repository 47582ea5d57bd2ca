import { describe, expect, it } from 'vitest';
import { bracketedNames, fieldPath } from '../../src/extract/field-paths.js';

const rows = (...names: Array<string | [string, boolean]>) =>
  names.map((name) => (typeof name === 'string' ? { name, array: false } : { name: name[0], array: name[1] }));

describe('bracketedNames', () => {
  it('should nest a dotted name under the row its prefix names, and under the items of an array row', () => {
    expect(
      bracketedNames(
        rows('customer', 'customer.name', 'customer.address', 'customer.address.city', ['items', true], 'items[].sku', 'items.qty'),
      ),
    ).toEqual(['customer', 'customer[name]', 'customer[address]', 'customer[address][city]', 'items', 'items[][sku]', 'items[][qty]']);
  });

  it("should nest an array item's field whose array no row names, at every `[].`", () => {
    expect(bracketedNames(rows('items[].sku', 'items[].qty', 'rows[].cells[].text', ['tags', true], 'tags[].label[].x', 'a[].'))).toEqual([
      'items[][sku]',
      'items[][qty]',
      'rows[][cells][][text]',
      'tags',
      'tags[][label][][x]',
      'a[].',
    ]);
  });

  it('should keep a dotted name whose prefix no row names (a name with a dot)', () => {
    expect(bracketedNames(rows('metadata.key', 'a.', '.b'))).toEqual(['metadata.key', 'a.', '.b']);
  });

  it("should nest Widdershins' » names under the last row one level up", () => {
    expect(bracketedNames(rows('» orphan', 'customer', '» name', '»» nick', '» age', ['tags', true], '» label', 'top'))).toEqual([
      'orphan',
      'customer',
      'customer[name]',
      'customer[name][nick]',
      'customer[age]',
      'tags',
      'tags[][label]',
      'top',
    ]);
  });

  it("should drop a nested row's repeat of its parent's name, as written, at any depth", () => {
    expect(
      bracketedNames(
        rows(
          'address',
          '» address.city',
          'customer.settings',
          '» customer.settings.theme',
          '»» customer.settings.theme.dark',
          '» other.name',
          '» address.',
        ),
      ),
    ).toEqual([
      'address',
      'address[city]',
      'customer.settings',
      'customer.settings[theme]',
      'customer.settings[theme][dark]',
      'customer.settings[other.name]',
      'customer.settings[address.]',
    ]);
  });

  it('should read tree lines as depth marks and leave a bare mark alone', () => {
    expect(bracketedNames(rows('user', '└─ id', '↳ email', '»'))).toEqual(['user', 'user[id]', 'user[email]', '»']);
  });
});

describe('fieldPath', () => {
  it('should split bracketed names and keep unbalanced ones whole', () => {
    expect(fieldPath('a[b][][c]')).toEqual(['a', 'b', '[]', 'c']);
    expect(fieldPath('a[b')).toEqual(['a[b']);
  });
});
