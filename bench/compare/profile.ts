/**
 * CPU profiles, summed: self time by file and by function, inclusive time of the SDK's functions.
 *
 *   pnpm bench:profile [schemas] [N]   the N (default 3) slowest schema fills of the last schemas run
 *                                      (bench/results/latest.json), filled again (uniform-random model)
 *   pnpm bench:profile extraction [N]  the first N (default 40) extraction cases through the facade
 *                                      (nano model): where the time outside the model's forward goes
 *
 * Writes bench/results/profile.json (read into REPORT.md by the next `pnpm bench --report`) and
 * leaves the .cpuprofile files under bench/results/profiles/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './common';
import { defaultDataDir } from './schemas';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = join(root, 'bench/results');
const mode = process.argv[2] === 'extraction' ? 'extraction' : 'schemas';
const countArgument = ['extraction', 'schemas'].includes(process.argv[2] ?? '')
  ? process.argv[3]
  : process.argv[2];
const count = Number(countArgument ?? (mode === 'extraction' ? 40 : 3));

let chosen: Array<{ name: string; fillMs: number }> = [];
let scriptArgs: string[];
if (mode === 'schemas') {
  const latest = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8'));
  const slowest = (latest.workloads?.schemas?.unmask?.slowestFills ?? []) as Array<{
    name: string;
    fillMs: number;
  }>;
  if (slowest.length === 0)
    throw new Error('no schemas run in bench/results/latest.json: run pnpm bench --only schemas first');
  const dataDir = process.env.UNMASK_BENCH_DATA ?? defaultDataDir;
  chosen = slowest.slice(0, count);
  const files = chosen.map((fill) => join(dataDir, fill.name));
  for (const file of files) if (!existsSync(file)) throw new Error(`${file} is missing`);
  scriptArgs = [join(root, 'bench/compare/profile-fill.ts'), ...files];
} else scriptArgs = [join(root, 'bench/compare/profile-extraction.ts'), String(count)];

const profileDir = join(resultsDir, 'profiles', mode);
rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
const run = spawnSync(
  join(root, 'node_modules/.bin/tsx'),
  [
    '--conditions=@unmask/source',
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
    '--cpu-prof-interval=500',
    ...scriptArgs,
  ],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
);
process.stderr.write(run.stderr);
if (run.status !== 0) throw new Error(`profile run failed (${run.status})`);
// tsx runs the script in a child node process: the largest profile is the script's
const largest = readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => ({ name, size: readFileSync(join(profileDir, name)).length }))
  .sort((a, b) => b.size - a.size)[0];
if (!largest) throw new Error('no .cpuprofile written');
const profile = JSON.parse(readFileSync(join(profileDir, largest.name), 'utf8')) as CpuProfile;

// self time per node from the samples
const selfUs = new Map<number, number>();
for (const [k, id] of profile.samples.entries())
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const totalUs = profile.timeDeltas.reduce((s, x) => s + x, 0);
const where = (node: ProfileNode) => {
  const url = node.callFrame.url.replace(/^file:\/\//, '');
  const file = url.startsWith(root) ? relative(root, url) : url || '(native)';
  // (tsx's transpiled sources put every function on line 1: the file names it)
  return { file, name: `${node.callFrame.functionName || '(anonymous)'} ${file}` };
};
const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { file, name } = where(node);
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + us);
  const group = file.includes('node_modules')
    ? file.replace(/.*node_modules\/(\.pnpm\/)?([^/]+).*/, '$2 (dependency)')
    : file.startsWith('node:')
      ? 'node: internals (module loading, tsx)'
      : file;
  selfByFile.set(group, (selfByFile.get(group) ?? 0) + us);
}
// inclusive time per function: its subtrees, counted once per stack (recursion not double counted)
const inclusive = new Map<string, number>();
const visit = (id: number, onStack: Set<string>): number => {
  const node = byId.get(id)!;
  let us = selfUs.get(id) ?? 0;
  const { name } = where(node);
  const fresh = !onStack.has(name);
  if (fresh) onStack.add(name);
  for (const child of node.children ?? []) us += visit(child, onStack);
  if (fresh) {
    onStack.delete(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  }
  return us;
};
visit(profile.nodes[0]!.id, new Set());

const top = (map: Map<string, number>, n: number, filter: (name: string) => boolean = () => true) =>
  [...map]
    .filter(([name]) => filter(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: round(us / 1000, 1), share: round(us / totalUs, 4) }));
const result = {
  mode,
  ...(mode === 'schemas' ? { fills: chosen } : { cases: count }),
  log: run.stderr.trim(),
  profile: relative(root, join(profileDir, largest.name)),
  totalMs: round(totalUs / 1000, 0),
  selfByFunction: top(selfByFunction, 25),
  selfByFile: top(selfByFile, 15),
  inclusiveSdk: top(inclusive, 25, (name) => name.includes('packages/') || name.includes('onnxruntime')),
};
const pct = (x: number | null) => `${(100 * (x ?? 0)).toFixed(1)} %`;
const summary = [
  mode === 'schemas'
    ? `\`pnpm bench:profile schemas ${count}\`: ${chosen.map((fill) => `${fill.name} (${round(fill.fillMs, 0)} ms in the run)`).join(', ')} filled again under \`node --cpu-prof\` (${result.totalMs} ms profiled, process start included; ${result.profile}).`
    : `\`pnpm bench:profile extraction ${count}\`: the first ${count} extraction cases through \`generate()\` under \`node --cpu-prof\` (${result.totalMs} ms profiled, process start and model load included; ${result.profile}).`,
  '',
  '```',
  result.log,
  '```',
  '',
  '| self time by file | ms | share |',
  '| --- | ---: | ---: |',
  ...result.selfByFile.map((row) => `| ${row.name} | ${row.ms} | ${pct(row.share)} |`),
  '',
  '| self time by function | ms | share |',
  '| --- | ---: | ---: |',
  ...result.selfByFunction.slice(0, 15).map((row) => `| ${row.name} | ${row.ms} | ${pct(row.share)} |`),
  '',
  '| inclusive time, SDK functions | ms | share |',
  '| --- | ---: | ---: |',
  ...result.inclusiveSdk.slice(0, 20).map((row) => `| ${row.name} | ${row.ms} | ${pct(row.share)} |`),
].join('\n');
const profilePath = join(resultsDir, 'profile.json');
const stored = existsSync(profilePath) ? JSON.parse(readFileSync(profilePath, 'utf8')) : {};
writeFileSync(profilePath, `${JSON.stringify({ ...stored, [mode]: { ...result, summary } }, null, 2)}\n`);
process.stdout.write(`${summary}\n`);
