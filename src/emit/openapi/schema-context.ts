/** What emitting a schema needs to know of the document being emitted. */
export interface SchemaContext {
  /** `$ref` for a named schema. */
  refOf(name: string): string;
  /** Put source positions (`file:line:column`) into the output. */
  sources: boolean;
}
