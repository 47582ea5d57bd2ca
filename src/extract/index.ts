/**
 * The one extractor: a normalised document (any dialect) → the page's IR fragment.
 * It reads only the contract of `document/types.ts`: `data.section` / `name` / `typeText` on
 * headings, table header names, `**Required**` markers, code nodes and `root.data.page`.
 */
import type { Root } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Operation, PageFragment, Parameter } from '../ir/types.js';
import { arrayBodiesFromSamples } from './body-evidence.js';
import { type ExtractContext, sourceIn } from './context.js';
import { readDefinitions } from './definitions.js';
import { deriveOperationId, findRequestLine, type RequestLine, readProse, readTags, templateNames } from './endpoint.js';
import { orderMediaTypes, readParameters } from './parameters.js';
import { readRequestBody } from './request-body.js';
import { readResponses } from './responses.js';
import { applyRouteConstraints } from './route-constraints.js';
import { attachSamples } from './samples.js';
import { type Section, splitSections } from './sections.js';

/** Sections that make a page an endpoint page even when its request line is missing. */
const ENDPOINT_SECTIONS = new Set<Section['kind']>([
  'path-parameters',
  'query-parameters',
  'request-headers',
  'parameters',
  'request-body',
  'responses',
  'response-body',
]);

export function extractPage(root: Root, page: { file: string; dialect: string }, diagnostics: DiagnosticBag): PageFragment | undefined {
  const context: ExtractContext = { file: page.file, diagnostics };
  if (root.data?.markdown !== undefined) context.markdown = root.data.markdown;
  if (root.data?.typeWords !== undefined) context.typeWords = root.data.typeWords;
  const sections = splitSections(root);
  const requestLine = findRequestLine(sections);
  if (!requestLine) {
    const endpointLike = sections.some((section) => ENDPOINT_SECTIONS.has(section.kind));
    if (endpointLike)
      diagnostics.report(
        'missing-request-line',
        sourceIn(context, root),
        'no request line (an ```http block starting `METHOD /path`) in the operation section',
      );
    else diagnostics.report('not-an-endpoint', sourceIn(context, root), 'the page documents no operation (no request line); skipped');
    return undefined;
  }
  reportUnknownSections(sections, context);
  const meta = root.data?.page ?? {};
  const facts = readParameters(sections, context);
  const body = readRequestBody(sections, facts.bodyRows, orderMediaTypes(facts.requestMediaTypes), context);
  const responses = readResponses(sections, orderMediaTypes(facts.responseMediaTypes), context);
  const operation: Operation = {
    operationId: meta.operationId ?? deriveOperationId(requestLine.method, requestLine.path),
    method: requestLine.method,
    path: requestLine.path,
    tags: readTags(page.file, requestLine.path, meta.tags),
    parameters: checkPathParameters(facts.parameters, requestLine, context),
    responses: responses.responses,
    source: sourceIn(context, requestLine.node),
    ...readProse(sections, requestLine.node, context),
  };
  if (body.requestBody) operation.requestBody = body.requestBody;
  if (facts.securitySchemes.length > 0) operation.security = facts.securitySchemes.map((scheme) => ({ [scheme.name]: [] }));
  if (meta.extensions) operation.extensions = { ...meta.extensions };
  attachSamples(operation, sections, context);
  arrayBodiesFromSamples(operation);
  const fragment: PageFragment = {
    file: page.file,
    dialect: page.dialect,
    operations: [operation],
    schemas: [...body.schemas, ...responses.schemas, ...readDefinitions(sections, context)],
  };
  if (facts.securitySchemes.length > 0) fragment.securitySchemes = facts.securitySchemes;
  return fragment;
}

function reportUnknownSections(sections: readonly Section[], context: ExtractContext): void {
  for (const section of sections) {
    if (section.kind !== 'unknown') continue;
    const title = section.name ?? '';
    context.diagnostics.report(
      'unknown-section',
      sourceIn(context, section.heading),
      `unknown section "${title}"; its content was not used`,
    );
  }
}

/** Path parameters must match the route template: add undocumented ones, drop strays. */
function checkPathParameters(parameters: Parameter[], requestLine: RequestLine, context: ExtractContext): Parameter[] {
  const names = templateNames(requestLine.path);
  const kept = parameters.filter((parameter) => {
    if (parameter.in !== 'path' || names.includes(parameter.name)) return true;
    context.diagnostics.report(
      'path-parameter-not-in-route',
      parameter.source ?? sourceIn(context, requestLine.node),
      `path parameter "${parameter.name}" does not occur in ${requestLine.path}; dropped`,
    );
    return false;
  });
  for (const name of names) {
    const documented = kept.find((parameter) => parameter.in === 'path' && parameter.name === name);
    const constraints = requestLine.constraints.get(name);
    if (documented) {
      if (constraints) {
        documented.constraints = constraints;
        documented.schema = applyRouteConstraints(documented.schema, constraints);
      }
      continue;
    }
    context.diagnostics.report(
      'path-parameter-undocumented',
      sourceIn(context, requestLine.node),
      `path parameter "${name}" of ${requestLine.path} has no row; typed string`,
    );
    const schema = applyRouteConstraints({ kind: 'string' }, constraints ?? []);
    kept.push({
      name,
      in: 'path',
      required: true,
      schema,
      source: sourceIn(context, requestLine.node),
      ...(constraints ? { constraints } : {}),
    });
  }
  return kept;
}
