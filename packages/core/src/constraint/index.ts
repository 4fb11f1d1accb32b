export { tokenAutomaton } from './cache';
export {
  type ByteDfa,
  type CompileLimits,
  checkConstraint,
  compileConstraint,
  constraintLengthRange,
  constraintNfa,
  defaultCompileLimits,
  dfaAccepts,
} from './compile';
export {
  anyText,
  type Constraint,
  constraintKey,
  exclude,
  integer,
  intersect,
  jsonString,
  length,
  literal,
  literals,
  multipleOf,
  regex,
  sequence,
  substringOf,
  union,
} from './constraint';
export { type CopyOutcome, copyOf } from './copy';
export { integerRangeRegex } from './integer-range';
export { liftToTokens, longestTokenCount, shortestTokenCount, type TokenAutomaton } from './lift';
export { MAX_STEP_STATES } from './multiple-of';
