/**
 * Emit settings that contradict each other. `validate.ts` (`helpers`) is runtime validation over
 * the zod schemas: it imports `operationSchemas` from `schemas.ts`, so it needs `zod: true`.
 * Writing schemas.ts anyway would go against `zod: false`, and writing nothing would drop
 * `helpers: true` without a word; the config is refused instead, saying which to change.
 */
export interface EmitFlags {
  zod?: boolean;
  helpers?: boolean;
}

/** Why `emit` cannot be honoured, or undefined when it can. */
export function emitConflict(emit: EmitFlags | undefined): string | undefined {
  if (emit?.helpers === true && emit.zod === false) {
    return 'helpers (validate.ts) validates with the zod schemas of schemas.ts, so it needs zod: true; set zod: true or helpers: false';
  }
  return undefined;
}
