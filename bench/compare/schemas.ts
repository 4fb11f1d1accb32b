/**
 * the `schemas` workload: the JSONSchemaBench dev sample (read at run time from
 * ../shared/data/jsonschemabench-dev/data; skipped when absent), filled by the uniform-random model.
 *
 * - `unmask`: per schema, in the coverage harness's order after warmUpCompiler: compile
 *   (prepareJsonSchema: ajv's validator and the layout; and the canvas, where the languages are
 *   lifted to the tokenizer), then generateObject with the defaults (seed 0), the value validated
 *   by ajv.
 * - `xgrammar`: @mlc-ai/web-xgrammar's compileJSONSchema for the same tokenizer (compact JSON,
 *   strict mode, the cache off: each schema compiled from nothing), then left-to-right decoding
 *   with the same uniform model: its logits masked by XGrammar's bitmask, the best allowed token
 *   taken, until the stop token (at most 2,048 tokens), the text validated by ajv.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UnmaskError } from '@unmask/core';
import { ByteTokenizer, UniformRandomModel } from '@unmask/core/test';
import {
  buildSchemaCanvas,
  generateObject,
  generateObjects,
  type JsonSchema,
  prepareJsonSchema,
  schemaValidator,
  warmUpCompiler,
} from '@unmask/schema';
import { figures, type MethodFigures, mean, peakRssMb, quantile, round, sum } from './common';
import { TimedModel } from './timed-model';
import { encodedVocab, loadXGrammar } from './xgrammar';

export const defaultDataDir = new URL('../../../shared/data/jsonschemabench-dev/data', import.meta.url)
  .pathname;

export interface SchemaFile {
  path: string;
  name: string;
  subset: string;
  bytes: number;
}

/** the schema files in the coverage harness's order (sorted, depth first); quick: the n smallest per subset. */
export function listSchemaFiles(dir: string, perSubset?: number): SchemaFile[] {
  const out: SchemaFile[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json'))
        out.push({
          path,
          name: `${basename(at)}/${name}`,
          subset: name.includes('---') ? name.split('---')[0]! : basename(at),
          bytes: statSync(path).size,
        });
    }
  };
  walk(dir);
  if (perSubset === undefined) return out;
  return [...new Set(out.map((file) => file.subset))].flatMap((subset) =>
    out
      .filter((file) => file.subset === subset)
      .sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path))
      .slice(0, perSubset),
  );
}

/** the coverage harness's tokenizer: bytes and common JSON pieces. */
export function schemaTokenizer(): ByteTokenizer {
  return new ByteTokenizer({
    merges: ['":', ',"', '{"', '"}', 'true', 'false', 'null', 'http', 'name', 'type', 'id', '00', 'ab', 'é'],
    specials: ['<mask>', '<pad>'],
  });
}

export function uniformModel(tokenizer: ByteTokenizer, seed = 0): UniformRandomModel {
  return new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: tokenizer.special('<mask>'),
    padTokenId: tokenizer.special('<pad>'),
    maxLength: 1 << 16,
    seed,
  });
}

/** a schema file's schema (MaskBench files hold `{schema, tests}`). */
export function readSchema(path: string): JsonSchema {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  return raw && typeof raw === 'object' && 'schema' in raw && Array.isArray(raw.tests) ? raw.schema : raw;
}

export interface SchemaCase {
  name: string;
  subset: string;
  kb: number;
  compiled: boolean;
  compileMs: number;
  /** unmask: the canvas built from the layout (languages lifted to the tokenizer). */
  canvasMs?: number;
  filled: boolean;
  valid: boolean;
  fillMs?: number;
  nfe?: number;
  forwardMs?: number;
  tokens?: number;
  reason?: string;
}

function subsetSummary(cases: SchemaCase[]) {
  const compiled = cases.filter((c) => c.compiled);
  const filled = compiled.filter((c) => c.filled);
  const fills = compiled.flatMap((c) => (c.fillMs === undefined ? [] : [c.fillMs]));
  const compiles = cases.map((c) => c.compileMs);
  return {
    schemas: cases.length,
    declaredCoverage: round(compiled.length / cases.length, 4),
    compliance: round(filled.length ? filled.filter((c) => c.valid).length / filled.length : null, 4),
    empiricalCoverage: round(filled.filter((c) => c.valid).length / cases.length, 4),
    compileP50Ms: round(quantile(compiles, 0.5), 3),
    compileP99Ms: round(quantile(compiles, 0.99), 3),
    fillP50Ms: round(quantile(fills, 0.5), 1),
    fillP99Ms: round(quantile(fills, 0.99), 1),
  };
}

