// check case files: `npx tsx --conditions=@unmask/source eval/check.ts eval/real/*.jsonl`
import { readFileSync } from 'node:fs';
import { parseCases } from '../packages/unmask/src/eval/cases';
import { checkCases } from '../packages/unmask/src/eval/check-cases';

let bad = 0;
let total = 0;
for (const file of process.argv.slice(2)) {
  const cases = parseCases(readFileSync(file, 'utf8'), file);
  total += cases.length;
  for (const problem of checkCases(cases)) {
    bad++;
    console.log(`${file}: ${problem}`);
  }
}
console.log(`${total} cases, ${bad} problems`);
process.exit(bad ? 1 : 0);
