/**
 * The formats a page states a call answers in and accepts (`### Formats` ⏎ `JSON, XML`,
 * readers/markdown/syntax-sections.ts), for the bodies only samples show:
 *
 *     ### Formats ⏎ JSON, XML
 *     ### Example response body ⏎ ```json { "loanId": "l-1" } ```
 *                                         → application/json: the sample, its fields (infer/)
 *                                           application/xml: no schema, no example
 *
 * A body the page documents (a table, a type) is of every stated format already: its schema is the
 * body's, whatever it is written in (OpenAPI's meaning). A sample shows one body in one format: it
 * keeps its own media type and shape, and the other stated formats are listed with no schema — the
 * page states the call answers (or accepts) them, not that body's shape in them (a Media Type Object
 * without a schema says no more).
 */
import type { Content, Operation } from '../ir/types.js';

/** The bodies (the request's, each response's) that hold content before the samples are attached: the documented ones. */
export function documentedBodies(operation: Operation): Set<Content[]> {
  const bodies = [operation.requestBody?.content, ...operation.responses.map((response) => response.content)];
  return new Set(bodies.filter((content): content is Content[] => content !== undefined && content.length > 0));
}

/** Each stated format a body only samples show lacks, added with no schema (`accepts` the request's, `answers` the responses'). */
export function addStatedFormats(
  operation: Operation,
  documented: ReadonlySet<Content[]>,
  accepts: readonly string[],
  answers: readonly string[],
): void {
  if (accepts.length === 0 && answers.length === 0) return;
  const add = (content: Content[] | undefined, formats: readonly string[]) => {
    if (!content || content.length === 0 || documented.has(content)) return;
    for (const mediaType of formats)
      if (!content.some((found) => found.mediaType.toLowerCase() === mediaType)) content.push({ mediaType, examples: [] });
  };
  add(operation.requestBody?.content, accepts);
  for (const response of operation.responses) add(response.content, answers);
}
