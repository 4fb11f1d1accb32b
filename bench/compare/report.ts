/** bench/REPORT.md and its plot, from bench/results/latest.json. */
import { existsSync, readFileSync } from 'node:fs';
import type { MethodFigures } from './common';

export interface Results {
  machine: Record<string, unknown>;
  quick: boolean;
  runs: Record<string, Record<string, unknown>>;
  workloads: Record<string, Record<string, MethodFigures>>;
  skipped: Record<string, string>;
  targets?: Target[];
  /** the CPU profile of the slowest schema fills (bench/compare/profile.ts). */
  profile?: { summary: string; [key: string]: unknown };
}

export interface Target {
  target: string;
  met: boolean | null;
  figure: string;
}

const pct = (x: unknown, digits = 1) => (typeof x === 'number' ? `${(100 * x).toFixed(digits)} %` : '–');
const num = (x: unknown, digits = 2) => (typeof x === 'number' ? x.toFixed(digits) : '–');
const ms = (x: unknown) =>
  typeof x === 'number' ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–';

const fig = (results: Results, workload: string, method: string): MethodFigures | undefined =>
  results.workloads[workload]?.[method];

/** the targets of issue 24, each met or not, with its figure (null: not measured). */
export function evaluateTargets(results: Results): Target[] {
  const targets: Target[] = [];
  const unmaskValidity = Object.entries(results.workloads)
    .filter(([, methods]) => methods.unmask)
    .map(([workload, methods]) => {
      const f = methods.unmask!;
      const returned = f.validityOfReturned as number | undefined;
      const errors = Object.entries((f.errors ?? {}) as Record<string, number>);
      return `${workload} ${pct(f.validity)}${returned !== undefined && returned !== f.validity ? ` (${pct(returned)} of the values returned${errors.length ? `; no value: ${errors.map(([code, n]) => `${n} × ${code}`).join(', ')}` : ''})` : ''}`;
    });
  targets.push({
    target: 'unmask validity 100 % on every workload',
    met: unmaskValidity.length
      ? Object.values(results.workloads).every((methods) => !methods.unmask || methods.unmask.validity === 1)
      : null,
    figure: unmaskValidity.join(', ') || 'not measured',
  });
  const ex = (method: string) => fig(results, 'extraction', method);
  const u = ex('unmask');
  const ltr = ex('left-to-right');
  const full = ex('full-left-to-right');
  if (u && full) {
    const matched = full.matched as { unmaskNfePerResult: number; ratio: number; cases: number } | undefined;
    const ratio = matched?.ratio ?? (full.nfePerResult ?? 0) / (u.nfePerResult || 1);
    targets.push({
      target: 'extraction: forward passes per result ≥ 10x fewer than full-left-to-right',
      met: ratio >= 10,
      figure: `${num(ratio, 1)}x (full-left-to-right ${num(full.nfePerResult, 1)}, unmask ${num(matched?.unmaskNfePerResult ?? u.nfePerResult, 2)} on the same ${matched?.cases ?? ''} cases)`,
    });
  }
  if (u && ltr) {
    const ratio = (ltr.nfePerResult ?? 0) / (u.nfePerResult || 1);
    const drop = (ltr.accuracy ?? 0) - (u.accuracy ?? 0);
    targets.push({
      target: 'extraction: ≥ 4x fewer forward passes than left-to-right',
      met: ratio >= 4,
      figure: `${num(ratio, 1)}x (left-to-right ${num(ltr.nfePerResult, 1)}, unmask ${num(u.nfePerResult, 2)})`,
    });
    targets.push({
      target: 'extraction: accuracy no more than 1 point below left-to-right',
      met: drop <= 0.01,
      figure: `unmask ${pct(u.accuracy)}, left-to-right ${pct(ltr.accuracy)} (${drop > 0 ? '-' : '+'}${(100 * Math.abs(drop)).toFixed(1)} points)`,
    });
  }
  for (const workload of ['extraction', 'templates']) {
    const w = fig(results, workload, 'unmask');
    if (w)
      targets.push({
        target: `${workload}: overhead < 10 % of wall time at batch 1`,
        met: w.overheadShare !== null ? w.overheadShare < 0.1 : null,
        figure: `${pct(w.overheadShare)} outside the model's forward`,
      });
  }
  for (const workload of ['extraction', 'templates']) {
    const w = fig(results, workload, 'unmask');
    const free = fig(results, workload, 'unconstrained');
    if (w && free && typeof w.meanMs === 'number' && typeof free.meanMs === 'number') {
      const ratio = w.meanMs / free.meanMs;
      targets.push({
        target: `${workload}: constrained / unconstrained wall time ≤ 1.1`,
        met: ratio <= 1.1,
        figure: `${num(ratio, 2)} (unmask ${ms(w.meanMs)} ms, unconstrained ${ms(free.meanMs)} ms per result, mean)`,
      });
    }
  }
  for (const workload of ['extraction', 'templates', 'schemas']) {
    const w = fig(results, workload, 'unmask');
    if (w?.throughput['1'] && w.throughput['16']) {
      const ratio = w.throughput['16'] / w.throughput['1'];
      const concurrent = w.throughputConcurrent as MethodFigures['throughput'] | undefined;
      targets.push({
        target: `${workload}: throughput at batch 16 ≥ 3x batch 1`,
        met: ratio >= 3,
        figure: `${num(ratio, 2)}x (${num(w.throughput['1'])} → ${num(w.throughput['16'])} results/s${concurrent?.['16'] && concurrent['1'] ? `; concurrent generate(): ${num(concurrent['16'] / concurrent['1'], 2)}x` : ''})`,
      });
    }
  }
  const su = fig(results, 'schemas', 'unmask');
  const sx = fig(results, 'schemas', 'xgrammar');
  if (su && sx) {
    const ratio = (sx.compileP50Ms as number) / (su.compileP50Ms as number);
    targets.push({
      target: 'schemas: compile p50 ≥ 10x below XGrammar',
      met: ratio >= 10,
      figure: `${num(ratio, 1)}x (unmask ${ms(su.compileP50Ms)} ms, XGrammar ${ms(sx.compileP50Ms)} ms; unmask with the canvas: ${ms(su.compilePlusCanvasP50Ms)} ms)`,
    });
  } else if (su)
    targets.push({
      target: 'schemas: compile p50 ≥ 10x below XGrammar',
      met: null,
      figure: `XGrammar not measured (${results.skipped['schemas/xgrammar'] ?? 'see below'})`,
    });
  if (su)
    targets.push({
      target: 'schemas: SDK fill time p99 ≤ 5 s on the sample',
      met: typeof su.fillP99Ms === 'number' ? su.fillP99Ms <= 5000 : null,
      figure: `p99 ${ms(su.fillP99Ms)} ms (p50 ${ms(su.fillP50Ms)} ms, max ${ms(su.fillMaxMs)} ms); without the uniform model's own forward: p99 ${ms(su.sdkFillP99Ms)} ms, p50 ${ms(su.sdkFillP50Ms)} ms`,
    });
  const sc = fig(results, 'scale', 'unmask');
  if (sc)
    targets.push({
      target: 'scale: per-step time grows no faster than linearly in masked positions',
      met: typeof sc.stepSlope === 'number' ? sc.stepSlope <= 1.1 : null,
      figure: `log-log slope ${num(sc.stepSlope, 2)} over every step (first steps alone: ${num(sc.firstStepSlope, 2)}); met when ≤ 1.1`,
    });
  return targets;
}

