import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { ImportedSpec } from '../import/openapi/index.js';
import { compareText } from '../ir/order.js';
import { sourceOf } from '../ir/source.js';
import { linkedTypes } from '../merge/page-links.js';
import type { PageResult } from './read-page.js';
import type { FileReport } from './result.js';

/** Per input file, sorted by file: the reader that read it, why, and how many operations (and webhooks) it gave. */
export function fileReports(results: readonly PageResult[], specs: readonly ImportedSpec[]): FileReport[] {
  // A page whose sections other pages' bodies link to: the types it defines so (merge/page-links.ts).
  const linked = linkedTypes(results.flatMap((result) => result.fragment ?? []));
  const reports: FileReport[] = results.map((result) => ({
    file: result.file,
    ...(result.reader
      ? {
          reader: result.reader.id,
          reason: withLinkedTypes(
            result.reader.reason,
            linked.bodies.get(result.file),
            linked.cells.get(result.file),
            linked.parameters.get(result.file),
          ),
        }
      : {}),
    ...counts(result),
  }));
  for (const spec of specs)
    reports.push({
      file: spec.fragment.file,
      reader: 'openapi',
      reason: 'an OpenAPI/Swagger document',
      operations: spec.fragment.operations.length,
    });
  return reports.sort((a, b) => compareText(a.file, b.file));
}

/** A page's operations, and its webhooks where it has any (requests the API sends: no operations of the API). */
function counts(result: PageResult): { operations: number; webhooks?: number } {
  const webhooks = result.fragment?.webhooks?.length ?? 0;
  const operations = (result.fragment?.operations.length ?? 0) - webhooks;
  return webhooks > 0 ? { operations, webhooks } : { operations };
}

/**
 * `…; defines 2 types other pages' bodies link to (LabelSet, ShelfData)`; `…; defines a type other pages' type cells link to (VetRecord)`;
 * `…; documents parameters other pages' operations link to (Pagination)`.
 */
function withLinkedTypes(
  reason: string,
  bodies: readonly string[] | undefined,
  cells: readonly string[] | undefined,
  parameters: readonly string[] | undefined,
): string {
  const types = (names: readonly string[]) => (names.length === 1 ? 'a type' : `${names.length} types`);
  const byBodies = bodies ? `; defines ${types(bodies)} other pages' bodies link to (${bodies.join(', ')})` : '';
  const byCells = cells ? `; defines ${types(cells)} other pages' type cells link to (${cells.join(', ')})` : '';
  return `${reason}${byBodies}${byCells}${parameters ? `; documents parameters other pages' operations link to (${parameters.join(', ')})` : ''}`;
}

/**
 * Pages were read but none documents an operation: as a prebuild step this would silently replace
 * an API's types with nothing. The message says what the readers made of the pages.
 */
export function reportNoOperations(reports: readonly FileReport[], input: string, bag: DiagnosticBag): void {
  const byReader = new Map<string, number>();
  for (const report of reports) byReader.set(report.reader ?? 'unread', (byReader.get(report.reader ?? 'unread') ?? 0) + 1);
  const read = [...byReader].map(([reader, count]) => `${count} by ${reader}`).join(', ');
  bag.report(
    'no-operations',
    sourceOf(input, undefined),
    `no operation found in ${reports.length} file${reports.length === 1 ? '' : 's'} (${read}); pass --allow-empty (allowEmpty in the config) if that is intended`,
  );
}
