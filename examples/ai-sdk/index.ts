/**
 * an app on the AI SDK, switched to unmask by its model: `unmask('nano')` where it had another
 * provider's model. `generateText` with `Output.object` (or `generateObject`, `streamObject`)
 * gives a value the zod schema accepts, always.
 * Run (from the repository root; the embedded model, in this process):
 *   pnpm tsx --conditions=@unmask/source examples/ai-sdk/index.ts
 * With UNMASK_BASE_URL=http://127.0.0.1:8080/v1 it asks a running `unmask serve` instead.
 */
import { pathToFileURL } from 'node:url';
import { createUnmaskProvider, unmask } from '@unmask/ai-sdk';
import { generateText, type LanguageModel, Output } from 'ai';
import { z } from 'zod';

export const CallRequest = z.object({
  name: z.string().max(40),
  email: z.email(),
  date: z.iso.date(),
});

export const message = 'Jon Berg (jon.berg@northwind.com) asked for a call on 2025-03-14 about the renewal.';

/** the call request in the message, from any AI SDK language model. */
export async function extractCallRequest(model: LanguageModel): Promise<z.infer<typeof CallRequest>> {
  const { output } = await generateText({
    model,
    output: Output.object({ schema: CallRequest }),
    prompt: message,
  });
  return output;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseURL = process.env.UNMASK_BASE_URL;
  try {
    // the one switch: the model
    const model = baseURL ? createUnmaskProvider({ baseURL })('nano') : unmask('nano');
    console.log(JSON.stringify(await extractCallRequest(model)));
  } finally {
    await unmask.dispose();
  }
}
