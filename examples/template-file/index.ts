/**
 * template file: an `.hbs` email whose fixed text comes from data and whose slots (carrier,
 * delivery date, closing line) the model fills, all at once. `shipping-email.schema.json`
 * beside the template types the slots.
 * Run: pnpm tsx --conditions=@unmask/source examples/template-file/index.ts
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createUnmask, loadTemplateFile, type Unmask } from 'unmask';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export interface ShippingSlots {
  carrier: 'UPS' | 'DHL' | 'FedEx';
  deliveryDate: string;
  closing: string;
}

export const prompt =
  'Order A-1042 for Ada Lovelace, shipped with DHL, arriving 2025-03-18. Thank her warmly.';

/** fill the shipping email; `unmask` defaults to the embedded model. */
export async function shippingEmail(
  { unmask = createUnmask(), seed = 0 } = {} as { unmask?: Unmask; seed?: number },
) {
  const template = await loadTemplateFile(here('shipping-email.hbs'));
  const data = JSON.parse(await readFile(here('data.json'), 'utf8')) as unknown;
  return unmask.fill<ShippingSlots>({ template, data, prompt, seed });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const unmask = createUnmask();
  try {
    const { text, slots, stats } = await shippingEmail({ unmask });
    console.log(text);
    console.log('slots:', slots);
    console.log(`(${stats.nfe} forward passes)`);
  } finally {
    await unmask.dispose();
  }
}
