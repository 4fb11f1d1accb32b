import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

/** a file's text; a missing or unreadable file is one readable line. */
export async function readText(path: string, what = 'file'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CliError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/** a JSON file's value; bad JSON is one readable line. */
export async function readJson(path: string, what = 'JSON file'): Promise<unknown> {
  const text = await readText(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** an integer option. */
export function integerOption(name: string, value: string | undefined, min?: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || (min !== undefined && n < min))
    throw new CliError(
      `--${name} must be an integer${min !== undefined ? ` of at least ${min}` : ''}, got ${JSON.stringify(value)}`,
      2,
    );
  return n;
}

/** a number option. */
export function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new CliError(`--${name} must be a number, got ${JSON.stringify(value)}`, 2);
  return n;
}
