import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  ByteTokenizer,
  type Canvas,
  type DenoisingModel,
  RenoiseExhaustedError,
  type Tokenizer,
  UniformRandomModel,
  UnmaskError,
  writeSlotTexts,
} from '@unmask/core';
import { compileJsonSchema } from './compile';
import { buildSchemaCanvas, generateObject } from './generate';
import { grownFor } from './grow';
import { prepareJsonSchema } from './schema-input';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from './types';
import { schemaValidator } from './validate';

export interface CoverageCase {
  file: string;
  subset: string;
  /** compiled without an unsupported/invalid error. */
  compiled: boolean;
  /** prepareJsonSchema: ajv's validator and the layout. */
  compileMs: number;
  /** of which the compiler's schema -> layout (set when it compiled). */
  layoutMs?: number;
  /** of which ajv compiling its validator. */
  validatorMs?: number;
  /** the error code and message when it did not compile or fill. */
  reason?: string;
  /** a value was produced. */
  filled: boolean;
  /** no value: validation still failed when the re-noise rounds ran out (a typed RenoiseExhaustedError). */
  exhausted?: boolean;
  /** the produced value validated. */
  valid: boolean;
  slots: number;
  /** optional slots (absent-able properties, items, entries): in the canvas the value was read
   * from (after growth) when a value was produced, else in the compiled layout. */
  optionalOffered: number;
  /** of those, the slots the fill did not leave all pad. */
  optionalFilled: number;
  /** MaskBench `valid: true` instances the canvas can represent / how many there were. */
  representable?: number;
  /** valid instances a generation reaches when full arrays and slots grow (growRounds, see grow.ts). */
  representableGrown?: number;
  validTests?: number;
  renoiseRounds?: number;
  /** milliseconds of the fill with the random model (re-noise rounds and growth included). */
  fillMs?: number;
}

export interface SubsetSummary {
  schemas: number;
  /** compiled without an error / schemas. */
  declaredCoverage: number;
  /** produced values that validate / produced values. */
  compliance: number;
  /** schemas whose fill ended in RenoiseExhaustedError (no value, a typed error). */
  exhausted: number;
  /** schemas with a valid produced value / schemas: the paper's empirical coverage. */
  empiricalCoverage: number;
  overConstrained: number;
  /** over-constrained even when full arrays and slots grow as generation grows them. */
  overConstrainedGrown: number;
  compileP50Ms: number;
  compileP99Ms: number;
  /** schema -> layout alone (the schemas that compiled). */
  layoutP50Ms: number;
  layoutP99Ms: number;
  optionalOffered: number;
  optionalFilled: number;
}

export interface CoverageReport {
  cases: CoverageCase[];
  subsets: Record<string, SubsetSummary>;
  overall: SubsetSummary;
  topReasons: Array<{ reason: string; count: number }>;
}

/** every .json file under dir (recursively), with the subset it belongs to. */
function listSchemas(dir: string): Array<{ file: string; subset: string }> {
  const out: Array<{ file: string; subset: string }> = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        const subset = name.includes('---') ? name.split('---')[0]! : basename(at);
        out.push({ file: path, subset });
      }
    }
  };
  walk(dir);
  return out;
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

function summarise(cases: CoverageCase[]): SubsetSummary {
  const compiled = cases.filter((c) => c.compiled);
  const filled = compiled.filter((c) => c.filled);
  const times = cases.map((c) => c.compileMs);
  const layout = cases.flatMap((c) => (c.layoutMs === undefined ? [] : [c.layoutMs]));
  return {
    schemas: cases.length,
    declaredCoverage: cases.length ? compiled.length / cases.length : 0,
    compliance: filled.length ? filled.filter((c) => c.valid).length / filled.length : 1,
    exhausted: cases.filter((c) => c.exhausted).length,
    empiricalCoverage: cases.length ? filled.filter((c) => c.valid).length / cases.length : 0,
    overConstrained: cases.filter((c) => c.validTests !== undefined && c.representable! < c.validTests)
      .length,
    overConstrainedGrown: cases.filter(
      (c) => c.validTests !== undefined && c.representableGrown! < c.validTests,
    ).length,
    compileP50Ms: quantile(times, 0.5),
    compileP99Ms: quantile(times, 0.99),
    layoutP50Ms: quantile(layout, 0.5),
    layoutP99Ms: quantile(layout, 0.99),
    optionalOffered: cases.reduce((sum, c) => sum + c.optionalOffered, 0),
    optionalFilled: cases.reduce((sum, c) => sum + c.optionalFilled, 0),
  };
}

