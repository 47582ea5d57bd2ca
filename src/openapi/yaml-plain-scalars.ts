/**
 * Plain scalars typed as `yaml`'s Composer types them (`null`, `true`, `12`, `1e3`…): by the
 * document schema's default tags, in their order. Shared by the two readers that give what the
 * Document path gives without composing a Document (yaml-cst-values.ts, yaml-events-values.ts).
 * It loads nothing of `yaml` itself: the tags come from a Document or from the core schema's
 * own modules (yaml-core-tags.ts).
 */

export interface ScalarTag {
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}

/** Where the tags come from: an empty `yaml` Document made with the Composer's options, or the same tags without one. */
export interface TagSource {
  schema: { tags: readonly unknown[]; compat?: unknown };
  /** Given to each tag's `resolve` (the core schema's read `intAsBigInt`). */
  options: { stringKeys?: boolean; intAsBigInt?: boolean };
}

/** `yaml`'s `isScalar`: a tag's `resolve` may return a Scalar node rather than a value. */
export type IsScalar = (value: unknown) => value is { value: unknown };

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

  /** `out` ends the reading (outside what the reader reads). */
  constructor(
    doc: TagSource,
    private readonly isScalar: IsScalar,
    private readonly out: () => never,
  ) {
    const { schema } = doc;
    if (schema.compat || doc.options.stringKeys) out();
    const tags = schema.tags as (ScalarTag & { default?: boolean | 'key' })[];
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
    const plain = this.isScalar(value) ? value.value : value;
    return typeof plain === 'bigint' ? Number(plain) : (plain ?? null);
  }
}
