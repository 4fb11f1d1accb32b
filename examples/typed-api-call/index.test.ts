import { afterAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { createEventArgs, typedApiCall } from './index';

describe('example: typed-api-call', () => {
  const unmask = exampleClient();
  afterAll(() => unmask.dispose());

  it('fills the call arguments with a value the zod schema accepts', async () => {
    const { args, nfe } = await typedApiCall({ unmask });
    expect(createEventArgs.safeParse(args).success).toBe(true);
    expect(args.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nfe).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', async () => {
    // fresh clients: the stand-in random model keeps its own noise state between calls
    const [a, b] = [exampleClient(), exampleClient()];
    const first = await typedApiCall({ unmask: a, seed: 3 });
    const second = await typedApiCall({ unmask: b, seed: 3 });
    expect(second.args).toEqual(first.args);
    await Promise.all([a.dispose(), b.dispose()]);
  });
});
