import { UnmaskError } from './unmask-error';

/** a slot whose token budget cannot hold the shortest value its constraint accepts. */
export class BudgetError extends UnmaskError {
  readonly path: string;
  readonly maxTokens: number;
  readonly shortestTokens: number;

  constructor({
    path,
    maxTokens,
    shortestTokens,
  }: { path: string; maxTokens: number; shortestTokens: number }) {
    super({
      code: 'budget',
      message: `slot "${path}": its budget of ${maxTokens} tokens cannot hold the shortest accepted value (${shortestTokens} tokens)`,
    });
    this.name = 'BudgetError';
    this.path = path;
    this.maxTokens = maxTokens;
    this.shortestTokens = shortestTokens;
  }

  static override isInstance(error: unknown): error is BudgetError {
    return UnmaskError.isInstance(error) && error.name === 'BudgetError';
  }
}
