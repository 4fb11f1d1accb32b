/**
 * the fills to profile, one after the other: `profile-fill.ts <schema.json>...` (run by profile.ts
 * under `node --cpu-prof`). Each schema is filled by the uniform-random model with generateObject's
 * defaults, as the schemas workload does, after an untimed warm-up on the first one.
 */
import { generateObject } from '@unmask/schema';
import { readSchema, schemaTokenizer, uniformModel } from './schemas';

const files = process.argv.slice(2);
const tokenizer = schemaTokenizer();
for (const [k, file] of files.entries()) {
  const schema = readSchema(file);
  const started = performance.now();
  const result = await generateObject({ model: uniformModel(tokenizer), tokenizer, schema, seed: 0 });
  process.stderr.write(
    `${k + 1}/${files.length} ${file}: ${(performance.now() - started).toFixed(0)} ms, ${result.stats.nfe} forwards, ${result.canvas.slots.length} slots, ${result.canvas.ids.length} positions\n`,
  );
}
