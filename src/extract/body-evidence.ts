/**
 * What a body section's evidence says its shape is, beyond its type words and table alone.
 *
 *     ## Request Body: changes string        a JSON Patch: whatever the type word says, the body is an
 *     | op | String | … |                     array of RFC 6902 operations {op, path, value, from?}
 *     | path | String | … |                   (the table's rows, `from` added for move/copy)
 *     | value | Object | … |
 *
 *     ## Request Body: contactIds            no type word, no table: the body still exists — an
 *     The primary keys.                      array (plural name AND a description of many), else an
 *                                            open schema carrying the description
 *
 *     | Property Name | … |  + a JSON sample `[ {…}, {…} ]`   the table is the ITEM's: an array of it
 *     ## Request Body: entities  "An array of entities to save."  + a table: the same, without a sample
 */
import type { Table } from 'mdast';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { ArraySchema, Content, ObjectSchema, Operation, Schema } from '../ir/types.js';
import { cellText, readTable } from './columns.js';
import type { ExtractContext } from './context.js';
import { objectFromTable } from './properties.js';

const PATCH_FIELDS = new Set(['op', 'path', 'value', 'from']);

/** True for an RFC 6902 operation table: rows `op` and `path`, and nothing but op/path/value/from. */
export function isJsonPatchTable(table: Table, context: ExtractContext): boolean {
  // A look only: the table's own diagnostics are reported once, when it is read for its schema.
  const names = readTable(table, { ...context, diagnostics: new DiagnosticBag() })
    .rows.map((row) => cellText(row, 'name'))
    .filter((name) => name !== '');
  return names.includes('op') && names.includes('path') && names.every((name) => PATCH_FIELDS.has(name));
}

/** The JSON Patch body of an op/path/value table: an array of its rows, `from` added when it lacks it. */
export function jsonPatchBody(table: Table, context: ExtractContext): ArraySchema {
  const item: ObjectSchema = objectFromTable(table, context);
  // RFC 6902 §4: every operation MUST have `op` and `path`; `value` and `from` depend on the op.
  for (const property of item.properties) if (property.name === 'op' || property.name === 'path') property.required = true;
  if (!item.properties.some((p) => p.name === 'from')) {
    item.properties.push({
      name: 'from',
      schema: { kind: 'string' },
      required: false,
      description: 'RFC 6902: the location a `move` or `copy` operation takes its value from.',
    });
  }
  const patch: ArraySchema = { kind: 'array', items: item, description: 'A JSON Patch document (RFC 6902): a list of operations.' };
  if (item.source) patch.source = item.source;
  return patch;
}

const PLURAL = /[a-z](?<!s|u|i)s$/i;
const MANY = /\b(?:array|list|collection|set)s?\b/i;
const STOP = /^(?:of|to|for|that|which|with|in|on|from|by|is|are|be|will|as)$/i;

/** `contactIds` → `Ids`; `entity` → `entity`. */
function lastWord(name: string): string {
  const words = name.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g);
  return words?.[words.length - 1] ?? name;
}

/** The opening noun phrase of a description: its first sentence up to a preposition or verb. */
function openingPhrase(description: string): string[] {
  const sentence = description.split(/[.;:\n]/)[0] ?? '';
  const phrase: string[] = [];
  for (const word of sentence.split(/[\s,]+/).filter(Boolean)) {
    if (STOP.test(word)) break;
    phrase.push(word);
  }
  return phrase;
}

/** The description speaks of many: an array/list/collection, or its opening noun phrase is plural. */
function describesMany(description: string): boolean {
  const phrase = openingPhrase(description);
  if (phrase.some((word) => MANY.test(word))) return true;
  const head = phrase[phrase.length - 1];
  return head !== undefined && PLURAL.test(head);
}

/**
 * A tabulated body without samples is an array of its table only on strong evidence: a plural
 * name and a description that says array, list or collection (`entities`: "An array of entities
 * to save"). A plural name alone (`settings`) is no evidence.
 */
export function namedAsArray(name: string | undefined, description: string | undefined): boolean {
  if (!name || !description || !PLURAL.test(lastWord(name))) return false;
  return openingPhrase(description).some((word) => MANY.test(word));
}

/** The schema of a body section with neither type words nor table. */
export function untabulatedBody(name: string | undefined, description: string | undefined): Schema {
  const text = description?.trim();
  if (name && text && PLURAL.test(lastWord(name)) && describesMany(text))
    return { kind: 'array', items: { kind: 'unknown' }, description: text };
  return text ? { kind: 'unknown', description: text } : { kind: 'unknown' };
}

/**
 * A body tabulated as an object (or a named entity) whose every JSON sample is an array of
 * objects: the table documents the items. Applies to the request body and each response.
 */
export function arrayBodiesFromSamples(operation: Operation, arrayTypes: ReadonlySet<string> = new Set()): void {
  if (operation.requestBody) {
    patchWhenPatchSamples(operation.requestBody.content);
    wrapWhenArraySamples(operation.requestBody.content, arrayTypes);
  }
  for (const response of operation.responses) wrapWhenArraySamples(response.content, arrayTypes);
}

const isPatchOperation = (item: unknown) =>
  item !== null &&
  typeof item === 'object' &&
  !Array.isArray(item) &&
  'op' in item &&
  'path' in item &&
  Object.keys(item).every((key) => PATCH_FIELDS.has(key));

/** A request body typed as a string (`changes string`) without a table, whose samples are JSON Patch documents. */
function patchWhenPatchSamples(contents: Content[]): void {
  const values = contents.flatMap((c) => c.examples.filter((e) => e.value !== undefined).map((e) => e.value));
  if (values.length === 0 || !values.every((v) => Array.isArray(v) && v.length > 0 && v.every(isPatchOperation))) return;
  const patch: ArraySchema = {
    kind: 'array',
    items: {
      kind: 'object',
      properties: [
        { name: 'op', schema: { kind: 'string' }, required: true },
        { name: 'path', schema: { kind: 'string' }, required: true },
        { name: 'value', schema: { kind: 'unknown' }, required: false },
        { name: 'from', schema: { kind: 'string' }, required: false },
      ],
    },
    description: 'A JSON Patch document (RFC 6902): a list of operations.',
  };
  for (const content of contents)
    if (content.schema?.kind === 'string')
      content.schema = { ...patch, ...(content.schema.source ? { source: content.schema.source } : {}) };
}

/** One body's contents (one per media type, the sample on one of them): all wrapped, or none. */
function wrapWhenArraySamples(contents: Content[], arrayTypes: ReadonlySet<string>): void {
  const values = contents.flatMap((c) => c.examples.filter((e) => e.value !== undefined).map((e) => e.value));
  if (values.length === 0) return;
  const arrays = values.every(
    (v) => Array.isArray(v) && v.length > 0 && v.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item)),
  );
  if (!arrays) return;
  const wrapped = new Map<Schema, ArraySchema>();
  for (const content of contents) {
    const schema = content.schema;
    if (!schema || (schema.kind !== 'object' && schema.kind !== 'ref') || (schema.kind === 'ref' && arrayTypes.has(schema.name))) continue;
    let array = wrapped.get(schema);
    if (!array) {
      const { source, description, ...item } = schema;
      array = { kind: 'array', items: item as Schema };
      if (source) array.source = source;
      if (description) array.description = description;
      wrapped.set(schema, array);
    }
    content.schema = array;
  }
}
