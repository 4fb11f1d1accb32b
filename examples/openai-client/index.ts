/**
 * an app on the official OpenAI client, switched to unmask by its base URL: the same
 * `chat.completions.create` with a json_schema response format, answered by `unmask serve`
 * with JSON that is always valid against the schema.
 * Run: pnpm unmask serve, then (from the repository root)
 *   UNMASK_BASE_URL=http://127.0.0.1:8080/v1 pnpm tsx --conditions=@unmask/source examples/openai-client/index.ts
 * Without UNMASK_BASE_URL it first starts a server in this process, on a free port.
 */
import { pathToFileURL } from 'node:url';
import OpenAI from 'openai';
import { createServer, type UnmaskServer } from 'unmask';

export const contactSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 40 },
    email: { type: 'string', format: 'email' },
    city: { type: 'string', maxLength: 30 },
    age: { type: 'integer', minimum: 0, maximum: 120 },
  },
  required: ['name', 'email', 'city', 'age'],
  additionalProperties: false,
} as const;

export const message =
  'Hi, Maria Keller here, 34, from Lyon. Please write to maria.keller@example.org about the invoice.';

/** the contact in the message, through whatever server `client` points at. */
export async function extractContact(client: OpenAI): Promise<unknown> {
  const completion = await client.chat.completions.create({
    model: 'nano',
    messages: [{ role: 'user', content: message }],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'contact', schema: contactSchema, strict: true },
    },
  });
  return JSON.parse(completion.choices[0]!.message.content!);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let baseURL = process.env.UNMASK_BASE_URL;
  let server: UnmaskServer | undefined;
  if (!baseURL) {
    server = createServer();
    baseURL = `${(await server.listen({ port: 0 })).url}/v1`;
  }
  try {
    // the one switch: the base URL (and a key, if the server asks for one)
    const client = new OpenAI({ baseURL, apiKey: process.env.UNMASK_API_KEY ?? 'none' });
    console.log(JSON.stringify(await extractContact(client)));
  } finally {
    await server?.close();
  }
}
