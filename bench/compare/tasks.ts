import type { MethodFigures } from './common';
import { runExtractionMethod } from './extraction';
import { runScale } from './scale';
import { defaultDataDir, hasSchemaData, runSchemasUnmask, runSchemasXGrammar } from './schemas';

export type TaskResult =
  | {
      figures: MethodFigures;
      /** per-case detail (kept out of latest.json). */
      detail?: unknown;
    }
  | { skipped: string };

export const EXTRACTION_METHODS = [
  'unmask',
  'unmask@0.5',
  'unmask@0.7',
  'unmask@0.8',
  'unmask@0.95',
  'left-to-right',
  'full-left-to-right',
  'unconstrained',
] as const;

/** which methods each workload runs, in order. */
export function methodsOf(workload: string): string[] {
  switch (workload) {
    case 'extraction':
    case 'templates':
      return [...EXTRACTION_METHODS];
    case 'schemas':
      return ['unmask', 'xgrammar'];
    case 'scale':
      return ['unmask'];
    default:
      throw new Error(`no workload ${workload}`);
  }
}

export interface TaskContext {
  quick: boolean;
  dataDir?: string;
}

export async function runTask(
  workload: string,
  method: string,
  { quick, dataDir = process.env.UNMASK_BENCH_DATA ?? defaultDataDir }: TaskContext,
  log: (line: string) => void,
): Promise<TaskResult> {
  switch (workload) {
    case 'extraction':
    case 'templates': {
      const run = await runExtractionMethod(
        workload === 'extraction' ? 'schema' : 'fill',
        method,
        quick,
        log,
      );
      return { figures: run.figures, detail: run.cases };
    }
    case 'schemas': {
      if (!hasSchemaData(dataDir)) return { skipped: `no JSONSchemaBench sample at ${dataDir}` };
      if (method === 'unmask') {
        const run = await runSchemasUnmask(dataDir, quick, log);
        return { figures: run.figures, detail: run.cases };
      }
      const run = await runSchemasXGrammar(dataDir, quick, log);
      if ('error' in run) return { skipped: run.error };
      return { figures: run.figures, detail: run.cases };
    }
    case 'scale':
      return { figures: await runScale(quick, log) };
    default:
      throw new Error(`no workload ${workload}`);
  }
}
