/**
 * the `extraction` (generate and form cases of eval/real) and `templates` (fill cases) workloads:
 * every method on the same model (the embedded nano model), the same cases, the same seeds.
 *
 * - `unmask`, `unmask@<threshold>`, `left-to-right`: the facade (createUnmask), defaults but the option named.
 * - `unconstrained`: the same canvas (the schema's or template's layout, as compiled without grounding),
 *   every slot's language replaced by any text; the value decoded, each slot parsed (its text in its
 *   own language), the value validated (ajv); on failure the whole canvas is generated again,
 *   at temperature 1 with a new seed, up to 3 retries.
 * - `full-left-to-right`: no structure: one free slot ("{" any line "}" for a value, any text for a
 *   template) as long as the unmask canvas, written one token per step, left to right, by the same
 *   model; then JSON.parse + ajv (templates: matched against the template, each slot parsed); retried
 *   as above.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  anyText,
  type ByteDfa,
  buildCanvas,
  type Canvas,
  canvasText,
  compileConstraint,
  dfaAccepts,
  type FillOutcome,
  fillCanvases,
  formatPrompt,
  type Issue,
  type Layout,
  regex,
  type SampleOptions,
  slot,
  slotIsAbsent,
  slotText,
  UnmaskError,
} from '@unmask/core';
import { loadNanoModel } from '@unmask/model-nano';
import { buildSchemaCanvas, type JsonSchema, prepareSchema, schemaValidator } from '@unmask/schema';
import { compileTemplate, type SlotValue } from '@unmask/template';
import { createUnmask, type RunOptions, type Unmask } from 'unmask';
import { z } from 'zod';
import { type EvalCase, parseCases } from '../../packages/unmask/src/eval/cases';
import { type FieldScore, scoreSchemaValue, scoreSlots } from '../../packages/unmask/src/eval/score';
import { figures, type MethodFigures, mean, peakRssMb, quantile, round, sum } from './common';
import { TimedModel } from './timed-model';

const casesDir = new URL('../../eval/real/', import.meta.url);

/** the realistic set: schema cases (generate, form) or template cases (fill), in file order. */
export function loadCases(kind: 'schema' | 'fill'): EvalCase[] {
  const dir = casesDir.pathname;
  const all = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseCases(readFileSync(join(dir, name), 'utf8'), name));
  return all.filter((c) => (kind === 'fill' ? c.use === 'fill' : c.use !== 'fill'));
}

/** the `n` cheapest cases (shortest prompt and schema), for --quick. */
export function cheapest(cases: EvalCase[], n: number): EvalCase[] {
  const size = (c: EvalCase) => c.prompt.length + JSON.stringify(c.schema ?? c.template).length;
  return [...cases].sort((a, b) => size(a) - size(b) || a.id.localeCompare(b.id)).slice(0, n);
}

/** one case's outcome under one method. */
export interface CaseRun {
  id: string;
  valid: boolean;
  fields: FieldScore[];
  nfe: number;
  /** tokens of the result's text (value as compact JSON; a template's slot texts). */
  tokens: number;
  ms: number;
  forwardMs: number;
  attempts: number;
  error?: string;
}

interface Resolved {
  timed: TimedModel;
  unmask: Unmask;
  tokenizer: Awaited<ReturnType<typeof loadNanoModel>>['tokenizer'];
  promptFormat: string;
  compile: Record<string, unknown>;
}

let resolvedOnce: Promise<Resolved> | undefined;
/** the nano model, wrapped to time its forward passes, and a client on it (loaded once per process). */
export function nano(): Promise<Resolved> {
  resolvedOnce ??= (async () => {
    const loaded = await loadNanoModel();
    const timed = new TimedModel(loaded.model);
    const unmask = createUnmask({
      model: timed,
      tokenizer: loaded.tokenizer,
      promptFormat: loaded.manifest.promptFormat,
      compile: loaded.compile,
    });
    return {
      timed,
      unmask,
      tokenizer: loaded.tokenizer,
      promptFormat: loaded.manifest.promptFormat,
      compile: { ...loaded.compile },
    };
  })();
  return resolvedOnce;
}

