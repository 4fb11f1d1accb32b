// loads the shipped nano model, runs one generation, stays alive `argv[2]` ms, then exits:
// the process that test/offline.test.ts watches for files and sockets.
import { createUnmask } from 'unmask';

const unmask = createUnmask();
const { value } = await unmask.generate({
  schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  prompt: 'Hi, Ana Ruiz here.',
});
await new Promise((resolve) => setTimeout(resolve, Number(process.argv[2] ?? 0)));
await unmask.dispose();
process.stdout.write(`${JSON.stringify({ value, telemetry: process.env.ORT_DISABLE_TELEMETRY })}\n`);
