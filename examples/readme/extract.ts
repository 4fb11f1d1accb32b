import { createUnmask } from 'unmask';
import { z } from 'zod';

const unmask = createUnmask(); // the embedded nano model, offline
const Shipping = z.object({
  name: z.string(),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  deliverBy: z.iso.date().optional(),
});
const { value, fields } = await unmask.generate({
  schema: Shipping,
  prompt:
    'Hi! Please send the replacement to my office, not home: Ana Ruiz, 12 Rue Lepic, 75018 Paris. Needed by Friday. Thanks, Ana',
  referenceDate: '2025-06-09', // "Friday" counts from here (default: today)
});
console.log(JSON.stringify(value));
// prints: {"name":"Ana Ruiz","street":"12 Rue Lepic","postcode":"75018","city":"Lepic"}
console.log(JSON.stringify(fields['/postcode']));
// prints: {"source":"prompt","start":80,"end":85,"confidence":0.9581503868103027}
await unmask.dispose();
