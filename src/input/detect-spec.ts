/** Is a `.json` / `.yaml` / `.yml` file an OpenAPI or Swagger document (a top-level `openapi` or `swagger` key)? */

const EXTENSIONS = /\.(json|ya?ml)$/i;
/** A top-level YAML key at column 0: `openapi: 3.1.0`, `"swagger": "2.0"`. */
const YAML_KEY = /^(?:openapi|swagger|"openapi"|"swagger"|'openapi'|'swagger')[ \t]*:/m;
/** A JSON text whose first key is `openapi` or `swagger`. */
const FIRST_KEY = /^\s*\{\s*"(?:openapi|swagger)"\s*:/;

export function isSpecFile(text: string, file: string): boolean {
  if (!EXTENSIONS.test(file)) return false;
  const body = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file) || /^\s*\{/.test(body)) return isJsonSpec(body);
  return YAML_KEY.test(body);
}

function isJsonSpec(text: string): boolean {
  // A text that starts so is a spec whether it parses or not (parsed, it holds the key; unparsable,
  // such a first key is what counts): it is not parsed for the answer. The loader parses it anyway,
  // and parsing GitHub's 12.4 MB spec here took 140 ms of CPU.
  if (FIRST_KEY.test(text)) return true;
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
    // Not strict JSON (comments, a YAML flow map): only a first key that names it counts (FIRST_KEY, above).
    return false;
  }
}