/**
 * the process's one-time costs (V8 compiling refa, ajv and the compiler, ajv's instance per draft)
 * paid on a small schema of no dataset before compile times are taken, so that the first schema
 * timed does not carry them. Nothing of a measured schema is cached by it: its pattern, keys and
 * values appear in no dataset, and it uses no format.
 */
export function warmUpCompiler(): void {
  const drafts = [
    'http://json-schema.org/draft-04/schema#',
    'http://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft/2019-09/schema',
    'https://json-schema.org/draft/2020-12/schema',
  ];
  for (const [k, $schema] of drafts.entries())
    prepareJsonSchema({
      $schema,
      type: 'object',
      properties: {
        [`warm_${k}`]: { type: 'string', pattern: `^q${k}[xz]{1,3}-[0-9]{2}$` },
        [`level_${k}`]: { type: 'integer', minimum: -7, maximum: 713 + k },
        [`kind_${k}`]: {
          anyOf: [{ type: 'object', properties: { w: { type: 'boolean' } } }, { type: 'null' }],
        },
        [`list_${k}`]: { type: 'array', items: { enum: [`w${k}`, `v${k}`] }, maxItems: 3 },
      },
      required: [`warm_${k}`],
    });
}

/** a byte-level tokenizer with common JSON pieces merged, for coverage runs without a trained model. */
export function coverageTokenizer(): ByteTokenizer {
  return new ByteTokenizer({
    merges: ['":', ',"', '{"', '"}', 'true', 'false', 'null', 'http', 'name', 'type', 'id', '00', 'ab', 'é'],
    specials: ['<mask>', '<pad>'],
  });
}

/**
 * compile, fill (uniform-random model) and validate every schema under `dir`. Bare schemas
 * and MaskBench files `{schema, tests}` are both read.
 */
