/** Types of diff-rewrites.mjs (meaning-preserving rewrites of an OpenAPI document). */
export function reorderKeys(value: unknown): unknown;
export function moveIntoComponents(doc: unknown): unknown;
export function moveOutOfComponents(doc: unknown): unknown;
export function swagger2AsOpenApi3(view: unknown, original: unknown): unknown;
