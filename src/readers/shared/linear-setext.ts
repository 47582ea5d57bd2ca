/**
 * Setext headings (`Title` ⏎ `-----`) read in time linear in the page.
 *
 * micromark's own setext underline turns the paragraph above it into a heading through an edit
 * map over every event of the page so far (it copies them all to change the last few), so a page
 * of thousands of setext headings took time quadratic in its length (16k lines ~9 s, 160k lines
 * minutes). This construct tokenizes as micromark's does and resolves with micromark's own
 * resolver, handed only the events from the paragraph's content on (all its edits fall there),
 * so the events — and the tree — are the same.
 */
import { setextUnderline } from 'micromark-core-commonmark';
import type { Construct, Event, Extension, Resolver } from 'micromark-util-types';

const resolveTail: Resolver = (events, context) => {
  // The opening of the content the underline closes: the resolver's own first step, from the end.
  let content = events.length;
  while (content-- > 0) if (events[content]![0] === 'enter' && events[content]![1].type === 'content') break;
  if (content <= 0) return setextUnderline.resolveTo!(events, context);
  const tail: Event[] = setextUnderline.resolveTo!(events.splice(content), context);
  for (const event of tail) events.push(event);
  return events;
};

const linearSetextUnderline: Construct = { ...setextUnderline, name: 'linearSetextUnderline', resolveTo: resolveTail };

/** The micromark extension: this underline in place of micromark's, tried where it was. */
export const linearSetext: Extension = {
  flow: { 45: linearSetextUnderline, 61: linearSetextUnderline },
  disable: { null: ['setextUnderline'] },
};