const validators = new Map<string, (value: unknown) => Issue[]>();
function validatorOf(c: EvalCase): (value: unknown) => Issue[] {
  let validate = validators.get(c.id);
  if (!validate) validators.set(c.id, (validate = schemaValidator(c.schema as JsonSchema)));
  return validate;
}

const allWrong = (fields: FieldScore[]) => fields.map((field) => ({ ...field, right: false }));

function scoreCase(c: EvalCase, value: unknown, ok: boolean): FieldScore[] {
  if (c.use === 'fill') {
    const slots = compileTemplate({
      template: c.template as string,
      ...(c.data ? { data: c.data } : {}),
    }).slots;
    const fields = scoreSlots(
      slots,
      c.expected as Record<string, unknown>,
      (ok ? value : {}) as Record<string, SlotValue>,
      c.accept,
    );
    return ok ? fields : allWrong(fields);
  }
  const fields = scoreSchemaValue(
    c.schema as Record<string, unknown>,
    c.expected,
    ok ? value : undefined,
    c.accept,
    c.values,
  );
  return ok ? fields : allWrong(fields);
}

const textTokens = (r: Resolved, value: unknown) =>
  value === undefined
    ? 0
    : r.tokenizer.encode(typeof value === 'string' ? value : JSON.stringify(value)).length;

/** a template's result as text for counting tokens: the slot values, joined. */
const slotsText = (slots: Record<string, unknown>) =>
  Object.values(slots)
    .map((v) => String(v))
    .join(' ');

// ---------------------------------------------------------------- the facade's methods

function requestOf(c: EvalCase) {
  const schema = c.via === 'zod' ? z.fromJSONSchema(c.schema as never) : c.schema;
  return {
    schema,
    prompt: c.prompt,
    ...(c.values ? { values: c.values } : {}),
    ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}),
  };
}

function fillRequestOf(c: EvalCase) {
  return {
    template: c.template as string,
    ...(c.data ? { data: c.data } : {}),
    prompt: c.prompt,
    ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}),
  };
}

/** one case through the facade: generate (schema cases) or fill (template cases). */
async function facadeCase(r: Resolved, c: EvalCase, run: RunOptions): Promise<CaseRun> {
  const calls = r.timed.calls;
  const forward = r.timed.forwardMs;
  const started = performance.now();
  let value: unknown;
  let valid = false;
  let error: string | undefined;
  let tokens = 0;
  try {
    if (c.use === 'fill') {
      const filled = await r.unmask.fill({ ...run, ...fillRequestOf(c) });
      value = filled.slots;
      valid = true;
      tokens = textTokens(r, slotsText(filled.slots));
    } else {
      const generated = await r.unmask.generate({ ...run, ...requestOf(c) } as never);
      value = (generated as { value: unknown }).value;
      valid = validatorOf(c)(value).length === 0;
      tokens = textTokens(r, value);
    }
  } catch (caught) {
    if (!UnmaskError.isInstance(caught)) throw caught;
    error = caught.code;
  }
  const ms = performance.now() - started;
  return {
    id: c.id,
    valid,
    fields: scoreCase(c, value, error === undefined),
    nfe: r.timed.calls - calls,
    tokens,
    ms,
    forwardMs: r.timed.forwardMs - forward,
    attempts: 1,
    ...(error ? { error } : {}),
  };
}

/** a batch through the facade: generateMany (schema cases), or concurrent calls. */
async function facadeBatch(r: Resolved, cases: EvalCase[], run: RunOptions, concurrent: boolean) {
  if (!concurrent && cases[0]!.use !== 'fill') {
    try {
      await r.unmask.generateMany({ ...run, requests: cases.map(requestOf) as never });
    } catch (caught) {
      if (!UnmaskError.isInstance(caught)) throw caught;
    }
    return;
  }
  await Promise.all(
    cases.map((c) =>
      (c.use === 'fill'
        ? r.unmask.fill({ ...run, ...fillRequestOf(c) })
        : r.unmask.generate({ ...run, ...requestOf(c) } as never)
      ).catch((caught: unknown) => {
        if (!UnmaskError.isInstance(caught)) throw caught;
      }),
    ),
  );
}

// ---------------------------------------------------------------- the baselines (own loops on core)

