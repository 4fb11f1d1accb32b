import { afterAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { shippingEmail } from './index';

describe('example: template-file', () => {
  const unmask = exampleClient();
  afterAll(() => unmask.dispose());

  it('fills the email: data written in, slots held to the companion schema', async () => {
    const { text, slots, stats } = await shippingEmail({ unmask });
    expect(text).toContain('Dear Ada Lovelace,');
    expect(text).toContain('- 2 x walnut desk organiser');
    expect(['UPS', 'DHL', 'FedEx']).toContain(slots.carrier);
    expect(slots.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain(`ships with ${slots.carrier}.`);
    expect(slots.closing.length).toBeGreaterThanOrEqual(3);
    expect(stats.nfe).toBeGreaterThan(0);
  });
});
