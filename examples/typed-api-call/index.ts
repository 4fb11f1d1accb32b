/**
 * typed API call: the arguments of a function call, as a zod schema, filled from a user's
 * request. The value is typed from the schema and valid by construction.
 * Run: pnpm tsx --conditions=@unmask/source examples/typed-api-call/index.ts
 */
import { pathToFileURL } from 'node:url';
import { createUnmask, type Unmask } from 'unmask';
import { z } from 'zod';

/** the arguments of `createEvent(args)` in some calendar API. */
export const createEventArgs = z.object({
  title: z.string().max(40),
  date: z.iso.date(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z.int().min(5).max(480),
  location: z.string().max(30),
  reminder: z.boolean(),
});

export type CreateEventArgs = z.infer<typeof createEventArgs>;

export const request =
  'Put a 45 minute design review with the platform team in my calendar for 2025-03-14 at 15:30, in room Aurora, and remind me beforehand.';

/** fill the call's arguments from the request; `unmask` defaults to the embedded model. */
export async function typedApiCall(
  { unmask = createUnmask(), prompt = request, seed = 0 } = {} as {
    unmask?: Unmask;
    prompt?: string;
    seed?: number;
  },
): Promise<{ args: CreateEventArgs; nfe: number }> {
  const { value, stats } = await unmask.generate({ schema: createEventArgs, prompt, seed });
  return { args: value, nfe: stats.nfe };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const unmask = createUnmask();
  try {
    const { args, nfe } = await typedApiCall({ unmask });
    console.log(`createEvent(${JSON.stringify(args, null, 2)})`);
    console.log(`(${nfe} forward passes)`);
  } finally {
    await unmask.dispose();
  }
}
