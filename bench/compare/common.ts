/** shared types and small helpers of the comparison benchmark (bench/compare). */

export const WORKLOADS = ['extraction', 'templates', 'schemas', 'scale'] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

/** the threshold variants of unmask that draw the accuracy/speed curve. */
export const THRESHOLDS = [0.5, 0.7, 0.8, 0.95] as const;

/** every figure of one method on one workload; null where it was not measured (the report says why). */
export interface MethodFigures {
  /** results that validate / results asked for (a failed call counts as invalid). */
  validity: number | null;
  /** field exact match (eval/score.ts) where there is a reference. */
  accuracy: number | null;
  /** forward passes per result (every attempt and retry included, failed results too). */
  nfePerResult: number | null;
  /** forward passes per token of the result's text (the value as compact JSON, or the slot values). */
  nfePerToken: number | null;
  /** wall time per result, batch 1, one after the other. */
  p50Ms: number | null;
  p95Ms: number | null;
  /** share of the wall time (batch 1) spent outside the model's forward. */
  overheadShare: number | null;
  /** results per second with batches of 1, 4 and 16 (one batched call per batch). */
  throughput: { '1': number | null; '4': number | null; '16': number | null };
  /** peak resident set size of the process that ran the method. */
  rssMb: number | null;
  /** everything else the method measured (figures of its own, per subset, notes). */
  [extra: string]: unknown;
}

export interface TaskOptions {
  quick: boolean;
  /** where the JSONSchemaBench sample is. */
  dataDir: string;
}

export const quantile = (values: readonly number[], q: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

export const mean = (values: readonly number[]): number | null =>
  values.length ? values.reduce((sum, x) => sum + x, 0) / values.length : null;

export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);

/** rounded to `digits` decimals; null stays null. */
export const round = (value: number | null | undefined, digits = 3): number | null => {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export const emptyThroughput = () => ({ '1': null, '4': null, '16': null }) as MethodFigures['throughput'];

/** the process's peak resident set size so far, in MB. */
export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);

/** a figure set with every common key present (null: not measured). */
export function figures(partial: Partial<MethodFigures>): MethodFigures {
  return {
    validity: null,
    accuracy: null,
    nfePerResult: null,
    nfePerToken: null,
    p50Ms: null,
    p95Ms: null,
    overheadShare: null,
    throughput: emptyThroughput(),
    rssMb: null,
    ...partial,
  };
}