/** one attempt's canvas and how to read it. */
interface Attempt {
  canvas: Canvas;
  validate: (filled: Canvas) => Issue[];
  /** the value (or slot values) of a canvas that validated. */
  read: (filled: Canvas) => unknown;
}

/** the most tries of a baseline: the first and 3 retries. */
const MAX_ATTEMPTS = 4;

const dfaCache = new Map<string, ByteDfa>();
function dfaOf(constraint: Parameters<typeof compileConstraint>[0]): ByteDfa {
  const key = JSON.stringify(constraint);
  let dfa = dfaCache.get(key);
  if (!dfa) dfaCache.set(key, (dfa = compileConstraint(constraint)));
  return dfa;
}

/** each slot's text in its own language (absent only where optional), as a parser of the field would check it. */
function slotParseIssues(filled: Canvas, original: Layout): Issue[] {
  const specs = original.segments.filter((segment) => segment.kind === 'slot');
  const issues: Issue[] = [];
  filled.slots.forEach((placed, k) => {
    const spec = specs[k]!;
    if (slotIsAbsent(filled, k)) {
      if (!spec.optional) issues.push({ code: 'parse', path: spec.path, slot: k, message: 'missing' });
      return;
    }
    const text = slotText(filled, k);
    if (!dfaAccepts(dfaOf(spec.constraint), text))
      issues.push({ code: 'parse', path: spec.path, slot: k, message: `not a ${spec.path} value` });
    else
      for (const check of spec.validators ?? []) {
        const message = check(text);
        if (message !== undefined) issues.push({ code: 'validator', path: spec.path, slot: k, message });
      }
    void placed;
  });
  return issues;
}

/** a layout whose slots write any text (their budgets, optionality and places kept). */
const freed = (layout: Layout): Layout => ({
  segments: layout.segments.map((segment) =>
    segment.kind === 'slot' ? { ...segment, constraint: anyText(), validators: [] } : segment,
  ),
});

/** `unconstrained` for a schema case: the canvas the schema compiles to, slots of any text. */
export function unconstrainedSchemaAttempt(r: Resolved, c: EvalCase): Attempt {
  const prepared = prepareSchema(c.schema as JsonSchema, {
    ...r.compile,
    ...(c.values ? { values: c.values } : {}),
  });
  const prompt = formatPrompt(r, c.prompt);
  // the canvas unmask would fill (budgets fitted to the tokenizer), then its languages dropped
  const constrained = buildSchemaCanvas(prepared.compiled.layout, r.tokenizer, r.timed, prompt);
  const fitted = constrained.layout;
  const canvas = buildCanvas({ layout: freed(fitted), tokenizer: r.tokenizer, model: r.timed, prompt });
  const validate = validatorOf(c);
  return {
    canvas,
    validate: (filled) => {
      const issues = slotParseIssues(filled, fitted);
      if (issues.length) return issues;
      let value: unknown;
      try {
        value = prepared.compiled.decode(filled);
      } catch (caught) {
        return [{ code: 'parse', path: '', message: String(caught) }];
      }
      return validate(value);
    },
    read: (filled) => prepared.compiled.decode(filled),
  };
}

/** tokens the canvas of a schema case takes after the prompt (structure and slots, as compiled without grounding). */
function schemaCanvasTokens(r: Resolved, c: EvalCase): number {
  const prepared = prepareSchema(c.schema as JsonSchema, { ...r.compile });
  return buildSchemaCanvas(prepared.compiled.layout, r.tokenizer, r.timed, undefined).ids.length;
}

