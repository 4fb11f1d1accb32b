export { AbortedError } from './aborted-error';
export { BudgetError } from './budget-error';
export { ConstraintError, type ConstraintErrorCode } from './constraint-error';
export { RenoiseExhaustedError } from './renoise-exhausted-error';
export { UnmaskError, type UnmaskErrorCode } from './unmask-error';
