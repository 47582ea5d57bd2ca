/**
 * ASP.NET route templates, as Help Pages and DTO pages print them:
 *
 *     /api/{tenant:minlength(2)}/v{version:apiVersion}/ticket_conversations/{ticket_id}
 *          ^^^^^^^^^^^^^^^^^^^^^ a parameter `tenant` with the constraint `minlength(2)`
 *     api/v1/Contact/{id}?$select={$select}
 *                        ^ the query template (Help Pages): names of query parameters
 *
 * Constraints (`int`, `minlength(2)`, `regex(^\d{3}$)`), optional markers (`{id?}`), defaults
 * (`{id=5}`) and catch-alls (`{*rest}`) are taken off the name; the path keeps `{name}` only.
 */
import { splitQuery } from './query-string.js';

interface RouteParameter {
  name: string;
  /** Constraints as written, in order: `int`, `minlength(2)`. */
  constraints: string[];
  /** Offsets [from, to) of each constraint in the template, in step with `constraints`. */
  constraintSpans: [number, number][];
  /** Offsets [from, to) of the whole `{…}` in the template. */
  span: [number, number];
  optional: boolean;
  catchAll: boolean;
  default?: string;
}

export interface RouteTemplate {
  /** The OpenAPI path: leading slash, `{name}` placeholders, no query. */
  path: string;
  /** The path as written (constraints kept), with a leading slash and no query. */
  rawPath: string;
  parameters: RouteParameter[];
  /** Parameter names of the query template (`?a={a}&b={b}` → `a`, `b`), in order. */
  query: string[];
}

/** Parses `template` (no throw: an unbalanced brace is kept as text). */
export function parseRouteTemplate(template: string): RouteTemplate {
  const queryAt = queryStart(template);
  const pathPart = queryAt < 0 ? template : template.slice(0, queryAt);
  const parameters: RouteParameter[] = [];
  let path = '';
  let i = 0;
  while (i < pathPart.length) {
    const close = pathPart[i] === '{' ? matchingBrace(pathPart, i) : -1;
    if (close < 0) {
      path += pathPart[i];
      i++;
      continue;
    }
    const parameter = readParameter(pathPart, i, close);
    parameters.push(parameter);
    path += `{${parameter.name}}`;
    i = close + 1;
  }
  if (!path.startsWith('/')) path = `/${path}`;
  const rawPath = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const query = queryAt < 0 ? [] : queryNames(template.slice(queryAt + 1));
  return { path, rawPath, parameters, query };
}

/** Index of the `?` that starts the query (outside braces), or -1. */
function queryStart(template: string): number {
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '?' && depth === 0) return i;
  }
  return -1;
}

/** Index of the `}` closing the `{` at `open` (nested braces and parentheses allowed), or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function readParameter(text: string, open: number, close: number): RouteParameter {
  const inner = text.slice(open + 1, close);
  const parts = splitTopLevel(inner, ':');
  let name = parts[0]?.text ?? '';
  const parameter: RouteParameter = {
    name,
    constraints: [],
    constraintSpans: [],
    span: [open, close + 1],
    optional: false,
    catchAll: false,
  };
  for (const part of parts.slice(1)) {
    let value = part.text;
    const eq = value.indexOf('=');
    if (eq >= 0 && !value.includes('(')) {
      parameter.default = value.slice(eq + 1);
      value = value.slice(0, eq);
    }
    if (value.endsWith('?')) {
      parameter.optional = true;
      value = value.slice(0, -1);
    }
    if (!value) continue;
    parameter.constraints.push(value);
    const from = open + 1 + part.from;
    parameter.constraintSpans.push([from, from + value.length]);
  }
  if (name.startsWith('*')) {
    parameter.catchAll = true;
    name = name.replace(/^\*+/, '');
  }
  const eq = name.indexOf('=');
  if (eq >= 0) {
    parameter.default = name.slice(eq + 1);
    name = name.slice(0, eq);
  }
  if (name.endsWith('?')) {
    parameter.optional = true;
    name = name.slice(0, -1);
  }
  parameter.name = name.trim();
  return parameter;
}

/** Splits on `separator` outside parentheses and braces, keeping each part's offset. */
function splitTopLevel(text: string, separator: string): { text: string; from: number }[] {
  const parts: { text: string; from: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      parts.push({ text: text.slice(from, i), from });
      from = i + 1;
    }
  }
  parts.push({ text: text.slice(from), from });
  return parts;
}

function queryNames(query: string): string[] {
  const names: string[] = [];
  for (const pair of splitQuery(query)) {
    const key = pair.key.trim();
    const braced = /^\{([^}]+)\}$/.exec(key);
    const name = braced ? braced[1]! : key;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
