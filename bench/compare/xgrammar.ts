/**
 * XGrammar in Node, from the npm package `@mlc-ai/web-xgrammar` (its WebAssembly build, the
 * binary embedded in the bundle: no network). The package is not a dependency of the workspace:
 * it is installed beside the benchmark with `pnpm bench:xgrammar-install` (npm, into
 * bench/.xgrammar/, ignored by git), and looked for there (or under $XGRAMMAR_DIR).
 *
 * Why a loader: the bundle is a UMD script shipped in a `"type": "module"` package. Imported as
 * ESM, it finds no `exports`/`module`, takes the browser branch and its emscripten glue calls
 * `require('url')` and `__filename`, which ESM does not have: the import yields no exports. Read
 * and evaluated as the CommonJS script it is (with a real `require`), it runs in Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tokenizer } from '@unmask/core';

export interface XGrammarModule {
  TokenizerInfo: {
    createTokenizerInfo(
      encodedVocab: string[],
      vocabType?: string,
      prependSpaceInTokenization?: boolean,
      vocabSize?: number,
      stopTokenIds?: number[] | number,
    ): Promise<{ dispose(): void }>;
  };
  GrammarCompiler: {
    createGrammarCompiler(
      info: unknown,
      cacheEnabled?: boolean,
    ): Promise<{
      compileJSONSchema(
        schema: string,
        anyWhitespace?: boolean,
        indent?: number,
        separators?: [string, string],
        strictMode?: boolean,
      ): Promise<{ dispose(): void }>;
      dispose(): void;
    }>;
  };
  GrammarMatcher: {
    createGrammarMatcher(
      compiled: unknown,
      overrideStopTokens?: number[] | number,
      terminateWithoutStopToken?: boolean,
    ): Promise<{
      acceptToken(token: number): boolean;
      getNextTokenBitmask(): Promise<Int32Array>;
      isTerminated(): boolean;
      dispose(): void;
    }>;
  };
}

const here = dirname(fileURLToPath(import.meta.url));

/** where the package was looked for. */
export const xgrammarCandidates = (): string[] => [
  ...(process.env.XGRAMMAR_DIR ? [join(process.env.XGRAMMAR_DIR, 'node_modules/@mlc-ai/web-xgrammar')] : []),
  join(here, '../.xgrammar/node_modules/@mlc-ai/web-xgrammar'),
  join(here, '../../node_modules/@mlc-ai/web-xgrammar'),
];

/** the module and its version, or why it could not be loaded. */
export function loadXGrammar(): { module: XGrammarModule; version: string } | { error: string } {
  const dir = xgrammarCandidates().find((candidate) => existsSync(join(candidate, 'lib/index.js')));
  if (!dir)
    return {
      error: `@mlc-ai/web-xgrammar is not installed (looked in ${xgrammarCandidates().join(', ')}; run pnpm bench:xgrammar-install)`,
    };
  const file = join(dir, 'lib/index.js');
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
  try {
    const module = { exports: {} as Record<string, unknown> };
    // the UMD bundle as CommonJS: its own require, __filename and __dirname
    new Function('exports', 'module', 'require', '__filename', '__dirname', readFileSync(file, 'utf8'))(
      module.exports,
      module,
      createRequire(file),
      file,
      dirname(file),
    );
    if (typeof module.exports.GrammarCompiler !== 'function')
      return { error: `@mlc-ai/web-xgrammar ${version} loaded but exports no GrammarCompiler` };
    return { module: module.exports as unknown as XGrammarModule, version };
  } catch (error) {
    return { error: `@mlc-ai/web-xgrammar ${version} failed to load in Node: ${(error as Error).message}` };
  }
}

/** GPT-2's byte -> printable character table (what XGrammar's `byte_level` vocabularies use). */
function byteToUnicode(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const table: string[] = [];
  let extra = 0;
  for (let b = 0; b < 256; b++) table[b] = String.fromCodePoint(printable.includes(b) ? b : 256 + extra++);
  return table;
}

/** a tokenizer's vocabulary as XGrammar's `byte_level` strings (specials as their names). */
export function encodedVocab(tokenizer: Tokenizer, specials: Record<number, string>): string[] {
  const table = byteToUnicode();
  const vocab: string[] = [];
  for (let id = 0; id < tokenizer.vocabSize; id++) {
    const bytes = tokenizer.tokenBytes(id);
    vocab.push(bytes ? [...bytes].map((b) => table[b]).join('') : (specials[id] ?? `<special_${id}>`));
  }
  return vocab;
}
