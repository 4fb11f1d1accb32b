import { prepareJsonSchema } from '@unmask/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { fillShippingForm, message } from './index';

describe('example: form-filling', () => {
  const unmask = exampleClient();
  afterAll(() => unmask.dispose());

  it('fills every field of the form with a value the JSON Schema accepts', async () => {
    const { form, schema } = await fillShippingForm({ unmask });
    expect(prepareJsonSchema(schema).compiled.validate(form)).toEqual([]);
    expect(form.postalCode).toMatch(/^\d{4,5}$/);
    expect(['Germany', 'France', 'Norway', 'Netherlands', 'Spain']).toContain(form.country);
    // verbatim: every free-text field is a part of the message
    for (const field of [form.fullName, form.email, form.street, form.city, form.postalCode])
      expect(message).toContain(field);
  });
});