/** `full-left-to-right` for a schema case: one slot for the whole JSON text. */
export function fullSchemaAttempt(r: Resolved, c: EvalCase): Attempt {
  const prompt = formatPrompt(r, c.prompt);
  const promptTokens = r.tokenizer.encode(prompt).length;
  // as long as the structured canvas, within the model's length once the prompt is in
  const budget = Math.min(schemaCanvasTokens(r, c), r.timed.maxLength - promptTokens);
  const layout: Layout = {
    segments: [slot({ path: '', constraint: regex('\\{[^\\n]*\\}'), maxTokens: budget })],
  };
  const canvas = buildCanvas({ layout, tokenizer: r.tokenizer, model: r.timed, prompt });
  const validate = validatorOf(c);
  const parse = (filled: Canvas) => {
    const value = JSON.parse(slotText(filled, 0)) as unknown;
    // a form's known values are the person's: written over what the model wrote
    return c.values && value && typeof value === 'object' && !Array.isArray(value)
      ? { ...value, ...c.values }
      : value;
  };
  return {
    canvas,
    validate: (filled) => {
      let value: unknown;
      try {
        value = parse(filled);
      } catch {
        return [{ code: 'parse', path: '', slot: 0, message: 'not JSON' }];
      }
      return validate(value).map((issue) => ({ ...issue, slot: 0 }));
    },
    read: parse,
  };
}

/** the regex a template's text must match, one lazy group per slot. */
function templatePattern(layout: Layout): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = layout.segments
    .map((segment) => (segment.kind === 'fixed' ? literal(segment.text) : '([\\s\\S]*?)'))
    .join('');
  return new RegExp(`^${source}$`);
}

/** `unconstrained` for a template case: its canvas, slots of any text. */
export function unconstrainedTemplateAttempt(r: Resolved, c: EvalCase): Attempt {
  const compiled = compileTemplate({ template: c.template as string, ...(c.data ? { data: c.data } : {}) });
  const prompt = formatPrompt(r, c.prompt);
  const canvas = buildCanvas({
    layout: freed(compiled.layout),
    tokenizer: r.tokenizer,
    model: r.timed,
    prompt,
  });
  return {
    canvas,
    validate: (filled) => slotParseIssues(filled, compiled.layout),
    read: (filled) => compiled.render(filled).slots,
  };
}

/** `full-left-to-right` for a template case: one slot for the whole text. */
export function fullTemplateAttempt(r: Resolved, c: EvalCase): Attempt {
  const compiled = compileTemplate({ template: c.template as string, ...(c.data ? { data: c.data } : {}) });
  const prompt = formatPrompt(r, c.prompt);
  const promptTokens = r.tokenizer.encode(prompt).length;
  // as long as the template's canvas, within the model's length once the prompt is in
  const templateCanvas = buildCanvas({ layout: compiled.layout, tokenizer: r.tokenizer, model: r.timed });
  const budget = Math.min(templateCanvas.ids.length, r.timed.maxLength - promptTokens);
  const canvas = buildCanvas({
    layout: { segments: [slot({ path: '', constraint: anyText(), maxTokens: budget })] },
    tokenizer: r.tokenizer,
    model: r.timed,
    prompt,
  });
  const pattern = templatePattern(compiled.layout);
  const specs = compiled.layout.segments.filter((segment) => segment.kind === 'slot');
  /** the slot texts, or an issue. */
  const match = (filled: Canvas): string[] | string => {
    const found = pattern.exec(slotText(filled, 0));
    if (!found) return 'the text does not follow the template';
    const texts = found.slice(1);
    for (const [k, spec] of specs.entries()) {
      const text = texts[k]!;
      if (text === '' && spec.optional) continue;
      if (!dfaAccepts(dfaOf(spec.constraint), text)) return `slot ${spec.path}: not in its language`;
      for (const check of spec.validators ?? []) if (check(text) !== undefined) return `slot ${spec.path}`;
    }
    return texts;
  };
  return {
    canvas,
    validate: (filled) => {
      const found = match(filled);
      return typeof found === 'string' ? [{ code: 'parse', path: '', slot: 0, message: found }] : [];
    },
    read: (filled) => {
      const texts = match(filled) as string[];
      const slots: Record<string, SlotValue> = {};
      for (const [k, text] of texts.entries())
        if (!(text === '' && specs[k]!.optional)) slots[compiled.slots[k]!.name] = compiled.convert(k, text);
      return slots;
    },
  };
}

type AttemptOf = (r: Resolved, c: EvalCase) => Attempt;

/**
 * generate, validate, retry: every case's canvas filled (batched: one forward per step for all),
 * the failures generated again (temperature 1, a new seed), at most MAX_ATTEMPTS tries in all.
 */
