import { createServer, createUnmask } from 'unmask';
const contact = { type: 'object', properties: { name: { type: 'string', maxLength: 40 }, city: { type: 'string', maxLength: 30 }, age: { type: 'integer', minimum: 0, maximum: 120 } }, required: ['name','city','age'], additionalProperties: false };
const meeting = { type: 'object', properties: { title: { type: 'string', maxLength: 30 }, date: { type: 'string', format: 'date' }, people: { type: 'integer', minimum: 1, maximum: 50 } }, required: ['title','date','people'], additionalProperties: false };
const N = 48, C = 16;
const reqs = Array.from({length: N}, (_, i) => i % 2 ? { schema: meeting, prompt: `Book "Design sync" on 2025-0${1+(i%9)}-1${i%10} for ${2+(i%12)} people.` } : { schema: contact, prompt: `Jon Berg, ${20+i}, lives in Oslo.` });
const u = createUnmask();
await u.generateMany({ requests: reqs.slice(0, 4) });
for (const maxBatch of [8, 1]) {
  const server = createServer({ unmask: u, limits: { maxBatch, maxQueue: 100 } });
  const { url } = await server.listen({ port: 0 });
  let next = 0; const lat: number[] = []; const t0 = performance.now(); const sizes: number[] = [];
  await Promise.all(Array.from({ length: C }, async () => { for (let i = next++; i < N; i = next++) { const s = performance.now();
    const r = await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: reqs[i]!.prompt }], response_format: { type: 'json_schema', json_schema: { name: 'x', schema: reqs[i]!.schema } } }) });
    const b = await r.json(); sizes.push(b.unmask.batch); lat.push(performance.now() - s); } }));
  const sec = (performance.now() - t0) / 1000; lat.sort((a, b) => a - b);
  console.log(`maxBatch ${maxBatch}: ${(N/sec).toFixed(1)} req/s p50 ${lat[N>>1]!.toFixed(0)} p95 ${lat[Math.floor(N*0.95)]!.toFixed(0)} mean batch ${(sizes.reduce((a,b)=>a+b,0)/N).toFixed(1)}`);
  await server.close();
}
await u.dispose();