function summarise(cases: SchemaCase[], extra: Record<string, unknown>): MethodFigures {
  const done = cases.filter((c) => c.fillMs !== undefined);
  const filled = cases.filter((c) => c.filled);
  const wall = done.map((c) => c.compileMs + (c.canvasMs ?? 0) + c.fillMs!);
  const fillWall = sum(done.map((c) => c.fillMs!));
  const forward = sum(done.map((c) => c.forwardMs ?? 0));
  const subsets = Object.fromEntries(
    [...new Set(cases.map((c) => c.subset))]
      .sort()
      .map((subset) => [subset, subsetSummary(cases.filter((c) => c.subset === subset))]),
  );
  const overall = subsetSummary(cases);
  return figures({
    // compliance: values produced that validate (a schema that does not compile produces none)
    validity: overall.compliance,
    nfePerResult: round(mean(filled.map((c) => c.nfe ?? 0)), 2),
    nfePerToken: round(
      sum(filled.map((c) => c.nfe ?? 0)) / Math.max(1, sum(filled.map((c) => c.tokens ?? 0))),
      4,
    ),
    p50Ms: round(quantile(wall, 0.5), 2),
    p95Ms: round(quantile(wall, 0.95), 2),
    overheadShare: round(fillWall > 0 ? (fillWall - forward) / fillWall : null, 4),
    rssMb: peakRssMb(),
    ...overall,
    canvasP50Ms: round(
      quantile(
        cases.flatMap((c) => (c.canvasMs === undefined ? [] : [c.canvasMs])),
        0.5,
      ),
      3,
    ),
    canvasP99Ms: round(
      quantile(
        cases.flatMap((c) => (c.canvasMs === undefined ? [] : [c.canvasMs])),
        0.99,
      ),
      3,
    ),
    compilePlusCanvasP50Ms: round(
      quantile(
        cases.filter((c) => c.compiled).map((c) => c.compileMs + (c.canvasMs ?? 0)),
        0.5,
      ),
      3,
    ),
    subsets,
    slowestFills: [...done]
      .sort((a, b) => b.fillMs! - a.fillMs!)
      .slice(0, 8)
      .map((c) => ({
        name: c.name,
        kb: c.kb,
        fillMs: round(c.fillMs, 1),
        nfe: c.nfe,
        valid: c.valid,
        ...(c.reason ? { reason: c.reason } : {}),
      })),
    reasons: Object.fromEntries(
      [...new Set(cases.flatMap((c) => (c.reason ? [c.reason.slice(0, 90)] : [])))]
        .slice(0, 12)
        .map((reason) => [reason, cases.filter((c) => c.reason?.slice(0, 90) === reason).length]),
    ),
    ...extra,
  });
}

/** abort a fill that runs longer than this (it counts as not filled). */
const FILL_LIMIT_MS = 180_000;
/** --quick: a fill past this is aborted (a smoke run, not a measure). */
const QUICK_FILL_LIMIT_MS = 2_000;