/** accuracy against forward passes per result, one panel per workload with a reference. */
export function plotSvg(results: Results): string {
  const panels = ['extraction', 'templates'].filter((w) => results.workloads[w]);
  const width = 460;
  const height = 320;
  const margin = { left: 56, right: 16, top: 30, bottom: 44 };
  const colours: Record<string, string> = {
    unmask: '#1f77b4',
    'left-to-right': '#d62728',
    'full-left-to-right': '#9467bd',
    unconstrained: '#2ca02c',
  };
  const parts: string[] = [];
  panels.forEach((workload, panel) => {
    const methods = Object.entries(results.workloads[workload]!).filter(
      ([, f]) => typeof f.accuracy === 'number' && typeof f.nfePerResult === 'number' && f.nfePerResult > 0,
    );
    const ox = panel * width;
    const xs = methods.map(([, f]) => f.nfePerResult as number);
    const lo = Math.log10(Math.max(0.5, Math.min(...xs, 1)));
    const hi = Math.log10(Math.max(...xs, 10)) + 0.1;
    const ys = methods.map(([, f]) => f.accuracy as number);
    const yMax = Math.min(1, Math.max(0.1, ...ys) + 0.05);
    const px = (x: number) =>
      ox + margin.left + ((Math.log10(x) - lo) / (hi - lo)) * (width - margin.left - margin.right);
    const py = (y: number) => margin.top + (1 - y / yMax) * (height - margin.top - margin.bottom);
    parts.push(
      `<text x="${ox + width / 2}" y="18" text-anchor="middle" font-weight="bold">${workload}</text>`,
      `<line x1="${ox + margin.left}" y1="${py(0)}" x2="${ox + width - margin.right}" y2="${py(0)}" stroke="#333"/>`,
      `<line x1="${ox + margin.left}" y1="${py(0)}" x2="${ox + margin.left}" y2="${py(yMax)}" stroke="#333"/>`,
      `<text x="${ox + width / 2}" y="${height - 8}" text-anchor="middle">forward passes per result (log)</text>`,
      `<text x="${ox + 14}" y="${height / 2}" text-anchor="middle" transform="rotate(-90 ${ox + 14} ${height / 2})">field exact match</text>`,
    );
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e++)
      for (const m of [1, 2, 5]) {
        const x = m * 10 ** e;
        if (Math.log10(x) < lo || Math.log10(x) > hi) continue;
        parts.push(
          `<line x1="${px(x)}" y1="${py(0)}" x2="${px(x)}" y2="${py(0) + 4}" stroke="#333"/>`,
          `<text x="${px(x)}" y="${py(0) + 16}" text-anchor="middle" font-size="10">${x}</text>`,
        );
      }
    for (let y = 0; y <= yMax + 1e-9; y += yMax > 0.5 ? 0.2 : 0.1)
      parts.push(
        `<text x="${ox + margin.left - 6}" y="${py(y) + 3}" text-anchor="end" font-size="10">${Math.round(y * 100)}%</text>`,
        `<line x1="${ox + margin.left}" y1="${py(y)}" x2="${ox + width - margin.right}" y2="${py(y)}" stroke="#ddd"/>`,
      );
    // the threshold curve: unmask at each threshold, by forward passes
    const curve = methods
      .filter(([name]) => name === 'unmask' || name.startsWith('unmask@'))
      .map(([, f]) => [f.nfePerResult as number, f.accuracy as number] as const)
      .sort((a, b) => a[0] - b[0]);
    if (curve.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${colours.unmask}" stroke-width="1.5" points="${curve.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const [name, f] of methods) {
      const colour = colours[name.split('@')[0]!] ?? '#555';
      const x = px(f.nfePerResult as number);
      const y = py(f.accuracy as number);
      const label = name.startsWith('unmask@') ? name.slice(6) : name;
      parts.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${name.startsWith('unmask@') ? 3 : 5}" fill="${colour}"/>`,
        `<text x="${(x + 7).toFixed(1)}" y="${(y - 5).toFixed(1)}" font-size="10" fill="${colour}">${label}</text>`,
      );
    }
  });
  const total = Math.max(1, panels.length) * width;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height}" viewBox="0 0 ${total} ${height}" font-family="sans-serif" font-size="12">
