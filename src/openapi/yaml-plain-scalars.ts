/**
 * Plain scalars typed as `yaml`'s Composer types them (`null`, `true`, `12`, `1e3`…): by the
 * document schema's default tags, in their order. Shared by the two readers that give what the
 * Document path gives without composing a Document (yaml-cst-values.ts, yaml-events-values.ts).
 */
import type { Document, Schema } from 'yaml';
import { yaml } from './yaml-library.js';

const { isScalar } = yaml;

export interface ScalarTag {
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}

/** How deep and how large such a reader reads (beyond: the Document path reads and reports it). */
export interface ReadLimits {
  /** Deepest collection nesting read. */
  maxDepth: number;
  /** Most nodes read. */
  maxNodes: number;
}

export class PlainScalars {
  /** The tags a value may resolve by; a key's also include those for keys only. */
  readonly valueTags: readonly ScalarTag[];
  readonly keyTags: readonly ScalarTag[];
  private readonly options: unknown;

  /** `doc`: an empty Document made with the Composer's options. `out` ends the reading (outside what the reader reads). */
  constructor(
    doc: Document,
    private readonly out: () => never,
  ) {
    const schema = doc.schema as Schema & { compat?: unknown };
    if (schema.compat || doc.options.stringKeys) out();
    const tags = schema.tags as unknown as (ScalarTag & { default?: boolean | 'key' })[];
    this.valueTags = tags.filter((tag) => tag.default === true && tag.test);
    this.keyTags = tags.filter((tag) => (tag.default === true || tag.default === 'key') && tag.test);
    this.options = doc.options;
  }

  /** A plain scalar's value by `tags`, as the Composer finds it. */
  typed(text: string, tags: readonly ScalarTag[]): unknown {
    const tag = tags.find((candidate) => candidate.test!.test(text));
    if (!tag) return text;
    let value: unknown;
    try {
      value = tag.resolve(text, this.out, this.options);
    } catch {
      return this.out();
    }
    const plain = isScalar(value) ? value.value : value;
    return typeof plain === 'bigint' ? Number(plain) : (plain ?? null);
  }
}
