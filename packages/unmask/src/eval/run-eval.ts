import { UnmaskError } from '@unmask/core';
import { schemaValidator } from '@unmask/schema';
import { compileTemplate, type SlotValue } from '@unmask/template';
import type { GenerateRequest, Unmask } from '../create-unmask';
import type { RunOptions } from '../options';
import type { EvalCase, EvalUse } from './cases';
import { FIELD_TYPES, type FieldScore, type FieldType, scoreSchemaValue, scoreSlots } from './score';

/** how values are held to the prompt in an evaluation run. */
export type EvalMode = 'free' | 'verbatim' | 'grounded';

export interface EvalOptions
  extends Pick<
    RunOptions,
    'seed' | 'threshold' | 'steps' | 'tokensPerStep' | 'order' | 'maxRenoiseRounds' | 'distinctSpans'
  > {
  cases: readonly EvalCase[];
  unmask: Unmask;
  /** `free`: the model's own language; `verbatim`: strings copied from the prompt; `grounded`: every value found in the prompt or chosen. Default: the SDK's defaults. */
  mode?: EvalMode;
  /** called after each case. */
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

/** one case's outcome. */
export interface CaseResult {
  id: string;
  use: EvalUse;
  domain?: string;
  /** the value (or the template's slots) that came back; undefined after an error. */
  value?: unknown;
  /** the value validates against the case's schema (ajv, the schema's own draft); templates: no error. */
  valid: boolean;
  /** a typed error's code, when the call failed. */
  error?: { code: string; message: string };
  fields: FieldScore[];
  right: number;
  nfe: number;
  ms: number;
}

export interface Rate {
  fields: number;
  right: number;
  /** right / fields, 0 when there are none. */
  rate: number;
}

/** what `runEval` measures. */
export interface EvalReport {
  cases: number;
  mode: EvalMode | 'default';
  /** field exact match over every scored field. */
  overall: Rate;
  byType: Record<FieldType, Rate>;
  byUse: Record<EvalUse, Rate>;
  /** array items pooled over every array field. */
  arrayItems: { precision: number; recall: number; f1: number };
  /** share of cases whose value validates (errors count as invalid). */
  validity: number;
  errors: Record<string, number>;
  nfe: { mean: number; median: number };
  msPerCase: { mean: number; median: number };
  /** the cases with the most wrong fields (at most 10). */
  worst: Array<{
    id: string;
    right: number;
    fields: number;
    wrong: Array<{ pointer: string; expected: unknown; got: unknown }>;
    error?: string;
  }>;
  results: CaseResult[];
}

const rate = (fields: number, right: number): Rate => ({ fields, right, rate: fields ? right / fields : 0 });
const median = (values: number[]) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function modeOptions(mode: EvalMode | undefined): Record<string, unknown> {
  if (mode === 'free') return { grounded: false, verbatim: false };
  if (mode === 'verbatim') return { grounded: false, verbatim: true };
  if (mode === 'grounded') return { grounded: true };
  return {};
}

/** run every case and score it field by field; a failed call is scored as all fields wrong, never skipped. */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const { cases, unmask, mode, onCase } = options;
  const run: RunOptions = {};
  for (const key of [
    'seed',
    'threshold',
    'steps',
    'tokensPerStep',
    'order',
    'maxRenoiseRounds',
    'distinctSpans',
  ] as const)
    if (options[key] !== undefined) (run as Record<string, unknown>)[key] = options[key];
  const results: CaseResult[] = [];
  for (const [index, c] of cases.entries()) {
    const started = performance.now();
    let result: CaseResult;
    const extra = {
      ...modeOptions(mode),
      ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}),
    };
    try {
      if (c.use === 'fill') {
        const filled = await unmask.fill({
          ...run,
          ...extra,
          template: c.template as string,
          ...(c.data ? { data: c.data } : {}),
          prompt: c.prompt,
        } as Parameters<Unmask['fill']>[0]);
        const slots = compileTemplate({
          template: c.template as string,
          ...(c.data ? { data: c.data } : {}),
        }).slots;
        const fields = scoreSlots(
          slots,
          c.expected as Record<string, unknown>,
          filled.slots as Record<string, SlotValue>,
          c.accept,
        );
        result = caseResult(c, filled.slots, true, fields, filled.stats.nfe, started);
      } else {
        const schema = c.schema as Record<string, unknown>;
        const request = {
          ...run,
          ...extra,
          // zod is an optional peer of unmask: loaded only for the cases that ask for it
          schema: c.via === 'zod' ? (await import('zod')).z.fromJSONSchema(schema as never) : schema,
          prompt: c.prompt,
          ...(c.values ? { values: c.values } : {}),
        } as GenerateRequest & RunOptions;
        const generated = await unmask.generate(request);
        const valid = schemaValidator(schema)(generated.value).length === 0;
        const fields = scoreSchemaValue(schema, c.expected, generated.value, c.accept, c.values);
        result = caseResult(c, generated.value, valid, fields, generated.stats.nfe, started);
      }
    } catch (error) {
      if (!UnmaskError.isInstance(error)) throw error;
      const fields =
        c.use === 'fill'
          ? scoreSlots(
              compileTemplate({ template: c.template as string, ...(c.data ? { data: c.data } : {}) }).slots,
              c.expected as Record<string, unknown>,
              {},
              c.accept,
            )
          : scoreSchemaValue(c.schema as Record<string, unknown>, c.expected, undefined, c.accept, c.values);
      for (const field of fields) field.right = false;
      result = {
        ...caseResult(c, undefined, false, fields, 0, started),
        error: { code: error.code, message: error.message },
      };
    }
    results.push(result);
    onCase?.(result, index + 1, cases.length);
  }
  return summarize(results, mode ?? 'default');
}

