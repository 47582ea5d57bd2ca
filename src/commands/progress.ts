/**
 * A one-line progress display for long runs on an interactive terminal. Silent in CI logs, when
 * piped, and for short runs: it only ever draws on a TTY, outside CI, past `minimum` pages.
 */
export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** Runs with fewer pages to parse draw nothing. */
  minimum?: number;
  /** Least time between two redraws. */
  intervalMs?: number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line (if one was drawn). */
  clear(): void;
}

export function shouldShowProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
}

export function createProgress({ stream, minimum = 100, intervalMs = 80 }: ProgressOptions): Progress {
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (total < minimum) return;
      const now = Date.now();
      if (done < total && now - last < intervalMs) return;
      last = now;
      const width = 24;
      const filled = Math.round((done / total) * width);
      stream.write(`\r\u001b[2Kspecdown: parsing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pages`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
