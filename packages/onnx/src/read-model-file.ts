import { constants, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** what `readModelFile` needs besides the path. */
export interface ReadModelFileOptions {
  /** the directory the file must stay inside once every symbolic link is resolved. */
  within?: string;
  /** a larger file is refused before it is read. */
  maxBytes?: number;
  /** throws the caller's typed error for the file. */
  fail: (message: string, cause?: unknown) => never;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a plain file';
}

const unreadable = (cause: unknown) =>
  (cause as NodeJS.ErrnoException).code === 'ENOENT'
    ? 'file not found'
    : `cannot be read: ${(cause as Error).message}`;

/**
 * the bytes of a regular file: a named pipe, a device or a directory is refused before it is read
 * (reading a pipe waits for a writer forever), and with `within` so is a path whose symbolic links
 * lead outside that directory.
 */
export async function readModelFile(
  path: string,
  { within, maxBytes, fail }: ReadModelFileOptions,
): Promise<Buffer> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (cause) {
    return fail(unreadable(cause), cause);
  }
  if (within !== undefined) {
    let root: string;
    try {
      root = await realpath(within);
    } catch (cause) {
      return fail(`its directory ${unreadable(cause)}`, cause);
    }
    const inside = relative(root, real);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
      fail(`links to ${real}, outside the model directory ${root}: refused`);
  }
  // non-blocking, so that a pipe put in place after realpath opens at once, and fstat sees it
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(real, flags);
  } catch (cause) {
    return fail(unreadable(cause), cause);
  }
  try {
    let stats: Stats;
    try {
      stats = await handle.stat();
    } catch (cause) {
      return fail(unreadable(cause), cause);
    }
    if (!stats.isFile()) fail(`is ${kindOf(stats)}, not a regular file: refused`);
    if (maxBytes !== undefined && stats.size > maxBytes)
      fail(`is ${stats.size} bytes, over the ${maxBytes} taken: refused`);
    try {
      return await handle.readFile();
    } catch (cause) {
      return fail(unreadable(cause), cause);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}
