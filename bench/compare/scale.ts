/**
 * the `scale` workload: canvases of growing size (10 to 2,000 slots: a flat object of string,
 * integer and enum properties, all required), filled by the uniform-random model through
 * generateObject (defaults, growth off so the canvas keeps its size). A recording model notes,
 * for every forward pass, the masked positions it was given and when it started and ended: the
 * SDK's time for a step is the gap between one forward's end and the next one's start (the
 * sampler's work on the masked positions the first was given).
 */
import type { DenoisingModel, ForwardInput, ForwardOutput } from '@unmask/core';
import { buildSchemaCanvas, generateObject, type JsonSchema, prepareJsonSchema } from '@unmask/schema';
import { figures, type MethodFigures, mean, peakRssMb, quantile, round, sum } from './common';
import { schemaTokenizer, uniformModel } from './schemas';

class StepRecorder implements DenoisingModel {
  readonly specificationVersion = 'v1' as const;
  readonly modelId: string;
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  readonly maxLength: number;
  steps: Array<{ masked: number; start: number; end: number }> = [];
  constructor(private readonly inner: DenoisingModel) {
    this.modelId = inner.modelId;
    this.vocabSize = inner.vocabSize;
    this.maskTokenId = inner.maskTokenId;
    this.padTokenId = inner.padTokenId;
    this.maxLength = inner.maxLength;
  }
  async forward(input: ForwardInput): Promise<ForwardOutput> {
    let masked = 0;
    for (let i = 0; i < input.ids.length; i++) if (input.ids[i] === this.maskTokenId) masked++;
    const start = performance.now();
    const output = await this.inner.forward(input);
    this.steps.push({ masked, start, end: performance.now() });
    return output;
  }
  dispose() {}
}

/** a flat object of `slots` required properties: strings, integers and enums in turn. */
export function scaleSchema(slots: number): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (let k = 0; k < slots; k++)
    properties[`p${k}`] =
      k % 3 === 0
        ? { type: 'string', maxLength: 12 }
        : k % 3 === 1
          ? { type: 'integer', minimum: 0, maximum: 99999 }
          : { enum: ['pending', 'shipped', 'delivered', 'cancelled'] };
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

/** least-squares slope of log(y) against log(x). */
function logSlope(points: Array<[number, number]>): number | null {
  const usable = points.filter(([x, y]) => x > 0 && y > 0);
  if (usable.length < 2) return null;
  const xs = usable.map(([x]) => Math.log(x));
  const ys = usable.map(([, y]) => Math.log(y));
  const mx = mean(xs)!;
  const my = mean(ys)!;
  const sxx = sum(xs.map((x) => (x - mx) ** 2));
  return sxx ? sum(xs.map((x, k) => (x - mx) * (ys[k]! - my))) / sxx : null;
}

export async function runScale(quick: boolean, log: (line: string) => void): Promise<MethodFigures> {
  const sizes = quick ? [10, 30, 100] : [10, 30, 100, 300, 1000, 2000];
  const tokenizer = schemaTokenizer();
  const recorder = new StepRecorder(uniformModel(tokenizer));
  // warm-up: V8 and the constraint caches (the same languages at every size)
  await generateObject({ model: recorder, tokenizer, schema: scaleSchema(30), growRounds: 0 });
  const points: Array<Record<string, number | null | boolean>> = [];
  const pairs: Array<[number, number]> = [];
  const firstSteps: Array<[number, number]> = [];
  let valid = 0;
  const totals: number[] = [];
  let forwardTotal = 0;
  let wallTotal = 0;
  let nfeTotal = 0;
  let tokensTotal = 0;
  for (const size of sizes) {
    const schema = scaleSchema(size);
    const compileStarted = performance.now();
    const prepared = prepareJsonSchema(schema);
    const compileMs = performance.now() - compileStarted;
    const canvasStarted = performance.now();
    const canvas = buildSchemaCanvas(prepared.compiled.layout, tokenizer, recorder, undefined);
    const canvasMs = performance.now() - canvasStarted;
    recorder.steps = [];
    const started = performance.now();
    let ok = false;
    let value: unknown;
    try {
      const result = await generateObject({ model: recorder, tokenizer, schema, growRounds: 0, seed: 0 });
      value = result.value;
      ok = true;
    } catch {
      ok = false;
    }
    const ended = performance.now();
    const steps = recorder.steps;
    const stepMs: number[] = [];
    for (let k = 0; k < steps.length; k++) {
      const next = k + 1 < steps.length ? steps[k + 1]!.start : undefined;
      if (next === undefined) continue; // the last step's work runs into validation and decoding
      const ms = next - steps[k]!.end;
      stepMs.push(ms);
      pairs.push([steps[k]!.masked, ms]);
    }
    const forward = sum(steps.map((s) => s.end - s.start));
    if (ok) valid++;
    totals.push(ended - started);
    forwardTotal += forward;
    wallTotal += ended - started;
    nfeTotal += steps.length;
    tokensTotal += ok ? tokenizer.encode(JSON.stringify(value)).length : 0;
    const first = stepMs[0] ?? null;
    if (first !== null) firstSteps.push([steps[0]!.masked, first]);
    const point = {
      slots: size,
      positions: canvas.ids.length,
      maskedAtStart: steps[0]?.masked ?? null,
      valid: ok,
      compileMs: round(compileMs, 2),
      canvasMs: round(canvasMs, 2),
      fillMs: round(ended - started, 1),
      setupMs: round(steps.length ? steps[0]!.start - started : null, 2),
      forwards: steps.length,
      forwardMs: round(forward, 1),
      firstStepMs: round(first, 3),
      medianStepMs: round(quantile(stepMs, 0.5), 3),
      usPerMaskedPosition: round(
        first !== null && steps[0]!.masked ? (1000 * first) / steps[0]!.masked : null,
        3,
      ),
    };
    points.push(point);
    log(`scale ${size} slots: ${JSON.stringify(point)}`);
  }
  const slope = logSlope(pairs);
  const firstSlope = logSlope(firstSteps);
  return figures({
    validity: round(valid / sizes.length, 4),
    nfePerResult: round(nfeTotal / sizes.length, 2),
    nfePerToken: round(nfeTotal / Math.max(1, tokensTotal), 4),
    p50Ms: round(quantile(totals, 0.5), 1),
    p95Ms: round(quantile(totals, 0.95), 1),
    overheadShare: round(wallTotal > 0 ? (wallTotal - forwardTotal) / wallTotal : null, 4),
    rssMb: peakRssMb(),
    points,
    stepSlope: round(slope, 3),
    firstStepSlope: round(firstSlope, 3),
    note: 'stepSlope: least-squares slope of log(SDK ms per step) on log(masked positions), every step of every size; 1 is linear',
  });
}
