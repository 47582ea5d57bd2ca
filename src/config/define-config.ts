import type { SpecdownConfig } from './config-schema.js';

/**
 * Typed helper for `specdown.config.ts` / `.mjs` (as vite and orval have):
 *
 * ```ts
 * import { defineConfig } from 'specdown';
 * export default defineConfig({ input: 'docs', out: 'src/api' });
 * ```
 */
export function defineConfig(config: SpecdownConfig): SpecdownConfig {
  return config;
}
