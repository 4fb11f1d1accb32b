import { defineConfig, type Options } from 'tsup';

/** the one build configuration every package uses: ESM, declarations, sourcemaps. */
export function packageBuild(entry: Record<string, string>, overrides: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    outDir: 'dist',
    ...overrides,
  });
}
