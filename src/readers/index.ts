import { docfxReader } from './docfx/index.js';
import { dtoReader } from './dto/index.js';
import { helppageReader } from './helppage/index.js';
import { markdownReader } from './markdown/index.js';
import { textReader } from './text/index.js';
import type { DialectId, Reader } from './types.js';

/**
 * Every dialect reader, in detection priority order (most specific first).
 * Each reader module exports its `Reader`; add one line here per dialect. The general markdown
 * reader is last: it claims every page the dialects leave.
 */
export const READERS: readonly Reader[] = [docfxReader, helppageReader, dtoReader, textReader, markdownReader];

export function readerFor(id: DialectId): Reader | undefined {
  return READERS.find((reader) => reader.id === id);
}
