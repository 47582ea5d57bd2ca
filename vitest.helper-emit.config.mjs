import { defineConfig } from 'vitest/config';
export default defineConfig({ root: '/work/main', test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, pool: 'forks' } });
