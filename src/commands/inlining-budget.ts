/**
 * V8's optimizing compiler (TurboFan) inlines the functions a hot function calls, up to 920 bytes
 * of their bytecode in each compile by default. A `generate` run is a few seconds of code that runs
 * a few thousand times at most (a spec's schemas, a folder's pages), and compiling those inlined
 * graphs, on V8's helper threads, cost more CPU than the inlined code saved: with a budget of 200
 * bytes, Stripe's YAML spec took 0.85× the CPU, GitHub's JSON spec 0.82× and 167 DocFX pages 0.79×,
 * the main thread's time the same (README, "Speed"). The command line sets it for its own process
 * once a run has work to do (`GenerateOptions.onWork`): a run the cache answers does not load
 * `node:v8`, and the library leaves its host's settings alone.
 */
import v8 from 'node:v8';

/** Bytes of callees' bytecode TurboFan inlines into one compiled function (V8's default: 920). */
export const INLINED_BYTECODE_BUDGET = 200;

/** Lowers TurboFan's inlining budget for this process, unless node was started with an inlining flag of the user's own. */
export function lowerInliningBudget(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((flag) => /inlin/.test(flag))) return;
  v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
}