<title>accuracy against forward passes per result, by method and workload</title>
<rect width="100%" height="100%" fill="white"/>
${parts.join('\n')}
</svg>
`;
}

const COLUMNS: Array<[string, (f: MethodFigures) => string]> = [
  ['validity', (f) => pct(f.validity)],
  ['accuracy', (f) => pct(f.accuracy)],
  ['fwd/result', (f) => num(f.nfePerResult, 2)],
  ['fwd/token', (f) => num(f.nfePerToken, 3)],
  ['p50 ms', (f) => ms(f.p50Ms)],
  ['p95 ms', (f) => ms(f.p95Ms)],
  ['overhead', (f) => pct(f.overheadShare)],
  ['results/s @1', (f) => num(f.throughput['1'])],
  ['@4', (f) => num(f.throughput['4'])],
  ['@16', (f) => num(f.throughput['16'])],
  ['RSS MB', (f) => num(f.rssMb, 0)],
];

function table(methods: Record<string, MethodFigures>): string {
  const head = `| method | ${COLUMNS.map(([name]) => name).join(' | ')} |`;
  const rule = `| --- | ${COLUMNS.map(() => '---:').join(' | ')} |`;
  const rows = Object.entries(methods).map(
    ([name, f]) => `| ${name} | ${COLUMNS.map(([, cell]) => cell(f)).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

export function renderReport(results: Results, svgPath: string, notesPath?: string): string {
  const m = results.machine;
  const lines: string[] = [
    '# unmask against the alternatives',
    '',
    `Generated by \`pnpm bench${results.quick ? ' --quick' : ''}\` (bench/compare/main.ts) from \`bench/results/latest.json\`. ${results.quick ? '**A --quick smoke run: a few cases per workload; the figures are not the benchmark.**' : ''}`,
    '',
    `Machine: ${m.cpuModel} × ${m.cpus}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; commit ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}.`,
    '',
    '| workload | measured | wall s | load at start | training process running |',
    '| --- | --- | ---: | ---: | --- |',
    ...Object.entries(results.runs).map(
      ([workload, run]) =>
        `| ${workload} | ${run.startedAt} | ${num(run.durationS, 0)} | ${num(run.loadAverage, 2)} | ${run.trainingRunning ? '**yes: timings noisy**' : 'no'} |`,
    ),
    '',
    '## Targets',
    '',
    '| target | met | figure |',
    '| --- | --- | --- |',
    ...(results.targets ?? []).map(
      (t) =>
        `| ${t.target} | ${t.met === null ? 'not measured' : t.met ? '**met**' : '**not met**'} | ${t.figure} |`,
    ),
    '',
    '## Accuracy against forward passes',
    '',
    `![accuracy against forward passes per result](${svgPath})`,
    '',
  ];
  const describe: Record<string, string> = {
    extraction:
      'the generate and form cases of eval/real/*.jsonl, the embedded nano model; accuracy is field exact match as packages/unmask/src/eval/score.ts scores it (a failed result scores every field wrong).',
    templates:
      'the fill cases of eval/real/templates.jsonl, the embedded nano model; accuracy as above, slot by slot.',
    schemas:
      'the JSONSchemaBench dev sample (../shared/data/jsonschemabench-dev/data), the uniform-random model; validity is compliance (values produced that validate), p50/p95 are compile + fill per schema.',
    scale:
      'flat objects of 10 to 2,000 required properties (strings, integers, enums), the uniform-random model, generateObject with growth off.',
  };
  for (const [workload, methods] of Object.entries(results.workloads)) {
    lines.push(`## ${workload}`, '', describe[workload] ?? '', '', table(methods), '');
    if (workload === 'extraction' || workload === 'templates') {
      lines.push(
        '| method | mean ms | forward ms/result (in the run) | raw forward ms/result (replayed alone) | attempts/result | concurrent calls: results/s @1 / @4 / @16 | errors | cases |',
        '| --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
      );
      for (const [name, f] of Object.entries(methods)) {
        const c = f.throughputConcurrent as MethodFigures['throughput'] | undefined;
        lines.push(
          `| ${name} | ${ms(f.meanMs)} | ${ms(f.forwardMsPerResult)} | ${ms(f.rawForwardMsPerResult)} | ${num(f.attemptsPerResult, 2)} | ${c ? `${num(c['1'])} / ${num(c['4'])} / ${num(c['16'])}` : '–'} | ${JSON.stringify(f.errors ?? {})} | ${f.sample ?? f.cases} |`,
        );
      }
      const full = methods['full-left-to-right'];
      const matched = full?.matched as Record<string, number> | undefined;
      if (matched)
        lines.push(
          '',
          `On the ${matched.cases} cases full-left-to-right ran: unmask ${num(matched.unmaskNfePerResult, 2)} forward passes per result (accuracy ${pct(matched.unmaskAccuracy)}), left-to-right ${num(matched.leftToRightNfePerResult, 1)} (${pct(matched.leftToRightAccuracy)}), full-left-to-right ${num(matched.fullNfePerResult, 1)} (${pct(matched.fullAccuracy)}).`,
        );
      lines.push('');
    }
    if (workload === 'schemas') {
      for (const [name, f] of Object.entries(methods)) {
        lines.push(
          `**${name}**: compile p50 ${ms(f.compileP50Ms)} ms, p99 ${ms(f.compileP99Ms)} ms${f.canvasP50Ms !== null && f.canvasP50Ms !== undefined ? `; canvas (languages lifted to the tokenizer) p50 ${ms(f.canvasP50Ms)} ms, p99 ${ms(f.canvasP99Ms)} ms` : ''}; fill p50 ${ms(f.fillP50Ms)} ms, p99 ${ms(f.fillP99Ms)} ms; declared coverage ${pct(f.declaredCoverage)}, compliance ${pct(f.compliance)}, empirical coverage ${pct(f.empiricalCoverage)}. ${f.settings ?? ''}`,
          '',
          '| subset | schemas | declared coverage | compliance | empirical coverage | compile p50 ms | compile p99 ms | fill p50 ms | fill p99 ms |',
          '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        );
        for (const [subset, s] of Object.entries((f.subsets ?? {}) as Record<string, Record<string, number>>))
          lines.push(
            `| ${subset} | ${s.schemas} | ${pct(s.declaredCoverage)} | ${pct(s.compliance)} | ${pct(s.empiricalCoverage)} | ${ms(s.compileP50Ms)} | ${ms(s.compileP99Ms)} | ${ms(s.fillP50Ms)} | ${ms(s.fillP99Ms)} |`,
          );
        const slowest = (f.slowestFills ?? []) as Array<Record<string, unknown>>;
        if (slowest.length)
          lines.push(
            '',
            `Slowest fills (${name}): ${slowest.map((s) => `${s.name} (${s.kb} kB) ${ms(s.fillMs)} ms, ${s.nfe} forwards${s.valid ? '' : `, ${s.reason ?? 'invalid'}`}`).join('; ')}.`,
          );
        const reasons = Object.entries((f.reasons ?? {}) as Record<string, number>);
        if (reasons.length)
          lines.push(
            '',
            `Not compiled or not valid (${name}): ${reasons.map(([r, n]) => `${n} × ${r}`).join('; ')}.`,
          );
        lines.push('');
      }
    }
    if (workload === 'scale') {
      const f = methods.unmask!;
      lines.push(
        `SDK time per step against masked positions: log-log slope ${num(f.stepSlope, 2)} over every step (1 is linear), ${num(f.firstStepSlope, 2)} over the first steps.`,
        '',
        '| slots | positions | masked at start | valid | compile ms | canvas ms | fill ms | setup ms | forwards | forward ms | first step ms | median step ms | µs per masked position (first step) |',
        '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      );
      for (const p of (f.points ?? []) as Array<Record<string, number | boolean | null>>)
        lines.push(
          `| ${p.slots} | ${p.positions} | ${p.maskedAtStart} | ${p.valid ? 'yes' : 'no'} | ${ms(p.compileMs)} | ${ms(p.canvasMs)} | ${ms(p.fillMs)} | ${ms(p.setupMs)} | ${p.forwards} | ${ms(p.forwardMs)} | ${ms(p.firstStepMs)} | ${ms(p.medianStepMs)} | ${num(p.usPerMaskedPosition, 1)} |`,
        );
      lines.push('');
    }
  }
  if (Object.keys(results.skipped).length) {
    lines.push('## Not measured', '');
    for (const [what, why] of Object.entries(results.skipped)) lines.push(`- ${what}: ${why}`);
    lines.push('');
  }
  if (results.profile) lines.push('## Profile of the slowest fills', '', results.profile.summary, '');
  if (notesPath && existsSync(notesPath)) lines.push(readFileSync(notesPath, 'utf8').trim(), '');
  return `${lines.join('\n')}\n`;
}
