// runs the hostile corpus from case argv[2] on, one JSON line per case: test/hostile.test.ts
// watches the lines and stops this process when a case runs past its guard.
import { rmSync } from 'node:fs';
import { UnmaskError } from '@unmask/core';
import { independentValidator } from '../../packages/schema/src/test-support';
import { hostileCases, hostileClient, temporaryDirs } from './hostile-cases';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
const before = prototypeKeys();
const fetches: string[] = [];
globalThis.fetch = (async (input: unknown) => {
  fetches.push(String(input));
  throw new Error('hostile corpus: no network');
}) as typeof fetch;

const unmask = hostileClient();
for (let index = Number(process.argv[2] ?? 0); index < hostileCases.length; index++) {
  const hostile = hostileCases[index]!;
  process.stdout.write(`${JSON.stringify({ index, started: true })}\n`);
  const started = performance.now();
  let outcome: string;
  let detail = '';
  try {
    const ran = await hostile.run(unmask);
    // the value as JSON: a __proto__ key must be an own property that survives the round trip
    const valid =
      'schema' in ran
        ? independentValidator(ran.schema as never)(JSON.parse(JSON.stringify(ran.value) ?? 'null'))
        : ran.valid;
    outcome = valid ? 'valid' : 'invalid';
    if (!valid) detail = `value ${JSON.stringify(ran.value)?.slice(0, 300)}`;
  } catch (error) {
    outcome = UnmaskError.isInstance(error) ? error.code : 'untyped';
    detail = `${(error as Error)?.name}: ${String((error as Error)?.message ?? error).slice(0, 300)}`;
  }
  const polluted =
    prototypeKeys() !== before ||
    ({} as Record<string, unknown>).polluted !== undefined ||
    fetches.length > 0;
  process.stdout.write(
    `${JSON.stringify({ index, outcome, detail, ms: Math.round(performance.now() - started), polluted, fetches })}\n`,
  );
}
await unmask.dispose();
for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
