import path from 'node:path';
import { watch } from 'chokidar';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type CommandIo, type GenerateCommandOptions, runGenerateCommand } from './generate.js';

export interface WatchOptions extends GenerateCommandOptions {
  /** Quiet period after the last change before a rebuild starts. */
  debounceMs?: number;
  /** Extra files whose change triggers a rebuild of every target (the config file). */
  extraFiles?: string[];
}

/**
 * `specdown generate --watch`: builds every target, printing its diagnostics, then rebuilds the
 * targets whose input changed (debounced). A rebuild prints what changed, as tsc's watch mode
 * does: the diagnostics that are new, those fixed (`fixed: …`), and one summary line with the
 * counts and its time. Errors in the docs are printed and the watcher keeps running. Resolves when
 * `signal` aborts.
 */
export async function runWatch(options: WatchOptions, io: CommandIo, signal: AbortSignal): Promise<void> {
  const since = new Map<string, Diagnostic[]>();
  const run = async (targets = options.targets) => {
    try {
      await runGenerateCommand({ ...options, targets, check: false, timed: true, since }, io);
    } catch (error) {
      io.stderr(`specdown: internal error: ${(error as Error).message}; still watching`);
    }
  };
  await run();
  const inputs = options.targets.map((target) => path.resolve(target.input));
  const outputs = options.targets.map((target) => path.resolve(target.out) + path.sep);
  const watcher = watch([...inputs, ...(options.extraFiles ?? [])], {
    ignoreInitial: true,
    // Our own writes must not trigger rebuilds when the output folder sits inside an input folder.
    ignored: (file: string) => outputs.some((out) => path.resolve(file).startsWith(out)) || /\.specdown-.*\.tmp$/.test(file),
  });
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    const files = [...changed];
    changed.clear();
    const all = files.some((file) => options.extraFiles?.includes(file));
    const targets = all ? options.targets : options.targets.filter((_, i) => files.some((file) => isInside(file, inputs[i]!)));
    if (targets.length > 0) running = running.then(() => run(targets));
  };
  watcher.on('all', (_event, file) => {
    changed.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(rebuild, options.debounceMs ?? 100);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.stderr(`specdown: watching ${options.targets.map((t) => t.input).join(', ')} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  clearTimeout(timer);
  await watcher.close();
  await running;
}

function isInside(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}