export async function runSchemasUnmask(
  dataDir: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<{ figures: MethodFigures; cases: SchemaCase[] }> {
  const files = listSchemaFiles(dataDir, quick ? 1 : undefined);
  const tokenizer = schemaTokenizer();
  const model = new TimedModel(uniformModel(tokenizer));
  warmUpCompiler();
  const cases: SchemaCase[] = [];
  for (const [k, file] of files.entries()) {
    const schema = readSchema(file.path);
    const result: SchemaCase = {
      name: file.name,
      subset: file.subset,
      kb: round(file.bytes / 1024, 1)!,
      compiled: false,
      compileMs: 0,
      filled: false,
      valid: false,
    };
    const started = performance.now();
    try {
      const prepared = prepareJsonSchema(schema);
      result.compileMs = performance.now() - started;
      const canvasStarted = performance.now();
      buildSchemaCanvas(prepared.compiled.layout, tokenizer, model, undefined);
      result.canvasMs = performance.now() - canvasStarted;
      result.compiled = true;
    } catch (error) {
      result.compileMs = performance.now() - started;
      result.reason = UnmaskError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
    }
    if (result.compiled) {
      const calls = model.calls;
      const forward = model.forwardMs;
      const fillStarted = performance.now();
      try {
        const generated = await generateObject({
          model,
          tokenizer,
          schema,
          seed: 0,
          signal: model.limit(quick ? QUICK_FILL_LIMIT_MS : FILL_LIMIT_MS),
        });
        result.filled = true;
        const issues = schemaValidator(schema)(generated.value);
        result.valid = issues.length === 0;
        if (issues[0]) result.reason = `ajv: ${issues[0].path || '/'} ${issues[0].message}`.slice(0, 160);
        result.tokens = tokenizer.encode(JSON.stringify(generated.value)).length;
      } catch (error) {
        result.reason = UnmaskError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
      }
      result.fillMs = performance.now() - fillStarted;
      result.nfe = model.calls - calls;
      result.forwardMs = model.forwardMs - forward;
    }
    cases.push(result);
    if (!quick)
      log(
        `unmask ${k + 1}/${files.length} ${file.name}: ${result.compiled ? (result.valid ? 'valid' : 'INVALID') : 'not compiled'} compile ${result.compileMs.toFixed(1)} ms, fill ${result.fillMs?.toFixed(0) ?? '-'} ms`,
      );
  }
  // throughput: 16 schemas that filled (the first ones, in order), in batches of 1, 4, 16 (generateObjects)
  const pool = cases.filter((c) => c.valid && (c.fillMs ?? 0) < 500).slice(0, 16);
  const throughput: MethodFigures['throughput'] = { '1': null, '4': null, '16': null };
  if (pool.length) {
    const schemas = pool.map((c) => readSchema(files.find((file) => file.name === c.name)!.path));
    for (const size of [1, 4, 16] as const) {
      const total = quick ? size : 16;
      const requests = Array.from({ length: total }, (_, k) => ({ schema: schemas[k % schemas.length]! }));
      const started = performance.now();
      for (let at = 0; at < total; at += size)
        await generateObjects({ model, tokenizer, seed: 0, requests: requests.slice(at, at + size) });
      throughput[size] = round(total / ((performance.now() - started) / 1000), 2);
    }
  }
  const fills = cases.flatMap((c) => (c.fillMs === undefined ? [] : [c.fillMs]));
  // the fill without the model's forward passes (the uniform model's own cost: random logits)
  const sdkFills = cases.flatMap((c) => (c.fillMs === undefined ? [] : [c.fillMs - (c.forwardMs ?? 0)]));
  return {
    figures: {
      ...summarise(cases, {
        fillP99Ms: round(quantile(fills, 0.99), 1),
        fillMaxMs: round(Math.max(0, ...fills), 1),
        sdkFillP50Ms: round(quantile(sdkFills, 0.5), 1),
        sdkFillP99Ms: round(quantile(sdkFills, 0.99), 1),
        tokenizer: `byte-level, ${tokenizer.vocabSize} tokens (the coverage harness's)`,
        settings: 'generateObject defaults (threshold 0.9, 3 re-noise rounds, 3 grow rounds), seed 0',
      }),
      throughput,
    },
    cases,
  };
}

/** the most tokens XGrammar's decoding may write for one value. */
const XGRAMMAR_MAX_TOKENS = 2048;

export async function runSchemasXGrammar(
  dataDir: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<{ figures: MethodFigures; cases: SchemaCase[] } | { error: string }> {
  const loaded = loadXGrammar();
  if ('error' in loaded) return { error: loaded.error };
  const xg = loaded.module;
  const files = listSchemaFiles(dataDir, quick ? 1 : undefined);
  const tokenizer = schemaTokenizer();
  const pad = tokenizer.special('<pad>');
  const mask = tokenizer.special('<mask>');
  const model = new TimedModel(uniformModel(tokenizer));
  const vocab = encodedVocab(tokenizer, { [mask]: '<mask>', [pad]: '<pad>' });
  const infoStarted = performance.now();
  const info = await xg.TokenizerInfo.createTokenizerInfo(vocab, 'byte_level', false, vocab.length, [pad]);
  const infoMs = performance.now() - infoStarted;
  const compiler = await xg.GrammarCompiler.createGrammarCompiler(info, false);
  const compile = (schema: unknown) =>
    compiler.compileJSONSchema(JSON.stringify(schema), false, -1, [',', ':'], true);
  // the one-time costs (the WebAssembly instance, first compile) on a schema of no dataset
  (await compile({ type: 'object', properties: { warm: { type: 'integer' } } })).dispose();
  const cases: SchemaCase[] = [];
  const ids = new Int32Array(1).fill(mask);
  for (const [k, file] of files.entries()) {
    const schema = readSchema(file.path);
    const result: SchemaCase = {
      name: file.name,
      subset: file.subset,
      kb: round(file.bytes / 1024, 1)!,
      compiled: false,
      compileMs: 0,
      filled: false,
      valid: false,
    };
    const started = performance.now();
    let grammar: Awaited<ReturnType<typeof compile>> | undefined;
    try {
      grammar = await compile(schema);
      result.compiled = true;
    } catch (error) {
      result.reason = `compile: ${String((error as Error).message ?? error).slice(0, 200)}`;
    }
    result.compileMs = performance.now() - started;
    if (grammar) {
      const calls = model.calls;
      const forward = model.forwardMs;
      const fillStarted = performance.now();
      const matcher = await xg.GrammarMatcher.createGrammarMatcher(grammar, [pad], false);
      const written: number[] = [];
      try {
        while (!matcher.isTerminated() && written.length < XGRAMMAR_MAX_TOKENS) {
          const bitmask = await matcher.getNextTokenBitmask();
          const { logits } = await model.forward({ ids, batch: 1, length: 1 });
          let best = -1;
          for (let token = 0; token < tokenizer.vocabSize; token++) {
            if (((bitmask[token >>> 5]! >>> (token & 31)) & 1) === 0) continue;
            if (best < 0 || logits[token]! > logits[best]!) best = token;
          }
          if (best < 0 || !matcher.acceptToken(best)) throw new Error('no token allowed');
          if (best !== pad) written.push(best);
        }
        const text = tokenizer.decode(written);
        result.tokens = written.length;
        if (!matcher.isTerminated()) result.reason = `cut at ${XGRAMMAR_MAX_TOKENS} tokens`;
        else {
          result.filled = true;
          try {
            const issues = schemaValidator(schema)(JSON.parse(text));
            result.valid = issues.length === 0;
            if (issues[0]) result.reason = `ajv: ${issues[0].path || '/'} ${issues[0].message}`.slice(0, 160);
          } catch (error) {
            result.reason = `output: ${(error as Error).message.slice(0, 120)}`;
          }
        }
      } catch (error) {
        result.reason = `decode: ${String((error as Error).message ?? error).slice(0, 200)}`;
      } finally {
        matcher.dispose();
        grammar.dispose();
      }
      result.fillMs = performance.now() - fillStarted;
      result.nfe = model.calls - calls;
      result.forwardMs = model.forwardMs - forward;
    }
    cases.push(result);
    if (!quick)
      log(
        `xgrammar ${k + 1}/${files.length} ${file.name}: ${result.compiled ? (result.valid ? 'valid' : `INVALID ${result.reason ?? ''}`) : `not compiled ${result.reason}`} compile ${result.compileMs.toFixed(1)} ms, fill ${result.fillMs?.toFixed(0) ?? '-'} ms`,
      );
  }
  compiler.dispose();
  info.dispose();
  return {
    figures: summarise(cases, {
      version: loaded.version,
      tokenizerInfoMs: round(infoMs, 1),
      tokenizer: `byte-level, ${tokenizer.vocabSize} tokens (the same as unmask's)`,
      settings: `compileJSONSchema(compact, strict, cache off); decoding left to right, uniform model, at most ${XGRAMMAR_MAX_TOKENS} tokens`,
    }),
    cases,
  };
}

export const hasSchemaData = (dir: string) => existsSync(dir);