async function attemptLoop(
  r: Resolved,
  cases: EvalCase[],
  attemptOf: AttemptOf,
  sampling: SampleOptions,
  /** the most tries (the first and the retries). */
  tries: number,
): Promise<
  Array<{ value: unknown; ok: boolean; nfe: number; attempts: number; text: string; error?: string }>
> {
  const state = cases.map(() => ({
    value: undefined as unknown,
    ok: false,
    nfe: 0,
    attempts: 0,
    error: '',
    text: '',
  }));
  for (let attempt = 0; attempt < tries; attempt++) {
    const pending = state.flatMap((s, k) => (s.ok || (s.error && s.attempts === 0) ? [] : [k]));
    if (pending.length === 0) break;
    const attempts: Array<Attempt | undefined> = pending.map((k) => {
      try {
        return attemptOf(r, cases[k]!);
      } catch (caught) {
        if (!UnmaskError.isInstance(caught)) throw caught;
        state[k]!.error = caught.code;
        return undefined;
      }
    });
    const live = pending.flatMap((k, i) => (attempts[i] ? [{ k, attempt: attempts[i]! }] : []));
    if (live.length === 0) break;
    let outcomes: FillOutcome[];
    try {
      outcomes = await fillCanvases({
        ...sampling,
        model: r.timed,
        jobs: live.map(({ attempt: a }) => ({ canvas: a.canvas, validate: a.validate })),
        maxRenoiseRounds: 0,
        ...(attempt > 0 ? { temperature: 1, seed: attempt } : { seed: 0 }),
      });
    } catch (caught) {
      if (!UnmaskError.isInstance(caught)) throw caught;
      for (const { k } of live) state[k]!.error = caught.code;
      break;
    }
    for (const [i, outcome] of outcomes.entries()) {
      const { k, attempt: a } = live[i]!;
      const s = state[k]!;
      s.attempts++;
      s.nfe += outcome.stats.nfe;
      s.text = canvasText(outcome.canvas);
      if (process.env.BENCH_DEBUG) process.stderr.write(`attempt ${attempt}: ${s.text}\n`);
      if (outcome.ok) {
        s.ok = true;
        s.error = '';
        s.value = a.read(outcome.canvas);
      } else s.error = 'invalid';
    }
  }
  return state.map((s) => ({
    value: s.value,
    ok: s.ok,
    nfe: s.nfe,
    attempts: s.attempts,
    text: s.text,
    ...(s.ok ? {} : { error: s.error || 'invalid' }),
  }));
}

async function baselineCase(
  r: Resolved,
  c: EvalCase,
  attemptOf: AttemptOf,
  sampling: SampleOptions,
  quick: boolean,
): Promise<CaseRun> {
  const forward = r.timed.forwardMs;
  const started = performance.now();
  const [result] = await attemptLoop(r, [c], attemptOf, sampling, quick ? 1 : MAX_ATTEMPTS);
  const ms = performance.now() - started;
  const { value, ok, nfe, attempts, error, text } = result!;
  const valid = ok && (c.use === 'fill' || validatorOf(c)(value).length === 0);
  return {
    id: c.id,
    valid,
    fields: scoreCase(c, value, ok),
    nfe,
    // the result's text; a failed one: what the last attempt wrote
    tokens: ok
      ? textTokens(r, c.use === 'fill' ? slotsText(value as Record<string, unknown>) : value)
      : textTokens(r, text),
    ms,
    forwardMs: r.timed.forwardMs - forward,
    attempts,
    ...(error ? { error } : {}),
  };
}

// ---------------------------------------------------------------- methods and the run

export interface MethodSpec {
  /** cases per run: every case, or every n-th (the costly baselines in a full run). */
  every?: number;
  /** how its throughput was measured, when not as the others'. */
  throughputNote?: string;
  /** throughput from batched calls only (no concurrent single calls). */
  batchedOnly?: boolean;
  one(r: Resolved, c: EvalCase): Promise<CaseRun>;
  /** a batch of cases at once; `concurrent`: concurrent single calls instead of one batched call. */
  batch?(r: Resolved, cases: EvalCase[], concurrent: boolean): Promise<void>;
}

