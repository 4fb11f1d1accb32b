/**
 * the extraction calls to profile (run by profile.ts under `node --cpu-prof`): the first N
 * generate/form cases of eval/real through the facade with its defaults, after one untimed call.
 */
import { loadCases, methodsFor, nano } from './extraction';

const count = Number(process.argv[2] ?? 40);
const r = await nano();
const unmask = methodsFor('schema', false).unmask!;
const cases = loadCases('schema').slice(0, count);
await unmask.one(r, cases[0]!);
r.timed.reset();
let wall = 0;
for (const c of cases) wall += (await unmask.one(r, c)).ms;
process.stderr.write(
  `${cases.length} cases: ${wall.toFixed(0)} ms, ${r.timed.forwardMs.toFixed(0)} ms in the model's forward (${r.timed.calls} calls)\n`,
);
