import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnmaskError } from '@unmask/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTemplate } from './compile-template';
import { loadTemplateFile, schemaPathOf } from './load-template-file';
import { TemplateError } from './template-error';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'unmask-template-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('loadTemplateFile', () => {
  it('reads a template and the schema beside it', async () => {
    const path = join(folder, 'letter.hbs');
    await writeFile(path, 'Dear {{name}}, {{gen "count"}} items.\n{{#if}}', 'utf8');
    await writeFile(
      join(folder, 'letter.schema.json'),
      JSON.stringify({ count: { type: 'integer', minimum: 1 } }),
    );
    const file = await loadTemplateFile(path);
    expect(schemaPathOf(path)).toBe(join(folder, 'letter.schema.json'));
    expect(file.schema).toEqual({ count: { type: 'integer', minimum: 1 } });
    // errors point into the file
    const error = (() => {
      try {
        compileTemplate({ template: file, data: { name: 'x' } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(TemplateError.isInstance(error)).toBe(true);
    expect((error as TemplateError).file).toBe(path);
    expect((error as TemplateError).message).toContain(`${path}:2:`);
  });

  it('works without a schema and types slots with one', async () => {
    const path = join(folder, 'plain.hbs');
    await writeFile(path, 'Qty: {{gen "count"}}', 'utf8');
    expect(await loadTemplateFile(path)).toEqual({ source: 'Qty: {{gen "count"}}', path });
    const typed = compileTemplate({
      template: { source: 'Qty: {{gen "count"}}', schema: { count: { type: 'integer' } } },
    });
    expect(typed.convert(0, '12')).toBe(12);
  });

  it('refuses a bad schema file with a typed error', async () => {
    const path = join(folder, 'bad.hbs');
    await writeFile(path, '{{gen "a"}}', 'utf8');
    await writeFile(join(folder, 'bad.schema.json'), '{"a": {"type": "string", "$ref": "#/x"}}');
    const error = await loadTemplateFile(path).catch((caught: unknown) => caught);
    expect(UnmaskError.isInstance(error) && error.code === 'invalid-schema').toBe(true);
    expect((error as Error).message).toContain('unsupported keyword "$ref"');
    await writeFile(join(folder, 'bad.schema.json'), '{not json');
    await expect(loadTemplateFile(path)).rejects.toThrow(/is not JSON/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = join(folder, 'big.hbs');
    await writeFile(path, 'x'.repeat(5000), 'utf8');
    await expect(loadTemplateFile(path, { maxLength: 1000 })).rejects.toThrow(/over the limit/);
  });
});
