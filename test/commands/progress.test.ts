import { describe, expect, it } from 'vitest';
import { createProgress, shouldShowProgress } from '../../src/commands/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream, writes };
}

describe('progress', () => {
  it('should draw only on a TTY outside CI', () => {
    expect(shouldShowProgress(fakeStream(true).stream, {})).toBe(true);
    expect(shouldShowProgress(fakeStream(true).stream, { CI: 'true' })).toBe(false);
    expect(shouldShowProgress(fakeStream(false).stream, {})).toBe(false);
    expect(shouldShowProgress(fakeStream(true).stream, { TERM: 'dumb' })).toBe(false);
  });

  it('should stay silent for short runs', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress({ stream, minimum: 100 });
    for (let done = 1; done <= 50; done++) progress.update(done, 50);
    progress.clear();
    expect(writes).toEqual([]);
  });

  it('should draw a bar, throttled, always the last state, then erase it', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress({ stream, minimum: 10, intervalMs: 60_000 });
    for (let done = 1; done <= 200; done++) progress.update(done, 200);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('[########################] 200/200 pages');
    progress.clear();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });
});
