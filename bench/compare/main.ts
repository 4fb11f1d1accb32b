/**
 * unmask side by side with the alternatives, on the same model, seeds and machine.
 *
 *   pnpm bench                     every workload, every method (an hour or more on 2 cores)
 *   pnpm bench --quick             a smoke run, under a minute: a few cases each, one process
 *   pnpm bench --only extraction   some workloads (comma-separated); the others are kept from latest.json
 *   pnpm bench --out <dir>         write latest.json, latest-cases.json, the plot and REPORT.md there
 *   pnpm bench --report            only render REPORT.md again from latest.json
 *
 * Writes bench/results/latest.json (figures per workload and method), bench/results/latest-cases.json
 * (every case of every method), bench/results/accuracy-vs-nfe.svg and bench/REPORT.md. A full run
 * runs each (workload, method) in a process of its own, so that its peak RSS is its own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MethodFigures, round, WORKLOADS } from './common';
import type { CaseRun } from './extraction';
import { evaluateTargets, plotSvg, type Results, renderReport } from './report';
import { methodsOf, runTask, type TaskResult } from './tasks';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const reportOnly = argv.includes('--report');
const outDir = option('--out') ?? join(benchDir, 'results');
const reportPath = option('--out') ? join(outDir, 'REPORT.md') : join(benchDir, 'REPORT.md');
const only = option('--only')?.split(',');
/** with --only: run these methods alone, keeping the workload's other methods from latest.json. */
const onlyMethods = option('--methods')?.split(',');
if (onlyMethods && !only) throw new Error('--methods goes with --only <workload>');
const inProcess = quick || argv.includes('--in-process');
for (const name of only ?? [])
  if (!(WORKLOADS as readonly string[]).includes(name)) throw new Error(`--only: no workload ${name}`);

const log = (line: string) => process.stderr.write(`${line}\n`);

function trainingRunning(): boolean {
  try {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .some((line) => /\btrain\.py\b/.test(line) && !line.includes('grep'));
  } catch {
    return false;
  }
}

