import type { Canvas } from '../canvas';
import type { Issue } from '../issue';
import { UnmaskError } from './unmask-error';

/** validation still failed after the last allowed re-noise round; carries the last canvas and its issues. */
export class RenoiseExhaustedError extends UnmaskError {
  readonly canvas: Canvas;
  readonly issues: readonly Issue[];
  readonly rounds: number;

  constructor({ canvas, issues, rounds }: { canvas: Canvas; issues: readonly Issue[]; rounds: number }) {
    const first = issues[0];
    super({
      code: 'renoise-exhausted',
      message: `value still invalid after ${rounds} re-noise round(s): ${issues.length} issue(s)${
        first ? `, first at "${first.path}": ${first.message}` : ''
      }`,
    });
    this.name = 'RenoiseExhaustedError';
    this.canvas = canvas;
    this.issues = issues;
    this.rounds = rounds;
  }

  static override isInstance(error: unknown): error is RenoiseExhaustedError {
    return UnmaskError.isInstance(error) && error.name === 'RenoiseExhaustedError';
  }
}