function caseResult(
  c: EvalCase,
  value: unknown,
  valid: boolean,
  fields: FieldScore[],
  nfe: number,
  started: number,
): CaseResult {
  return {
    id: c.id,
    use: c.use,
    ...(c.domain ? { domain: c.domain } : {}),
    value,
    valid,
    fields,
    right: fields.filter((field) => field.right).length,
    nfe,
    ms: performance.now() - started,
  };
}

/** pool case results into the report. */
export function summarize(results: CaseResult[], mode: EvalMode | 'default'): EvalReport {
  const fields = results.flatMap((result) => result.fields);
  const count = (list: FieldScore[]) => rate(list.length, list.filter((field) => field.right).length);
  const byType = Object.fromEntries(
    FIELD_TYPES.map((type) => [type, count(fields.filter((field) => field.type === type))]),
  ) as Record<FieldType, Rate>;
  const byUse = Object.fromEntries(
    (['generate', 'form', 'fill'] as const).map((use) => [
      use,
      count(results.filter((r) => r.use === use).flatMap((r) => r.fields)),
    ]),
  ) as Record<EvalUse, Rate>;
  let hit = 0;
  let extra = 0;
  let missed = 0;
  for (const field of fields)
    if (field.items) {
      hit += field.items.hit;
      extra += field.items.extra;
      missed += field.items.missed;
    }
  const precision = hit + extra ? hit / (hit + extra) : 0;
  const recall = hit + missed ? hit / (hit + missed) : 0;
  const errors: Record<string, number> = {};
  for (const result of results)
    if (result.error) errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
  const ran = results.filter((result) => !result.error);
  const worst = [...results]
    .sort((a, b) => b.fields.length - b.right - (a.fields.length - a.right) || a.id.localeCompare(b.id))
    .slice(0, 10)
    .map((result) => ({
      id: result.id,
      right: result.right,
      fields: result.fields.length,
      wrong: result.fields
        .filter((field) => !field.right)
        .map(({ pointer, expected, got }) => ({ pointer, expected, got })),
      ...(result.error ? { error: `${result.error.code}: ${result.error.message}` } : {}),
    }));
  return {
    cases: results.length,
    mode,
    overall: count(fields),
    byType,
    byUse,
    arrayItems: {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    },
    validity: results.length ? results.filter((result) => result.valid).length / results.length : 0,
    errors,
    nfe: {
      mean: ran.length ? ran.reduce((s, r) => s + r.nfe, 0) / ran.length : 0,
      median: median(ran.map((r) => r.nfe)),
    },
    msPerCase: {
      mean: results.length ? results.reduce((s, r) => s + r.ms, 0) / results.length : 0,
      median: median(results.map((r) => r.ms)),
    },
    worst,
    results,
  };
}
