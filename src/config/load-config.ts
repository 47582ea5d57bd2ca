import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config-schema.js';

/** Looked for in this order in the working folder. */
export const CONFIG_FILES = [
  'specdown.config.ts',
  'specdown.config.mts',
  'specdown.config.mjs',
  'specdown.config.js',
  'specdown.config.json',
];

/** A config that cannot be loaded or is invalid; `message` names the file and every wrong field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Finds and loads the config (`explicitPath`, or the first of {@link CONFIG_FILES} in `cwd`),
 * validates it, and returns it with defaults applied. `undefined` when there is no config file.
 */
export async function loadConfig(cwd: string = process.cwd(), explicitPath?: string): Promise<ResolvedConfig | undefined> {
  const file = explicitPath
    ? path.resolve(cwd, explicitPath)
    : CONFIG_FILES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
  if (!file) return undefined;
  if (!existsSync(file)) throw new ConfigError(`config file ${explicitPath} does not exist`);
  const raw = await importConfig(file);
  // zod (and the schema) load only when there is a config to check: a run without one starts faster.
  const [{ z }, { parseConfig }] = await Promise.all([import('zod'), import('./config-schema.js')]);
  const parsed = parseConfig(raw);
  const label = path.relative(cwd, file) || file;
  if (!parsed.success) {
    throw new ConfigError(`${label}: invalid config\n${z.prettifyError(parsed.error)}`);
  }
  const value = parsed.data;
  const base = { file, maxWarnings: value.maxWarnings, cache: value.cache, workers: value.workers, limits: value.limits };
  if ('targets' in value) return { ...base, targets: value.targets };
  const { maxWarnings: _m, cache: _c, workers: _w, limits: _l, ...target } = value;
  return { ...base, targets: [target] };
}

async function importConfig(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    // jiti loads TypeScript and ESM/CJS configs without a build step (as vite, nuxt and eslint do).
    const { createJiti } = await import('jiti');
    const jiti = createJiti(import.meta.url, { moduleCache: false });
    const loaded = await jiti.import<{ default?: unknown }>(file);
    return loaded && typeof loaded === 'object' && 'default' in loaded ? loaded.default : loaded;
  } catch (error) {
    throw new ConfigError(`${file}: cannot load: ${(error as Error).message}`);
  }
}
