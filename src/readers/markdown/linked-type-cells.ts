/**
 * A type cell that links to an object's heading (Discord's `array of
 * [user](#DOCS_RESOURCES_USER/user-object) objects`, `?[channel](#DOCS_RESOURCES_CHANNEL/channel-object)
 * object`): the type named as that heading names it and as "Returns a [user](…) object" does
 * (`typeNameOf`: `User`), whether or not the page of the heading is read. Without it the cell
 * named `user`, one type with `User` only where a page defined it (`ref-case.ts`), else an
 * undocumented type of its own. The link's words must be the anchor's (`[user](#…/user-object)`);
 * a link to anything else names what its words name, as before. So does a link to the page of
 * the type its word names (Microsoft Graph's `[passwordProfile](../resources/passwordprofile.md)`,
 * the file that word: `PasswordProfile`, the type that page defines).
 */
import type { Nodes, Root, Table } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { typeNameOf, withoutObjectWord } from './linked-returns.js';

/**
 * The words of an object heading's anchor: `user-object`, `guild-member-object`, after a `#` and a
 * page's `/`; `poll-media-object-structure`, the anchor of the `###### Poll Media Object Structure` under it.
 */
const OBJECT_ANCHOR = /#(?:[^#/]*\/)?([a-z0-9]+(?:-[a-z0-9]+)*?)-object(?:-structure)?$/i;
/** A link to a markdown page, relative (`../resources/passwordprofile.md`, `user.md#properties`): the file's name without its extension. */
const PAGE_OF_TYPE = /^(?![a-z][a-z0-9+.-]*:)(?:[^?#]*\/)?([A-Za-z]\w*)\.(?:md|mdx|markdown)(?:#[^#]*)?$/i;
/** A type's name as one word (`passwordProfile`, `User`). */
const IDENTIFIER = /^[A-Za-z]\w*$/;
/** A type's words: one to four words of letters. */
const TYPE_WORDS = /^[A-Za-z][\w]*(?:\s+[A-Za-z][\w]*){0,3}$/;

export function nameLinkedTypeCells(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'table') nameCells(node, columnNames);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
}

function nameCells(table: Table, columnNames: Readonly<Record<string, string>> | undefined): void {
  const type = columnRoles(table, columnNames).indexOf('type');
  if (type < 0) return;
  for (const row of table.children.slice(1)) {
    for (const link of row.children[type]?.children ?? []) {
      if (link.type !== 'link') continue;
      const anchor = OBJECT_ANCHOR.exec(link.url)?.[1];
      // `[Poll Media Object](#poll-media-object-structure)`, `List of [Poll Answer Objects](…)`: the word for an object is no part of the name.
      const words = withoutObjectWord(plainText(link).trim());
      const page = PAGE_OF_TYPE.exec(link.url)?.[1];
      // `[passwordProfile](../resources/passwordprofile.md)`: the page of the type the words name (its file that name).
      // (A name the link writes as the type's already, `[**Pet**](Pet.md)`, is left as written.)
      const ownPage =
        page !== undefined && IDENTIFIER.test(words) && page.toLowerCase() === words.toLowerCase() && typeNameOf(words) !== words;
      if (!ownPage && (!anchor || !TYPE_WORDS.test(words) || words.toLowerCase().split(/\s+/).join('-') !== anchor.toLowerCase())) continue;
      link.children = [
        { type: 'text', value: typeNameOf(words), ...(link.children[0]?.position ? { position: link.children[0].position } : {}) },
      ];
    }
  }
}
