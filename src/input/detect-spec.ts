/** Is a `.json` / `.yaml` / `.yml` file an OpenAPI or Swagger document (a top-level `openapi` or `swagger` key)? */

const EXTENSIONS = /\.(json|ya?ml)$/i;
/** A top-level YAML key at column 0: `openapi: 3.1.0`, `"swagger": "2.0"`. */
const YAML_KEY = /^(?:openapi|swagger|"openapi"|"swagger"|'openapi'|'swagger')[ \t]*:/m;

export function isSpecFile(text: string, file: string): boolean {
  if (!EXTENSIONS.test(file)) return false;
  const body = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file) || /^\s*\{/.test(body)) return isJsonSpec(body);
  return YAML_KEY.test(body);
}

function isJsonSpec(text: string): boolean {
  if (!/"(?:openapi|swagger)"\s*:/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      (Object.hasOwn(value, 'openapi') || Object.hasOwn(value, 'swagger'))
    );
  } catch {
    // Not strict JSON (comments, a YAML flow map): a top-level key near the start still counts.
    return /^\s*\{\s*"(?:openapi|swagger)"\s*:/.test(text);
  }
}
