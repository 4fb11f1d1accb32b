import type { FillStats, SampleStats } from '@unmask/core';

/** what a stream can show: cursor moves (a terminal) and colours (a terminal, no NO_COLOR). */
export interface Style {
  tty: boolean;
  color: boolean;
}

export function styleOf(stream: NodeJS.WriteStream): Style {
  const tty = stream.isTTY === true;
  return { tty, color: tty && !process.env.NO_COLOR && process.env.TERM !== 'dumb' };
}

const paint = (code: string) => (style: Style, text: string) =>
  style.color ? `\x1b[${code}m${text}\x1b[0m` : text;
export const dim = paint('2');
export const bold = paint('1');
export const green = paint('32');
export const red = paint('31');
export const cyan = paint('36');

/** masks dimmed, the rest as is. */
export const paintCanvas = (style: Style, text: string): string =>
  style.color ? text.replace(/░+/g, (masks) => dim(style, masks)) : text;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is stripped
const visibleLength = (line: string) => [...line.replace(/\x1b\[[0-9;]*m/g, '')].length;

/**
 * a block of text redrawn in place on a terminal; elsewhere each drawing is printed after the
 * previous one (plain output when piped).
 */
export class LiveView {
  private lines = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly style: Style = styleOf(stream),
  ) {}

  draw(block: string): void {
    if (!this.style.tty) {
      this.stream.write(`${block}\n`);
      return;
    }
    const columns = this.stream.columns || 80;
    const clear = this.lines > 0 ? `\x1b[${this.lines}F\x1b[J` : '';
    this.lines = block
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(visibleLength(line) / columns)), 0);
    this.stream.write(`${clear}${block}\n`);
  }
}

/** a one-line progress bar, redrawn in place on a terminal; nothing elsewhere. */
export function progressBar(stream: NodeJS.WriteStream, done: number, total: number, label = ''): void {
  if (!stream.isTTY) return;
  const width = 30;
  const filled = total ? Math.round((width * done) / total) : width;
  stream.write(
    `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label}`.slice(0, 120),
  );
  if (done >= total) stream.write('\n');
}

/** the stats of `--json` output. */
export const jsonStats = (stats: FillStats | (SampleStats & { renoiseRounds?: number })) => ({
  nfe: stats.nfe,
  steps: stats.steps,
  renoiseRounds: stats.renoiseRounds ?? 0,
  forwardMs: round(stats.forwardMs),
  totalMs: round(stats.totalMs),
});

const round = (ms: number) => Math.round(ms * 100) / 100;

/** one line of counters for people. */
export const statsLine = (stats: FillStats | SampleStats) =>
  `${stats.nfe} forward passes, ${stats.steps} steps${
    'renoiseRounds' in stats && stats.renoiseRounds ? `, ${stats.renoiseRounds} re-noise rounds` : ''
  }, ${stats.forwardMs.toFixed(0)} ms in the model, ${stats.totalMs.toFixed(0)} ms in all`;
