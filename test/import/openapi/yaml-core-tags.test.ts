/**
 * The core schema's tags as yaml-core-tags.ts requires them (four modules of `yaml`'s Node build,
 * not the package) must be the tags a Document of the default options types plain scalars by,
 * and type every plain scalar as it does: the events reader uses them in its place.
 */
import { describe, expect, it } from 'vitest';
import { Document, isScalar } from 'yaml';
import { coreTags } from '../../../src/openapi/yaml-core-tags.js';
import { PlainScalars, type ScalarTag } from '../../../src/openapi/yaml-plain-scalars.js';

const out = (): never => {
  throw new Error('out');
};

/** What identifies a tag: its name, format and test. */
const described = (tags: readonly ScalarTag[]) =>
  tags.map((tag) => {
    const { tag: name, format } = tag as ScalarTag & { tag: string; format?: string };
    return [name, format, tag.test?.source];
  });

/** `text` typed by `scalars`, NaN and -0 told apart, a refusal as such. */
function typed(scalars: PlainScalars, text: string, key: boolean): unknown {
  try {
    const value = scalars.typed(text, key ? scalars.keyTags : scalars.valueTags);
    return typeof value === 'number' ? String(Object.is(value, -0) ? '-0' : value) : value;
  } catch {
    return 'refused';
  }
}

describe("yaml's core schema tags without the package", () => {
  const core = coreTags();
  const doc = new Document(undefined, { prettyErrors: false, uniqueKeys: true, strict: false });
  const fromDocument = new PlainScalars(doc, isScalar, out);

  it("should find them in yaml's Node build", () => {
    expect(core).toBeDefined();
  });

  it("should be a default Document's tags for values and keys, in its order", () => {
    const scalars = new PlainScalars(core!.source, core!.isScalar, out);
    expect(described(scalars.valueTags)).toEqual(described(fromDocument.valueTags));
    expect(described(scalars.keyTags)).toEqual(described(fromDocument.keyTags));
    expect(scalars.valueTags.length).toBe(8);
  });

  it('should type every plain scalar as the Document does', () => {
    const scalars = new PlainScalars(core!.source, core!.isScalar, out);
    const texts = [
      ...['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on', 'off', 'y'],
      ...['0', '-0', '+0', '007', '12', '-12', '+3', '0o17', '0o8', '0x1F', '0X1F', '0xg', '0b11', '1_000', '1,000'],
      ...['12345678901234567890', '9'.repeat(400), '1.', '.5', '-.5', '+.5', '1.50', '1e3', '1E-3', '-1.5e+10', '1e999'],
      ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-.nan', 'inf', 'NaN', '1:30', '2001-12-14', '12:00:00'],
      ...['abc', 'string', 'a b', '1 2', '- 1', '.', '..', '+', '-', 'e3', '1e', '0x', '0o', '#/a', '0.0.1'],
    ];
    for (const text of texts)
      for (const key of [false, true])
        expect(typed(scalars, text, key), `${text} (${key ? 'key' : 'value'})`).toEqual(typed(fromDocument, text, key));
  });
});