export function methodsFor(kind: 'schema' | 'fill', quick: boolean): Record<string, MethodSpec> {
  const facade = (run: RunOptions): MethodSpec => ({
    one: (r, c) => facadeCase(r, c, run),
    batch: (r, cases, concurrent) => facadeBatch(r, cases, run, concurrent),
  });
  const baseline = (
    attemptOf: AttemptOf,
    sampling: SampleOptions,
    { every, throughputTries = MAX_ATTEMPTS }: { every?: number; throughputTries?: number } = {},
  ): MethodSpec => ({
    ...(every ? { every } : {}),
    ...(throughputTries !== MAX_ATTEMPTS
      ? {
          throughputNote: `throughput of ${throughputTries} try per request, batched calls only`,
          batchedOnly: true,
        }
      : {}),
    one: (r, c) => baselineCase(r, c, attemptOf, sampling, quick),
    batch: async (r, cases, concurrent) => {
      const tries = quick ? 1 : throughputTries;
      if (concurrent) await Promise.all(cases.map((c) => attemptLoop(r, [c], attemptOf, sampling, tries)));
      else await attemptLoop(r, cases, attemptOf, sampling, tries);
    },
  });
  const schema = kind === 'schema';
  return {
    unmask: facade({}),
    ...Object.fromEntries(
      [0.5, 0.7, 0.8, 0.95].map((threshold) => [`unmask@${threshold}`, facade({ threshold })]),
    ),
    'left-to-right': facade({ order: 'left-to-right' }),
    // the costly one (about 130 forward passes a try, 4 tries when every try fails): a sample
    // of the cases, and its throughput from one try per request
    'full-left-to-right': baseline(
      schema ? fullSchemaAttempt : fullTemplateAttempt,
      { order: 'left-to-right' },
      { ...(quick ? {} : { every: schema ? 8 : 4 }), throughputTries: 1 },
    ),
    unconstrained: baseline(schema ? unconstrainedSchemaAttempt : unconstrainedTemplateAttempt, {}),
  };
}

/** the replayed forward time of the shapes a method used: the model alone, no SDK around it. */
async function rawForwardMs(r: Resolved, shapes: Map<string, number>, limit: number): Promise<number> {
  const entries = [...shapes].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const covered = sum(entries.map(([, count]) => count));
  const all = sum([...shapes.values()]);
  let total = 0;
  for (const [key, count] of entries) {
    const [batch, length] = key.split('x').map(Number) as [number, number];
    const ids = new Int32Array(batch * length).fill(r.timed.maskTokenId);
    const started = performance.now();
    await r.timed.inner.forward({ ids, batch, length });
    total += (performance.now() - started) * count;
  }
  // the shapes not replayed, at the mean of those that were
  return covered ? (total * all) / covered : 0;
}

export interface ExtractionRun {
  figures: MethodFigures;
  cases: CaseRun[];
}

