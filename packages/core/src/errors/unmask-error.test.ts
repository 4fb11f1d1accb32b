import { describe, expect, it, vi } from 'vitest';
import { BudgetError } from './budget-error';
import { ConstraintError } from './constraint-error';
import { UnmaskError } from './unmask-error';

describe('UnmaskError', () => {
  it('carries a stable code and serialises it', () => {
    const error = new ConstraintError({ code: 'unsupported', construct: '/(a)\\1/', message: 'no' });
    expect(error.code).toBe('unsupported');
    expect(error.toJSON()).toEqual({ name: 'ConstraintError', code: 'unsupported', message: 'no' });
    expect(error).toBeInstanceOf(Error);
  });

  it('isInstance works across duplicated copies of the package', async () => {
    vi.resetModules();
    const copy = await import(`./unmask-error?copy=${Date.now()}`);
    const foreign = new copy.UnmaskError({ code: 'model', message: 'from another copy' });
    expect(foreign).not.toBeInstanceOf(UnmaskError);
    expect(UnmaskError.isInstance(foreign)).toBe(true);
  });

  it('subclass checks tell the kinds apart, and plain errors are not ours', () => {
    const budget = new BudgetError({ path: '/a', maxTokens: 2, shortestTokens: 5 });
    expect(BudgetError.isInstance(budget)).toBe(true);
    expect(ConstraintError.isInstance(budget)).toBe(false);
    expect(UnmaskError.isInstance(new Error('x'))).toBe(false);
    expect(UnmaskError.isInstance({ code: 'model' })).toBe(false);
    expect(UnmaskError.isInstance(null)).toBe(false);
  });
});
