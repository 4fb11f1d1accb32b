import { createUnmask } from 'unmask';

const unmask = createUnmask();
const { value, fields } = await unmask.generate({
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      email: { type: 'string', format: 'email' },
      guests: { type: 'integer', minimum: 1, maximum: 20 },
      date: { type: 'string', format: 'date' },
    },
    required: ['name', 'guests', 'date'],
  },
  prompt:
    'Table for four on June 12th please, under the name Okafor. You can reach me at c.okafor@example.com',
  values: { name: 'Chidi Okafor' }, // typed by the person: written as it is, the model fills the rest
  referenceDate: '2025-06-09',
});
console.log(JSON.stringify(value));
// prints: {"name":"Chidi Okafor","email":"c.okafor@example.com","guests":4,"date":"2025-06-12"}
console.log(fields['/name']?.source, fields['/guests']?.source);
// prints: known prompt
await unmask.dispose();
