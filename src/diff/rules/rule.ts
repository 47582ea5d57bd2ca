/**
 * What a rule module is: the ids it reports, and a check that reads the structured diff.
 */
import type { OperationSide, SpecDiff } from '../compare.js';
import type { Place } from '../compare-schema.js';
import type { Node } from '../resolve.js';

export interface Finding {
  id: string;
  /** The operation the change belongs to (absent for document-wide changes). */
  operation?: OperationSide;
  /** Location inside the operation. */
  path?: string;
  /** Message template values: spec text, put into the message as-is. */
  params?: Record<string, string | number>;
  /** Trusted wording chosen by the rule (`request property`), never spec text. */
  words?: Record<string, string>;
  base?: Node;
  revision?: Node;
  /** Schema findings: every place that reaches the schema (the first is `operation`'s). */
  places?: Place[];
  /** Schema findings: the component schema the change lies in. */
  component?: string;
}

export type Report = (finding: Finding) => void;

export interface RuleModule {
  /** Every rule id this module can report; the registry test checks each is listed once. */
  ids: readonly string[];
  check(diff: SpecDiff, report: Report): void;
}

/** A value as message text: strings as-is, everything else as compact JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
