import { prepareSchema } from '@unmask/schema';
import { createUnmask } from 'unmask';
const contact = { type: 'object', properties: { name: { type: 'string', maxLength: 40 }, city: { type: 'string', maxLength: 30 }, age: { type: 'integer', minimum: 0, maximum: 120 } }, required: ['name','city','age'], additionalProperties: false };
const meeting = { type: 'object', properties: { title: { type: 'string', maxLength: 30 }, date: { type: 'string', format: 'date' }, people: { type: 'integer', minimum: 1, maximum: 50 } }, required: ['title','date','people'], additionalProperties: false };
const u = createUnmask();
const r = await u.model();
for (const s of [contact, meeting]) { const t = performance.now(); for (let i = 0; i < 10; i++) prepareSchema(JSON.parse(JSON.stringify(s)), r.compile); console.log('prepare', ((performance.now()-t)/10).toFixed(1)); }
const fresh = (i: number) => i % 2 ? { schema: JSON.parse(JSON.stringify(meeting)), prompt: `Book "Design sync" on 2025-0${1+(i%9)}-1${i%10} for ${2+(i%12)} people.` } : { schema: JSON.parse(JSON.stringify(contact)), prompt: `Jon Berg, ${20+i}, lives in Oslo.` };
await u.generateMany({ requests: [fresh(0), fresh(1)] });
for (let rep = 0; rep < 2; rep++) {
let t = performance.now(); const st: any[] = [];
for (let i = 0; i < 8; i++) st.push((await u.generate(fresh(i))).stats);
console.log('8 sequential', (performance.now()-t).toFixed(0), 'forward', st.reduce((a,s)=>a+s.forwardMs,0).toFixed(0), 'nfe', st.reduce((a,s)=>a+s.nfe,0));
t = performance.now();
const many = await u.generateMany({ requests: Array.from({length: 8}, (_, i) => fresh(i)) });
console.log('8 batched', (performance.now()-t).toFixed(0), 'forward', many[0]!.stats.forwardMs.toFixed(0), 'nfe', many.map(m=>m.stats.nfe).join(','), 'total', many[0]!.stats.totalMs.toFixed(0));
}
await u.dispose();
