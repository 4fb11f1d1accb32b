/**
 * the field guide a model reads after the message: one line per field whose schema carries a
 * `description` or `title` (zod's `.describe()`), keyed by its path ("customer.city",
 * "items[].qty"). Read only by models whose prompt format holds `{fields}` (core `formatPrompt`).
 */
const MAX_DEPTH = 8;

type Node = { [key: string]: unknown };
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);

/** one line of text: whitespace runs (newlines too) become one space. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function textOf(schema: Node): string | undefined {
  const description = typeof schema.description === 'string' ? oneLine(schema.description) : '';
  const title = typeof schema.title === 'string' ? oneLine(schema.title) : '';
  if (description && title && !description.toLowerCase().includes(title.toLowerCase()))
    return `${title}: ${description}`;
  return description || title || undefined;
}

export function fieldGuide(schema: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (!isNode(node) || depth > MAX_DEPTH) return;
    if (path) {
      const text = textOf(node);
      if (text) lines.push(`- ${path}: ${text}`);
    }
    if (isNode(node.properties))
      for (const [key, child] of Object.entries(node.properties))
        walk(child, path ? `${path}.${key}` : key, depth + 1);
    if (isNode(node.items)) walk(node.items, `${path}[]`, depth + 1);
  };
  walk(schema, '', 0);
  return lines.join('\n');
}
