import { readFile, stat } from 'node:fs/promises';
import { UnmaskError } from '@unmask/core';
import type { TemplateFile } from './compile-template';
import { defaultTemplateLimits } from './limits';
import { normalizeSlotSchema, type SlotSchema } from './slot-schema';
import { TemplateError } from './template-error';

/** the companion schema's path: `letter.hbs` -> `letter.schema.json`. */
export const schemaPathOf = (path: string): string =>
  `${path.replace(/\.(?:hbs|handlebars)$/, '')}.schema.json`;

/**
 * read a `.hbs` template and, when one lies beside it, its companion schema (`x.schema.json`),
 * checked but not yet applied. Files over the size limit are refused before they are read.
 */
export async function loadTemplateFile(
  path: string,
  { maxLength = defaultTemplateLimits.maxLength }: { maxLength?: number } = {},
): Promise<TemplateFile> {
  const info = await stat(path);
  // utf-8 takes at most 4 bytes per character
  if (info.size > maxLength * 4)
    throw new TemplateError({
      message: `template file is ${info.size} bytes, over the limit`,
      line: 0,
      column: 0,
      file: path,
    });
  const source = await readFile(path, 'utf8');
  const schemaPath = schemaPathOf(path);
  let schemaText: string | undefined;
  try {
    schemaText = await readFile(schemaPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (schemaText === undefined) return { source, path };
  let schema: unknown;
  try {
    schema = JSON.parse(schemaText);
  } catch (cause) {
    throw new UnmaskError({
      code: 'invalid-schema',
      message: `${schemaPath} is not JSON: ${(cause as Error).message}`,
      cause,
    });
  }
  normalizeSlotSchema(schema, schemaPath);
  return { source, path, schema: schema as SlotSchema };
}
