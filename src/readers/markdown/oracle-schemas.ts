/**
 * The schemas of Oracle's REST references (Fusion applications' and others' rendered alike): a
 * body's root schema and the nested schemas its fields name, each under a label line, its facts
 * in lines of their own, then its fields as `name: type` entries (colon-entries.ts):
 *
 *     ### 201 Response
 *     Root Schema : gardens-item-response      → `Body` (a title under the status: that answer's fields)
 *     Type: object                             → (the schema's facts: no prose)
 *     Show Source
 *     - links: array Items                     → | links | array of link objects | … |
 *       Title: Items                           → (the field's display title: no words of its description)
 *     Nested Schema : Items                    → (dropped: an array of `link`, which the field's type says)
 *     Type: array
 *     - Array of: object link
 *     Nested Schema : link                     → the fields of type `link` (a named schema)
 *     Type: object
 *     - href: string
 *
 * A field `object X` of a nested schema `X` is of type `X`, `array X` an array of `X` (of `Y` where
 * `X` is `Type: array` of `object Y`); a name no nested schema of the page has stays the container
 * word (`object tags`: an object). Where a root schema stands right under a status's title
 * (`### 201 Response`) with no `Body` title between, its label is that title. The root schema's
 * name is the body's type (the body a named schema of that name as written, `orders-item-response`,
 * as a nested one is), stated on its title (marked-titles.ts): a `Type: array` root schema of
 * `object Y` an array of `Y`.
 */
