/** Security requirements and schemes. */
import type { JsonValue, SecurityRequirement, SecurityScheme } from '../../ir/types.js';
import { isMap, own, ownMap, ownString, toJson } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { type ImportContext, sourceIn } from './context.js';

const SCHEME_TYPES = new Set<SecurityScheme['type']>(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']);
const API_KEY_PLACES = new Set(['query', 'header', 'cookie']);

/** `security` of `holder`: undefined when absent, `[]` when explicitly none. */
export function readSecurity(ctx: ImportContext, holder: unknown, file: SpecFile): SecurityRequirement[] | undefined {
  const security = own(holder, 'security');
  if (security === undefined) return undefined;
  if (!Array.isArray(security)) {
    ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, holder, 'security'), '"security" must be an array of requirement objects.');
    return undefined;
  }
  return security
    .filter(isMap)
    .map((requirement) =>
      Object.fromEntries(
        Object.keys(requirement).map((name) => [
          name,
          (Array.isArray(requirement[name]) ? (requirement[name] as unknown[]) : []).filter((s): s is string => typeof s === 'string'),
        ]),
      ),
    );
}

/** `components.securitySchemes` (already converted from 2.0 `securityDefinitions`), sorted by name. */
export function readSecuritySchemes(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): SecurityScheme[] {
  const schemes = ownMap(ownMap(document, 'components'), 'securitySchemes');
  if (!schemes) return [];
  const out: SecurityScheme[] = [];
  for (const name of Object.keys(schemes).sort()) {
    const resolved = followRefs(ctx, schemes[name], file);
    if (!resolved || !isMap(resolved.value)) continue;
    const { value } = resolved;
    const type = ownString(value, 'type');
    if (!type || !SCHEME_TYPES.has(type as SecurityScheme['type'])) {
      ctx.diagnostics.report(
        'spec-invalid',
        sourceIn(ctx, file, schemes, name),
        `Security scheme "${name}" has an unknown type "${type ?? ''}"; it was skipped.`,
      );
      continue;
    }
    const scheme: SecurityScheme = { name, type: type as SecurityScheme['type'] };
    const place = ownString(value, 'in');
    if (place !== undefined && API_KEY_PLACES.has(place)) scheme.in = place as SecurityScheme['in'];
    const fields: [keyof SecurityScheme, string][] = [
      ['description', 'description'],
      ['parameterName', 'name'],
      ['scheme', 'scheme'],
      ['bearerFormat', 'bearerFormat'],
      ['openIdConnectUrl', 'openIdConnectUrl'],
    ];
    for (const [field, key] of fields) {
      const text = ownString(value, key);
      if (text !== undefined) (scheme as unknown as Record<string, string>)[field] = text;
    }
    if (Object.hasOwn(value, 'flows')) scheme.flows = toJson(value.flows) as JsonValue;
    out.push(scheme);
  }
  return out;
}