export async function runCoverage({
  dir,
  seed = 0,
  onCase,
  tokenizer = coverageTokenizer(),
  model,
  perSubset,
}: {
  dir: string;
  seed?: number;
  /** only n schemas of each subset (the smallest files, ties by name): a quick deterministic sample. */
  perSubset?: number;
  onCase?: (result: CoverageCase, index: number, total: number) => void;
  tokenizer?: Tokenizer;
  model?: DenoisingModel;
}): Promise<CoverageReport> {
  let files = listSchemas(dir);
  if (perSubset !== undefined) {
    const sized = files.map((entry) => ({ ...entry, size: statSync(entry.file).size }));
    files = [...new Set(files.map((entry) => entry.subset))].flatMap((subset) =>
      sized
        .filter((entry) => entry.subset === subset)
        .sort((a, b) => a.size - b.size || a.file.localeCompare(b.file))
        .slice(0, perSubset),
    );
  }
  const byte = tokenizer as ByteTokenizer;
  const fillModel =
    model ??
    new UniformRandomModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: byte.special('<mask>'),
      padTokenId: byte.special('<pad>'),
      maxLength: 1 << 16,
      seed,
    });
  const cases: CoverageCase[] = [];
  warmUpCompiler();
  for (const [index, { file, subset }] of files.entries()) {
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    const maskbench = raw && typeof raw === 'object' && 'schema' in raw && Array.isArray(raw.tests);
    const schema: JsonSchema = maskbench ? raw.schema : raw;
    const result: CoverageCase = {
      file,
      subset,
      compiled: false,
      compileMs: 0,
      filled: false,
      valid: false,
      slots: 0,
      optionalOffered: 0,
      optionalFilled: 0,
    };
    const started = performance.now();
    let compiled: ReturnType<typeof compileJsonSchema> | undefined;
    try {
      const timings: { validatorMs?: number; layoutMs?: number } = {};
      try {
        compiled = prepareJsonSchema(schema, undefined, timings).compiled;
      } finally {
        if (timings.validatorMs !== undefined) result.validatorMs = timings.validatorMs;
        if (timings.layoutMs !== undefined) result.layoutMs = timings.layoutMs;
      }
      result.compileMs = performance.now() - started;
      // a constraint too large for the automaton limits fails only when the canvas is built: not covered
      buildSchemaCanvas(compiled.layout, tokenizer, fillModel, undefined);
      result.compiled = true;
      result.slots = compiled.report.slots;
      result.optionalOffered = compiled.report.optionalOffered;
    } catch (error) {
      result.reason = UnmaskError.isInstance(error)
        ? `${error.code}: ${error.message}`
        : `crash: ${(error as Error).message}`;
    }
    if (!result.compiled) result.compileMs = performance.now() - started;
    if (compiled && result.compiled) {
      const fillStarted = performance.now();
      try {
        const generated = await generateObject({
          model: fillModel,
          tokenizer,
          schema,
          seed,
          maxRenoiseRounds: 8,
          tokensPerStep: 64,
        });
        result.filled = true;
        result.valid = schemaValidator(schema)(generated.value).length === 0;
        result.renoiseRounds = generated.stats.renoiseRounds;
        const canvas = generated.canvas;
        // offered and filled on the same canvas: the one the value was read from, after growth
        // (an array grown from 3 to 6 items offers 6 optional item slots)
        let offeredOptional = 0;
        let filledOptional = 0;
        canvas.slots.forEach((slot) => {
          if (!slot.spec.optional) return;
          offeredOptional++;
          if (
            canvas.ids
              .subarray(slot.start, slot.start + slot.length)
              .some((id) => id !== fillModel.padTokenId)
          )
            filledOptional++;
        });
        result.optionalOffered = offeredOptional;
        result.optionalFilled = filledOptional;
      } catch (error) {
        if (RenoiseExhaustedError.isInstance(error)) {
          result.exhausted = true;
          result.reason = `renoise-exhausted: ${error.issues[0]?.message ?? ''}`;
        } else
          result.reason = UnmaskError.isInstance(error)
            ? `${error.code}: ${error.message}`
            : `crash: ${(error as Error).stack}`;
      }
      result.fillMs = performance.now() - fillStarted;
      if (maskbench) {
        const validTests = (raw.tests as Array<{ valid: boolean; data: unknown }>).filter(
          (test) => test.valid,
        );
        result.validTests = validTests.length;
        result.representable = 0;
        result.representableGrown = 0;
        // a valid instance is representable when the canvas of some offering holds it: the first
        // compile, or one with another branch of a union of objects (the model chooses branches)
        const first = compiled;
        const offerings: Array<{ options: SchemaCompileOptions; compile: () => CompiledSchema }> = [
          { options: {}, compile: () => first },
        ];
        for (const union of compiled.report.unions ?? [])
          for (const branch of union.candidates)
            if (branch !== union.chosen) {
              const options = { branches: { [union.pointer]: branch } };
              offerings.push({ options, compile: () => compileJsonSchema(schema, options) });
            }
        const holds = (at: CompiledSchema, data: unknown) => {
          try {
            const texts = at.encode(data);
            return (
              texts !== undefined &&
              writeSlotTexts(buildSchemaCanvas(at.layout, tokenizer, fillModel, undefined), texts) !==
                undefined
            );
          } catch {
            return false; // a canvas that cannot be built represents nothing
          }
        };
        const canvases: Array<{ compiled: CompiledSchema; canvas: Canvas } | null | undefined> = [];
        const offering = (k: number) => {
          if (canvases[k] === undefined) {
            try {
              const alt = offerings[k]!.compile();
              canvases[k] = {
                compiled: alt,
                canvas: buildSchemaCanvas(alt.layout, tokenizer, fillModel, undefined),
              };
            } catch {
              canvases[k] = null; // a canvas that cannot be built represents nothing
            }
          }
          return canvases[k];
        };
        for (const test of validTests) {
          let held = false;
          for (let k = 0; k < offerings.length && !held; k++) {
            const at = offering(k);
            const texts = at?.compiled.encode(test.data);
            held = !!(at && texts && writeSlotTexts(at.canvas, texts));
          }
          if (held) result.representable++;
          // else: an offering whose full arrays and slots grow, as generation grows them
          for (let k = 0; k < offerings.length && !held; k++) {
            const at = offering(k);
            const grown = at
              ? grownFor(schema, at.compiled, test.data, offerings[k]!.options, undefined, tokenizer)
              : undefined;
            held = grown !== undefined && holds(grown, test.data);
          }
          if (held) result.representableGrown++;
        }
      }
    }
    cases.push(result);
    onCase?.(result, index, files.length);
  }
  const subsets: Record<string, SubsetSummary> = {};
  for (const subset of [...new Set(cases.map((c) => c.subset))].sort())
    subsets[subset] = summarise(cases.filter((c) => c.subset === subset));
  const reasons = new Map<string, number>();
  for (const c of cases) {
    if (!c.reason) continue;
    const key = c.reason
      .replace(/\(at #[^)]*\)/g, '')
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\/[^/\s]+\//g, '/…/')
      .slice(0, 120);
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const topReasons = [...reasons]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([reason, count]) => ({ reason, count }));
  return { cases, subsets, overall: summarise(cases), topReasons };
}
