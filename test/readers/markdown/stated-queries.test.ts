import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A page that states one route and labels its other sections' calls `Request:`, as an admin API's guide does. */
function page(...sections: string[]): string {
  return ['# Notes admin', '## List the shelves\n\nThe API is:\n\n```\nGET /admin/v1/shelves/<shelf_id>/notes\n```', ...sections].join(
    '\n\n',
  );
}

describe('general reader: a section sample call whose query states the route', () => {
  it('should take a section\'s one call as its route where the section names its query key ("Where `from` is …")', () => {
    const read = readGeneral(
      page(
        '## List the changes\n\nRequest:\n\n```\nGET /admin/v1/changes?from=4\n```\n\nWhere `from` is the `next` value of an earlier answer. It is optional.\n\nResponse:\n\n```json\n{"next": 8}\n```',
      ),
    );
    expect(read.routes).toEqual(['GET /admin/v1/shelves/{shelf_id}/notes', 'GET /admin/v1/changes']);
    expect(parameterNames(operation(read, 'GET /admin/v1/changes'))).toEqual(['query:from']);
  });

  it('should take calls that write their query values as placeholders as routes, two in one section too', () => {
    const read = readGeneral(
      page(
        '## Delete old notes\n\nRequest:\n\n```\nPOST /admin/v1/notes/delete?before=<before_ts>\n\n{}\n```\n\nIt is also at the older endpoint:\n\n```\nPOST /admin/v1/shelves/<shelf_id>/notes/delete?before=<before_ts>\n\n{}\n```\n\nResponse:\n\n```json\n{"deleted": 2}\n```',
      ),
    );
    expect(read.routes).toEqual([
      'GET /admin/v1/shelves/{shelf_id}/notes',
      'POST /admin/v1/notes/delete',
      'POST /admin/v1/shelves/{shelf_id}/notes/delete',
    ]);
    expect(parameterNames(operation(read, 'POST /admin/v1/notes/delete'))).toEqual(['query:before']);
  });

  it('should take a key the section names in code with a value ("Add `from=4` to resume") as named, as a query form\'s is', () => {
    const read = readGeneral(
      page(
        '## List the changes\n\nRequest:\n\n```\nGET /admin/v1/changes?from=4\n```\n\nAdd `from=4` to resume after the fourth change.\n\nResponse:\n\n```json\n{"next": 8}\n```',
      ),
    );
    expect(read.routes).toEqual(['GET /admin/v1/shelves/{shelf_id}/notes', 'GET /admin/v1/changes']);
    expect(parameterNames(operation(read, 'GET /admin/v1/changes'))).toEqual(['query:from']);
  });

  it("should keep a query of sample values the section says nothing of, a stated route's call and an example's as samples", () => {
    const read = readGeneral(
      page(
        '## Search\n\nRequest:\n\n```\nGET /admin/v1/search?q=atlas\n```',
        '## Page through notes\n\nRequest:\n\n```\nGET /admin/v1/shelves/<shelf_id>/notes?page=<page>\n```\n\nWhere `page` counts from 1.',
        '## Example: old notes\n\nRequest:\n\n```\nGET /admin/v1/old?before=<before_ts>\n```',
        '## Two samples\n\nRequest:\n\n```\nGET /admin/v1/tags?limit=<n>\n```\n\n```\nGET /admin/v1/tags?limit=10\n```',
      ),
    );
    expect(read.routes).toEqual(['GET /admin/v1/shelves/{shelf_id}/notes']);
  });

  it('should read 3,000 such sections in time', () => {
    const sections = Array.from(
      { length: 3000 },
      (_, index) =>
        `## Call ${index}\n\nRequest:\n\n\`\`\`\nGET /admin/v1/items${index}?from=${index}\n\`\`\`\n\nWhere \`from\` is where to start.`,
    );
    const read = readGeneral(page(...sections));
    // A few seconds alone; the limit leaves room for a loaded machine.
    expect(read.routes).toHaveLength(3001);
    expect(read.routes).toContain('GET /admin/v1/items2999');
  }, 120_000);

  it('should read a query of 60,000 keys, placeholders or named, beside 300,000 blanks, in seconds', () => {
    const placeholders = Array.from({ length: 60_000 }, (_, index) => `k${index}=<v>`).join('&');
    const values = Array.from({ length: 60_000 }, (_, index) => `n${index}=1`).join('&');
    const read = readGeneral(
      page(
        `## Wide\n\nRequest:\n\n\`\`\`\nGET /admin/v1/wide?${placeholders}\n\`\`\`\n\nWhere ${' '.repeat(300_000)}\`k1\` is one.`,
        `## Named\n\nRequest:\n\n\`\`\`\nGET /admin/v1/named?${values}${' '.repeat(300_000)}\n\`\`\`\n\nWhere \`n1\` is one.`,
      ),
    );
    // Every key a placeholder's: the route; one key of 60,000 named: a sample still.
    expect(read.routes).toEqual(['GET /admin/v1/shelves/{shelf_id}/notes', 'GET /admin/v1/wide']);
  }, 120_000);
});
