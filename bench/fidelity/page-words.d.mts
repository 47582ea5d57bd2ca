/** Types for page-words.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export interface PagePlaces {
  table: Set<string>;
  list: Set<string>;
  prose: string[];
  exampleUrl: Set<string>;
  sample: string;
  link: string[];
  text: string[];
}

export function pagePlaces(page: string): PagePlaces;
export function whereNamed(places: PagePlaces, name: string): { kind: string; at?: string } | undefined;
export const NAMED_KINDS: ReadonlySet<string>;