import type { Heading, List, Paragraph, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { defineCaptionedType } from './captioned-tables.js';
import { tableOfColonEntries } from './colon-entries.js';
import { markOrigin } from './findings.js';
import { markBodyType } from './marked-titles.js';
import { statusOfTitle } from './section-titles.js';

const SCHEMA_LABEL = /^(Root|Nested)[ \t]+Schema[ \t]*:[ \t]*([A-Za-z_$][\w.$-]*)$/;
/** A schema's fact lines: `Type: object`, `Title: Items`, `Show Source`, `Discriminator: kind`, `Read Only: true`. */
const SCHEMA_FACT = /^(?:Type|Title|Discriminator|Read Only)[ \t]*:[ \t]*\S[^\n]*$|^Show Source$/;
const TYPE_FACT = /^Type[ \t]*:[ \t]*(object|array)$/;
/** `- Array of: object link`, `- Array of: string`: an array schema's items. */
const ARRAY_ITEMS = /^Array of[ \t]*:[ \t]*(?:object[ \t]+([A-Za-z_$][\w.$-]*)|([a-z]+(?:\([\w-]+\))?))$/;
/** A field's `name: object X` / `name(required): array X` line. */
const CONTAINER_ENTRY = /^[^:\s]+:[ \t]+(object|array)[ \t]+([A-Za-z_$][\w.$-]*)[ \t]*$/;
/** A field's display title (`Title: Garden Name`): no words of its description. */
const FIELD_TITLE = /^Title[ \t]*:[ \t]*\S[^\n]*$/;

interface Schema {
  kind: 'Root' | 'Nested';
  name: string;
  /** The label's index in the root's children. */
  at: number;
  /** The index after the schema's last node (its fields' list, or its facts). */
  end: number;
  type?: 'object' | 'array';
  list?: List;
  /** `Type: array` of `object Y`: the type its fields of it are (`array of Y`). */
  items?: string;
}

export function convertOracleSchemas(root: Root): void {
  const nodes = root.children;
  const schemas = findSchemas(nodes);
  if (schemas.length === 0) return;
  const nested = new Map(schemas.filter((schema) => schema.kind === 'Nested').map((schema) => [schema.name, schema]));
  const replaced = new Map<number, RootContent[]>();
  let heading: Heading | undefined;
  let bodyTitled = false;
  let next = 0;
  nodes.forEach((node, index) => {
    if (node.type === 'heading') {
      heading = node;
      bodyTitled = /^body$/i.test(plainText(node).trim());
    }
    const schema = schemas[next];
    if (schema?.at !== index) return;
    next++;
    const out: RootContent[] = [];
    const status = heading && !bodyTitled ? statusOfTitle(plainText(heading)) : undefined;
    let title = heading;
    if (schema.kind === 'Root' && status && heading && node.position) {
      title = {
        type: 'heading',
        depth: Math.min(6, heading.depth + 1) as Heading['depth'],
        // The label's place; its words `Body`, the title the page's status has no other of (not the page's).
        children: [{ type: 'text', value: 'Body' }],
        position: node.position,
      };
      out.push(title);
    }
    const table = schema.list && !(schema.type === 'array' && schema.items) ? fieldTable(schema.list, nested) : undefined;
    // The body's type is the root schema's name as written (`X object`: whatever its case and hyphens,
    // type-text.ts), where its fields (or its items) are stated: a name alone defines no type.
    if (schema.kind === 'Root' && title && (schema.items || (table && schema.type !== 'array')))
      markBodyType(title, schema.items ?? `${schema.name} object`);
    if (table && schema.kind === 'Nested') defineCaptionedType(table, schema.name);
    if (table) out.push(table);
    else if (schema.list && !schema.items) out.push(schema.list);
    replaced.set(index, out);
    for (let skipped = index + 1; skipped < schema.end; skipped++) replaced.set(skipped, []);
  });
  root.children = nodes.flatMap((node, index) => replaced.get(index) ?? [node]);
}

/** Each schema label, its facts and fields' list up to the next label or heading. */
function findSchemas(nodes: readonly RootContent[]): Schema[] {
  const schemas: Schema[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const label = nodes[index]!.type === 'paragraph' ? SCHEMA_LABEL.exec(plainText(nodes[index]!).trim()) : null;
    if (!label) continue;
    const schema: Schema = { kind: label[1] as Schema['kind'], name: label[2]!, at: index, end: index + 1 };
    for (let at = index + 1; at < nodes.length; at++) {
      const node = nodes[at]!;
      if (node.type === 'heading') break;
      if (node.type === 'list') {
        schema.list = node;
        schema.end = at + 1;
        break;
      }
      if (node.type !== 'paragraph') break;
      const text = plainText(node).trim();
      if (SCHEMA_LABEL.test(text)) break;
      const type = TYPE_FACT.exec(text)?.[1];
      if (type) schema.type = type as Schema['type'];
      // The schema's words (`The beds of the garden.`) stay where they are only for a root schema's; a nested one's go with it.
      if (SCHEMA_FACT.test(text) || schema.kind === 'Nested') schema.end = at + 1;
      else break;
    }
    if (schema.type === 'array' && schema.list?.children.length === 1) {
      const items = ARRAY_ITEMS.exec(plainText(schema.list.children[0]!).trim());
      if (items) schema.items = items[1] ? `array of ${items[1]} objects` : `array of ${items[2]}`;
    }
    schemas.push(schema);
    index = schema.end - 1;
  }
  return schemas;
}

/** The fields' entries as a table (colon-entries.ts), a nested schema's name the type of a field that names it. */
function fieldTable(list: List, nested: ReadonlyMap<string, Schema>): Table | undefined {
  const titled = {
    ...list,
    children: list.children.map((item) => ({ ...item, children: item.children.filter((child) => !isFieldTitle(child)) })),
  };
  const table = tableOfColonEntries(titled);
  if (!table) return undefined;
  titled.children.forEach((item, index) => {
    const first = item.children[0];
    const entry = first?.type === 'paragraph' ? CONTAINER_ENTRY.exec(plainText(first).trim()) : null;
    const schema = entry ? nested.get(entry[2]!) : undefined;
    const cell = table.children[index + 1]?.children[1];
    if (!entry || !schema || !cell) return;
    // `X object`: the type by its name as written, whatever its case and hyphens (type-text.ts).
    const type = schema.items ?? (entry[1] === 'array' ? `array of ${schema.name} objects` : `${schema.name} object`);
    cell.children = [{ type: 'text', value: type }];
  });
  return markOrigin(table, 'bullet list');
}

function isFieldTitle(node: RootContent): boolean {
  return node.type === 'paragraph' && FIELD_TITLE.test(plainText(node as Paragraph).trim());
}
