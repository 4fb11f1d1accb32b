import type { JsonSchema } from '@unmask/schema';

/** the README's main job: a contact pulled out of a free-text message. */
export const demoSchema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 40 },
    email: { type: 'string', format: 'email' },
    company: { type: 'string', maxLength: 40 },
    city: { type: 'string', maxLength: 30 },
  },
  required: ['name', 'email', 'company', 'city'],
  additionalProperties: false,
};

export const demoPrompt =
  'Hi! This is Maya Lindqvist from Northwind Traders in Oslo. Could you send the quote to maya.lindqvist@northwind.example? Thanks!';
