/**
 * The "scraped text page" dialect (`text`): a DocFX endpoint page as text copied from the rendered
 * HTML: no `#`, tables flattened to one line per row, samples without fences, site chrome around.
 * The reader rebuilds the DocFX page's normalised document from it; it extracts nothing itself.
 */
import type { Reader } from '../types.js';
import { detectTextPage } from './detect.js';
import { readTextPage } from './read-page.js';

export const textReader: Reader = {
  id: 'text',
  detect: detectTextPage,
  read: readTextPage,
};
