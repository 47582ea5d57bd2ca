/**
 * The examples a spec gets wrong by its own schemas, judged without specdown: Redocly's
 * `no-invalid-media-type-examples` and `no-invalid-schema-examples` (Ajv underneath) on the
 * original document. Returns the offending example values.
 */
import { readFileSync } from 'node:fs';
import { createConfig, lint } from '@redocly/openapi-core';
import { parse } from 'yaml';

const RULES = ['no-invalid-media-type-examples', 'no-invalid-schema-examples'];

export async function specExampleErrors(file: string): Promise<unknown[]> {
  const config = await createConfig({ rules: Object.fromEntries(RULES.map((rule) => [rule, 'error'])) });
  const problems = await lint({ ref: file, config });
  const document = parse(readFileSync(file, 'utf8')) as unknown;
  const values: unknown[] = [];
  for (const problem of problems) {
    if (!RULES.includes(problem.ruleId)) continue;
    for (const location of problem.location) {
      if (location.pointer !== undefined) values.push(...candidates(document, location.pointer));
    }
  }
  return values;
}

/** The value at `pointer` and at each of its ancestors up to the nearest `example`/`examples`/`value` key. */
function candidates(document: unknown, pointer: string): unknown[] {
  const keys = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((key) => key !== '')
    .map((key) => decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: unknown[] = [];
  let node: unknown = document;
  let inExample = false;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return out;
    node = (node as Record<string, unknown>)[key];
    if (key === 'example' || key === 'value' || key === 'examples' || inExample) {
      inExample = true;
      out.push(node);
    }
  }
  return out;
}