/** one method over the workload's cases, then its throughput runs. */
export async function runExtractionMethod(
  kind: 'schema' | 'fill',
  method: string,
  quick: boolean,
  log: (line: string) => void,
): Promise<ExtractionRun> {
  const spec = methodsFor(kind, quick)[method];
  if (!spec) throw new Error(`no method ${method} for ${kind === 'schema' ? 'extraction' : 'templates'}`);
  const r = await nano();
  const all = loadCases(kind);
  const cases = quick ? cheapest(all, 1) : all.filter((_, k) => k % (spec.every ?? 1) === 0);
  // warm-up, untimed: V8, the constraint caches, onnxruntime's first runs (--quick: the facade's, once)
  await (quick ? methodsFor(kind, quick).unmask! : spec).one(r, cheapest(all, 1)[0]!);
  r.timed.reset();
  const runs: CaseRun[] = [];
  for (const [k, c] of cases.entries()) {
    const run = await spec.one(r, c);
    runs.push(run);
    if (!quick)
      log(
        `${method} ${k + 1}/${cases.length} ${c.id}: ${run.valid ? 'valid' : `invalid (${run.error})`}, ${run.fields.filter((f) => f.right).length}/${run.fields.length}, nfe ${run.nfe}, ${run.ms.toFixed(0)} ms`,
      );
  }
  const shapes = new Map(r.timed.shapes);
  const fields = runs.flatMap((run) => run.fields);
  const wall = sum(runs.map((run) => run.ms));
  const forward = sum(runs.map((run) => run.forwardMs));
  const raw = await rawForwardMs(r, shapes, quick ? 4 : 60);
  // throughput: 16 requests (the first cases, cycled) in batches of 1, 4, 16; quick: one batch each, unmask only
  const throughput: MethodFigures['throughput'] = { '1': null, '4': null, '16': null };
  const concurrent: MethodFigures['throughput'] = { '1': null, '4': null, '16': null };
  // the threshold variants draw the accuracy curve only: no throughput runs
  const measureThroughput = spec.batch && (quick ? method === 'unmask' : !method.startsWith('unmask@'));
  if (measureThroughput) {
    // cases that ended in a typed error (canvas-too-long) are left out: a batch fails as a whole on them
    const failed = new Set(runs.flatMap((run) => (run.error && run.error !== 'invalid' ? [run.id] : [])));
    const pool = quick
      ? cheapest(all, 1)
      : all.filter((c, k) => k % 4 === 0 && !failed.has(c.id)).slice(0, 16);
    for (const size of [1, 4, 16] as const) {
      const total = quick ? size : 16;
      const requests = Array.from({ length: total }, (_, k) => pool[k % pool.length]!);
      for (const mode of quick || spec.batchedOnly
        ? (['batched'] as const)
        : (['batched', 'concurrent'] as const)) {
        // fill() has no batched call: its figure is the concurrent one (--quick: measured as batched)
        const facadeFill = kind === 'fill' && (method.startsWith('unmask') || method === 'left-to-right');
        if (mode === 'batched' && facadeFill && !quick) continue;
        const started = performance.now();
        for (let at = 0; at < requests.length; at += size)
          await spec.batch!(r, requests.slice(at, at + size), mode === 'concurrent');
        const perSecond = round(total / ((performance.now() - started) / 1000), 3);
        (mode === 'batched' ? throughput : concurrent)[size] = perSecond;
        log(`${method} throughput ${mode} batch ${size}: ${perSecond}/s`);
      }
    }
    if (kind === 'fill' && !quick && (method.startsWith('unmask') || method === 'left-to-right'))
      Object.assign(throughput, concurrent);
  }
  const ms = runs.map((run) => run.ms);
  return {
    figures: figures({
      validity: round(runs.filter((run) => run.valid).length / runs.length, 4),
      // of the results that came back (a typed error, e.g. canvas-too-long, is no result)
      validityOfReturned: round(
        runs.filter((run) => run.valid).length /
          Math.max(1, runs.filter((run) => !run.error || run.error === 'invalid').length),
        4,
      ),
      accuracy: round(fields.filter((f) => f.right).length / Math.max(1, fields.length), 4),
      nfePerResult: round(mean(runs.map((run) => run.nfe)), 3),
      nfePerToken: round(
        sum(runs.map((run) => run.nfe)) / Math.max(1, sum(runs.map((run) => run.tokens))),
        4,
      ),
      p50Ms: round(quantile(ms, 0.5), 1),
      p95Ms: round(quantile(ms, 0.95), 1),
      overheadShare: round(wall > 0 ? (wall - forward) / wall : null, 4),
      throughput,
      rssMb: peakRssMb(),
      throughputConcurrent: concurrent,
      cases: runs.length,
      fields: fields.length,
      meanMs: round(mean(ms), 1),
      forwardMsPerResult: round(forward / runs.length, 1),
      rawForwardMsPerResult: round(raw / runs.length, 1),
      attemptsPerResult: round(mean(runs.map((run) => run.attempts)), 3),
      errors: Object.fromEntries(
        [...new Set(runs.flatMap((run) => (run.error ? [run.error] : [])))].map((code) => [
          code,
          runs.filter((run) => run.error === code).length,
        ]),
      ),
      ...(spec.every ? { sample: `every ${spec.every}th case (${runs.length} of ${all.length})` } : {}),
      ...(spec.throughputNote ? { throughputNote: spec.throughputNote } : {}),
    }),
    cases: runs,
  };
}
