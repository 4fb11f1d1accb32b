import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@unmask/source'] },
  ssr: { resolve: { conditions: ['@unmask/source'] } },
  test: {
    pool: 'forks',
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'recipes/*/data/**/*.test.ts',
      'test/**/*.test.ts',
      'examples/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
