/**
 * Real TypeScript files copied as-is into the output folder (they import nothing from src/).
 * Resolved from this module, which sits one folder below the package root both as source
 * (`src/templates.ts`) and bundled (a chunk in `dist/`).
 */
export const TEMPLATES = { validate: new URL('../templates/validate.ts', import.meta.url) };
