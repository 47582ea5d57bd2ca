/**
 * A two-column table of facts that states the request line (`| **Method** | `POST` |` ⏎ `| **Path** |
 * `/v1/tools/{tool_id}/borrow` |`) right under the operation's title is the call's, as under a
 * `Facts` title: its rows are no parameters and no fields of the body. The fixture is a "tools" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/fact-tables/tools.md'), 'utf8');

describe("general reader: a table of the call's facts under the operation's title", () => {
  const read = readGeneral(page, 'api/tools.md');
  const fields = (route: string) => {
    const schema = bodySchema(operation(read, route));
    return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : [];
  };

  it('should read the request line from it and no parameter or field', () => {
    for (const route of ['POST /v1/tools/{tool_id}/borrow', 'POST /v1/loans/{loan_id}/return']) {
      expect(operation(read, route).requestBody).toBeUndefined();
      expect(operation(read, route).parameters.map((p) => p.in)).toEqual(['path']);
    }
  });

  it('should still read a two-column table that states no request line as fields', () => {
    expect(fields('POST /v1/tools/{tool_id}/lend')).toEqual(['Days', 'Note']);
  });
});
