/**
 * A page read as docs that also sets up a viewer loading its spec by URL (a hand-written page
 * around a "Try it" console; viewer-pages.ts `readsAsSpec`): where the page's own text documents
 * no operation, each URL is said, as a viewer page's is, since the API is likely described there.
 * Read from the page alone (pages are read apart and cached by their text): a URL on the web is a
 * warning, as nothing is fetched; a relative one an info, that file being read as a spec of its
 * own where it is in the input.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { linesOf } from '../ir/source.js';
import { readViewerFinds } from './viewer-finds.js';
import { mayBeViewerPage, REMOTE_URL, remoteLinkMessage } from './viewer-pages.js';

export function reportViewerLinks(page: { file: string; text: string }, diagnostics: DiagnosticBag): void {
  if (!mayBeViewerPage(page.text)) return;
  const links = readViewerFinds(page.text).finds.filter((find) => find.kind === 'link');
  if (links.length === 0) return;
  const pointAt = linesOf(page.text);
  for (const link of links) {
    const at = { file: page.file, start: pointAt(link.start), end: pointAt(link.start) };
    if (REMOTE_URL.test(link.url)) diagnostics.report('viewer-spec-unread', at, remoteLinkMessage(link));
    else
      diagnostics.report(
        'viewer-spec-unread',
        at,
        `This page's ${link.viewer} loads its spec from ${link.url}; that file is read as a spec of its own where it is in the input (the page's own text documents no operation).`,
        { severity: 'info' },
      );
  }
}
