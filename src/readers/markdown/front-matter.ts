/**
 * The words a page's front matter gives the page (static site generators' pages: Docusaurus,
 * Mintlify, Hugo, VitePress), one-line values as written, quoted or not:
 *
 *     title: Get a user                  → the page's title
 *     sidebar_label: Get user            → its title where it has no `title:` (Docusaurus;
 *     sidebarTitle: Get user               Mintlify's `sidebarTitle:`)
 *     description: "Returns one user."   → its description
 *
 * A value written over several lines (`description: >-` ⏎ …) is none of these: only a line's.
 */
import type { Root } from 'mdast';

export interface FrontMatterWords {
  title?: string;
  description?: string;
}

export function frontMatterWords(root: Root): FrontMatterWords {
  const yaml = root.children.find((node) => node.type === 'yaml');
  if (yaml?.type !== 'yaml') return {};
  const title = lineValue(yaml.value, 'title') ?? lineValue(yaml.value, 'sidebar_label') ?? lineValue(yaml.value, 'sidebarTitle');
  const description = lineValue(yaml.value, 'description');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** The value of `key:` on a line of its own, its quotes dropped; none for a block scalar's marker (`>-`, `|`). */
function lineValue(yaml: string, key: string): string | undefined {
  const line = new RegExp(`^${key}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(yaml)?.[1];
  if (line === undefined || /^[>|][+-]?\d*$/.test(line)) return undefined;
  const value = line.replace(/^(["'])(.*)\1$/, '$2').trim();
  return value || undefined;
}
