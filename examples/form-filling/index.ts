/**
 * form filling: a shipping form, described by a JSON Schema, filled from a customer's free-text
 * message. Every field holds to its constraint (postal code pattern, country list, email), and
 * the free-text fields are copied from the message (`verbatim`).
 * Run: pnpm tsx --conditions=@unmask/source examples/form-filling/index.ts
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createUnmask, type JsonSchema, type Unmask } from 'unmask';

export const schemaFile = fileURLToPath(new URL('shipping-form.schema.json', import.meta.url));

export interface ShippingForm {
  fullName: string;
  email: string;
  street: string;
  city: string;
  postalCode: string;
  country: 'Germany' | 'France' | 'Norway' | 'Netherlands' | 'Spain';
  express: boolean;
}

export const message =
  "Hello, I'm Jonas Berg. Please send the parcel to Storgata 12, 0155 Oslo, Norway. No rush, regular shipping is fine. You can reach me at jonas.berg@example.no.";

/** fill the form from the message; `unmask` defaults to the embedded model. */
export async function fillShippingForm(
  { unmask = createUnmask(), prompt = message, seed = 0 } = {} as {
    unmask?: Unmask;
    prompt?: string;
    seed?: number;
  },
) {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as JsonSchema;
  // verbatim: the free-text fields (name, e-mail, street, city, postal code) are copies of the
  // message, character for character; the country list and the yes/no stay the model's choice
  const { value, stats } = await unmask.generate({ schema, prompt, seed, verbatim: true });
  // a JSON Schema gives no static type: the value is valid against it, so the cast holds
  return { form: value as ShippingForm, schema, nfe: stats.nfe };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const unmask = createUnmask();
  try {
    const { form, nfe } = await fillShippingForm({ unmask });
    console.log(JSON.stringify(form, null, 2));
    console.log(`(${nfe} forward passes)`);
  } finally {
    await unmask.dispose();
  }
}
