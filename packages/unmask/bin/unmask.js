#!/usr/bin/env node
// the built command line (`pnpm build` writes dist/cli.js); in the repository, `pnpm unmask …` runs the sources
await import('../dist/cli.js');
