/**
 * The section a link's anchor names, as docs sites name headings: its anchor as written
 * (`#shelf-data`), else the one section whose anchor has the same letters and digits. Sites slug a
 * heading's punctuation apart (`## Shelves & books`: GitHub's `shelves--books`, MkDocs'
 * `shelves-books`; `## Shelf/Book`: `shelfbook`, Sphinx's `shelf-book`; `é` kept or `e`), and a
 * link written for one of them names the heading all the same; where several sections read so,
 * the anchor names none of them for sure.
 */

export function anchoredSection<T extends { anchor: string }>(sections: Iterable<T>, anchor: string): T | undefined {
  const all = [...sections];
  const exact = all.find((section) => section.anchor === anchor);
  if (exact) return exact;
  const key = anchorKey(anchor);
  if (!key) return undefined;
  const alike = all.filter((section) => anchorKey(section.anchor) === key);
  return alike.length === 1 ? alike[0] : undefined;
}

/** `Shelves--Books` → `shelvesbooks`, `étagère` → `etagere`. */
function anchorKey(anchor: string): string {
  return anchor
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
