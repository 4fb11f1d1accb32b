import { defineConfig } from 'vitest/config';

// the root config only collects packages/*/src tests; run with --config this file
export default defineConfig({
  resolve: { conditions: ['@unmask/source'] },
  ssr: { resolve: { conditions: ['@unmask/source'] } },
  test: { include: ['packages/model-nano/train/data/*.test.ts'], pool: 'forks', testTimeout: 60_000 },
});