/** CPU-heavy processes that are not this benchmark's (what else ran beside a measure). */
function othersBusy(own: number[]): string[] {
  try {
    return execFileSync('ps', ['-eo', 'pid=,ppid=,pcpu=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(
        ([pid, ppid, cpu]) => Number(cpu) > 20 && !own.includes(Number(pid)) && !own.includes(Number(ppid)),
      )
      .map(
        ([, , cpu, ...args]) =>
          `${cpu}% ${args
            .join(' ')
            .replace(/^.*--conditions=@unmask\/source /, '')
            .slice(0, 100)}`,
      )
      .filter((line) => !line.includes(' ps -eo'));
  } catch {
    return [];
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: benchDir, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function machine(): Record<string, unknown> {
  return {
    platform: `${platform()} ${release()}`,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain']).length > 0,
  };
}

/** one task in a process of its own (its peak RSS is its own). */
function runIsolated(workload: string, method: string): Promise<TaskResult> {
  const out = join(
    tmpdir(),
    `unmask-bench-${process.pid}-${workload}-${method.replace(/[^\w.-]/g, '_')}.json`,
  );
  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, worker, workload, method, out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${workload}/${method}: worker exited with ${code}`));
      const result = JSON.parse(readFileSync(out, 'utf8')) as TaskResult;
      rmSync(out, { force: true });
      resolve(result);
    });
  });
}

const latestPath = join(outDir, 'latest.json');
const casesPath = join(outDir, 'latest-cases.json');
const svgPath = join(outDir, 'accuracy-vs-nfe.svg');
mkdirSync(outDir, { recursive: true });
const previous: Results | undefined =
  (only || reportOnly) && existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : undefined;
const previousCases: Record<string, Record<string, unknown>> = (only || reportOnly) && existsSync(casesPath)
  ? JSON.parse(readFileSync(casesPath, 'utf8'))
  : {};

const results: Results = {
  machine: machine(),
  quick,
  runs: {},
  workloads: {},
  skipped: {},
};
const detail: Record<string, Record<string, unknown>> = {};
// the workloads not run now are kept from the last run (with when and how they were measured)
if (previous)
  for (const workload of WORKLOADS)
    if (reportOnly || !only?.includes(workload)) {
      if (previous.workloads[workload]) results.workloads[workload] = previous.workloads[workload];
      if (previous.runs[workload]) results.runs[workload] = previous.runs[workload];
      for (const [key, why] of Object.entries(previous.skipped))
        if (key.split('/')[0] === workload) results.skipped[key] = why;
      if (previousCases[workload]) detail[workload] = previousCases[workload];
    }

if (!reportOnly) {
  const started = performance.now();
  for (const workload of WORKLOADS) {
    if (only && !only.includes(workload)) continue;
    const workloadStarted = performance.now();
    const run: Record<string, unknown> = {
      startedAt: new Date().toISOString(),
      loadAverage: round(loadavg()[0], 2),
      trainingRunning: trainingRunning(),
    };
    // --methods: the others are kept from the last run
    const methods: Record<string, MethodFigures> = onlyMethods
      ? { ...(previous?.workloads[workload] ?? {}) }
      : {};
    detail[workload] = onlyMethods ? { ...(previousCases[workload] ?? {}) } : {};
    if (onlyMethods && previous?.runs[workload])
      Object.assign(run, previous.runs[workload], { rerun: onlyMethods });
    for (const method of methodsOf(workload)) {
      if (onlyMethods && !onlyMethods.includes(method)) continue;
      log(`== ${workload} / ${method}`);
      const methodStarted = performance.now();
      const measuredAt = new Date().toISOString();
      const loadAverage = round(loadavg()[0], 2);
      const busyBefore = othersBusy([process.pid]);
      const result = inProcess
        ? await runTask(workload, method, { quick }, log)
        : await runIsolated(workload, method);
      if ('skipped' in result) {
        results.skipped[`${workload}/${method}`] = result.skipped;
        log(`   skipped: ${result.skipped}`);
        continue;
      }
      const busy = [...new Set([...busyBefore, ...othersBusy([process.pid])])];
      methods[method] = {
        ...result.figures,
        wallS: round((performance.now() - methodStarted) / 1000, 1),
        measuredAt,
        loadAverage,
        ...(busy.length ? { othersBusy: busy } : {}),
      };
      if (result.detail) detail[workload]![method] = result.detail;
      log(`   ${JSON.stringify(result.figures).slice(0, 400)}`);
    }
    run.durationS = round((performance.now() - workloadStarted) / 1000, 1);
    run.trainingRunning = run.trainingRunning || trainingRunning();
    run.loadAverageAtEnd = round(loadavg()[0], 2);
    run.isolated = !inProcess;
    results.runs[workload] = run;
    if (Object.keys(methods).length) results.workloads[workload] = methods;
    else delete results.workloads[workload];
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// forward passes of the subsampled full-left-to-right against the others on the same cases
for (const workload of ['extraction', 'templates']) {
  const full = results.workloads[workload]?.['full-left-to-right'];
  const cases = detail[workload] as Record<string, CaseRun[]> | undefined;
  if (!full || !cases?.['full-left-to-right'] || !cases.unmask) continue;
  const ids = new Set(cases['full-left-to-right'].map((c) => c.id));
  const on = (method: string) => (cases[method] ?? []).filter((c) => ids.has(c.id));
  const nfe = (list: CaseRun[]) => (list.length ? list.reduce((s, c) => s + c.nfe, 0) / list.length : 0);
  const accuracy = (list: CaseRun[]) => {
    const fields = list.flatMap((c) => c.fields);
    return fields.length ? fields.filter((f) => f.right).length / fields.length : 0;
  };
  const u = on('unmask');
  full.matched = {
    cases: ids.size,
    unmaskNfePerResult: round(nfe(u), 3),
    unmaskAccuracy: round(accuracy(u), 4),
    leftToRightNfePerResult: round(nfe(on('left-to-right')), 3),
    leftToRightAccuracy: round(accuracy(on('left-to-right')), 4),
    fullNfePerResult: round(nfe(cases['full-left-to-right']), 3),
    fullAccuracy: round(accuracy(cases['full-left-to-right']), 4),
    ratio: round(nfe(cases['full-left-to-right']) / Math.max(1e-9, nfe(u)), 2),
  };
}

// the profile of the slowest schema fills, when `pnpm bench:profile` has written one
const profilePath = join(outDir, 'profile.json');
if (existsSync(profilePath)) results.profile = JSON.parse(readFileSync(profilePath, 'utf8'));

results.targets = evaluateTargets(results);
writeFileSync(latestPath, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(casesPath, `${JSON.stringify(detail)}\n`);
writeFileSync(svgPath, plotSvg(results));
writeFileSync(
  reportPath,
  renderReport(
    results,
    relative(join(reportPath, '..'), svgPath),
    fileURLToPath(new URL('./notes.md', import.meta.url)),
  ),
);
log(`wrote ${latestPath}, ${svgPath} and ${reportPath}`);
for (const target of results.targets)
  log(`${target.met === null ? '  ?' : target.met ? ' ok' : 'NOT'} ${target.target}: ${target.figure}`);
process.exit(0);
