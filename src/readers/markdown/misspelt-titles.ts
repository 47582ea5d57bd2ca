/**
 * A heading read only as the section title it misspells (`### Path Paramters`, `### Respone`,
 * `### Reqest Body`: `section-titles.ts` reads it so) is said where it stands, so the page can be
 * fixed; the content under it is read as the section's.
 */
import type { Root } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { misspeltTitle, type TitleVocabulary } from './section-titles.js';

export function reportMisspeltTitles(root: Root, file: string, titles: TitleVocabulary, diagnostics: DiagnosticBag): void {
  for (const node of root.children) {
    if (node.type !== 'heading' || !node.position) continue;
    const text = plainText(node).trim();
    const meant = misspeltTitle(text, titles);
    if (meant !== undefined)
      diagnostics.report('misspelt-title', sourceOf(file, node), `the title "${text}" is read as "${meant}", the title it misspells`);
  }
}
