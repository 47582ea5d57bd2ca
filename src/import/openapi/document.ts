/** Document-level facts: info, servers, tags. */
import type { ApiContact, ApiInfo, ApiLicense, Server, Tag } from '../../ir/types.js';
import { isMap, own, ownMap, ownString } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { type ImportContext, sourceIn } from './context.js';

export function readInfo(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): ApiInfo {
  const info = ownMap(document, 'info');
  const title = ownString(info, 'title');
  const version = own(info, 'version');
  if (title === undefined || (typeof version !== 'string' && typeof version !== 'number')) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, info ?? document, info ? undefined : 'info'),
      'The spec needs "info" with a "title" and a "version".',
      { severity: 'warning' },
    );
  }
  const out: ApiInfo = { title: title ?? '', version: version === undefined || version === null ? '' : String(version) };
  for (const key of ['summary', 'description', 'termsOfService'] as const) {
    const text = ownString(info, key);
    if (text !== undefined) out[key] = text;
  }
  const contact = readContact(info);
  if (contact) out.contact = contact;
  const license = readLicense(ctx, info, file);
  if (license) out.license = license;
  return out;
}

function readContact(info: unknown): ApiContact | undefined {
  const contact = ownMap(info, 'contact');
  if (!contact) return undefined;
  const out: ApiContact = {};
  for (const key of ['name', 'url', 'email'] as const) {
    const text = ownString(contact, key);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** `info.license`; one without a name is reported and dropped (OpenAPI requires the name). */
function readLicense(ctx: ImportContext, info: unknown, file: SpecFile): ApiLicense | undefined {
  const license = own(info, 'license');
  if (license === undefined) return undefined;
  const name = ownString(license, 'name');
  if (name === undefined) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, isMap(license) ? license : info, isMap(license) ? undefined : 'license'),
      'A license needs a "name"; it was not used.',
      { severity: 'warning' },
    );
    return undefined;
  }
  const out: ApiLicense = { name };
  const identifier = ownString(license, 'identifier');
  if (identifier !== undefined) out.identifier = identifier;
  const url = ownString(license, 'url');
  if (url !== undefined && identifier !== undefined) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, license, 'url'),
      'A license has an "identifier" or a "url", not both; the url was not used.',
      { severity: 'warning' },
    );
  } else if (url !== undefined) out.url = url;
  return out;
}

export function readServers(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): Server[] {
  const servers = own(document, 'servers');
  if (servers === undefined) return [];
  if (!Array.isArray(servers)) {
    ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, document, 'servers'), '"servers" must be an array.');
    return [];
  }
  const out: Server[] = [];
  for (const server of servers) {
    const url = ownString(server, 'url');
    if (url === undefined) {
      ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, server), 'A server needs a "url".');
      continue;
    }
    const entry: Server = { url };
    const description = ownString(server, 'description');
    if (description !== undefined) entry.description = description;
    const variables = ownMap(server, 'variables');
    if (variables) entry.variables = Object.fromEntries(Object.keys(variables).map((name) => [name, readVariable(variables[name])]));
    out.push(entry);
  }
  return out;
}

function readVariable(value: unknown): { default: string; enum?: string[]; description?: string } {
  const fallback = own(value, 'default');
  const variable: { default: string; enum?: string[]; description?: string } = {
    default: fallback === undefined || fallback === null ? '' : String(fallback),
  };
  const values = own(value, 'enum');
  if (Array.isArray(values)) variable.enum = values.map((item) => String(item));
  const description = ownString(value, 'description');
  if (description !== undefined) variable.description = description;
  return variable;
}

export function readTags(ctx: ImportContext, document: Record<string, unknown>, file: SpecFile): Tag[] {
  const tags = own(document, 'tags');
  if (!Array.isArray(tags)) return [];
  const out: Tag[] = [];
  for (const tag of tags) {
    const name = ownString(tag, 'name');
    if (!isMap(tag) || name === undefined) {
      ctx.diagnostics.report('spec-invalid', sourceIn(ctx, file, tag), 'A tag needs a "name".', { severity: 'warning' });
      continue;
    }
    const entry: Tag = { name };
    const description = ownString(tag, 'description');
    if (description !== undefined) entry.description = description;
    out.push(entry);
  }
  return out;
}
