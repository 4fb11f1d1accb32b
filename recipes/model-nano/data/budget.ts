// a cheap estimate of an example's canvas length, so the generator can keep most examples
// under the model's length without compiling schemas or tokenizing (the canvases stage is exact).
import type { SchemaObject } from './facts';

/** the compiler's typical token budget of a format (mirrors @unmask/schema FORMAT_BUDGET). */
const FORMAT_BUDGET: Record<string, number> = { date: 10, email: 16, uri: 20, uuid: 36, ipv4: 15 };

/** tokens of free text: digits are single tokens, the rest about three characters a token. */
export const textTokens = (text: string): number => {
  const digits = text.replace(/[^0-9]/g, '').length;
  return digits + Math.ceil((text.length - digits) / 3);
};

function valueBudget(schema: SchemaObject, stringTokens: number): number {
  if (Array.isArray(schema.enum)) return Math.max(...schema.enum.map((v) => JSON.stringify(v).length));
  switch (schema.type) {
    case 'string': {
      const format = typeof schema.format === 'string' ? FORMAT_BUDGET[schema.format] : undefined;
      if (format) return format + 2;
      const max =
        typeof schema.maxLength === 'number' ? Math.min(stringTokens, schema.maxLength + 1) : stringTokens;
      return max + 2;
    }
    case 'integer': {
      const digits = Math.max(String(schema.minimum ?? '').length, String(schema.maximum ?? '').length);
      return schema.maximum !== undefined && schema.minimum !== undefined ? digits : Math.max(digits, 8);
    }
    case 'number':
      return 12;
    case 'boolean':
      return 5;
    case 'array': {
      const items = typeof schema.maxItems === 'number' ? schema.maxItems : 3;
      return 2 + items * (valueBudget((schema.items ?? {}) as SchemaObject, stringTokens) + 1);
    }
    case 'object':
      return objectBudget(schema, stringTokens);
    default:
      return stringTokens;
  }
}

function objectBudget(schema: SchemaObject, stringTokens: number): number {
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>;
  let total = 2;
  for (const [key, sub] of Object.entries(properties))
    total += textTokens(key) + 3 + valueBudget(sub, stringTokens);
  return total;
}

/** estimated canvas tokens: markers, prompt, fixed structure and slot budgets. */
export function estimateCanvasTokens(prompt: string, schema: SchemaObject, stringTokens = 16): number {
  return 2 + textTokens(prompt) + objectBudget(schema, stringTokens);
}
